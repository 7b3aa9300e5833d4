// Serves MCP over Streamable HTTP (the SDK's transport) for an office: stateless (any request can go
// to any process), each request on its own transport and an McpServer from a small pool over one
// shared read-only engine, with Host/Origin checks, a bearer token, /healthz and a graceful close
// that lets in-flight requests finish.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { SHISAKU_VERSION } from '../ingest/pipeline.js';
import type { Engine } from './core/engine.js';
import { ShisakuError } from './core/errors.js';
import { bearerProblem, defaultAllowedHosts, hostOrOriginProblem, isLoopback } from './http-access.js';
import { createServer } from './server.js';
import { skippedDocuments } from './tools/list-documents.js';

export const DEFAULT_HTTP_HOST = '127.0.0.1';
export const DEFAULT_HTTP_PORT = 8765;
export const MCP_PATH = '/mcp';
export const HEALTH_PATH = '/healthz';
/** Largest request body read (a 1 MB question still gets the tool's "too long" answer). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Idle McpServers kept for reuse: building one (tools, prompts, a JSON Schema validator) costs milliseconds. */
const MAX_IDLE_SERVERS = 32;

export interface HttpServeOptions {
  engine: Engine;
  /** Interface to bind (default 127.0.0.1); anything but loopback requires `token`. */
  host?: string | undefined;
  /** Port (default 8765; 0 picks a free one). */
  port?: number | undefined;
  /** Bearer token every /mcp request must carry. */
  token?: string | undefined;
  /** Origins accepted from browsers; by default, origins on an allowed host. */
  allowedOrigins?: readonly string[] | undefined;
  /** Host names accepted besides loopback and this machine's own names and addresses. */
  allowedHosts?: readonly string[] | undefined;
  /** Where to write a line per refused request and per server error (default: stderr). */
  log?: ((line: string) => void) | undefined;
}

