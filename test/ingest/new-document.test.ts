// Adding a document is dropping a UTF-8 .txt into seeds/ and ingesting again: no code change.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { silentProgress } from '../../ingest/progress.js';
import { resolveProgramme } from '../../src/core/catalogue/query.js';
import { citationProblem } from '../../src/core/citations.js';
import { openEngine, searchDocuments, type Engine } from '../../src/core/engine.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';
import { SEEDS } from '../helpers/corpus.js';

const NEW_DOC = ` 地域産学連携テスト事業の概要

地域産学連携テスト事業（平成２９～令和３年度）
■地域の中小企業と大学が共同で試作品を開発する取組を支援する。
■１地域当たり２億円／年、３年間。全国で８地域を選定。

＜選定の観点＞
・地域の産業集積と大学の研究ポテンシャル
・自治体の支援体制
`;

let root: string;
let engine: Engine;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shisaku-newdoc-'));
  const seeds = path.join(root, 'seeds');
  await cp(SEEDS, seeds, { recursive: true });
  await writeFile(path.join(seeds, '005_test_renkei.txt'), NEW_DOC);
  await writeFile(path.join(seeds, '006_broken.txt'), Buffer.from([0x41, 0xff, 0xfd, 0x41, 0x41])); // in no encoding
  const { dir, manifest } = await runIngest({ paths: { root, seedsDir: seeds, homeDir: path.join(root, '.shisaku') }, progress: silentProgress });
  expect(manifest.problems.map((p) => p.source)).toEqual(['seeds/006_broken.txt']);
  engine = await openEngine(dir, { tokenizer: await JapaneseTokenizer.create() });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a document dropped into seeds/', () => {
  it('is listed with an id from its file name and a title from its first line', () => {
    const doc = engine.documents.find((d) => d.meta.source === 'seeds/005_test_renkei.txt')!;
    expect(doc.meta.id).toBe('005_test_renkei');
    expect(doc.meta.title).toBe('地域産学連携テスト事業の概要');
    expect(engine.documents).toHaveLength(6);
  });

  it('answers a question first, with a citation that stands in the file', async () => {
    const [top] = await searchDocuments(engine, '地域産学連携テスト事業の1地域当たりの予算は？', { k: 3 });
    expect(top!.citation.source).toBe('seeds/005_test_renkei.txt');
    expect(top!.text).toContain('２億円');
    expect(await citationProblem(root, top!.citation)).toBeUndefined();
  });

  it('enters the catalogue by rule, with its period in Western fiscal years', () => {
    const p = resolveProgramme(engine.catalogue, '地域産学連携テスト事業');
    expect('name' in p && p.name).toBe('地域産学連携テスト事業');
    if ('name' in p) expect(p.period?.values[0]?.value).toEqual({ start_fy: 2017, end_fy: 2021 });
  });
});
