// Place names written in Latin letters (Hakodate, Uwajima-Nanyo, Niihama) found among the corpus's
// own words by reading: each word of the corpus written in kanji is read by kuromoji (函館 →
// ハコダテ), each romanised word is written in kana by wanakana (hakodate → ハコダテ), and both
// are compared with long vowels and voiced-mark spellings folded (Saijo matches サイジョウ).
import { toKatakana as romajiToKatakana } from 'wanakana';
import type { Reader } from './tokenize.js';

/** Readings shorter than this many kana match too much by chance (Ise, Oita read as two or three). */
const MIN_KEY = 3;

/** A word of the corpus that may be a name: kanji only (kana and Latin words are read as they stand). */
const NAME_WORD = /^\p{Script=Han}{1,6}$/u;

/** Katakana read with long vowels and their spellings folded: サイジョウ, サイジョ → サイジョ; オオサカ → オサカ; イイヅカ → イイズカ. */
export function readingKey(katakana: string): string {
  return katakana
    .replace(/ー/gu, '')
    .replace(/([オコゴソゾトドノホボポモヨョロヲウクグスズツヌフブプムユュル])[ウオ]/gu, '$1')
    .replace(/ヅ/gu, 'ズ')
    .replace(/ヂ/gu, 'ジ');
}

/**
 * The kana keys a romanised word may be read as: Hepburn without its apostrophe is ambiguous
 * (nanyo is 南予 ナンヨ, not ナニョ), so both readings are kept. Nothing when it is not romanised
 * Japanese (Latin letters left after writing it in kana: program, hub).
 */
export function romajiKeys(word: string): string[] {
  const lower = word.normalize('NFKC').toLowerCase();
  if (!/^[a-z]+$/u.test(lower)) return [];
  const spellings = new Set([lower, lower.replace(/n(?=y[aiueo])/gu, "n'")]);
  const keys = new Set<string>();
  for (const s of spellings) {
    const kana = romajiToKatakana(s);
    if (/[a-z']/u.test(kana)) continue;
    const key = readingKey(kana);
    if (key.length >= MIN_KEY) keys.add(key);
  }
  return [...keys];
}

/**
 * The corpus's kanji words by reading, built once from its vocabulary. A romanised word finds the
 * word read as it, or two words read as its two halves that stand together in the corpus
 * (新居 + 浜 for Niihama; `together` tells whether a string occurs).
 */
export class ReadingIndex {
  private readonly byKey = new Map<string, string[]>();

  constructor(terms: Iterable<string>, read: Reader, private readonly together: (text: string) => boolean) {
    for (const term of terms) {
      if (!NAME_WORD.test(term)) continue;
      const tokens = read(term);
      // (a reading kuromoji does not know comes back as the kanji themselves)
      if (tokens.some(([, r]) => /\p{Script=Han}/u.test(r))) continue;
      const key = readingKey(tokens.map(([, r]) => r).join(''));
      if (key.length < 2) continue;
      const list = this.byKey.get(key);
      if (list) list.push(term);
      else this.byKey.set(key, [term]);
    }
  }

  /** The corpus's spellings of a romanised word (Hakodate → 函館; Niihama → 新居浜), none when it reads as none. */
  spell(word: string): string[] {
    const out = new Set<string>();
    for (const key of romajiKeys(word)) {
      for (const t of this.byKey.get(key) ?? []) out.add(t);
      if (out.size > 0) continue;
      for (let cut = 2; cut <= key.length - 2; cut++) {
        for (const a of this.byKey.get(key.slice(0, cut)) ?? []) {
          for (const b of this.byKey.get(key.slice(cut)) ?? []) if (this.together(a + b)) out.add(a + b);
        }
      }
    }
    return [...out];
  }
}
