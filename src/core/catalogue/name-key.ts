// How names are compared: a folded key (NFKC, lower case, no spaces, brackets or middle dots,
// Roman numerals as digits) and a character-bigram similarity for near spellings.

const ROMAN: Record<string, string> = { Ⅰ: '1', Ⅱ: '2', Ⅲ: '3', Ⅳ: '4', Ⅴ: '5', Ⅵ: '6', ⅰ: '1', ⅱ: '2', ⅲ: '3', ⅳ: '4', ⅴ: '5' };

/** The key two spellings of one name share: 「知的クラスター創成事業（第Ⅱ期）」 and 知的クラスター創成事業 第2期. */
export function nameKey(name: string): string {
  return name
    .replace(/[ⅠⅡⅢⅣⅤⅥⅰⅱⅲⅳⅴ]/g, (c) => ROMAN[c]!)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/第(iv|v|i{1,3})期/g, (_, r: string) => `第${{ i: 1, ii: 2, iii: 3, iv: 4, v: 5 }[r]}期`)
    .replace(/[\s　()（）「」『』〈〉<>＜＞[\]［］・･.,、，'’"“”\-‐‑–—―~〜]/g, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const chars = Array.from(s);
  if (chars.length === 1) m.set(s, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient of the character bigrams of two keys, 0…1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [g, n] of x) {
    common += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

/** Whether `chars` stand in `full` in their order, from `from` on (医機拠点 in 地域医療機器拠点事業): a shortened name's test. */
export function writtenInOrder(chars: Iterable<string>, full: string, from = 0): boolean {
  let at = from;
  for (const ch of chars) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}
