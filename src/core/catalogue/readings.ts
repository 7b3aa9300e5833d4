// Programme names by their reading: ちてきクラスター創成事業 (kana typed for 知的) or ちてきくらすたーそうせいじぎょう
// finds 知的クラスター創成事業. Each Japanese name is kept as kuromoji's tokens with their readings; a query
// matches when it can be read token by token, each token written as it stands or as it is read.
import { toKatakana, type Reader } from '../text/tokenize.js';
import type { Catalogue, Programme } from './schema.js';

/** Case, width, spacing and punctuation aside; hiragana as katakana. */
function fold(s: string): string {
  return toKatakana(s.normalize('NFKC').toLowerCase()).replace(/[\s　()（）「」『』・･,.、。\-‐－―~〜～]/gu, '');
}

/** Every Japanese name of a programme (canonical and aliases with kana or kanji), read into tokens. */
function programmeReadings(p: Pick<Programme, 'name' | 'aliases'>, read: Reader): [string, string][][] {
  const names = [p.name, ...p.aliases.map((a) => a.value)].filter((n) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(n));
  return [...new Set(names)].map((n) => read(n).map(([s, r]) => [fold(s), fold(r)] as [string, string]).filter(([s]) => s !== ''));
}

/** Fills in the readings of programmes that have none (an index built before readings were stored). */
export function withReadings(cat: Catalogue, read: Reader): Catalogue {
  for (const p of cat.programmes) if (p.readings.length === 0) p.readings = programmeReadings(p, read);
  return cat;
}

/** True when `query` reads as one of the names: each token written as it stands or as it is read. */
export function readsAs(query: string, readings: readonly (readonly [string, string])[][]): boolean {
  const q = fold(query);
  if (q === '' || !/[\p{Script=Katakana}]/u.test(q)) return false;
  return readings.some((tokens) => {
    // positions in q reachable after each token
    let reach = new Set([0]);
    for (const [surface, reading] of tokens) {
      const next = new Set<number>();
      for (const at of reach) {
        for (const form of new Set([surface, reading])) if (form !== '' && q.startsWith(form, at)) next.add(at + form.length);
      }
      if (next.size === 0) return false;
      reach = next;
    }
    return reach.has(q.length);
  });
}

/** The whole name in katakana, for near matches of a reading typed with a slip. */
export function readingKey(tokens: readonly (readonly [string, string])[]): string {
  return tokens.map(([, r]) => r).join('');
}

/** A query written as its reading (kana only), for comparing with readingKey. */
export function queryReading(query: string): string | undefined {
  const q = fold(query);
  return /^[\p{Script=Katakana}ー]+$/u.test(q) ? q : undefined;
}
