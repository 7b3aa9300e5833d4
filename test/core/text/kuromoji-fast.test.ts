import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';
import { beforeAll, describe, expect, it } from 'vitest';
import { commonPrefixSearch, prefixKey, useLinearLattice } from '../../../src/core/text/kuromoji-fast.js';

type Tok = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
const require = createRequire(import.meta.url);
const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
const build = () => new Promise<Tok>((resolve, reject) => kuromoji.builder({ dicPath }).build((err, t) => (err ? reject(err) : resolve(t))));
const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');

describe('the linear-time kuromoji lattice', () => {
  let original: Tok;
  let linear: Tok;
  beforeAll(async () => {
    [original, linear] = await Promise.all([build(), build()]);
    useLinearLattice(linear);
  });

  it('tokenises every line of the seed documents, and long joined sentences, exactly as kuromoji does', () => {
    const text = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'))
      .join('\n');
    const pieces = [...text.split('\n').filter((l) => l.trim() !== ''), ...Array.from({ length: 40 }, (_, i) => text.replace(/\n/g, '').slice(i * 300, i * 300 + 300))];
    pieces.push('𠮷野家の𠮷田さんとアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンＡＢＣ１２３abcdefghijklmnopqrstuvwxyz0123456789'.repeat(3));
    let compared = 0;
    for (const p of pieces) {
      expect(linear.tokenize(p)).toEqual(original.tokenize(p));
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('finds the dictionary words a key begins with as doublearray does, for one-, two-, three- and four-byte characters', () => {
    const trie = (original as unknown as { viterbi_builder: { trie: Parameters<typeof commonPrefixSearch>[0] } }).viterbi_builder.trie;
    const text = readFileSync(path.join(SEEDS, readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!), 'utf8').slice(0, 3000) + 'café αβγ ＡＢＣ 𠮷野家 東京都庁';
    let words = 0;
    for (let i = 0; i < text.length; i++) {
      const key = prefixKey(text.slice(i));
      const found = commonPrefixSearch(trie, key);
      expect(found).toEqual(trie.commonPrefixSearch(key));
      words += found.length;
    }
    expect(words).toBeGreaterThan(2000);
    expect(commonPrefixSearch(trie, '東京都庁').map((w) => w.k)).toEqual(['東', '東京']);
  });

  it('cuts dictionary keys without splitting a surrogate pair', () => {
    expect(prefixKey('あ'.repeat(100)).length).toBe(64);
    expect(prefixKey('あ'.repeat(63) + '𠮷' + 'い')).toBe('あ'.repeat(63));
    expect(prefixKey('短い')).toBe('短い');
  });
});
