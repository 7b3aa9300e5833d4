// `shisaku serve --http --watch --workers 2` as a real process over a copy of the seeds: a bounded
// loop of requests from several clients runs while a document is added and then removed; every
// request succeeds, both workers switch each time (/healthz, which any worker may answer, agrees),
// and a client holding the notification stream is told the resources changed.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ResourceListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processTree } from '../../eval/latency.js';
import { LightMcpClient } from '../../eval/light-client.js';
import { CLI } from '../helpers/index-home.js';
import { rawRequest } from '../helpers/http.js';
import { ADDED_DOC, addDocument, liveCorpus, pollUntil } from '../helpers/live.js';

let child: ChildProcess;
let url: string;
let seeds: string;
let stderr = '';

beforeAll(async () => {
  const corpus = await liveCorpus();
  seeds = corpus.seeds;
  child = spawn(process.execPath, [CLI, 'serve', '--http', '--port', '0', '--workers', '2', '--watch', '--debounce', '300', '--seeds', seeds, '--home', corpus.home], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  url = await pollUntil(async () => /serving .* at (http:\/\/\S+\/mcp) .*2 workers; watching the documents/.exec(stderr)?.[1], 60_000, 'the server to listen');
});
afterAll(async () => {
  const pids = child?.pid ? processTree(child.pid) : [];
  child?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
});

/** /healthz's document count, asked `times` times on new connections (so both workers answer some). */
async function documentCounts(times: number): Promise<Set<number>> {
  const counts = new Set<number>();
  for (let i = 0; i < times; i++) counts.add((JSON.parse((await rawRequest(url.replace('/mcp', '/healthz'), { method: 'GET' })).body) as { documents: number }).documents);
  return counts;
}

/** True when every answer gave `n` documents. */
const onlyCount = (counts: Set<number>, n: number) => counts.size === 1 && counts.has(n);

describe('shisaku serve --http --watch --workers 2', () => {
  it('switches every worker while documents are added and removed under load, with no failed request', async () => {
    const notified: number[] = [];
    const sdk = new Client({ name: 'shisaku-watch-http', version: '0.0.0' });
    sdk.setNotificationHandler(ResourceListChangedNotificationSchema, () => void notified.push(Date.now()));
    await sdk.connect(new StreamableHTTPClientTransport(new URL(url)));

    const clients = await Promise.all(Array.from({ length: 4 }, () => LightMcpClient.connect(url)));
    const load = { running: true, sent: 0, failures: [] as string[] };
    const questions = ['マッチングプランナープログラムの1課題当たりの基準額は？', ADDED_DOC.question, '知的クラスター創成事業の1地域当たりの予算は？'];
    const loops = clients.map(async (c, i) => {
      // bounded: stops when the test says so, or after 200 s or 20,000 requests whatever happens
      for (let n = i; load.running && load.sent < 20_000; n++) {
        load.sent++;
        try {
          const res = await c.callTool('search_documents', { query: questions[n % questions.length]!, k: 3 });
          if (res['isError']) load.failures.push(JSON.stringify(res['content']));
        } catch (err) {
          load.failures.push(err instanceof Error ? err.message : String(err));
        }
        // steady load rather than saturation, so the ingest (on the same two cores) gets on
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    const stop = setTimeout(() => (load.running = false), 200_000);
    try {
      expect(await documentCounts(6)).toEqual(new Set([5]));
      await addDocument(seeds);
      await pollUntil(async () => (onlyCount(await documentCounts(8), 6) ? true : undefined), 90_000, 'both workers to serve 6 documents');
      const res = await sdk.callTool({ name: 'search_documents', arguments: { query: ADDED_DOC.question, k: 1 } });
      expect((res.structuredContent as { results: { citation: { source: string } }[] }).results[0]!.citation.source).toBe(`seeds/${ADDED_DOC.file}`);
      await pollUntil(async () => (notified.length >= 1 ? true : undefined), 10_000, 'notifications/resources/list_changed on the event stream');

      await rm(path.join(seeds, ADDED_DOC.file));
      await pollUntil(async () => (onlyCount(await documentCounts(8), 5) ? true : undefined), 90_000, 'both workers to serve 5 documents again');
    } finally {
      load.running = false;
      clearTimeout(stop);
      await Promise.all(loops);
      for (const c of clients) c.close();
      await sdk.close();
    }
    expect(load.failures).toEqual([]);
    expect(load.sent).toBeGreaterThan(100);
    // each worker logs its own switch, twice (the log line may arrive just after the health answer)
    await pollUntil(async () => (stderr.match(/worker \d+: switched to the index built/g)?.length === 4 ? true : undefined), 5_000, `4 switches logged in:\n${stderr}`);
    expect(stderr).toMatch(/documents changed \(added 005_kaiso_kyoten\.txt\)/);
    expect(stderr).toMatch(/documents changed \(removed 005_kaiso_kyoten\.txt\)/);
    expect(stderr).not.toMatch(/ 500 |TypeError|Unhandled/);
  });
});
