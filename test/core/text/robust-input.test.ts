// Input that once crashed or stalled the tokenizer: lone surrogates (invalid UTF-16) made kuromoji
// throw, and a long sentence cost it time quadratic in its length.
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/text/normalize.js';
import { boundedSentences, JapaneseTokenizer, MAX_SENTENCE_CHARS } from '../../../src/core/text/tokenize.js';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await JapaneseTokenizer.create();
});

describe('lone surrogates', () => {
  it('become spaces, while a valid pair (an emoji) is kept', () => {
    expect(normalizeText('予算\ud800の推移\udc00')).toBe('予算 の推移');
    expect(normalizeText('予算🎉')).toBe('予算🎉');
  });

  it('no longer make kuromoji throw', () => {
    expect(tokenizer.terms('\ud800知的クラスター\udfff')).toEqual(['知的', 'クラスター']);
  });
});

describe('boundedSentences', () => {
  it('passes ordinary text through unchanged, as one piece', () => {
    const text = '知的クラスター創成事業は、地域の大学を核とした産学官連携により、国際競争力のある技術革新のための集積を目指す。';
    expect(boundedSentences(text)).toEqual([text]);
  });

  it('cuts a sentence over the limit into pieces that join back to it, none longer than the limit', () => {
    const text = '予算'.repeat(400) + ' ' + 'a'.repeat(1000) + '。終わり';
    const pieces = boundedSentences(text);
    expect(pieces.join('')).toBe(text);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it('never cuts inside a surrogate pair', () => {
    const pieces = boundedSentences('𠮷'.repeat(300));
    for (const p of pieces) expect(normalizeText(p)).not.toMatch(/ /);
    expect(pieces.join('')).toBe('𠮷'.repeat(300));
  });

  it('keeps the terms of a long question', () => {
    const terms = tokenizer.terms('知的クラスター創成事業の予算。'.repeat(200));
    expect(terms.filter((t) => t === 'クラスター')).toHaveLength(200);
  });
});
