import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

// SC_OUT lets several builds (parallel work on one checkout) live side by side; `out` otherwise.
const out = process.env.SC_OUT ?? 'out'

export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      rollupOptions: {
        // index: the Electron entry; server: the browser door, which runs under plain Node.
        input: { index: resolve('main/index.ts'), server: resolve('main/server.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      rollupOptions: {
        input: { preload: resolve('main/preload.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: `${out}/renderer`,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [react()],
  },
})
