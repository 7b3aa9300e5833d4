// The shorter forms a programme's name is written in by staff and by later documents: its tail
// after a word boundary (地域イノベーション・エコシステム形成プログラム → エコシステム形成プログラム,
// 地域イノベーション人材循環プログラム → 人材循環プログラム) or its head before a generic ending
// (地域カーボンニュートラル研究拠点形成事業 → 地域カーボンニュートラル研究拠点). Derived, not stated: a
// short form counts only where it names one programme alone and keeps most of the name.
import { nameKey } from './name-key.js';

/** What a short form must end in to name a programme rather than a topic (…戦略, …連携 do not). */
const HEAD = /(?:プログラム|事業|交付金|拠点|クラスター|イニシアティブ|センター)$/u;
/** A generic ending a name may drop: 形成事業, 支援プログラム, 事業. */
const GENERIC_ENDING = /(?:\p{Script=Han}{2})?(?:事業|プログラム)$/u;
const MIN_LENGTH = 6;
/** Share of the full name a short form keeps (創出プログラム, 7 of 16, names any programme). */
const MIN_SHARE = 0.5;

/** A short form names something before its ending: センター事業 (a head on a head) does not. */
function namesSomething(form: string): boolean {
  const rest = form.replace(HEAD, '');
  return rest.length >= 2 && !HEAD.test(rest);
}

type Script = 'han' | 'kana' | 'latin' | 'hira' | 'other';
function scriptOf(ch: string): Script {
  if (/\p{Script=Han}/u.test(ch)) return 'han';
  if (/[\p{Script=Katakana}ー]/u.test(ch)) return 'kana';
  if (/[A-Za-z0-9]/u.test(ch)) return 'latin';
  if (/\p{Script=Hiragana}/u.test(ch)) return 'hira';
  return 'other';
}

/** A name's own kind before what it does (地域結集型|共同研究事業): staff call the programme by it (地域結集型). */
const KIND_HEAD = /^(\p{Script=Han}{3,}型)\p{Script=Han}{2,}(?:事業|プログラム)$/u;

/** Tails from each word boundary (a change of script, or after ・) and the head before a generic ending. */
function candidates(name: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < name.length; i++) {
    const before = name[i - 1]!;
    const here = name[i]!;
    if (before === '・' || (scriptOf(before) !== scriptOf(here) && scriptOf(here) !== 'other')) out.push(name.slice(i));
  }
  const ending = GENERIC_ENDING.exec(name);
  if (ending && ending.index > 0) out.push(name.slice(0, ending.index));
  const kind = KIND_HEAD.exec(name);
  if (kind) out.push(kind[1]!);
  return out;
}

/**
 * Per programme (in the order given), the short forms of its Japanese names that no other
 * programme's name contains. `names[i]` are every name programme i goes by.
 */
export function shortNames(names: readonly (readonly string[])[]): string[][] {
  const keys = names.map((group) => group.map(nameKey));
  return names.map((group, i) => {
    const own = new Set(keys[i]);
    const forms = new Set<string>();
    for (const full of group.map((n) => n.normalize('NFKC'))) {
      if (!/[\p{Script=Han}\p{Script=Katakana}]/u.test(full) || /[()]/u.test(full)) continue;
      for (const c of candidates(full)) {
        const k = nameKey(c);
        const kindHead = KIND_HEAD.exec(full)?.[1] === c;
        if (!kindHead && (k.length < MIN_LENGTH || k.length < nameKey(full).length * MIN_SHARE || !HEAD.test(c) || !namesSomething(c))) continue;
        if (own.has(k) || scriptOf(c[0]!) === 'hira') continue;
        if (keys.some((other, j) => j !== i && other.some((o) => o.includes(k)))) continue;
        forms.add(c);
      }
    }
    return [...forms];
  });
}
