// Documents ingest cannot use (empty, whitespace, binary, undecodable, 50 MB, a folder named .txt)
// are reported by name while the rest (a Shift_JIS file included) is indexed; a document removed between two ingests
// disappears from the index and from search.
import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureEngine } from '../../ingest/ensure.js';
import { CACHE_INDEX_FILE } from '../../ingest/embed-cache.js';
import { runIngest, type IngestResult } from '../../ingest/pipeline.js';
import { silentProgress, type Progress } from '../../ingest/progress.js';
import { getDocument, openEngine, searchDocuments, type Engine } from '../../src/core/engine.js';
import { NotFoundError } from '../../src/core/errors.js';
import { resolvePaths, type ShisakuPaths } from '../../src/core/paths.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';
import { copySeeds, tempDir } from '../helpers/index-home.js';

const EXTRA = '新しい補助事業「さくら地域連携ラボ」の概要\n\nさくら地域連携ラボは、地域の大学と中小企業が共同で試作品を開発する拠点である。\n年間予算は3億円、実施期間は5年間とする。\n';
const MB = 1024 * 1024;

let tokenizer: JapaneseTokenizer;
let paths: ShisakuPaths;
let first: IngestResult;
let warnings: string[];
beforeAll(async () => {
  tokenizer = await JapaneseTokenizer.create();
  const seeds = await copySeeds();
  paths = resolvePaths({ seedsDir: seeds, homeDir: await tempDir('home') });
  await writeFile(path.join(seeds, 'extra.txt'), EXTRA);
  await writeFile(path.join(seeds, 'empty.txt'), '');
  await writeFile(path.join(seeds, 'blank.txt'), ' \n\t\n\u3000\n');
  await writeFile(path.join(seeds, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  // 知的クラスター創成事業の予算は年間5億円です。 in Shift_JIS
  await writeFile(path.join(seeds, 'sjis.txt'), Buffer.from('926d9349834e83898358835e815b916e90ac8e968bc682cc975c8e5a82cd944e8ad43589ad897e82c582b781420a', 'hex'));
  await writeFile(path.join(seeds, 'undecodable.txt'), Buffer.from([0x41, 0xff, 0xfd, 0x41, 0x41]));
  await mkdir(path.join(seeds, 'folder.txt'));
  const huge = await open(path.join(seeds, 'huge.txt'), 'w');
  const line = Buffer.from('地域科学技術振興の大きな文書です。同じ行を繰り返します。\n'.repeat(1000));
  for (let written = 0; written <= 50 * MB; written += line.length) await huge.write(line);
  await huge.close();
  warnings = [];
  const progress: Progress = { ...silentProgress, warn: (m) => warnings.push(m) };
  first = await runIngest({ paths, progress, tokenizer });
});
afterAll(async () => {
  await rm(path.dirname(paths.seedsDir), { recursive: true, force: true });
  await rm(paths.homeDir, { recursive: true, force: true });
});

describe('bad documents in seeds/', () => {
  it.each([
    ['empty.txt', /the file is empty/],
    ['blank.txt', /holds only whitespace/],
    ['binary.txt', /binary, not text/],
    ['undecodable.txt', /cannot be decoded as UTF-8, UTF-16, Shift_JIS \(CP932\), EUC-JP or ISO-2022-JP; convert it to UTF-8, e.g. `iconv -f CP932 -t UTF-8/],
    ['huge.txt', /the file is 50\.\d MB, more than the 10\.0 MB one document may have; split it/],
  ])('%s is reported by name, in the manifest and as a warning', (file, message) => {
    const problem = first.manifest.problems.find((p) => p.source === `seeds/${file}`);
    expect(problem?.message).toMatch(message);
    expect(warnings.some((w) => w.includes(`seeds/${file}`))).toBe(true);
  });

  it('indexes the rest: the five documents and the new ones (Shift_JIS decoded), searchable', async () => {
    expect(first.manifest.seeds.map((s) => s.id).sort()).toEqual(['chiteki-cluster-gaiyo', 'cluster-seminar-18', 'extra', 'jigyo-hensen', 'kihon-keikaku-chiiki', 'shien-shisaku-hensen', 'sjis']);
    const engine = await openEngine(first.dir, { tokenizer });
    expect(engine.documents.find((d) => d.meta.id === 'sjis')).toMatchObject({ lines: ['知的クラスター創成事業の予算は年間5億円です。'], meta: { encoding: 'shift_jis' } });
    const [top] = await searchDocuments(engine, 'さくら地域連携ラボの年間予算は？', { k: 1 });
    expect(top?.citation.source).toBe('seeds/extra.txt');
    const [known] = await searchDocuments(engine, 'マッチングプランナープログラムの1課題当たりの基準額は？', { k: 1 });
    expect(known?.citation.source).toBe('seeds/003_d3747c4912f9c266.txt');
  });

  it('ignores a folder whose name ends in .txt', () => {
    expect(first.manifest.problems.map((p) => p.source)).not.toContain('seeds/folder.txt');
    expect(first.manifest.seeds.map((s) => s.source)).not.toContain('seeds/folder.txt');
  });
});

describe('a document removed between two ingests', () => {
  let engine: Engine;
  beforeAll(async () => {
    await rm(path.join(paths.seedsDir, 'extra.txt'));
    // what the server does at start: notices the removal and rebuilds
    engine = await ensureEngine({ paths, progress: silentProgress, tokenizer });
  });

  it('is gone from the documents, the chunks and the embedding cache', async () => {
    expect(engine.dir).not.toBe(first.dir);
    expect(engine.documents.map((d) => d.meta.id)).not.toContain('extra');
    expect(engine.chunks.some((c) => c.document_id === 'extra')).toBe(false);
    expect(() => getDocument(engine, 'extra')).toThrow(NotFoundError);
    const cache = JSON.parse(await readFile(path.join(engine.dir, CACHE_INDEX_FILE), 'utf8')) as { texts: string[] };
    expect(cache.texts.length).toBeLessThanOrEqual(engine.chunks.length);
  });

  it('is no longer found by search, and the other documents still are', async () => {
    const results = await searchDocuments(engine, 'さくら地域連携ラボの年間予算は？', { k: 10 });
    expect(results.every((r) => r.citation.source !== 'seeds/extra.txt')).toBe(true);
    const [known] = await searchDocuments(engine, 'マッチングプランナープログラムの1課題当たりの基準額は？', { k: 1 });
    expect(known?.citation.source).toBe('seeds/003_d3747c4912f9c266.txt');
    expect(engine.documents).toHaveLength(6);
  });
});
