// Starts the HTTP server in-process on a free loopback port and connects real MCP clients to it.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { request } from 'node:http';
import type { Engine } from '../../src/core/engine.js';
import { serveHttp, type HttpServeOptions, type RunningHttpServer } from '../../src/http.js';

/** The server on 127.0.0.1 (port 0: any free one), logging into `logs`. */
export async function startHttp(engine: Engine, extra: Partial<HttpServeOptions> = {}): Promise<{ running: RunningHttpServer; logs: string[] }> {
  const logs: string[] = [];
  const running = await serveHttp({ engine, port: 0, log: (l) => logs.push(l), ...extra });
  return { running, logs };
}

/** A connected client over Streamable HTTP. */
export async function httpClient(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'shisaku-http-test', version: '0.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

/** Headers a Streamable HTTP client sends with a JSON-RPC POST. */
export const MCP_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' };

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request with any headers (Host included, which fetch will not send) and any body bytes. */
export function rawRequest(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'POST', headers: opts.headers ?? {}, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}
