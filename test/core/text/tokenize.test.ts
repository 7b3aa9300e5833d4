import { beforeAll, describe, expect, it } from 'vitest';
import { bigrams, JapaneseTokenizer } from '../../../src/core/text/tokenize.js';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await JapaneseTokenizer.create();
});

describe('JapaneseTokenizer.terms', () => {
  it('re-joins katakana compounds that kuromoji splits (クラスター → クラ/スター)', () => {
    expect(tokenizer.terms('知的クラスター創成事業')).toEqual(['知的', 'クラスター', '創成', '事業']);
  });

  it('drops particles, auxiliaries and question words', () => {
    expect(tokenizer.terms('予算は何億円ですか？教えてください')).toEqual(['予算', '億', '円']);
  });

  it('normalises full-width digits and joins digit runs (１，３６３ → 1363)', () => {
    expect(tokenizer.terms('１，３６３百万円')).toContain('1363');
  });
});

describe('bigrams', () => {
  it('makes character bigrams within runs and keeps ASCII words whole', () => {
    expect(bigrams('死の谷')).toEqual(['死の', 'の谷']);
    expect(bigrams('Knowledge Cluster')).toEqual(['knowledge', 'cluster']);
  });
});
