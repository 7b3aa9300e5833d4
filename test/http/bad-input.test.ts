// Bad input over HTTP, through a real MCP client and as raw requests: every one gets a clear
// error and the server answers the next good request correctly.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningHttpServer } from '../../src/http.js';
import { SearchDocumentsOutputSchema } from '../../src/tools/search-documents.js';
import { BAD_TOOL_CALLS, expectGoodSearch, expectToolError } from '../helpers/bad-inputs.js';
import { httpClient, MCP_HEADERS, rawRequest, startHttp } from '../helpers/http.js';
import { testEngine } from '../helpers/server.js';

let running: RunningHttpServer;
let client: Client;
let logs: string[];
beforeAll(async () => {
  ({ running, logs } = await startHttp(await testEngine()));
  client = await httpClient(running.url);
});
afterAll(async () => {
  await client?.close();
  await running?.close();
});

describe('tool calls with bad arguments over HTTP', () => {
  it.each(BAD_TOOL_CALLS.map((b) => [b.what, b] as const))('%s → a tool error, then a good answer', async (_what, bad) => {
    await expectToolError(client, bad);
    await expectGoodSearch(client);
  });

  it('searches through control characters and broken UTF-16 inside a real question', async () => {
    const res = await client.callTool({ name: 'search_documents', arguments: { query: 'マッチング\u0000プランナー\u0007プログラムの\ud8001課題当たりの基準額は？', k: 3 } });
    const { results } = z.object(SearchDocumentsOutputSchema).parse(res.structuredContent);
    expect(results[0]!.citation.source).toBe('seeds/003_d3747c4912f9c266.txt');
  });

  it('answers an unknown resource with "resource not found" (-32002) naming the valid ids, said once', async () => {
    const err = await client.readResource({ uri: 'shisaku://documents/nope' }).then(
      () => undefined,
      (e: unknown) => e as { code?: number; message?: string },
    );
    expect(err?.code).toBe(-32002);
    expect(err?.message).toMatch(/^MCP error -32002: no document shisaku:\/\/documents\/nope: unknown document id "nope"; valid ids: jigyo-hensen/);
    await expectGoodSearch(client);
  });
});

const rpc = (method: string, params?: unknown, id: number | string = 1) => JSON.stringify({ jsonrpc: '2.0', id, method, ...(params !== undefined && { params }) });

describe('raw HTTP requests the SDK client would never send', () => {
  const cases: [string, { method?: string; headers?: Record<string, string>; body?: string | Buffer }, number, RegExp][] = [
    ['malformed JSON', { headers: MCP_HEADERS, body: '{"jsonrpc":"2.0","id":1,"method":"tools/li' }, 400, /Parse error/],
    ['JSON that is not JSON-RPC', { headers: MCP_HEADERS, body: '{"hello":"world"}' }, 400, /Invalid JSON-RPC message|Parse error/],
    ['a JSON-RPC request with a numeric method', { headers: MCP_HEADERS, body: '{"jsonrpc":"2.0","id":1,"method":42}' }, 400, /Invalid JSON-RPC|Parse error/],
    ['an empty body', { headers: MCP_HEADERS, body: '' }, 400, /Parse error/],
    ['a body over 4 MiB', { headers: MCP_HEADERS, body: rpc('tools/call', { name: 'search_documents', arguments: { query: 'x'.repeat(5 * 1024 * 1024) } }) }, 413, /too large|exceeds/i],
    ['a wrong Content-Type', { headers: { ...MCP_HEADERS, 'Content-Type': 'text/plain' }, body: rpc('tools/list') }, 415, /Content-Type/],
    ['no Accept header', { headers: { 'Content-Type': 'application/json' }, body: rpc('tools/list') }, 406, /Accept|Not Acceptable/],
    ['a GET on the MCP endpoint that does not accept an event stream', { method: 'GET', headers: { Accept: 'application/json' } }, 405, /not allowed/],
    ['a DELETE on the MCP endpoint', { method: 'DELETE' }, 405, /not allowed/],
  ];

  it.each(cases)('%s → %i, then a good answer', async (_what, req, status, message) => {
    const res = await rawRequest(running.url, req);
    expect(res.status).toBe(status);
    expect(res.body).toMatch(message);
    await expectGoodSearch(client);
  });

  it('answers an unknown method with JSON-RPC "method not found"', async () => {
    const res = await rawRequest(running.url, { headers: MCP_HEADERS, body: rpc('no/such_method', {}, 7) });
    expect(JSON.parse(res.body)).toMatchObject({ id: 7, error: { code: -32601 } });
  });

  it('answers tools/call with arguments that are not an object with a JSON-RPC error', async () => {
    const res = await rawRequest(running.url, { headers: MCP_HEADERS, body: rpc('tools/call', { name: 'search_documents', arguments: 'x' }, 8) });
    expect(JSON.parse(res.body)).toMatchObject({ id: 8, error: { message: expect.stringMatching(/arguments/) } });
    await expectGoodSearch(client);
  });

  it('reads invalid UTF-8 bytes and escaped lone surrogates without harm', async () => {
    const [head, tail] = rpc('tools/call', { name: 'search_documents', arguments: { query: '@知的クラスター創成事業' } }).split('@') as [string, string];
    const surrogate = Buffer.from(`${head}\\ud800${tail}`, 'utf8');
    const invalidUtf8 = Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(tail, 'utf8')]);
    for (const body of [surrogate, invalidUtf8]) {
      const res = await rawRequest(running.url, { headers: MCP_HEADERS, body });
      expect(res.status).toBe(200);
      const parsed = JSON.parse(res.body) as { result?: { isError?: boolean; structuredContent?: unknown } };
      expect(parsed.result?.isError ?? false).toBe(false);
      expect(z.object(SearchDocumentsOutputSchema).parse(parsed.result?.structuredContent).results.length).toBeGreaterThan(0);
    }
    await expectGoodSearch(client);
  });

  it('answers a path other than /mcp and /healthz with 404', async () => {
    const res = await rawRequest(running.url.replace('/mcp', '/admin'), { method: 'GET' });
    expect(res.status).toBe(404);
    expect(res.body).toMatch(/the MCP endpoint is \/mcp/);
  });

  it('logs nothing unexpected: no 500s', () => {
    expect(logs.filter((l) => l.startsWith('500'))).toEqual([]);
  });
});
