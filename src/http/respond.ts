// Body handling for the HTTP server: JSON answers, JSON-RPC error bodies, and the request body of an
// ordinary MCP POST read from the Node stream (cheaper than the SDK reading it through a web Request).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest request body read (a 1 MB question still gets the tool's "too long" answer). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Answers with a JSON body (or just ends the response when headers went out already). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A JSON-RPC error body, as the SDK's transport answers a refused request. */
export function rpcError(code: number, message: string): unknown {
  return { jsonrpc: '2.0', error: { code, message }, id: null };
}

/**
 * The parsed body of an ordinary MCP POST (JSON in, JSON and event stream accepted); `undefined`
 * body for anything else, which is left to the SDK's transport to answer (406, 415 …). Answers
 * itself, as the SDK would, when the body is too large or not JSON (`answered`).
 */
export async function readMcpBody(req: IncomingMessage, res: ServerResponse): Promise<{ body?: unknown; answered: boolean }> {
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
