import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/corpus.js';
import { SEEDS } from '../helpers/corpus.js';

describe('loadCorpus', () => {
  it('loads the five seeds with manifest ids, titles and line counts', async () => {
    const { documents, problems } = await loadCorpus(SEEDS);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.meta.id)).toEqual(['jigyo-hensen', 'cluster-seminar-18', 'chiteki-cluster-gaiyo', 'shien-shisaku-hensen', 'kihon-keikaku-chiiki']);
    expect(documents[1]!.meta.line_count).toBe(1788);
    expect(documents[0]!.meta.source).toBe('seeds/000_375f904e8883610a.txt');
  });

  it('reports bad documents by name and keeps the good ones (Shift_JIS is read)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shisaku-seeds-'));
    await cp(path.join(SEEDS, '002_a7140ebd4c3b8454.txt'), path.join(dir, 'good.txt'));
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await writeFile(path.join(dir, 'sjis.txt'), Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea])); // 日本語 in Shift_JIS
    await writeFile(path.join(dir, 'new-doc.txt'), '新しい文書\n\n本文です。\n');
    const { documents, problems } = await loadCorpus(dir, 'docs');
    expect(documents.map((d) => d.meta.id).sort()).toEqual(['good', 'new-doc', 'sjis']);
    expect(documents.find((d) => d.meta.id === 'sjis')).toMatchObject({ lines: ['日本語'], meta: { encoding: 'shift_jis' } });
    expect(documents.find((d) => d.meta.id === 'new-doc')!.meta.title).toBe('新しい文書');
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/docs\/empty\.txt: the file is empty/);
    expect(messages).toMatch(/docs\/binary\.txt: .*binary/);
    expect(messages).not.toMatch(/sjis/);
  });
});
