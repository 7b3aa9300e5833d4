// Romanised place names read against the corpus's kanji words, with the real kuromoji readings.
import { beforeAll, describe, expect, it } from 'vitest';
import { ReadingIndex, readingKey, romajiKeys } from '../../../src/core/text/romaji.js';
import { JapaneseTokenizer } from '../../../src/core/text/tokenize.js';

describe('romajiKeys', () => {
  it('reads a romanised word as kana with long vowels folded, as kuromoji readings are', () => {
    expect(romajiKeys('Saijo')).toContain(readingKey('サイジョウ'));
    expect(romajiKeys('Osaka')).toContain(readingKey('オオサカ'));
    expect(romajiKeys('Iizuka')).toContain(readingKey('イイヅカ'));
  });

  it('keeps both readings of an n before y (Nanyo: ナンヨ as well as ナニョ)', () => {
    expect(romajiKeys('Nanyo')).toEqual(expect.arrayContaining(['ナンヨ', 'ナニョ']));
  });

  it('gives nothing for an English word, nor for a word too short to tell', () => {
    expect(romajiKeys('program')).toEqual([]);
    expect(romajiKeys('hub')).toEqual([]);
    expect(romajiKeys('Ise')).toEqual([]);
  });
});

describe('ReadingIndex', () => {
  let tokenizer: JapaneseTokenizer;
  beforeAll(async () => {
    tokenizer = await JapaneseTokenizer.create();
  });
  const TEXT = '函館マリン拠点と新居浜拠点、西条拠点を選定した。';
  const index = () => new ReadingIndex(tokenizer.terms(TEXT), (t) => tokenizer.readings(t), (s) => TEXT.includes(s));

  it('finds the kanji word a romanised name reads as', () => {
    expect(index().spell('Hakodate')).toEqual(['函館']);
    expect(index().spell('Saijo')).toEqual(['西条']);
  });

  it('finds a name kuromoji splits in two (南 + 信州) only where the two stand together', () => {
    const split = (together: (s: string) => boolean) => new ReadingIndex(['南', '信州', '函館'], (t) => tokenizer.readings(t), together);
    expect(split((s) => '南信州拠点'.includes(s)).spell('Minamishinshu')).toEqual(['南信州']);
    expect(split(() => false).spell('Minamishinshu')).toEqual([]);
  });

  it('finds nothing for a name the corpus does not hold', () => {
    expect(index().spell('Kushiro')).toEqual([]);
  });
});
