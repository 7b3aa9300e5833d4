// `shisaku serve --watch` over stdio, started as a child process the way an MCP client starts it,
// over a copy of the seeds: a document added after it started is answered within a minute, a
// document removed goes, an ingest that fails leaves the previous index in use and says why,
// the client is told the resources changed, and no request fails while the index switches.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ResourceListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ListDocumentsOutputSchema } from '../../src/tools/list-documents.js';
import { SearchDocumentsOutputSchema } from '../../src/tools/search-documents.js';
import { CLI } from '../helpers/index-home.js';
import { ADDED_DOC, addDocument, liveCorpus, pollUntil } from '../helpers/live.js';

const Search = z.object(SearchDocumentsOutputSchema);
const Documents = z.object(ListDocumentsOutputSchema);

let client: Client;
let seeds: string;
let stderr = '';
let listChanged = 0;
/** The background load: requests sent while documents come and go, and the ones that failed. */
const background = { running: true, sent: 0, failures: [] as string[], done: Promise.resolve() };

async function searchSource(query: string): Promise<string | undefined> {
  const res = await client.callTool({ name: 'search_documents', arguments: { query, k: 1 } });
  if (res.isError) throw new Error(JSON.stringify(res.content));
  return Search.parse(res.structuredContent).results[0]?.citation.source;
}

async function documentIds(): Promise<string[]> {
  return Documents.parse((await client.callTool({ name: 'list_documents', arguments: {} })).structuredContent).documents.map((d) => d.id);
}

beforeAll(async () => {
  const corpus = await liveCorpus();
  seeds = corpus.seeds;
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, 'serve', '--watch', '--debounce', '300', '--seeds', seeds, '--home', corpus.home],
    env: { ...(process.env as Record<string, string>) },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  client = new Client({ name: 'shisaku-watch-test', version: '0.0.0' });
  client.setNotificationHandler(ResourceListChangedNotificationSchema, () => void listChanged++);
  await client.connect(transport);
  // a client that keeps asking, with a question whose answer never moves, all through the test
  background.done = (async () => {
    while (background.running) {
      background.sent++;
      try {
        const source = await searchSource('マッチングプランナープログラムの1課題当たりの基準額は？');
        if (source !== 'seeds/003_d3747c4912f9c266.txt') background.failures.push(`wrong answer: ${source}`);
      } catch (err) {
        background.failures.push(err instanceof Error ? err.message : String(err));
      }
    }
  })();
});
afterAll(async () => {
  background.running = false;
  await background.done;
  await client?.close();
});

describe('shisaku serve --watch (stdio)', () => {
  it('answers about a document added after it started, within a minute', async () => {
    expect(await searchSource(ADDED_DOC.question)).not.toBe(`seeds/${ADDED_DOC.file}`);
    const started = Date.now();
    await addDocument(seeds);
    await pollUntil(async () => ((await searchSource(ADDED_DOC.question)) === `seeds/${ADDED_DOC.file}` ? true : undefined), 60_000, 'the added document to be found');
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(await documentIds()).toContain(ADDED_DOC.id);
    expect(stderr).toMatch(new RegExp(`documents changed \\(added ${ADDED_DOC.file}\\): re-ingesting`));
    expect(stderr).toMatch(/ingest done in \d+\.\d s .*indexed 6 documents/);
    expect(stderr).toMatch(/switched to the index built .*: 6 documents, \d+ chunks \(was 5 documents/);
    await pollUntil(async () => (listChanged >= 1 ? true : undefined), 5_000, 'notifications/resources/list_changed');
  });

  it('keeps the previous index when an ingest fails, and says why', async () => {
    const manifest = path.join(seeds, 'manifest.json');
    const good = await readFile(manifest);
    await writeFile(manifest, '{ "documents": [ { "file": ');
    try {
      await pollUntil(async () => (/ingest failed after \d+\.\d s \((.*)\); still serving the previous index/.test(stderr) ? true : undefined), 60_000, 'the failed ingest to be reported');
      expect(stderr, stderr).toMatch(/documents changed \(changed manifest\.json\): re-ingesting/);
      expect(stderr).toMatch(/ingest failed after .*JSON.*still serving the previous index/);
      expect(await documentIds()).toContain(ADDED_DOC.id);
      expect(await searchSource(ADDED_DOC.question)).toBe(`seeds/${ADDED_DOC.file}`);
    } finally {
      await writeFile(manifest, good);
    }
  });

  it('drops a removed document', async () => {
    const switches = stderr.match(/switched to the index/g)?.length ?? 0;
    await rm(path.join(seeds, ADDED_DOC.file));
    await pollUntil(async () => ((await documentIds()).includes(ADDED_DOC.id) ? undefined : true), 60_000, 'the removed document to go');
    expect((stderr.match(/switched to the index/g)?.length ?? 0)).toBe(switches + 1);
    expect(await searchSource(ADDED_DOC.question)).not.toBe(`seeds/${ADDED_DOC.file}`);
  });

  it('failed no request while the index switched', async () => {
    background.running = false;
    await background.done;
    expect(background.failures).toEqual([]);
    expect(background.sent).toBeGreaterThan(20);
    expect(stderr).not.toMatch(/TypeError|ReferenceError|Unhandled/);
  });
});
