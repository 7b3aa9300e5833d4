// Scores the sentences of the retrieved passages against the question: how much of what it
// asks they cover (alone and with their passage), whether they name the programme and the year
// it names, and whether they hold the kind of value it asks for. Plain features, one weighted sum.
import { findYearMentions, type YearMention } from '../era.js';
import { normalizeText } from '../text/normalize.js';
import { LIST_ASKS } from './intent.js';
import { rarestGroups, termIn, type AnswerQuery, type Need, type TermGroup } from './question.js';
import { matchKey, type AnswerUnit } from './units.js';

/** A unit of a retrieved passage, with what surrounds it. */
export interface Candidate {
  unit: AnswerUnit;
  /** Retrieval rank of the passage it came from, 1-based. */
  rank: number;
  /** Match key of its passage's heading and text. */
  contextKey: string;
  /** Match key of the heading its list stands under ('' when none). */
  leadKey: string;
  /** Match key of its document's opening lines (its title): what every line of it is of. */
  openingKey: string;
  /** Match key of the heading of the section its passage stands in ('' when none). */
  sectionKey: string;
  /** Match keys of its list heading, its section heading and the sentence before it: what it continues. */
  localKey: string;
  /** Its text (NFKC) after its section heading, where a value asked for is looked for. */
  valueText: string;
  unitYears: readonly number[];
  /** Years of the unit, its list heading and its section heading. */
  localYears: readonly number[];
  contextYears: readonly number[];
  /** Programmes and plans its passage and the lines before it name (canonical names). */
  contextNames: readonly string[];
}

export const EVIDENCE_FEATURES = ['coverage', 'titled', 'context', 'entity', 'need', 'year', 'rank', 'novelty'] as const;
export type EvidenceFeature = (typeof EVIDENCE_FEATURES)[number];
export type EvidenceWeights = Record<EvidenceFeature, number>;

/**
 * Measured on eval/questions.json (facts present in the answer; see eval/README); `titled` on the
 * seen and dev sets (0.3, 0.5 and 1 tried: 0.5 gained most answers there).
 */
export const DEFAULT_EVIDENCE_WEIGHTS: EvidenceWeights = { coverage: 1, titled: 0.5, context: 0.5, entity: 0.3, need: 0.5, year: 0.4, rank: 0.3, novelty: 0.6 };

/** Entity feature of a unit whose heading, list heading or previous sentence names the programme. */
const ENTITY_LOCAL = 0.8;
/** Entity feature of a unit whose passage or nearby lines name the programme. */
const ENTITY_CONTEXT = 0.6;

/** A unit with this many characters beyond the question's own words says something new. */
const NOVEL_CHARS = 15;

/** How much a key says beyond the question's words (0..1): a heading that only repeats the question scores 0. */
export function novelty(q: AnswerQuery, key: string): number {
  const terms = [...q.groups, ...q.translated].flatMap((g) => g.alts).concat(q.entities.flat()).filter((t) => t !== '');
  const covered = new Uint8Array(key.length);
  for (const t of terms) {
    for (let i = key.indexOf(t); i >= 0; i = key.indexOf(t, i + 1)) covered.fill(1, i, i + t.length);
  }
  let rest = 0;
  for (let i = 0; i < key.length; i++) if (!covered[i] && /[\p{L}\p{N}]/u.test(key[i]!)) rest++;
  return Math.min(1, rest / NOVEL_CHARS);
}

export interface ScoredCandidate extends Candidate {
  features: Record<EvidenceFeature, number>;
  score: number;
}

/** Weighted share of the groups that a key covers. */
export function coverage(groups: readonly TermGroup[], key: string): number {
  const total = groups.reduce((a, g) => a + g.weight, 0);
  if (total === 0) return 0;
  return groups.reduce((a, g) => a + (g.alts.some((t) => termIn(t, key)) ? g.weight : 0), 0) / total;
}

/** Coverage of the question's groups; for an English question, the better of English and its Japanese terms. */
export function questionCoverage(q: AnswerQuery, key: string): number {
  const own = coverage(q.groups, key);
  return q.translated.length === 0 ? own : Math.max(own, coverage([...q.translated, ...q.entities.map((alts) => ({ alts, weight: 1 }))], key));
}

