// What is indexed, said three ways that must agree: `shisaku status --json`, /healthz and the
// list_documents tool; with the exit codes of `shisaku ingest` (0 built, 2 built with files left
// out, 1 failed) over a documents folder holding an unreadable file and a PDF.
import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openEngine } from '../../src/core/engine.js';
import { currentIndexDir } from '../../src/core/index-store.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';
import type { RunningHttpServer } from '../../src/http.js';
import type { StatusReport } from '../../src/status.js';
import { ListDocumentsOutputSchema } from '../../src/tools/list-documents.js';
import { httpClient, rawRequest, startHttp } from '../helpers/http.js';
import { CLI, copySeeds, runCli, tempDir } from '../helpers/index-home.js';

let seeds: string;
let home: string;
let firstIngest: Awaited<ReturnType<typeof runCli>>;
let running: RunningHttpServer;

const status = (json: boolean) => spawnSync(process.execPath, [CLI, 'status', '--seeds', seeds, '--home', home, ...(json ? ['--json'] : [])], { encoding: 'utf8', timeout: 60_000 });

beforeAll(async () => {
  seeds = await copySeeds();
  home = await tempDir('status-home');
  await writeFile(path.join(seeds, 'undecodable.txt'), Buffer.from([0x41, 0xff, 0xfd, 0x41, 0x41])); // no text encoding fits
  await writeFile(path.join(seeds, 'report.pdf'), '%PDF-1.4\n'); // a PDF header and nothing else
  firstIngest = await runCli(['ingest', '--seeds', seeds, '--home', home]);
  const engine = await openEngine((await currentIndexDir(home))!, { tokenizer: await JapaneseTokenizer.create() });
  ({ running } = await startHttp(engine));
});
afterAll(async () => {
  await running?.close();
  await rm(home, { recursive: true, force: true });
});

describe('shisaku ingest exit codes', () => {
  it('exits 2 when the index was built but files were left out, naming them', () => {
    expect(firstIngest.code).toBe(2);
    expect(firstIngest.stderr).toMatch(/seeds\/undecodable\.txt: the file cannot be decoded/);
    expect(firstIngest.stderr).toMatch(/seeds\/report\.pdf: cannot be read as a PDF/);
    expect(firstIngest.stderr).toMatch(/2 files were not indexed/);
  });

  it('exits 1 when no index could be built, saying why', async () => {
    const run = await runCli(['ingest', '--seeds', path.join(seeds, 'missing-folder'), '--home', await tempDir('status-fail')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/shisaku: .*missing-folder/);
  });
});

describe('shisaku status, /healthz and list_documents', () => {
  it('agree on the documents, the chunks and what was left out', async () => {
    const res = status(true);
    expect(res.status).toBe(0);
    const s = JSON.parse(res.stdout) as StatusReport;
    const health = JSON.parse((await rawRequest(running.url.replace('/mcp', '/healthz'), { method: 'GET' })).body) as Record<string, unknown>;
    const client = await httpClient(running.url);
    const listed = z.object(ListDocumentsOutputSchema).parse((await client.callTool({ name: 'list_documents', arguments: {} })).structuredContent).documents;
    await client.close();

    expect(s.documents).toBe(5);
    expect(health['documents']).toBe(s.documents);
    expect(listed.map((d) => d.id)).toEqual(s.document_list!.map((d) => d.id));
    expect(health['chunks']).toBe(s.chunks);
    expect(health['model']).toBe(s.model);
    expect(health['built_at']).toBe(s.built_at);
    expect(s.built_from).toBe(seeds);
    expect(health['index']).toBe(s.index);
    expect(s.skipped).toEqual([
      { source: 'seeds/report.pdf', reason: expect.stringMatching(/^cannot be read as a PDF/) },
      { source: 'seeds/undecodable.txt', reason: expect.stringMatching(/^the file cannot be decoded/) },
    ]);
    expect(health['skipped']).toEqual(s.skipped);
    expect(health['skipped_documents']).toEqual(['seeds/report.pdf', 'seeds/undecodable.txt']);
    // every file a loader refuses is reported among the skipped, with its reason
    expect(s.unsupported).toEqual([]);
    expect(health['unsupported']).toEqual(s.unsupported);
    expect(s.up_to_date).toBe(true);
  });

  it('lists what changed in the folder since the index was built', async () => {
    await writeFile(path.join(seeds, 'later.txt'), '後から加えた文書です。\n');
    await rm(path.join(seeds, 'report.pdf'));
    const s = JSON.parse(status(true).stdout) as StatusReport;
    expect(s.up_to_date).toBe(false);
    expect(s.not_indexed_yet).toEqual({ added: ['later.txt'], changed: [], removed: ['report.pdf'] });
    const text = status(false).stdout;
    expect(text).toMatch(/holds {7}5 documents, \d+ chunks/);
    expect(text).toMatch(/seeds\/undecodable\.txt: the file cannot be decoded/);
    expect(text).toMatch(/changed since the index was built \(not indexed yet\):\n {2}added: later\.txt\n {2}removed: report\.pdf/);
  });

  it('exits 0 once nothing is left out, and status says the index is up to date', async () => {
    await rm(path.join(seeds, 'undecodable.txt'));
    const run = await runCli(['ingest', '--seeds', seeds, '--home', home]);
    expect(run.code).toBe(0);
    const s = JSON.parse(status(true).stdout) as StatusReport;
    expect(s).toMatchObject({ documents: 6, skipped: [], unsupported: [], up_to_date: true });
  });

  it('exits 1 with a message when there is no index yet', async () => {
    const empty = await tempDir('status-none');
    const res = spawnSync(process.execPath, [CLI, 'status', '--seeds', seeds, '--home', empty], { encoding: 'utf8', timeout: 60_000 });
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/no index in .* yet; run `npx shisaku ingest/);
  });
});
