// Values the documents give otherwise. Asked a count or an amount (令和４年度の採択件数), one document
// may give 10件 and another １１件: the answer shows both, each cited, and says nothing of which is right.
// A conflicting value is of the same year, programme and kind of amount as the first one chosen, and
// stands in another document.
import { findYearMentions } from '../era.js';
import { normalizeText } from '../text/normalize.js';
import { kindlessCoverage, namesOther, whereStands, type ScoredCandidate } from './evidence.js';
import { LIST_ASKS } from './intent.js';
import type { AnswerQuery, Need, NeedKind } from './question.js';

/** Share of the first value's coverage of the question a conflicting value's sentence must reach. */
const CONFLICT_COVERAGE = 0.9;
/** The values asked whose conflicts are shown: a count or an amount. */
const CONFLICT_NEEDS: ReadonlySet<NeedKind> = new Set(['count', 'money']);

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

/** How far after a year a value of it may stand (令和４年度１１件, 令和４年度は応募３１件から１０件を採択). */
const VALUE_REACH = 16;

/** The values a sentence states right after one of the years asked, before any other year: ８件 in 令和３年度８件、令和４年度… is of 令和３年度. */
function valuesOfYears(stated: (text: string) => string[], text: string, years: readonly number[]): string[] {
  const mentions = findYearMentions(text);
  return mentions.flatMap((m, i) => {
    if (!years.includes(m.year)) return [];
    const next = mentions[i + 1]?.start ?? text.length;
    return stated(text.slice(m.end, Math.min(next, m.end + VALUE_REACH)));
  });
}

/**
 * A sentence of another document that states the count or amount asked otherwise than the first one
 * chosen does (令和４年度１１件 in minutes, 10件 in the programme's table): about as much of the question
 * in it, of the year and the programme asked as nearly, and none of the first one's values in it.
 */
export function conflicting(q: AnswerQuery, first: ScoredCandidate, scored: readonly ScoredCandidate[], floor: number, entityNearby: number): ScoredCandidate | undefined {
  const need = q.needs.find((n) => CONFLICT_NEEDS.has(n.kind));
  if (!need || q.needs.length > 1 || first.features.need !== 1 || q.asks.some((a) => LIST_ASKS.has(a))) return undefined;
  const valuesIn = valuesOf(need);
  const stated = new Set(valuesIn(first.valueText));
  if (stated.size === 0) return undefined;
  // (with what it stands under, the words for the kind of value aside: 令和４年度１１件 covers 採択件数 as 採択)
  const covered = kindlessCoverage(q, whereStands(first));
  return scored.find((c) => {
    if (c.unit.documentId === first.unit.documentId || c.features.need !== 1 || c.score < floor) return false;
    if (kindlessCoverage(q, whereStands(c)) < covered * CONFLICT_COVERAGE || c.features.year < first.features.year) return false;
    if (c.features.entity < Math.min(first.features.entity, entityNearby) || namesOther(q, c)) return false;
    if (need.kind === 'money' && !sameMoneyKind(first.localKey + first.unit.key, c.localKey + c.unit.key)) return false;
    const values = q.years.length > 0 && c.unit.table !== 'row' ? valuesOfYears(valuesIn, c.valueText, q.years) : valuesIn(c.valueText);
    return values.length > 0 && values.every((v) => !stated.has(v));
  });
}
