// POST /mcp: one JSON-RPC request (or batch) served on its own Streamable HTTP transport by a pooled
// McpServer; a GET with `Accept: text/event-stream` opens the notification stream instead.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { NotificationStreams } from './events.js';
import { MAX_BODY_BYTES, readMcpBody, rpcError, sendJson } from './respond.js';
import type { McpServerPool } from './server-pool.js';

export const MCP_PATH = '/mcp';

/** Serves one request on the MCP endpoint. */
export async function handleMcp(req: IncomingMessage, res: ServerResponse, pool: McpServerPool, streams: NotificationStreams): Promise<void> {
  if (req.method === 'GET' && (req.headers.accept ?? '').includes('text/event-stream')) {
    streams.open(req, res);
    return;
  }
  if (req.method !== 'POST') {
    // stateless: no session to end (DELETE); GET only as an event stream
    sendJson(res, 405, rpcError(-32000, `method ${req.method} not allowed: send JSON-RPC with POST ${MCP_PATH} (or GET it with Accept: text/event-stream for notifications)`), {
      Allow: 'GET, POST',
    });
    return;
  }
  const parsed = await readMcpBody(req, res);
  if (parsed.answered) return;
  const server = pool.acquire();
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true, maxRequestBodySize: MAX_BODY_BYTES });
  res.on('close', () => {
    // closing the transport detaches it from the server, which can then take the next request
    transport.close().then(
      () => pool.release(server),
      () => void server.close().catch(() => {}),
    );
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, parsed.body);
}