/**
 * True when a candidate holds a value of the kind asked: in its own text, or as a number in a table
 * row whose header names the column asked (特許出願, 薬事申請: one of the question's rarest words) or its unit (事業費（千円）).
 */
export function givesNeed(q: AnswerQuery, n: Need, c: Candidate): boolean {
  // (a table's header row labels its columns, 区分　R2(2020)　R3(2021): its years are no amount or count)
  if (c.unit.table === 'header' && (n.kind === 'money' || n.kind === 'count')) return false;
  if (n.pattern.test(n.kind === 'count' ? unasked(q.question, c.valueText) : c.valueText)) return true;
  if (n.kind === 'person' && q.role !== undefined && markedAs(q.role, c) && (q.entities.length === 0 || namesIn(q, c.openingKey + c.localKey + c.contextKey))) return true;
  // (a table's bare amounts, in the unit a 「（単位：千円）」 line above them declares)
  // (or of fewer digits in a row labelled as amounts, 執行額　452　631, or by its year, 令和元年度　450, under 「（単位：百万円）」)
  if (n.kind === 'money' && c.unit.amountUnit !== undefined && (BARE_AMOUNT.test(c.unit.text) || [AMOUNT_ROW, YEAR_AMOUNT_ROW].some((re) => re.test(normalizeText(c.unit.text))))) return true;
  if (c.unit.table !== 'row' || !/[0-9０-９]/u.test(c.unit.text)) return false;
  // (a table's row of percentages, its label naming the unit: 執行率（％）　94.2　97.1)
  if (n.kind === 'percent') return /[%％]/u.test(c.unit.text.trim().split(/\s/u)[0]!);
  if (c.leadKey === '') return false;
  // (a header in 円, or one naming amounts: 前年度予算額　令和５年度要求額, its unit stated above it)
  if (n.kind === 'money') return /円|予算額|要求額|決定額|交付額|金額/u.test(c.leadKey);
  // (a year under a header naming the start or the end asked: 事業名,所管,開始年度 over …,平成15年度（2003年度）)
  if (n.kind === 'time') return findYearMentions(c.unit.text).length > 0 && (q.asks.includes('end') && !q.asks.includes('start') ? /終了/u : /開始|創設|発足/u).test(c.leadKey);
  // (the column of what is counted: the header holds one of the question's two rarest words, not 地域 or 数,
  // nor those the row itself says: its label names what it is of, 鶴岡エリア)
  const column = q.groups.filter((g) => !g.alts.some((a) => termIn(a, c.unit.key)));
  return n.kind === 'count' && rarestGroups({ groups: column }, 2).some((g) => g.alts.some((a) => a.length >= 2 && termIn(a, c.leadKey)));
}

/**
 * A text without the numbers the question itself writes (フォーラム2024 asked of is no count of 2024) and
 * without the number of its item (2. 【イベント】…): what may count what is asked.
 */
function unasked(question: string, value: string): string {
  const text = value.replace(/^[\s　]*[0-9０-９]{1,2}[.．)）][\s　]*/u, '');
  const own = normalizeText(question).match(/[0-9]{2,}/gu);
  if (!own) return text;
  const said = new Set(own);
  const joined = (ch: string | undefined) => ch !== undefined && /[,，.．]/u.test(ch);
  return text.replace(/[0-9０-９]{2,}/gu, (d: string, at: number) => (said.has(normalizeText(d)) && !joined(text[at - 1]) && !joined(text[at + d.length]) ? '' : d));
}

/** Where a candidate stands, as one match key: its document's title, the lines it stands under and its own unit. */
export function whereStands(c: Candidate): string {
  return c.openingKey + c.sectionKey + c.localKey + c.unit.key;
}

