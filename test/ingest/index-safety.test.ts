// The index survives a kill at any point of ingest (the previous one stays usable), two ingests
// never share a home, and a corrupted, truncated or missing index file is reported at start with
// the command that rebuilds it, never served.
import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { silentProgress } from '../../ingest/progress.js';
import { openEngine, searchDocuments } from '../../src/core/engine.js';
import { IndexNotReadyError } from '../../src/core/errors.js';
import { currentIndexDir, LOCK_FILE } from '../../src/core/index-store.js';
import { resolvePaths } from '../../src/core/paths.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';
import { ROOT } from '../helpers/corpus.js';
import { CLI, copySeeds, copyTestIndex, runCli } from '../helpers/index-home.js';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await JapaneseTokenizer.create();
});

/** Opens the index in use (checksums verified) and checks that it answers a question from document 003. */
async function expectUsableIndex(home: string): Promise<number> {
  const dir = await currentIndexDir(home);
  expect(dir, 'an index is in use').toBeDefined();
  const engine = await openEngine(dir!, { tokenizer, verify: true });
  const [top] = await searchDocuments(engine, 'マッチングプランナープログラムの1課題当たりの基準額は？', { k: 1 });
  expect(top?.citation.source).toMatch(/003_d3747c4912f9c266\.txt$/);
  return engine.documents.length;
}

describe('a kill mid-ingest', () => {
  let home: string;
  let seeds: string;
  beforeAll(async () => {
    home = await copyTestIndex(); // the previous index: all five documents
    seeds = await copySeeds(['002_a7140ebd4c3b8454.txt', '003_d3747c4912f9c266.txt']); // the new one would have two
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
    await rm(path.dirname(seeds), { recursive: true, force: true });
  });

  const ingest = ['ingest', '--verbose', '--home', '', '--seeds', ''];
  const args = () => ingest.map((a, i) => (i === 3 ? home : i === 5 ? seeds : a));

  it.each([
    ['while building the corpus model', /\] model:/, 0],
    ['while embedding', /\] embed:/, 0],
    ['as the build is written', /\] write:/, 0],
    ['a moment into writing and switching builds', /\] write:/, 25],
  ])('%s leaves a usable index', async (_when, killOn, delayMs) => {
    const run = await runCli(args(), { killOn, delayMs });
    // a run that finished before the kill landed is fine too: then the new index is in use
    expect(run.signal === 'SIGKILL' || run.code === 0, run.stderr).toBe(true);
    const documents = await expectUsableIndex(home);
    if (!/write/.test(killOn.source)) expect(documents).toBe(5);
    else expect([2, 5]).toContain(documents);
  });

  it('is cleaned up by the next ingest: one build, no lock, no stray links', async () => {
    const run = await runCli(args());
    expect(run.code, run.stderr).toBe(0);
    expect(await expectUsableIndex(home)).toBe(2);
    expect(await readdir(path.join(home, 'builds'))).toHaveLength(1);
    expect((await readdir(home)).sort()).toEqual(['builds', 'current']);
  });

  it('refuses a second ingest while another process holds the lock, and takes over a dead one', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      await writeFile(path.join(home, LOCK_FILE), String(other.pid));
      const paths = resolvePaths({ homeDir: home, seedsDir: seeds });
      await expect(runIngest({ paths, progress: silentProgress, tokenizer })).rejects.toThrow(
        new RegExp(`another ingest \\(process ${other.pid}\\) is building the index in ${home}; wait for it to finish`),
      );
      expect(await expectUsableIndex(home)).toBe(2);
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
      await runIngest({ paths, progress: silentProgress, tokenizer }); // the holder is gone: its lock is stale
      expect(await readdir(home)).not.toContain(LOCK_FILE);
    } finally {
      other.kill('SIGKILL');
    }
  });
});

describe('a damaged index', () => {
  let home: string;
  let dir: string;
  beforeEach(async () => {
    home = await copyTestIndex();
    dir = (await currentIndexDir(home))!;
  });
  afterEach(async () => rm(home, { recursive: true, force: true }));

  const damages: [string, (dir: string) => Promise<void>, RegExp][] = [
    [
      'a flipped byte in chunks.jsonl',
      async (d) => {
        const file = path.join(d, 'chunks.jsonl');
        const bytes = await readFile(file);
        bytes[Math.floor(bytes.length / 2)] ^= 0x01;
        await writeFile(file, bytes);
      },
      /index file \S+chunks\.jsonl is corrupted \(checksum mismatch\)/,
    ],
    ['a truncated BM25 postings file', async (d) => truncate(path.join(d, 'lexical', 'bigram.docs.u32'), 400), /index file \S+bigram\.docs\.u32 is corrupted/],
    ['a truncated HNSW index', async (d) => truncate(path.join(d, 'vectors', 'hnswlib.index'), 1000), /index file \S+hnswlib\.index is corrupted/],
    ['a missing lexicon', async (d) => rm(path.join(d, 'lexicon.json')), /index file \S+lexicon\.json is missing/],
    ['a garbled manifest', async (d) => writeFile(path.join(d, 'manifest.json'), '{"format": 1, "crea'), /index manifest in \S+ is unreadable/],
  ];

  it.each(damages)('%s: openEngine refuses it, naming the file and the rebuild command', async (_what, damage, message) => {
    await damage(dir);
    const err = await openEngine(dir, { tokenizer, verify: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexNotReadyError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toContain(`npx shisaku ingest --home ${home}`);
  });

  it('the stdio server, the HTTP server and search exit non-zero with that message instead of serving', async () => {
    await damages[0]![1](dir);
    const env = { ...process.env, SHISAKU_HOME: home };
    for (const args of [[path.join(ROOT, 'dist', 'src', 'stdio.js')], [CLI, 'serve', '--http', '--port', '0'], [CLI, 'search', '予算']]) {
      const res = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 60_000, input: '' });
      expect(res.status, args.join(' ')).toBe(1);
      expect(res.stderr).toMatch(/chunks\.jsonl is corrupted \(checksum mismatch\); run `npx shisaku ingest --home /);
      expect(res.stdout).toBe('');
    }
  });

  it('the command in the message rebuilds it', async () => {
    await damages[1]![1](dir);
    const run = await runCli(['ingest', '--home', home]);
    expect(run.code, run.stderr).toBe(0);
    expect(await expectUsableIndex(home)).toBe(5);
  });
});
