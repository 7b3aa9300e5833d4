// The HTTP server's life: several clients at once, a graceful close that lets in-flight requests
// finish, and `shisaku serve --http` started and stopped as a real process.
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { z } from 'zod';
import { processTree } from '../../eval/latency.js';
import type { Engine } from '../../src/core/engine.js';
import { SearchDocumentsOutputSchema } from '../../src/tools/search-documents.js';
import { ROOT } from '../helpers/corpus.js';
import { httpClient, MCP_HEADERS, rawRequest, startHttp } from '../helpers/http.js';
import { testEngine } from '../helpers/server.js';

const cli = path.join(ROOT, 'dist', 'src', 'cli.js');
const searchBody = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'tools/call',
  params: { name: 'search_documents', arguments: { query: 'マッチングプランナープログラムの1課題当たりの基準額は？', k: 3 } },
});

let engine: Engine;
beforeAll(async () => {
  engine = await testEngine();
});

describe('serveHttp', () => {
  it('serves several clients at once, each getting its own right answer', async () => {
    const { running } = await startHttp(engine);
    try {
      const clients = await Promise.all(Array.from({ length: 6 }, () => httpClient(running.url)));
      const questions: [string, string][] = [
        ['マッチングプランナープログラムの1課題当たりの基準額は？', 'seeds/003_d3747c4912f9c266.txt'],
        ['都市エリア産学官連携促進事業の目的は？', 'seeds/000_375f904e8883610a.txt'],
        ['インキュベーションセンターは何大学に整備されている？', 'seeds/001_c2ec72ae5d580e88.txt'],
      ];
      const answers = await Promise.all(
        clients.flatMap((client, i) =>
          [0, 1, 2].map(async (j) => {
            const [query, source] = questions[(i + j) % questions.length]!;
            const res = await client.callTool({ name: 'search_documents', arguments: { query, k: 1 } });
            return { source, got: z.object(SearchDocumentsOutputSchema).parse(res.structuredContent).results[0]?.citation.source };
          }),
        ),
      );
      for (const a of answers) expect(a.got).toBe(a.source);
      await Promise.all(clients.map((c) => c.close()));
    } finally {
      await running.close();
    }
  });

  it('lets an in-flight request finish on close, and refuses new connections', async () => {
    const { running } = await startHttp(engine);
    // a request whose body is still arriving when close() is called
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(running.url, { method: 'POST', headers: { ...MCP_HEADERS, 'Content-Length': Buffer.byteLength(searchBody) } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      const bytes = Buffer.from(searchBody);
      req.write(bytes.subarray(0, 20));
      setTimeout(() => {
        closing = running.close();
        setTimeout(() => req.end(bytes.subarray(20)), 200);
      }, 200);
    });
    let closing: Promise<void> | undefined;
    const res = await response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).result.structuredContent.results[0].citation.source).toBe('seeds/003_d3747c4912f9c266.txt');
    await closing;
    await expect(rawRequest(running.url, { headers: MCP_HEADERS, body: searchBody })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('gives up on a request that never finishes once the grace period is over', async () => {
    const { running } = await startHttp(engine);
    const req = request(running.url, { method: 'POST', headers: { ...MCP_HEADERS, 'Content-Length': '1000' } });
    const failed = new Promise<Error>((resolve) => req.on('error', resolve));
    req.write('{"jsonrpc"');
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await running.close(300);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await failed).message).toMatch(/socket hang up|ECONNRESET/);
  });
});

describe('shisaku serve --http', () => {
  it('starts on all interfaces with $SHISAKU_TOKEN, serves, and exits 0 on SIGTERM', async () => {
    const token = 'cli-test-token-0123456789';
    const child = spawn(process.execPath, [cli, 'serve', '--http', '--port', '0', '--host', '0.0.0.0', '--home', inject('indexHome')], {
      env: { ...process.env, SHISAKU_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /at (http:\/\/\S+\/mcp)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const port = new URL(url).port;
    onTestFinished(() => void child.kill('SIGKILL'));
    const health = await rawRequest(`http://127.0.0.1:${port}/healthz`, { method: 'GET' });
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok', documents: 5 });
    expect((await rawRequest(`http://127.0.0.1:${port}/mcp`, { headers: MCP_HEADERS, body: searchBody })).status).toBe(401);
    const ok = await rawRequest(`http://127.0.0.1:${port}/mcp`, { headers: { ...MCP_HEADERS, Authorization: `Bearer ${token}` }, body: searchBody });
    expect(ok.status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr).toMatch(/SIGTERM: finishing in-flight requests/);
    expect(stdout).toBe('');
  });

  it('serves with --workers 2, replaces a worker that dies, and stops all on SIGINT', async () => {
    const child = spawn(process.execPath, [cli, 'serve', '--http', '--port', '0', '--workers', '2', '--home', inject('indexHome')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const waitFor = (re: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const check = () => {
          const m = re.exec(stderr);
          if (m) resolve(m);
        };
        child.stderr.on('data', check);
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
        check();
      });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let workers: number[] = [];
    try {
      const url = (await waitFor(/at (http:\/\/\S+\/mcp) .*2 workers/))[1]!;
      workers = processTree(child.pid!).slice(1);
      expect(workers).toHaveLength(2);
      const answers = await Promise.all(Array.from({ length: 8 }, () => rawRequest(url, { headers: MCP_HEADERS, body: searchBody })));
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
      process.kill(workers[0]!, 'SIGKILL');
      await waitFor(/worker \d+ died \(SIGKILL\); starting another/);
      for (let i = 0; i < 4; i++) expect((await rawRequest(url, { headers: MCP_HEADERS, body: searchBody })).status).toBe(200);
      workers = processTree(child.pid!).slice(1);
      child.kill('SIGINT');
      expect(await exit).toBe(0);
      for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
    } finally {
      // never leave a server behind when an expectation fails
      for (const pid of [...processTree(child.pid!).slice(1), ...workers]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      child.kill('SIGKILL');
    }
  });

  it.each([
    ['a public bind without a token', ['--host', '0.0.0.0'], /--host 0.0.0.0 .* needs a token: set SHISAKU_TOKEN or pass --token-file/],
    ['a port that is not a number', ['--port', 'eighty'], /--port must be a number/],
    ['a port out of range', ['--port', '70000'], /--port must be from 0 to 65535/],
    ['a missing token file', ['--token-file', '/nonexistent/token'], /cannot read the token file \/nonexistent\/token/],
  ])('exits non-zero on %s, saying why', (_what, args, message) => {
    const env = { ...process.env };
    delete env['SHISAKU_TOKEN'];
    const res = spawnSync(process.execPath, [cli, 'serve', '--http', '--home', inject('indexHome'), ...args], { env, encoding: 'utf8', timeout: 60_000 });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(message);
  });
});
