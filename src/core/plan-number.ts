// The one parser for 科学技術基本計画 numbers, shared by the catalogue, answers and tools:
// 第３期 / 第Ⅲ期 / 第三期 / 第III期, 第６期科学技術・イノベーション基本計画, "5th Basic Plan", "third".

const KANJI: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ROMAN_CHAR: Record<string, string> = { Ⅰ: 'I', Ⅱ: 'II', Ⅲ: 'III', Ⅳ: 'IV', Ⅴ: 'V', Ⅵ: 'VI', Ⅶ: 'VII', Ⅷ: 'VIII', Ⅸ: 'IX', Ⅹ: 'X' };
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };
const ENGLISH = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** A plan number as the documents write it after 第: digits (half or full width), kanji, Roman numerals. */
export const PLAN_NUMBER = '(?:[0-9０-９]{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[一二三四五六七八九十]{1,3}|(?:VIII|VII|VI|IV|IX|V|X|I{1,3})(?![A-Za-z]))';
/** What may follow 第N期 in a plan's name: 科学技術基本計画, 科学技術・イノベーション基本計画, 基本計画. */
export const PLAN_WORDS = '(?:科学技術\\s?[・･]?\\s?(?:イノベーション)?\\s?)?基本計画';

const JA_MENTION = `第\\s?(${PLAN_NUMBER})\\s?期\\s?(?:の\\s?)?(${PLAN_WORDS})?`;
const EN_MENTION =
  '\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)\\s+' +
  '(?:(?:s&t|sti|st&i|science(?:,)?\\s+(?:and\\s+)?technology(?:,?\\s+and\\s+innovation)?)\\s+)?basic\\s+plan';

/**
 * A plan number in any form → ordinal: 3, '3', '３', 'Ⅲ', 'III', '三', '十', '第３期', '第Ⅲ期科学技術基本計画',
 * '第６期科学技術・イノベーション基本計画', '3rd', 'third', '5th Basic Plan'. Undefined when it is none.
 */
export function parsePlanNumber(v: number | string): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 ? v : undefined;
  const mention = findPlanMentions(v, { bare: true })[0];
  if (mention) return mention.ordinal;
  return ordinalOf(v.trim());
}

function ordinalOf(raw: string): number | undefined {
  const s = raw.replace(/[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]/g, (c) => ROMAN_CHAR[c]!).normalize('NFKC').trim();
  if (/^\d{1,2}$/.test(s)) return Number(s) >= 1 ? Number(s) : undefined;
  if (ROMAN[s.toUpperCase()] !== undefined && /^[IVX]+$/i.test(s)) return ROMAN[s.toUpperCase()];
  const k = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (k && s !== '') {
    if (!k[2]) return k[1] && !k[3] ? KANJI[k[1]] : undefined;
    return (k[1] ? KANJI[k[1]]! : 1) * 10 + (k[3] ? KANJI[k[3]]! : 0);
  }
  const en = /^(\d{1,2})(?:st|nd|rd|th)$/i.exec(s);
  if (en) return Number(en[1]);
  const word = ENGLISH.indexOf(s.toLowerCase());
  return word >= 0 ? word + 1 : undefined;
}

/** One place where a text names a basic plan; offsets into the text as given. */
export interface PlanMention {
  ordinal: number;
  start: number;
  end: number;
  raw: string;
  /** The mention carries the plan words (基本計画), not a bare 第N期. */
  named: boolean;
}

/**
 * Every basic plan a text names, in order: 第N期科学技術基本計画 (and the 科学技術・イノベーション form),
 * "Nth (Science and Technology) Basic Plan"; with `bare`, also 第N期 without the plan words.
 */
const JA_RE = new RegExp(JA_MENTION, 'gu');
const EN_RE = new RegExp(EN_MENTION, 'giu');

export function findPlanMentions(text: string, opts: { bare?: boolean } = {}): PlanMention[] {
  const out: PlanMention[] = [];
  const ja = text.includes('期');
  const en = /plan/iu.test(text);
  if (!ja && !en) return out;
  for (const m of ja ? text.matchAll(JA_RE) : []) {
    const named = m[2] !== undefined;
    if (!named && !opts.bare) continue;
    const ordinal = ordinalOf(m[1]!);
    if (ordinal === undefined) continue;
    const raw = named ? m[0] : m[0].replace(/\s?の?\s?$/u, '');
    out.push({ ordinal, start: m.index!, end: m.index! + raw.length, raw, named });
  }
  for (const m of en ? text.matchAll(EN_RE) : []) {
    const ordinal = ordinalOf(m[1]!);
    if (ordinal !== undefined) out.push({ ordinal, start: m.index!, end: m.index! + m[0].length, raw: m[0], named: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The canonical name of a plan, as most documents write it (full-width digit): 第２期科学技術基本計画;
 * from the sixth plan on, 第６期科学技術・イノベーション基本計画 (the plan's name since the 2020 law).
 */
export function planName(ordinal: number): string {
  const n = String(ordinal).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  return `第${n}期${ordinal >= 6 ? '科学技術・イノベーション' : '科学技術'}基本計画`;
}

/** The English name of a plan: "5th Science and Technology Basic Plan". */
export function planNameEn(ordinal: number): string {
  const suffix = ordinal % 10 === 1 && ordinal !== 11 ? 'st' : ordinal % 10 === 2 && ordinal !== 12 ? 'nd' : ordinal % 10 === 3 && ordinal !== 13 ? 'rd' : 'th';
  return `${ordinal}${suffix} ${ordinal >= 6 ? 'Science, Technology and Innovation' : 'Science and Technology'} Basic Plan`;
}