export interface RunningHttpServer {
  /** The MCP endpoint, e.g. http://127.0.0.1:8765/mcp. */
  url: string;
  host: string;
  port: number;
  /** Stops accepting requests, lets in-flight ones finish (at most `graceMs`, default 10 s), then closes. */
  close(graceMs?: number): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A JSON-RPC error body, as the SDK's transport answers a refused request. */
function rpcError(code: number, message: string): unknown {
  return { jsonrpc: '2.0', error: { code, message }, id: null };
}

/** What /healthz says: the index in use. */
export function healthStatus(engine: Engine, state: 'ok' | 'shutting_down'): Record<string, unknown> {
  return {
    status: state,
    version: SHISAKU_VERSION,
    documents: engine.documents.length,
    chunks: engine.chunks.length,
    model: engine.manifest.model.name,
    built_at: engine.manifest.created_at,
    skipped_documents: engine.manifest.problems.map((p) => p.source),
    skipped: skippedDocuments(engine.manifest.problems),
  };
}

/** Starts the HTTP server and resolves once it listens. */
export async function serveHttp(opts: HttpServeOptions): Promise<RunningHttpServer> {
  const host = opts.host ?? DEFAULT_HTTP_HOST;
  const { engine, token } = opts;
  if (!isLoopback(host) && token === undefined) {
    throw new ShisakuError(`serving on ${host} (reachable from other machines) requires a token: set SHISAKU_TOKEN or pass --token-file FILE`);
  }
  const allowedHosts = defaultAllowedHosts(host, opts.allowedHosts ?? []);
  const allowedOrigins = opts.allowedOrigins ?? [];
  const log = opts.log ?? ((line: string) => process.stderr.write(`[shisaku http] ${line}\n`));
  let closing = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;
  // An McpServer serves one request at a time and is reused once its transport has closed (the SDK
  // allows connect() after close()). Stateless requests carry no session, so nothing is carried over
  // that a tool reads; only a logging/setLevel would outlive its request.
  const idle: McpServer[] = [];
  const acquire = () => idle.pop() ?? createServer({ engine }).server;
  const release = (server: McpServer) => {
    if (!closing && idle.length < MAX_IDLE_SERVERS) idle.push(server);
    else void server.close().catch(() => {});
  };

  /**
   * The body of an ordinary MCP POST (JSON in, JSON and event stream accepted), read and parsed here
   * from the Node stream, which is cheaper than the SDK reading it through a web Request; anything
   * else is left to the SDK's transport (undefined). Answers as the SDK would when the body is too
   * large or not JSON.
   */
  async function preParsedBody(req: IncomingMessage, res: ServerResponse): Promise<{ body?: unknown; answered: boolean }> {
    const type = req.headers['content-type'];
    const accept = req.headers.accept ?? '';
    const plainJson = type === 'application/json' || /^application\/json\s*;/i.test(type ?? '');
    if (!plainJson || !accept.includes('application/json') || !accept.includes('text/event-stream')) return { answered: false };
    const parts: Buffer[] = [];
    let size = 0;
    for await (const part of req) {
      size += (part as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        req.resume();
        sendJson(res, 413, rpcError(-32000, `Payload Too Large: Request body must not exceed ${MAX_BODY_BYTES} bytes`));
        return { answered: true };
      }
      parts.push(part as Buffer);
    }
    try {
      return { body: JSON.parse(Buffer.concat(parts).toString('utf8')) as unknown, answered: false };
    } catch {
      sendJson(res, 400, rpcError(-32700, 'Parse error: Invalid JSON'));
      return { answered: true };
    }
  }

  async function handleMcp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      // stateless: no server-initiated stream (GET) and no session to end (DELETE)
      sendJson(res, 405, rpcError(-32000, `method ${req.method} not allowed: send JSON-RPC with POST ${MCP_PATH}`), { Allow: 'POST' });
      return;
    }
    const parsed = await preParsedBody(req, res);
    if (parsed.answered) return;
    const server = acquire();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true, maxRequestBodySize: MAX_BODY_BYTES });
    res.on('close', () => {
      // closing the transport detaches it from the server, which can then take the next request
      transport.close().then(
        () => (server.isConnected() ? void server.close().catch(() => {}) : release(server)),
        () => void server.close().catch(() => {}),
      );
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, parsed.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      sendJson(res, 400, rpcError(-32000, `malformed request target: ${JSON.stringify(req.url).slice(0, 200)}`));
      return;
    }
    const refused = hostOrOriginProblem(req, allowedHosts, allowedOrigins);
    if (refused !== undefined) {
      log(`403 ${req.method} ${url.pathname} from ${req.socket.remoteAddress}: ${refused}`);
      sendJson(res, 403, rpcError(-32000, `Forbidden: ${refused}`));
      return;
    }
    if (url.pathname === HEALTH_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'use GET' }, { Allow: 'GET, HEAD' });
      return sendJson(res, closing ? 503 : 200, healthStatus(engine, closing ? 'shutting_down' : 'ok'), { 'Cache-Control': 'no-store' });
    }
    if (url.pathname !== MCP_PATH) {
      sendJson(res, 404, rpcError(-32000, `not found: the MCP endpoint is ${MCP_PATH}, health is ${HEALTH_PATH}`));
      return;
    }
    if (token !== undefined) {
      const problem = bearerProblem(req.headers.authorization, token);
      if (problem) {
        log(`401 ${req.method} ${url.pathname} from ${req.socket.remoteAddress}: ${problem.error} token`);
        const challenge = problem.error === 'invalid' ? 'Bearer realm="shisaku", error="invalid_token"' : 'Bearer realm="shisaku"';
        sendJson(res, 401, rpcError(-32001, `Unauthorized: ${problem.message}`), { 'WWW-Authenticate': challenge });
        return;
      }
    }
    if (closing) {
      sendJson(res, 503, rpcError(-32000, 'the server is shutting down; retry on its replacement'), { Connection: 'close', 'Retry-After': '1' });
      return;
    }
    await handleMcp(req, res);
  }

  const server: Server = createHttpServer((req, res) => {
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (closing) {
        server.closeIdleConnections();
        if (inFlight === 0) drained?.();
      }
    });
    handle(req, res).catch((err: unknown) => {
      log(`500 ${req.method} ${req.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      sendJson(res, 500, rpcError(-32603, 'Internal server error'));
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? DEFAULT_HTTP_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (err) => log(`server error: ${err.message}`));
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closed: Promise<void> | undefined;
  const close = (graceMs = 10_000): Promise<void> =>
    (closed ??= (async () => {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
        ]);
        clearTimeout(timer);
      }
      server.closeAllConnections();
      await stopped;
      await Promise.all(idle.splice(0).map((s) => s.close().catch(() => {})));
    })());

  return { url: `http://${urlHost}:${port}${MCP_PATH}`, host, port, close };
}
