/**
 * The HTTP door: the same handler table on the loopback address, plus the built renderer.
 * A loopback server can be reached by any web page the user opens, so it answers only requests
 * addressed to itself (Host), from itself (Origin), with JSON bodies (no cross-site form can write).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { z } from 'zod'
import { contract, methods, type Envelope } from '../shared/contract'
import type { ErrorCode } from '../shared/domain/errors'
import { dispatch, type HandlerContext } from './handlers'

export interface HttpDoorOptions {
  context: HandlerContext
  /** Folder of the built renderer; null serves the API only. */
  staticDir: string | null
  host?: string
  port?: number
}

const statusOf: Record<string, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  INTERNAL: 500,
}
// Room for a photo or file attached to a ticket (10 MB, base64 in JSON).
const maxBody = 16 * 1024 * 1024

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

function send(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  response.end(text)
}

/** The error code a refusal carries: a bad request is VALIDATION, a missing page NOT_FOUND. */
const codeOfRefusal: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION',
  404: 'NOT_FOUND',
  413: 'VALIDATION',
  415: 'VALIDATION',
  500: 'INTERNAL',
}

function refuse(response: http.ServerResponse, status: number, message: string, key: string): void {
  const envelope: Envelope<never> = {
    ok: false,
    error: { code: codeOfRefusal[status] ?? 'FORBIDDEN', message, detail: { key } },
  }
  send(response, status, envelope)
}

/** Every method with its input and output as JSON Schema, for programs that integrate. */
export function describeApi() {
  return {
    name: 'Service Center API',
    call: 'POST /api/<method> with a JSON body; answers { ok: true, value } or { ok: false, error }',
    methods: Object.fromEntries(
      methods.map((method) => [
        method,
        {
          input: z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }),
          output: z.toJSONSchema(contract[method].output, { io: 'output', unrepresentable: 'any' }),
        },
      ]),
    ),
  }
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

async function readBody(request: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBody) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function serveStatic(staticDir: string, urlPath: string, response: http.ServerResponse): void {
  const root = path.resolve(staticDir)
  const wanted = path.resolve(root, `.${decodeURIComponent(urlPath)}`)
  const inside = wanted.startsWith(root + path.sep) || wanted === root
  let file =
    inside && fs.existsSync(wanted) && fs.statSync(wanted).isFile() ? wanted : path.join(root, 'index.html')
  if (!fs.existsSync(file)) file = ''
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    response.end('The app is not built: run npm run build.')
    return
  }
  const type = contentTypes[path.extname(file)] ?? 'application/octet-stream'
  response.writeHead(200, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cache-control': file.includes(`${path.sep}assets${path.sep}`)
      ? 'max-age=31536000, immutable'
      : 'no-cache',
  })
  fs.createReadStream(file).pipe(response)
}

export function createHttpDoor(options: HttpDoorOptions): http.Server {
  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      ;(options.context.log ?? console.error)('http door failed', error)
      if (!response.headersSent) refuse(response, 500, 'The request failed.', 'errors.internal')
    })
  })

  const ownHosts = () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : options.port
    return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const hosts = ownHosts()
    if (!hosts.has(request.headers.host ?? '')) {
      refuse(response, 403, 'This server answers only requests addressed to itself.', 'errors.foreignHost')
      return
    }
    const origin = request.headers.origin
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
      refuse(response, 403, 'Requests from other sites are refused.', 'errors.foreignOrigin')
      return
    }
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (!decodable(url.pathname)) {
      refuse(response, 400, 'The address is not valid.', 'errors.badPath')
      return
    }
    if (url.pathname === '/api' || url.pathname === '/api/') {
      if (request.method === 'GET') send(response, 200, describeApi())
      else refuse(response, 405, 'Use GET to list the methods.', 'errors.method')
      return
    }
    if (url.pathname.startsWith('/api/')) {
      await callMethod(request, response, decodeURIComponent(url.pathname.slice('/api/'.length)))
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      refuse(response, 405, 'Only GET is served here.', 'errors.method')
      return
    }
    if (options.staticDir) serveStatic(options.staticDir, url.pathname, response)
    else refuse(response, 404, 'No app is served here.', 'errors.notFound')
  }

  async function callMethod(request: http.IncomingMessage, response: http.ServerResponse, method: string) {
    if (request.method !== 'POST') {
      refuse(response, 405, 'Call methods with POST.', 'errors.method')
      return
    }
    if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      refuse(response, 415, 'Send a JSON body (Content-Type: application/json).', 'errors.contentType')
      return
    }
    const body = await readBody(request)
    if (body === null) {
      refuse(response, 413, 'The request body is too large.', 'errors.tooLarge')
      return
    }
    let input: unknown
    try {
      input = body.trim() === '' ? {} : JSON.parse(body)
    } catch {
      refuse(response, 400, 'The request body is not valid JSON.', 'errors.badJson')
      return
    }
    const staffHeader = request.headers['x-staff-id']
    const staffId = typeof staffHeader === 'string' && staffHeader !== '' ? staffHeader : null
    const keyHeader = request.headers['idempotency-key']
    const idempotencyKey = typeof keyHeader === 'string' && keyHeader !== '' ? keyHeader : null
    const envelope = await dispatch(options.context, method, input, { staffId, idempotencyKey })
    send(response, envelope.ok ? 200 : (statusOf[envelope.error.code] ?? 500), envelope)
  }

  return server
}

export function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })
}
