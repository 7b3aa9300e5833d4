// Word vectors from a small synthetic corpus with two topics: related words end up close,
// training is deterministic, and retrofitting pulls synonyms together.
import { describe, expect, it } from 'vitest';
import { retrofit, trainWordVectors, type WordVectors } from '../../../src/core/embed/word-vectors.js';
import { topicCorpus as corpus } from '../../helpers/topics.js';


function vectorOf(wv: WordVectors, word: string, vectors = wv.vectors): Float32Array {
  const i = wv.vocab.indexOf(word);
  expect(i, word).toBeGreaterThanOrEqual(0);
  return vectors.subarray(i * wv.dim, (i + 1) * wv.dim);
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
}

describe('trainWordVectors', () => {
  const wv = trainWordVectors(corpus(), { dim: 8 });

  it('puts words of the same topic closer than words of the other topic', () => {
    const budget = vectorOf(wv, '予算');
    expect(cosine(budget, vectorOf(wv, '億円'))).toBeGreaterThan(cosine(budget, vectorOf(wv, 'クラスター')) + 0.2);
    const cluster = vectorOf(wv, 'クラスター');
    expect(cosine(cluster, vectorOf(wv, '地域'))).toBeGreaterThan(cosine(cluster, vectorOf(wv, '事業費')) + 0.2);
  });

  it('gives every word a unit-length row', () => {
    expect(wv.vectors).toHaveLength(wv.vocab.length * wv.dim);
    for (const word of wv.vocab) expect(Math.hypot(...vectorOf(wv, word))).toBeCloseTo(1, 5);
  });

  it('returns the same vectors for the same input', () => {
    const again = trainWordVectors(corpus(), { dim: 8 });
    expect(again.vocab).toEqual(wv.vocab);
    expect(Array.from(again.vectors)).toEqual(Array.from(wv.vectors));
  });

  it('clamps dim to the vocabulary size and drops rare words', () => {
    const sentences = [...corpus(), ['珍語']];
    const clamped = trainWordVectors(sentences, { dim: 500 });
    expect(clamped.dim).toBe(clamped.vocab.length);
    expect(clamped.vocab).toContain('珍語');
    expect(trainWordVectors(sentences, { dim: 8, minCount: 2 }).vocab).not.toContain('珍語');
  });
});

describe('retrofit', () => {
  const wv = trainWordVectors(corpus(), { dim: 8 });

  it('pulls a synonym group together, ignoring unknown words, and keeps rows unit-length', () => {
    const out = retrofit(wv.vocab, wv.vectors, wv.dim, [['予算', 'クラスター', '存在しない語']]);
    const before = cosine(vectorOf(wv, '予算'), vectorOf(wv, 'クラスター'));
    const after = cosine(vectorOf(wv, '予算', out), vectorOf(wv, 'クラスター', out));
    expect(after).toBeGreaterThan(before + 0.3);
    expect(Array.from(vectorOf(wv, '地域', out))).toEqual(Array.from(vectorOf(wv, '地域')));
    expect(Math.hypot(...vectorOf(wv, '予算', out))).toBeCloseTo(1, 5);
  });
});
