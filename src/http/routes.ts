// Routing of the HTTP server: checks every request's Host and Origin (DNS rebinding), answers
// /healthz, requires the bearer token on /mcp, refuses new work while shutting down, and hands
// the rest to the MCP endpoint.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerProblem, hostOrOriginProblem } from '../http-access.js';
import { HEALTH_PATH } from './health.js';
import { MCP_PATH } from './mcp-endpoint.js';
import { rpcError, sendJson } from './respond.js';

export interface Routes {
  allowedHosts: ReadonlySet<string>;
  allowedOrigins: readonly string[];
  token: string | undefined;
  log: (line: string) => void;
  /** True once the server is shutting down. */
  closing: () => boolean;
  health: (closing: boolean) => Record<string, unknown>;
  mcp: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

/** Answers one request. */
export async function route(r: Routes, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    sendJson(res, 400, rpcError(-32000, `malformed request target: ${JSON.stringify(req.url).slice(0, 200)}`));
    return;
  }
  const refused = hostOrOriginProblem(req, r.allowedHosts, r.allowedOrigins);
  if (refused !== undefined) {
    r.log(`403 ${req.method} ${url.pathname} from ${req.socket.remoteAddress}: ${refused}`);
    sendJson(res, 403, rpcError(-32000, `Forbidden: ${refused}`));
    return;
  }
  if (url.pathname === HEALTH_PATH) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'use GET' }, { Allow: 'GET, HEAD' });
    const closing = r.closing();
    return sendJson(res, closing ? 503 : 200, r.health(closing), { 'Cache-Control': 'no-store' });
  }
  if (url.pathname !== MCP_PATH) {
    sendJson(res, 404, rpcError(-32000, `not found: the MCP endpoint is ${MCP_PATH}, health is ${HEALTH_PATH}`));
    return;
  }
  if (r.token !== undefined) {
    const problem = bearerProblem(req.headers.authorization, r.token);
    if (problem) {
      r.log(`401 ${req.method} ${url.pathname} from ${req.socket.remoteAddress}: ${problem.error} token`);
      const challenge = problem.error === 'invalid' ? 'Bearer realm="shisaku", error="invalid_token"' : 'Bearer realm="shisaku"';
      sendJson(res, 401, rpcError(-32001, `Unauthorized: ${problem.message}`), { 'WWW-Authenticate': challenge });
      return;
    }
  }
  if (r.closing()) {
    sendJson(res, 503, rpcError(-32000, 'the server is shutting down; retry on its replacement'), { Connection: 'close', 'Retry-After': '1' });
    return;
  }
  await r.mcp(req, res);
}