/** Words that name the kind of value asked, which the value itself stands for (件数 for ４１件). */
const VALUE_KIND = /^(?:件数|件|数|人数|名|人|社数|社|額|金額|予算額|予算|年数|期間|割合|率)$/u;
/** Words that name the kind of programme, left over from its name (…形成プログラム). */
const PROGRAMME_KIND = /^(?:プログラム|事業|制度|計画|施策)$/u;

/**
 * How much of the question a text covers, where the words that only name the kind of value asked (件数, 予算額)
 * or the kind of programme named (プログラム) need not stand in it: the coverage with them or without them,
 * whichever is higher.
 */
export function kindlessCoverage(q: AnswerQuery, text: string): number {
  const cq = { ...q, groups: q.groups.filter((g) => !g.alts.every((a) => VALUE_KIND.test(a) || (q.entities.length > 0 && PROGRAMME_KIND.test(a)))) };
  return Math.max(questionCoverage(q, text), cq.groups.length === 0 ? 1 : questionCoverage(cq, text));
}

/** Whether a match key names one of the programmes a question names (by any of its names). */
export function namesIn(q: Pick<AnswerQuery, 'entities'>, key: string): boolean {
  return q.entities.some((names) => names.some((n) => key.includes(matchKey(n))));
}

/** The signs a member list marks a role by. */
const ROLE_SIGNS = '◎○●◇◆△▲☆★';
/** The sign a list's heading gives a role: 委員名簿（五十音順、◎は主査）, ◎：委員長, ○印は副委員長. */
const ROLE_LEGEND = new RegExp(`([${ROLE_SIGNS}])\\s*印?\\s*(?:は|：|:|＝|=)\\s*(\\p{Script=Han}{1,6})`, 'gu');
/** The same, for a test (no global flag, so no position kept between calls). */
const GIVES_LEGEND = new RegExp(ROLE_LEGEND.source, 'u');

/** Whether a text gives a sign's role, as a member list's heading does (委員名簿（五十音順、◎は委員長）). */
export function givesLegend(text: string): boolean {
  return GIVES_LEGEND.test(normalizeText(text));
}

/** Whether a list entry opens with the sign its heading gives the role asked (◎　北嶋　芳郎 under …（◎は主査）); 委員長 is not 副委員長. */
export function markedAs(role: RegExp, c: Candidate): boolean {
  const sign = c.unit.text.trim().charAt(0);
  if (!ROLE_SIGNS.includes(sign)) return false;
  const whole = new RegExp(`^(?:${role.source})$`, 'u');
  return [...(c.leadKey + c.localKey).matchAll(ROLE_LEGEND)].some((m) => m[1] === sign && whole.test(m[2]!));
}

/** A table row whose label names an amount, then numbers: 執行額　452　631, 当初予算 480 650. */
const AMOUNT_ROW = /^[\p{Script=Han}・]{0,8}(?:額|予算)\s+[0-9][0-9,.]*(?:\s+[0-9][0-9,.]*)+$/u;
/** A bare amount: digits in groups of three (4,850, １，２５０) or four and more. */
const BARE_AMOUNT = /[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]{4,}/u;
/** A fiscal year and its figure: 令和元年度　　４５０, 令和３年度（要求）６５０. */
const YEAR_FIGURE = '(?:(?:平成|令和|昭和|[HR])\\s*(?:[0-9]+|元)|[0-9]{4})\\s*年度?(?:[（(][^）)]{1,8}[）)])?\\s*[0-9][0-9,.]*';
/** A row of figures each labelled by its fiscal year (平成２９年度　４００　　平成３０年度　５３０), a note in brackets after them. */
const YEAR_AMOUNT_ROW = new RegExp(`^${YEAR_FIGURE}(?:\\s+${YEAR_FIGURE})*(?:\\s*[（(][^）)]{1,16}[）)])?$`, 'u');

/**
 * The one fiscal year a document's title names (令和７年度　概算要求の概要, 平成２８年度…の採択について):
 * what its undated lines are of. None where the title names two (a span or a comparison) or only a date.
 */
export function titleFiscalYear(opening: string): YearMention | undefined {
  const title = normalizeText(opening);
  const fiscal = findYearMentions(title).filter((m) => /^度/u.test(title.slice(m.end)) || /FY|度$/iu.test(m.raw));
  return fiscal.length === 1 ? fiscal[0] : undefined;
}

