// The notification stream of the stateless HTTP endpoint: `GET /mcp` with `Accept: text/event-stream`
// stays open as a server-sent event stream on which the server sends what it has to say unasked:
// `notifications/resources/list_changed` when the index it serves is switched. Each worker process
// keeps its own streams and tells them when it switches.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JSONRPCNotification } from '@modelcontextprotocol/sdk/types.js';

/** A comment line this often keeps idle proxies from closing the stream. */
const KEEPALIVE_MS = 25_000;

export class NotificationStreams {
  private readonly open_ = new Set<ServerResponse>();
  private readonly keepalive: NodeJS.Timeout;

  constructor() {
    this.keepalive = setInterval(() => {
      for (const res of this.open_) res.write(': keep-alive\n\n');
    }, KEEPALIVE_MS);
    this.keepalive.unref();
  }

  /** Streams opened and not yet closed. */
  get size(): number {
    return this.open_.size;
  }

  /** Starts an event stream on this response; it stays open until the client or close() ends it. */
  open(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-store', Connection: 'keep-alive' });
    res.flushHeaders();
    // a comment first, so that clients and proxies see the stream is open
    res.write(': shisaku notifications\n\n');
    req.socket.setTimeout(0);
    this.open_.add(res);
    res.on('close', () => this.open_.delete(res));
  }

  /** Sends a notification on every open stream. */
  send(notification: JSONRPCNotification): void {
    const data = JSON.stringify(notification);
    for (const res of this.open_) res.write(`event: message\ndata: ${data}\n\n`);
  }

  /** Ends every stream (at shutdown), so that they do not hold the server open. */
  close(): void {
    clearInterval(this.keepalive);
    for (const res of this.open_) res.end();
    this.open_.clear();
  }
}
