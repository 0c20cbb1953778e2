#!/usr/bin/env node
// `npm run dev`: the renderer from Vite's dev server (instant reload) on http://127.0.0.1:5173,
// with /api proxied to the core running from source under tsx (restarted by tsx watch on change).
// Uses the same database as `npm start` unless --db PATH is given.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { createServer } from 'vite'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const apiPort = 5318
const core = spawn(
  process.execPath,
  [
    path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    'watch',
    'main/server.ts',
    '--port',
    String(apiPort),
    '--check-output',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
)

const target = `http://127.0.0.1:${apiPort}`
const vite = await createServer({
  root: path.join(root, 'renderer'),
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    // The core refuses foreign Host and Origin headers: present the proxied calls as its own.
    proxy: { '/api': { target, changeOrigin: true, headers: { origin: target } } },
  },
})
await vite.listen()
console.log('[dev] the app with live reload: http://127.0.0.1:5173/  (core on', target + ')')
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    core.kill(signal)
    void vite.close().then(() => process.exit(0))
  })
}
