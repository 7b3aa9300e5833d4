// indexChunks on the real seed documents: what the lexical tables hold for a known chunk, and the
// same tables whether kuromoji runs in this thread or in the worker pool a large ingest uses.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkCorpus, indexChunks, indexText, sequenceTerms, type LexicalIndex } from '../../ingest/stages.js';
import { loadCorpus } from '../../src/core/corpus.js';
import type { Chunk } from '../../src/core/schemas.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

describe('indexChunks', () => {
  let chunks: Chunk[];
  let local: LexicalIndex;
  let pooled: LexicalIndex;
  beforeAll(async () => {
    const tokenizer = await JapaneseTokenizer.create();
    chunks = chunkCorpus((await loadCorpus(SEEDS)).documents);
    local = await indexChunks(chunks, tokenizer, { workers: 0 });
    pooled = await indexChunks(chunks, tokenizer, { workers: 2 });
  }, 120_000);

  it('gives every chunk its terms, lines and heading context, with years as one token', () => {
    const id = chunks.findIndex((c) => c.text.includes('平成１４年度') && c.text.includes('知的クラスター'));
    expect(id).toBeGreaterThanOrEqual(0);
    const terms = local.chunkTerms.terms(id);
    expect(terms).toContain('知的');
    expect(terms).toContain('y2002');
    // one entry per displayed line of the indexed text (wrapped lines joined)
    expect(local.chunkTerms.lines(id).length).toBe(indexText(chunks[id]!.text).split('\n').length);
    expect(local.chunkTerms.lines(id).flat().every((t) => terms.includes(t))).toBe(true);
    expect(local.morph.size).toBe(chunks.length);
    expect(local.bigram.df('知的')).toBeGreaterThan(0);
  });

  it('builds identical tables in worker threads', () => {
    expect(pooled.morph.vocabulary.terms).toEqual(local.morph.vocabulary.terms);
    expect(pooled.bigram.vocabulary.terms).toEqual(local.bigram.vocabulary.terms);
    for (const c of chunks) {
      expect(sequenceTerms(pooled, c.id)).toEqual(sequenceTerms(local, c.id));
      expect(pooled.chunkTerms.lines(c.id)).toEqual(local.chunkTerms.lines(c.id));
      expect(pooled.chunkTerms.heading(c.id)).toEqual(local.chunkTerms.heading(c.id));
    }
    const q = [{ term: '予算', weight: 1 }, { term: 'クラスター', weight: 1 }];
    expect([...pooled.morph.score(q)]).toEqual([...local.morph.score(q)]);
  });
});
