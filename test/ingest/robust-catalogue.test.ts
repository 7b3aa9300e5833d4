// Ingest keeps going where documents change under the catalogue: a removed document that the
// curation file cites, an odd date in a new document, a bad file that is later fixed.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleReason } from '../../ingest/ensure.js';
import { runIngest, type IngestResult } from '../../ingest/pipeline.js';
import { silentProgress } from '../../ingest/progress.js';
import { openEngine, searchDocuments } from '../../src/core/engine.js';
import type { ShisakuPaths } from '../../src/core/paths.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';
import { SEEDS } from '../helpers/corpus.js';

let root: string;
let paths: ShisakuPaths;
let result: IngestResult;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shisaku-robust-'));
  const seeds = path.join(root, 'seeds');
  await cp(SEEDS, seeds, { recursive: true });
  await rm(path.join(seeds, '002_a7140ebd4c3b8454.txt'));
  await writeFile(path.join(seeds, '007_odd_date.txt'), '架空の会議資料\n\n第２期科学技術基本計画（平成１３年０月閣議決定）の見直しについて。\n');
  await writeFile(path.join(seeds, '008_sjis.txt'), Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x0a]));
  paths = { root, seedsDir: seeds, homeDir: path.join(root, '.shisaku') };
  result = await runIngest({ paths, progress: silentProgress });
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('ingest with documents that the catalogue did not expect', () => {
  it('indexes the rest when a document the curation file cites is removed, and says which entries it skipped', async () => {
    expect(result.manifest.seeds.map((s) => s.source)).not.toContain('seeds/002_a7140ebd4c3b8454.txt');
    const engine = await openEngine(result.dir, { tokenizer: await JapaneseTokenizer.create() });
    expect(engine.catalogue.warnings.some((w) => /document "002" is not in seeds\/.*entry skipped/.test(w))).toBe(true);
    expect(engine.catalogue.programmes.map((p) => p.name)).toContain('知的クラスター創成事業');
    const [top] = await searchDocuments(engine, 'マッチングプランナープログラムの1課題当たりの基準額は？', { k: 1 });
    expect(top!.citation.source).toBe('seeds/003_d3747c4912f9c266.txt');
  });

  it('indexes a document with an impossible month (０月) instead of failing', () => {
    expect(result.manifest.seeds.map((s) => s.source)).toContain('seeds/007_odd_date.txt');
  });

  it('re-ingests once a document that could not be read is fixed', async () => {
    expect(await staleReason(paths, result.manifest)).toBeUndefined();
    await writeFile(path.join(paths.seedsDir, '008_sjis.txt'), '日本語\n');
    expect(await staleReason(paths, result.manifest)).toBe('changed document 008_sjis.txt');
  });
});
