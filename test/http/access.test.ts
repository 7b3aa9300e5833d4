// Who the HTTP server refuses: callers without the bearer token, foreign Host and Origin headers
// (DNS rebinding), and a public bind without a token; and how the token is loaded.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { loadToken } from '../../src/http-access.js';
import { serveHttp, type RunningHttpServer } from '../../src/http.js';
import { expectGoodSearch } from '../helpers/bad-inputs.js';
import { httpClient, MCP_HEADERS, rawRequest, startHttp } from '../helpers/http.js';
import { testEngine } from '../helpers/server.js';

const TOKEN = 'office-token-0123456789abcdef';
const listTools = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });

let engine: Engine;
beforeAll(async () => {
  engine = await testEngine();
});

describe('a server with a bearer token', () => {
  let running: RunningHttpServer;
  let logs: string[];
  beforeAll(async () => {
    ({ running, logs } = await startHttp(engine, { token: TOKEN }));
  });
  afterAll(async () => running?.close());

  it.each([
    ['no Authorization header', {}, /^Bearer realm="shisaku"$/],
    ['a wrong token', { Authorization: 'Bearer wrong-token-0123456789abcdef' }, /error="invalid_token"/],
    ['the token one character short', { Authorization: `Bearer ${TOKEN.slice(0, -1)}` }, /error="invalid_token"/],
    ['Basic credentials', { Authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}` }, /^Bearer realm="shisaku"$/],
  ])('refuses %s with 401 and a WWW-Authenticate challenge', async (_what, headers, challenge) => {
    const res = await rawRequest(running.url, { headers: { ...MCP_HEADERS, ...headers }, body: listTools });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(challenge);
    expect(JSON.parse(res.body)).toMatchObject({ error: { message: expect.stringMatching(/^Unauthorized: /) } });
    expect(logs.at(-1)).toMatch(/^401 POST \/mcp/);
  });

  it('refuses an MCP client that has no token', async () => {
    await expect(httpClient(running.url)).rejects.toThrow(/401|Unauthorized/);
  });

  it('serves an MCP client that sends the token', async () => {
    const client = await httpClient(running.url, { Authorization: `Bearer ${TOKEN}` });
    await expectGoodSearch(client);
    await client.close();
  });

  it('answers /healthz without the token, with the index status', async () => {
    const res = await rawRequest(running.url.replace('/mcp', '/healthz'), { method: 'GET' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({
      status: 'ok',
      documents: 5,
      chunks: engine.chunks.length,
      model: 'shisaku-corpus',
      built_at: engine.manifest.created_at,
      skipped_documents: [],
    });
  });
});

describe('Host and Origin checks (DNS rebinding)', () => {
  let running: RunningHttpServer;
  let custom: RunningHttpServer;
  beforeAll(async () => {
    ({ running } = await startHttp(engine));
    ({ running: custom } = await startHttp(engine, { allowedHosts: ['shisaku.office.example'], allowedOrigins: ['https://portal.office.example'] }));
  });
  afterAll(async () => {
    await running?.close();
    await custom?.close();
  });

  const post = (server: RunningHttpServer, headers: Record<string, string>) => rawRequest(server.url, { headers: { ...MCP_HEADERS, ...headers }, body: listTools });

  it.each([
    ['a foreign Host', { Host: 'evil.example:8765' }, /Host "evil.example" is not allowed/],
    ['a foreign Origin', { Origin: 'http://evil.example' }, /Origin "http:\/\/evil.example" is not allowed/],
    ['a foreign Origin on a loopback Host', { Host: 'localhost', Origin: 'https://attacker.example:8765' }, /Origin .* is not allowed/],
    ['the opaque Origin "null"', { Origin: 'null' }, /Origin "null" is not allowed/],
  ])('refuses %s with 403', async (_what, headers, message) => {
    const res = await post(running, headers);
    expect(res.status).toBe(403);
    expect((JSON.parse(res.body) as { error: { message: string } }).error.message).toMatch(message);
    const health = await rawRequest(running.url.replace('/mcp', '/healthz'), { method: 'GET', headers });
    expect(health.status).toBe(403);
  });

  it('accepts loopback names and a loopback Origin', async () => {
    for (const headers of [{ Host: 'localhost:1234' }, { Host: '127.0.0.1' }, { Origin: 'http://localhost:3000' }]) {
      expect((await post(running, headers)).status).toBe(200);
    }
  });

  it('accepts the names and origins it was given, and only those origins', async () => {
    expect((await post(custom, { Host: 'shisaku.office.example' })).status).toBe(200);
    expect((await post(custom, { Origin: 'https://portal.office.example' })).status).toBe(200);
    expect((await post(custom, { Origin: 'http://localhost:3000' })).status).toBe(403);
    expect((await post(custom, { Host: 'other.office.example' })).status).toBe(403);
  });
});

describe('binding beyond loopback', () => {
  it('refuses to start without a token', async () => {
    await expect(serveHttp({ engine, host: '0.0.0.0', port: 0, log: () => {} })).rejects.toThrow(/requires a token: set SHISAKU_TOKEN or pass --token-file/);
  });

  it('serves on all interfaces with a token, answering to this machine by address', async () => {
    const running = await serveHttp({ engine, host: '0.0.0.0', port: 0, token: TOKEN, log: () => {} });
    try {
      const url = `http://127.0.0.1:${running.port}/mcp`;
      expect((await rawRequest(url, { headers: MCP_HEADERS, body: listTools })).status).toBe(401);
      const ok = await rawRequest(url, { headers: { ...MCP_HEADERS, Authorization: `Bearer ${TOKEN}` }, body: listTools });
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.body).result.tools.map((t: { name: string }) => t.name)).toContain('search_documents');
      expect((await rawRequest(url, { headers: { ...MCP_HEADERS, Authorization: `Bearer ${TOKEN}`, Host: 'evil.example' }, body: listTools })).status).toBe(403);
    } finally {
      await running.close();
    }
  });
});

describe('loadToken', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'shisaku-token-'));
  });

  it('reads the first line of the token file, else $SHISAKU_TOKEN, else nothing', async () => {
    const file = path.join(dir, 'token');
    await writeFile(file, `${TOKEN}\n# comment\n`);
    expect(loadToken(file, { SHISAKU_TOKEN: 'ignored-because-a-file-was-given' })).toBe(TOKEN);
    expect(loadToken(undefined, { SHISAKU_TOKEN: ` ${TOKEN} ` })).toBe(TOKEN);
    expect(loadToken(undefined, {})).toBeUndefined();
  });

  it.each([
    ['a missing file', () => loadToken(path.join(dir, 'nope'), {}), /cannot read the token file .*nope/],
    ['a short token', () => loadToken(undefined, { SHISAKU_TOKEN: 'secret' }), /too short \(6 characters; at least 16\)/],
    ['a token with spaces', () => loadToken(undefined, { SHISAKU_TOKEN: 'abcdefgh ijklmnopqrst' }), /must not contain spaces/],
  ])('refuses %s with a message that says what to do', (_what, run, message) => {
    expect(run).toThrow(message);
  });

  it('refuses an empty token file', async () => {
    const file = path.join(dir, 'empty');
    await writeFile(file, '\n');
    expect(() => loadToken(file, {})).toThrow(/token file .*empty is empty/);
  });
});
