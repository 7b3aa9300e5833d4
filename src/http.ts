// Serves MCP over Streamable HTTP (the SDK's transport) for an office: stateless (any request can go
// to any process), each request on its own transport and an McpServer from a small pool, all reading
// the index through one LiveIndex that a newer build can be switched into. The parts: routing and
// access checks (http/routes.ts), body handling (http/respond.ts), the server pool
// (http/server-pool.ts), the MCP endpoint and its notification stream (http/mcp-endpoint.ts,
// http/events.ts), health (http/health.ts) and the graceful close (http/shutdown.ts).
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Engine } from './core/engine.js';
import { ShisakuError } from './core/errors.js';
import { LiveIndex } from './core/live-index.js';
import { defaultAllowedHosts, isLoopback } from './http-access.js';
import { NotificationStreams } from './http/events.js';
import { healthStatus } from './http/health.js';
import { handleMcp, MCP_PATH } from './http/mcp-endpoint.js';
import { rpcError, sendJson } from './http/respond.js';
import { route, type Routes } from './http/routes.js';
import { McpServerPool } from './http/server-pool.js';
import { Drain } from './http/shutdown.js';
import { createServer } from './server.js';

export { HEALTH_PATH, healthStatus } from './http/health.js';
export { MCP_PATH } from './http/mcp-endpoint.js';
export { MAX_BODY_BYTES } from './http/respond.js';

export const DEFAULT_HTTP_HOST = '127.0.0.1';
export const DEFAULT_HTTP_PORT = 8765;

export interface HttpServeOptions {
  /** The index to serve, fixed; or give `index`. */
  engine?: Engine | undefined;
  /** The index to serve, switched by whoever follows the index folder. */
  index?: LiveIndex | undefined;
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
  /** The index served; switching it switches every later request. */
  index: LiveIndex;
  /** Stops accepting requests, lets in-flight ones finish (at most `graceMs`, default 10 s), then closes. */
  close(graceMs?: number): Promise<void>;
}

/** Starts the HTTP server and resolves once it listens. */
export async function serveHttp(opts: HttpServeOptions): Promise<RunningHttpServer> {
  const host = opts.host ?? DEFAULT_HTTP_HOST;
  if (!isLoopback(host) && opts.token === undefined) {
    throw new ShisakuError(`serving on ${host} (reachable from other machines) requires a token: set SHISAKU_TOKEN or pass --token-file FILE`);
  }
  const index = opts.index ?? (opts.engine ? new LiveIndex(opts.engine) : undefined);
  if (!index) throw new ShisakuError('serveHttp needs an engine or an index');
  const log = opts.log ?? ((line: string) => process.stderr.write(`[shisaku http] ${line}\n`));
  const pool = new McpServerPool(() => createServer({ index }).server);
  const streams = new NotificationStreams();
  const stopNotifying = index.onChange(() => streams.send({ jsonrpc: '2.0', method: 'notifications/resources/list_changed' }));

  const server: Server = createHttpServer((req, res) => {
    drain.track(res);
    route(routes, req, res).catch((err: unknown) => {
      log(`500 ${req.method} ${req.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      sendJson(res, 500, rpcError(-32603, 'Internal server error'));
    });
  });
  const drain = new Drain(server);
  const routes: Routes = {
    allowedHosts: defaultAllowedHosts(host, opts.allowedHosts ?? []),
    allowedOrigins: opts.allowedOrigins ?? [],
    token: opts.token,
    log,
    closing: () => drain.closing,
    health: (closing: boolean) => healthStatus(index.current, closing ? 'shutting_down' : 'ok'),
    mcp: (req, res) => handleMcp(req, res, pool, streams),
  };
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
      stopNotifying();
      await drain.close(graceMs, () => streams.close());
      await pool.close();
    })());

  return { url: `http://${urlHost}:${port}${MCP_PATH}`, host, port, index, close };
}
