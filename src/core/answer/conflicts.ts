// Values the documents give otherwise. Asked a count, an amount or a day (令和４年度の採択件数, 申請締切は何日), one document
// may give 10件 and another １１件: the answer shows both, each cited, and says nothing of which is right.
// A conflicting value is of the same year, programme and kind of amount as the first one chosen, and
// stands in another document.
import { findYearMentions } from '../era.js';
import { normalizeText } from '../text/normalize.js';
import { kindlessCoverage, namesOther, whereStands, type ScoredCandidate } from './evidence.js';
import { LIST_ASKS } from './intent.js';
import { rarestGroups, type AnswerQuery, type Need, type NeedKind } from './question.js';
import { cellUnder } from './tables.js';
import { matchKey } from './units.js';

/** Share of the first value's coverage of the question a conflicting value's sentence must reach. */
const CONFLICT_COVERAGE = 0.9;
/** The values asked whose conflicts are shown: a count, an amount, or a day (申請締切は何日). */
const CONFLICT_NEEDS: ReadonlySet<NeedKind> = new Set(['count', 'money', 'time']);

/** A day asked (締切は何日, 応募締切日はいつ, 提出期限): its value is a month and a day, which documents may give otherwise. */
const DAY_ASKED = /何日|何月何日|締切|締め切り|〆切|期限|日付/u;
/** A month and a day (5月31日, ６月１２日). */
const DAY = { kind: 'time' as const, pattern: /[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日/u };

/** What an amount is (a budget, a grant, a spend, a request, a share borne): a budget is no grant to one hub. */
const MONEY_KIND = /予算|交付|補助|決算|執行|要求|事業費|負担|委託/gu;

/** Whether two amounts, read with what they stand under, are of a kind: some word for the kind of amount in both, or in neither. */
function sameMoneyKind(a: string, b: string): boolean {
  const kinds = (text: string) => new Set(text.match(MONEY_KIND) ?? []);
  const [ka, kb] = [kinds(a), kinds(b)];
  return ka.size === 0 ? kb.size === 0 : [...ka].some((k) => kb.has(k));
}

/** What reads the values of a need a text states, as written less spaces and commas (１０件 → 10件); its pattern is built once. */
function valuesOf(need: Need): (text: string) => string[] {
  const all = new RegExp(need.pattern.source, need.pattern.flags.includes('g') ? need.pattern.flags : `${need.pattern.flags}g`);
  return (text) => [...normalizeText(text).matchAll(all)].map((m) => m[0].replace(/[\s,]/gu, ''));
}

/** The figure of a value, what a table's bare cell is compared by (８件 and 8 are one). */
const figureOf = (value: string) => normalizeText(value).replace(/[^0-9.]/gu, '');

/**
 * The count a table's row gives in the column of what is counted (採択 over R4(2022)　24　7: 7): the header's label
 * that is, or holds, one of the question's two rarest words.
 */
function countInRow(q: AnswerQuery, header: string, row: string): string[] {
  const words = rarestGroups(q, 2).flatMap((g) => g.alts).filter((a) => a.length >= 2);
  const fits = (label: string) => {
    const key = matchKey(label);
    return Math.max(0, ...words.map((w) => (key === w ? 2 : key.includes(w) ? 1 : 0)));
  };
  const cell = cellUnder(header, row, fits);
  return cell !== undefined && /^[0-9０-９][0-9０-９,，]*$/u.test(cell.trim()) ? [cell.trim()] : [];
}

/** What stands right before a year that ends a span (令和2～4年度, 2020-22). */
const SPAN_END = /[~～〜–—-]\s*$/u;

/** How far after a year a value of it may stand (令和４年度１１件, 令和４年度は応募３１件から１０件を採択). */
const VALUE_REACH = 16;

/** The values a sentence states right after one of the years asked, before any other year: ８件 in 令和３年度８件、令和４年度… is of 令和３年度. */
function valuesOfYears(stated: (text: string) => string[], text: string, years: readonly number[]): string[] {
  const mentions = findYearMentions(text);
  return mentions.flatMap((m, i) => {
    // (the end of a span is no one year: 令和2～4年度の…採択18件 counts three years)
    if (!years.includes(m.year) || SPAN_END.test(text.slice(Math.max(0, m.start - 2), m.start))) return [];
    const next = mentions[i + 1]?.start ?? text.length;
    return stated(text.slice(m.end, Math.min(next, m.end + VALUE_REACH)));
  });
}

/**
 * A sentence of another document that states the count or amount asked otherwise than the first one
 * chosen does (令和４年度１１件 in minutes, 10件 in the programme's table): about as much of the question
 * in it, of the year and the programme asked as nearly, and none of the first one's values in it.
 */
export function conflicting(q: AnswerQuery, first: ScoredCandidate, scored: readonly ScoredCandidate[], floor: number, entityNearby: number, headerOf: (c: ScoredCandidate) => string | undefined = () => undefined): ScoredCandidate | undefined {
  const asked = q.needs.find((n) => CONFLICT_NEEDS.has(n.kind));
  const day = asked?.kind === 'time';
  // (a time asked has conflicts only as a day: 5月31日 and 5月30日, not the years around them)
  const need = day ? (DAY_ASKED.test(q.question) ? DAY : undefined) : asked;
  if (!need || q.needs.length > 1 || first.features.need !== 1 || q.asks.some((a) => LIST_ASKS.has(a))) return undefined;
  const valuesIn = valuesOf(need);
  const stated = new Set(valuesIn(first.valueText));
  const figures = new Set([...stated].map(figureOf));
  if (stated.size === 0) return undefined;
  // (with what it stands under, the words for the kind of value aside: 令和４年度１１件 covers 採択件数 as 採択)
  const covered = kindlessCoverage(q, whereStands(first));
  return scored.find((c) => {
    // (a day alone, 締切は6月12日, gives no time the question's need reads: its day is read below)
    if (c.unit.documentId === first.unit.documentId || (c.features.need !== 1 && !day) || c.score < floor) return false;
    // (a day may leave its year to the lines around it: of the year asked there, 令和７年度…公募 / 締切は6月12日)
    if (kindlessCoverage(q, whereStands(c)) < covered * CONFLICT_COVERAGE || (day ? c.features.year === 0 : c.features.year < first.features.year)) return false;
    if (c.features.entity < Math.min(first.features.entity, entityNearby) || namesOther(q, c)) return false;
    if (need.kind === 'money' && !sameMoneyKind(first.localKey + first.unit.key, c.localKey + c.unit.key)) return false;
    // (a day stands under its year, not right after it: ◇締切：5月30日 in a notice of the year's call)
    // (a table's row gives a count in the column of what is counted: 7 under 採択, the unit in the table's title)
    const header = need.kind === 'count' && c.unit.table === 'row' ? headerOf(c) : undefined;
    const values = header !== undefined ? countInRow(q, header, c.unit.text) : q.years.length > 0 && c.unit.table !== 'row' && !day ? valuesOfYears(valuesIn, c.valueText, q.years) : valuesIn(c.valueText);
    // (a cell's bare figure is compared with the first value's figure: 7 and ８件)
    return values.length > 0 && values.every((v) => (header !== undefined ? !figures.has(figureOf(v)) : !stated.has(v)));
  });
}
