// Re-ingest embeds only what changed: chunk vectors are reused when the text and the model's
// weights are the same (always for a fixed pretrained model; for the corpus-built model only
// while the corpus, and so the retrained model, is unchanged), and removed documents disappear.
import { appendFile, cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CACHE_INDEX_FILE } from '../../ingest/embed-cache.js';
import { runIngest, type IngestResult } from '../../ingest/pipeline.js';
import { silentProgress } from '../../ingest/progress.js';
import { openEngine, searchDocuments } from '../../src/core/engine.js';
import { currentIndexDir } from '../../src/core/index-store.js';
import { resolvePaths, type ShisakuPaths } from '../../src/core/paths.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';
import { copySeeds, tempDir } from '../helpers/index-home.js';

const DOCS = ['000_375f904e8883610a.txt', '002_a7140ebd4c3b8454.txt', '004_288a03a095a80603.txt'];
const ADDED = '\n追記：平成１６年度の事業評価では、研究成果の事業化件数が増加した。\n';

let tokenizer: JapaneseTokenizer;
const cleanup: string[] = [];
beforeAll(async () => {
  tokenizer = await JapaneseTokenizer.create();
});
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

async function scratch(): Promise<ShisakuPaths> {
  const seeds = await copySeeds(DOCS);
  const home = await tempDir('home');
  cleanup.push(path.dirname(seeds), home);
  return resolvePaths({ seedsDir: seeds, homeDir: home });
}

async function chunksOf(result: IngestResult, documentId: string): Promise<number> {
  const engine = await openEngine(result.dir, { tokenizer });
  return engine.chunks.filter((c) => c.document_id === documentId).length;
}

describe('with a fixed model (a local model folder, as a pretrained model is)', () => {
  let paths: ShisakuPaths;
  let model: string;
  const ingest = () => runIngest({ paths, model, progress: silentProgress, tokenizer });
  beforeAll(async () => {
    paths = await scratch();
    model = path.join(await tempDir('model'), 'fixed-model');
    cleanup.push(path.dirname(model));
    await cp(path.join((await currentIndexDir(inject('indexHome')))!, 'model'), model, { recursive: true });
  });

  it('embeds everything the first time and nothing when nothing changed', async () => {
    const question = '知的クラスター創成事業の1地域当たりの予算は？';
    const r1 = await ingest();
    expect(r1.embedding).toEqual({ reused: 0, embedded: r1.manifest.chunk_count });
    const before = await searchDocuments(await openEngine(r1.dir, { tokenizer }), question, { k: 5 });
    const r2 = await ingest(); // prunes r1's build
    expect(r2.embedding).toEqual({ reused: r2.manifest.chunk_count, embedded: 0 });
    const after = await searchDocuments(await openEngine(r2.dir, { tokenizer }), question, { k: 5 });
    expect(after).toEqual(before);
  });

  it('re-embeds only the changed chunks of a changed document', async () => {
    await appendFile(path.join(paths.seedsDir, DOCS[1]!), ADDED);
    const r3 = await ingest();
    const changedDocChunks = await chunksOf(r3, 'chiteki-cluster-gaiyo');
    expect(r3.embedding.embedded).toBeGreaterThanOrEqual(1);
    expect(r3.embedding.embedded).toBeLessThanOrEqual(changedDocChunks);
    expect(r3.embedding.reused).toBeGreaterThanOrEqual(r3.manifest.chunk_count - changedDocChunks);
  });

  it('drops a removed document and reuses the rest', async () => {
    await rm(path.join(paths.seedsDir, DOCS[2]!));
    const r4 = await ingest();
    expect(r4.manifest.seeds.map((s) => s.id)).toEqual(['jigyo-hensen', 'chiteki-cluster-gaiyo']);
    expect(r4.embedding).toEqual({ reused: r4.manifest.chunk_count, embedded: 0 });
    const cache = JSON.parse(await readFile(path.join(r4.dir, CACHE_INDEX_FILE), 'utf8')) as { texts: string[] };
    expect(cache.texts.length).toBeLessThanOrEqual(r4.manifest.chunk_count);
    const engine = await openEngine(r4.dir, { tokenizer });
    expect(engine.chunks.some((c) => c.document_id === 'kihon-keikaku-chiiki')).toBe(false);
  });
});

describe('with the corpus-built model', () => {
  it('reuses every vector while the corpus is unchanged, and none once a document changes (the model is retrained)', async () => {
    const paths = await scratch();
    const ingest = () => runIngest({ paths, progress: silentProgress, tokenizer });
    const r1 = await ingest();
    expect(r1.embedding.reused).toBe(0);
    const r2 = await ingest();
    expect(r2.embedding).toEqual({ reused: r2.manifest.chunk_count, embedded: 0 });
    await appendFile(path.join(paths.seedsDir, DOCS[1]!), ADDED);
    const r3 = await ingest();
    expect(r3.embedding).toEqual({ reused: 0, embedded: r3.manifest.chunk_count });
  });
});