/**
 * What its document's title adds to a line's coverage: a budget sheet's row (地方創生推進交付金 120,000)
 * is of the request its title names (令和2年度…概算要求の概要) as much as the total above it is. Not
 * for a list asked: a list is chosen by its own heading and entries, and the title lifts every line alike.
 */
function titled(q: AnswerQuery, c: Candidate, covered: number): number {
  if (q.asks.some((a) => LIST_ASKS.has(a))) return 0;
  return questionCoverage(q, c.openingKey + c.leadKey + c.unit.key) - covered;
}

/** Features of one candidate, each in 0..1; `titleYear` is the fiscal year its document's title names, if one. */
export function describe(q: AnswerQuery, c: Candidate, titleYear: number | undefined = titleFiscalYear(c.openingKey)?.year): Record<EvidenceFeature, number> {
  const entity =
    q.entities.length === 0
      ? 1
      : q.entities.reduce((a, names) => a + (names.some((n) => c.unit.key.includes(n)) ? 1 : names.some((n) => c.localKey.includes(n)) ? ENTITY_LOCAL : names.some((n) => c.contextKey.includes(n)) ? ENTITY_CONTEXT : 0), 0) / q.entities.length;
  const need = q.needs.length === 0 ? 1 : q.needs.filter((n) => givesNeed(q, n, c)).length / q.needs.length;
  // (a line that names no year is of the one its document's title names: a budget sheet's row)
  const own = c.unitYears.length > 0 || titleYear === undefined ? c.unitYears : [titleYear];
  const year = q.years.length === 0 ? 1 : q.years.reduce((a, y) => a + (own.includes(y) ? 1 : c.contextYears.includes(y) ? 0.5 : 0), 0) / q.years.length;
  const covered = questionCoverage(q, c.leadKey + c.unit.key);
  return {
    coverage: covered,
    titled: titled(q, c, covered),
    context: questionCoverage(q, c.contextKey),
    entity,
    need,
    year,
    rank: 1 / (1 + 0.3 * (c.rank - 1)),
    novelty: novelty(q, c.unit.key),
  };
}

/** Scores and sorts candidates, best first. */
export function scoreCandidates(q: AnswerQuery, candidates: readonly Candidate[], w: EvidenceWeights = DEFAULT_EVIDENCE_WEIGHTS): ScoredCandidate[] {
  // (a document's title read once, not once for each of its lines)
  const titleYears = new Map<string, number | undefined>();
  const titleYear = (opening: string) => {
    if (!titleYears.has(opening)) titleYears.set(opening, titleFiscalYear(opening)?.year);
    return titleYears.get(opening);
  };
  const scored = candidates.map((c) => {
    const features = describe(q, c, titleYear(c.openingKey));
    let score = 0;
    for (const f of EVIDENCE_FEATURES) score += w[f] * features[f];
    return { ...c, features, score };
  });
  return scored.sort((a, b) => b.score - a.score || a.rank - b.rank || a.unit.id - b.unit.id);
}

/** A programme-like name: …事業, …プログラム, …交付金, …制度 after four or more kanji or katakana (not 製品化・事業化). */
const PROGRAMME_LIKE = /[\p{Script=Han}\p{Script=Katakana}ー・]{4,}(?:事業|プログラム|交付金|制度)(?!化)/gu;

/**
 * True when a unit is about another programme than the one asked: it names one (「令和元年度から
 * 実施する後継事業「北東北広域共創推進事業」」) and not the one asked. Says nothing when the
 * question names none.
 */
export function namesOther(q: AnswerQuery, c: Candidate): boolean {
  if (q.entities.length === 0) return false;
  const asked = q.entities.flat();
  if (asked.some((n) => c.unit.key.includes(n))) return false;
  const names = [...c.unit.key.matchAll(PROGRAMME_LIKE)].map((m) => m[0]);
  return names.some((n) => !asked.some((a) => a.includes(n) || n.includes(a)));
}
