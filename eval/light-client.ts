// A lean MCP client for the load script: speaks Streamable HTTP (JSON-RPC over POST, JSON responses)
// on one keep-alive connection, does the initialize handshake, and checks every tools/call answer.
// Lean on purpose: the load clients run on the same two cores as the server, and the SDK client
// (fetch, schema validation of every message) costs about as much CPU per call as the search itself,
// so with it the figures measure the load generator as much as the server.
import http from 'node:http';
import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';

interface RpcResponse {
  jsonrpc: '2.0';
  id?: number | string | null;
  result?: Record<string, unknown>;
  error?: { code: number; message: string };
}

export class LightMcpClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private nextId = 1;
  private protocolVersion = LATEST_PROTOCOL_VERSION;

  private constructor(private readonly url: URL) {}

  /** Connects: initialize, then notifications/initialized, as an MCP client must. */
  static async connect(url: string, name = 'shisaku-load'): Promise<LightMcpClient> {
    const client = new LightMcpClient(new URL(url));
    const init = await client.rpc('initialize', { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name, version: '0.0.0' } });
    const version = init['protocolVersion'];
    if (typeof version !== 'string') throw new Error(`initialize answered without a protocolVersion: ${JSON.stringify(init).slice(0, 200)}`);
    client.protocolVersion = version;
    const status = (await client.post(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }))).status;
    if (status !== 202) throw new Error(`notifications/initialized answered HTTP ${status}, expected 202`);
    return client;
  }

  /** Calls a tool; resolves with its result (check isError), rejects on a JSON-RPC or HTTP error. */
  callTool(name: string, args: Record<string, unknown>): Promise<Record<string, unknown>> {
    return this.rpc('tools/call', { name, arguments: args });
  }

  close(): void {
    this.agent.destroy();
  }

  private async rpc(method: string, params: unknown): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const { status, body } = await this.post(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    if (status !== 200) throw new Error(`${method}: HTTP ${status}: ${body.slice(0, 200)}`);
    const msg = JSON.parse(body) as RpcResponse;
    if (msg.id !== id) throw new Error(`${method}: answer for id ${String(msg.id)}, expected ${id}`);
    if (msg.error) throw new Error(`${method}: JSON-RPC error ${msg.error.code}: ${msg.error.message}`);
    if (!msg.result) throw new Error(`${method}: answer without result`);
    return msg.result;
  }

  private post(payload: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json, text/event-stream',
            'Content-Length': Buffer.byteLength(payload),
            'MCP-Protocol-Version': this.protocolVersion,
          },
        },
        (res) => {
          const parts: Buffer[] = [];
          res.on('data', (d: Buffer) => parts.push(d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }
}
