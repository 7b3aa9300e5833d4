import { describe, expect, it } from 'vitest';
import { phraseCoverage } from '../../src/core/retrieve.js';

/** The definition: grow each run while the longer substring still occurs in the text. */
function reference(query: string, text: string): number {
  const n = query.length;
  if (n < 3) return 0;
  let covered = 0;
  let i = 0;
  while (i < n) {
    let len = i + 3 <= n && text.includes(query.slice(i, i + 3)) ? 3 : 0;
    while (len >= 3 && i + len < n && text.includes(query.slice(i, i + len + 1))) len++;
    if (len >= 3) {
      covered += len;
      i += len;
    } else i++;
  }
  return covered / n;
}

describe('phraseCoverage', () => {
  it('counts runs of three or more characters of the question found in the passage', () => {
    expect(phraseCoverage('知的クラスター創成事業の予算', '知的クラスター創成事業（第Ⅰ期）の予算は')).toBeCloseTo(11 / 14 + 3 / 14, 10);
    expect(phraseCoverage('予算', '予算')).toBe(0);
    expect(phraseCoverage('abcxyz', 'zzabczzxyzz')).toBe(1);
  });

  it('agrees with the definition on random texts over a small alphabet (many repeated trigrams)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = (n: number) => Array.from({ length: n }, () => '地域予算事業'[Math.floor(rand() * 6)]).join('');
    for (let t = 0; t < 2000; t++) {
      const q = word(3 + Math.floor(rand() * 20));
      const text = word(Math.floor(rand() * 80));
      expect(phraseCoverage(q, text)).toBeCloseTo(reference(q, text), 12);
    }
  });
});
