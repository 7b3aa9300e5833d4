import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/core/bm25.js';
import { ChunkTermsBuilder, PackedChunkTerms } from '../../src/core/chunk-terms.js';
import { readJsonLines, readTyped, Vocabulary, writeJsonLines, writeTyped } from '../../src/core/packed.js';

describe('Bm25Index', () => {
  const index = Bm25Index.build([['予算', '億', '円'], ['クラスター', '地域'], ['予算', '予算', '地域', 'クラスター']]);

  it('scores documents containing the query terms, rarer terms weighing more', () => {
    const s = index.score([{ term: '億', weight: 1 }]);
    expect(s[0]).toBeGreaterThan(0);
    expect(s[1]).toBe(0);
    expect(index.idf('億')).toBeGreaterThan(index.idf('予算'));
    expect(index.df('予算')).toBe(2);
    expect([...index.postings('地域')]).toEqual([1, 2]);
    expect(index.has('存在しない')).toBe(false);
  });

  it('scores by the BM25 formula (k1 1.2, b 0.75)', () => {
    // document 2: tf(予算) = 2, length 4; average length 3; df 2 of 3 documents
    const idf = Math.log(1 + (3 - 2 + 0.5) / (2 + 0.5));
    const expected = (idf * 2 * 2.2) / (2 + 1.2 * (1 - 0.75 + (0.75 * 4) / 3));
    expect(index.score([{ term: '予算', weight: 1 }])[2]).toBeCloseTo(expected, 12);
  });

  it('survives a save and load through its binary files with identical scores', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shisaku-bm25-'));
    try {
      await index.save(dir, 'morph');
      const copy = await Bm25Index.load(dir, 'morph');
      const q = [{ term: '予算', weight: 1 }, { term: '地域', weight: 0.5 }];
      expect([...copy.score(q)]).toEqual([...index.score(q)]);
      expect(copy.size).toBe(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses files that do not belong together', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shisaku-bm25-'));
    try {
      await index.save(dir, 'morph');
      await writeTyped(path.join(dir, 'morph.tfs.u16'), new Uint16Array(1));
      await expect(Bm25Index.load(dir, 'morph')).rejects.toThrow(/inconsistent/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('packed tables', () => {
  it('chunk terms round-trip as ids over the vocabulary', async () => {
    const vocabulary = new Vocabulary();
    const builder = new ChunkTermsBuilder(vocabulary);
    builder.add({ terms: ['予算', '地域'], heading: ['事業'], lines: [['予算'], [], ['地域']] });
    builder.add({ terms: [], heading: [], lines: [] });
    builder.add({ terms: ['クラスター'], heading: ['事業', '予算'], lines: [['クラスター']] });
    const built = builder.finish();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shisaku-terms-'));
    try {
      await built.save(dir, 'chunk-terms');
      const loaded = await PackedChunkTerms.load(dir, 'chunk-terms', new Vocabulary([...vocabulary.terms]));
      for (const t of [built, loaded]) {
        expect(t.terms(0)).toEqual(['予算', '地域']);
        expect(t.lines(0)).toEqual([['予算'], [], ['地域']]);
        expect(t.heading(2)).toEqual(['事業', '予算']);
        expect(t.lines(1)).toEqual([]);
        expect(t.terms(3)).toEqual([]);
      }
      await expect(PackedChunkTerms.load(dir, 'chunk-terms', new Vocabulary(['予算']))).rejects.toThrow(/inconsistent/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('typed arrays and JSON Lines round-trip through files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shisaku-packed-'));
    try {
      const values = Float32Array.from({ length: 100_000 }, (_, i) => i / 7);
      await writeTyped(path.join(dir, 'v.f32'), values);
      expect(await readTyped(path.join(dir, 'v.f32'), Float32Array)).toEqual(values);
      const rows = Array.from({ length: 3000 }, (_, i) => ({ id: i, text: `第${i}行\n「引用」𠮷` }));
      await writeJsonLines(path.join(dir, 'rows.jsonl'), rows);
      expect(await readJsonLines(path.join(dir, 'rows.jsonl'))).toEqual(rows);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
