// A small pool of McpServers for the stateless HTTP endpoint. An McpServer serves one request at a
// time and is reused once its transport has closed (the SDK allows connect() after close());
// building one (tools, prompts, a JSON Schema validator) costs milliseconds. Stateless requests
// carry no session, so nothing a tool reads is carried over; every server reads the index through
// the same source, so an index switch needs nothing from the pool.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';

/** Idle McpServers kept for reuse. */
const MAX_IDLE_SERVERS = 32;

export class McpServerPool {
  private readonly idle: McpServer[] = [];
  private closing = false;

  constructor(private readonly create: () => McpServer) {}

  /** An idle server, or a new one. */
  acquire(): McpServer {
    return this.idle.pop() ?? this.create();
  }

  /** Takes a server back once its request is over (its transport closed), or closes it. */
  release(server: McpServer): void {
    if (server.isConnected()) {
      void server.close().catch(() => {});
    } else if (!this.closing && this.idle.length < MAX_IDLE_SERVERS) {
      this.idle.push(server);
    } else {
      void server.close().catch(() => {});
    }
  }

  /** Closes the idle servers; servers released later are closed too. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.idle.splice(0).map((s) => s.close().catch(() => {})));
  }
}
