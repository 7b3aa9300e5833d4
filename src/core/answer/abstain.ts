// Decides when not to answer. Each rule names a way a question can fall outside the documents:
// a year, plan or name they never mention; a value (amount, count, period) asked of a programme
// that no sentence near that programme gives; a person, a superlative or a complete list they do
// not state; or passages that are all about other programmes. Measured on the unanswerable
// questions of eval/questions.json against the answerable ones.
import { findYearMentions, yearsOf } from '../era.js';
import { GRADE_NAMED } from '../grades.js';
import { findPlanMentions } from '../plan-number.js';
import { roundsIn } from '../rounds.js';
import { writtenInOrder } from '../catalogue/name-key.js';
import { namedProgrammes, programmeNames } from '../catalogue/query.js';
import type { Catalogue } from '../catalogue/schema.js';
import type { Lexicon } from '../lexicon.js';
import { holderAsked, holdersNamed, PERSON_NAME } from '../roles.js';
import { escapeRegExp, normalizeText } from '../text/normalize.js';
import type { FactPick } from './catalogue-facts.js';
import { AS_A_LIST, LIST_ASKS, listedNoun, listedNouns, MEETING_ASKED, SAID, SPEECH_TERM } from './intent.js';
import { askedGrade, askedRowGrade, enumerated, gradeLabelledNames, labelledNames, namesBeforeCount, rowGrade, statedCount, type ListEvidence } from './lists.js';
import { asksUnmentioned, unmentionedHead, valueAskedOf } from './parts.js';
import { inSpeakersTurn, matchKey, type AnswerUnit } from './units.js';
import { fillsYearColumn, leavesYearEmpty } from './tables.js';
import { coverage, givesNeed, kindlessCoverage, namesIn, namesOther, questionCoverage, titleFiscalYear, whereStands, type ScoredCandidate } from './evidence.js';
import { DEFAULT_THRESHOLDS, type AnswerThresholds } from './thresholds.js';
import { ADDRESS_NEEDS, affiliationAsked, rarestGroups, SOFT_NEEDS, termIn, WHO, type AnswerQuery, type Need, type NeedKind, type TermGroup } from './question.js';

export interface Abstention {
  abstain: boolean;
  /** Which rule fired and why, in English (for logs, the eval report and the tool's reason). */
  reason?: string;
  /** Kinds of value asked beside others that are given, which no passage gives: said to be missing, the rest answered. */
  unsaid?: NeedKind[];
}

/** What the answerer knows about the whole corpus. */
export interface CorpusFacts {
  years: ReadonlySet<number>;
  /** True when some unit's match key contains the key. */
  has(key: string): boolean;
  /** Like has, with punctuation and brackets ignored on both sides. */
  hasLoose(key: string): boolean;
  /** In how many units a term stands. */
  df(term: string): number;
  catalogue: Catalogue;
  lexicon: Lexicon;
  /** The list a unit belongs to, leads or names, if any. */
  list(unit: AnswerUnit): ListEvidence | undefined;
  /** The other tables of a table's document under the same header row (one table split under sub-headings). */
  alike(list: ListEvidence): ListEvidence[];
  /** The morphemes of a text (kuromoji base forms). */
  morphemes(text: string): string[];
  /** The match keys of a document's opening lines (its title, what it is of). */
  opening(documentId: string): string;
  /** The units of a document, in order. */
  units(documentId: string): readonly AnswerUnit[];
  /** Each unit that holds the key, read with its list lead, section heading and the unit just before (their match keys), and its document. */
  mentions(key: string): { key: string; documentId: string }[];
}

/** Letters and digits only: how names are compared loosely (リサーチコンプレックス）推進 ~ リサーチコンプレックス推進). */
export function looseKey(text: string): string {
  return normalizeText(text).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A candidate that can give a value asked for: it stands near the programme the question names
 * (or near no other), in the year it names, and with the sentence before it and its list heading
 * covers the question, the thing it names (a katakana or Latin term) included.
 */
function anchored(q: AnswerQuery & { programmes: ReadonlySet<string>; opening: (documentId: string) => string; units: (documentId: string) => readonly AnswerUnit[] }, c: ScoredCandidate, kind: Need['kind'], t: AnswerThresholds): boolean {
  const min = q.language === 'en' ? t.anchorCoverageEn : t.anchorCoverage;
  // about the programme asked: it names it nearby, or (a count or date in a long document on one
  // programme) names no other; an amount always stands by what it is for
  // (or the title of its document names it: a press release or an evaluation of that one programme)
  // (or, asked when a meeting was held that spoke of it, 記者会見はいつ: the date its record's title gives)
  // (a programme's address, where it is named: a contact line names none, so another programme's is no answer)
  const address = ADDRESS_NEEDS.has(kind) && q.entities.length > 0;
  const about = namesAsked(q, c, q.opening(c.unit.documentId), t) || (kind !== 'money' && !address && c.contextNames.every((n) => q.programmes.has(n))) || (kind === 'time' && recordDated(q, c));
  // a question that only names the programme is covered by naming it (the `about` test)
  // (the document's title says what every sentence in it is of: 平成17年度開始エリア 事後評価結果)
  // the words that only name the kind of value asked (件数, 予算額) or the kind of programme named (プログラム) need not stand with it
  const text = whereStands(c);
  const coverage = kindlessCoverage(q, text);
  // (which stands on a contact line that need not repeat what is asked: 電話 088-…　メール …@…, under 問い合わせ先)
  const covered = q.namesOnly || coverage >= min || (q.language === 'en' && c.features.context >= t.anchorCoverage) || address;
  // a start or an end, an amount or a count stated for another programme (その後継事業「…」は令和元年度から,
  // 共創ラボ事業に１，２４０百万円を計上) is not its
  const edge = kind === 'time' && q.asks.includes('start') !== q.asks.includes('end');
  // an amount of a year is stated with that year (not elsewhere on the page), of the kind asked
  // (a table's bare amounts are of the years its header or its document's title names: 平成２３年度概算要求 — unless
  // the line names its own year: 1拠点当たりの補助額（令和元年度） in a 令和2年度 review sheet;
  // a line of its own, 【要求額】…（前年度予算額 …）, only of its title's: a year named near it is another's)
  const ofTable = (y: number) =>
    c.unit.amountUnit !== undefined && ((c.unit.table === 'row' && c.contextYears.includes(y)) || (c.unitYears.length === 0 && findYearMentions(q.opening(c.unit.documentId)).some((m) => m.year === y)));
  const ofYear =
    kind === 'money'
      ? // (several years asked, それぞれ: each in its own sentence)
        (q.years.length > 1 ? q.years.some((y) => c.localYears.includes(y)) : q.years.every((y) => c.localYears.includes(y) || ofTable(y))) && sameBudgetKind(q.question, c.valueText) && !grantedToOne(q.question, c.sectionKey + c.leadKey + c.valueText) && spentAsSpent(q.question, c.sectionKey + c.leadKey + c.valueText, tableHeads(q, c))
      : totalSoFar(q, c, kind) ||
        ((q.years.length === 0 || c.features.year >= YEAR_NEARBY) &&
          (kind !== 'count' || !ofOtherYear(q.years, datedBy(c, q.opening(c.unit.documentId), q.units(c.unit.documentId)))) &&
          (kind !== 'time' || timeOfAsked(q, c))) ||
        // (a table's count in the column of the year asked, whatever year its document's title names)
        (kind === 'count' && inYearColumn(q, c));
  // (a count in 件 stands in a sentence that names what is counted: 採択予定：最大15件 answers no 申請は何件;
  // a label may be letter-spaced: 提　案　数　７８件; what an English question counts, in the glossary's words, in its passage)
  // (or, in a table, in its column's header: 薬事申請 over a row's ３)
  const counting = ((q.language === 'en' ? c.unit.text : c.valueText) + c.leadKey).replace(/\s+/gu, '');
  // (a total asked — 累計, 延べ — is a total stated: 累計132件, 創設以来…までに135件, or a row of a table of totals,
  // 主な指標（各年度末、累計）; not one year's row)
  const counts = kind !== 'count' || ((!q.counted || q.counted.some((n) => counting.includes(n))) && (!TOTAL_ASKED.test(q.question) || TOTAL_STATED.test(c.valueText) || (c.unit.table === 'row' && TOTAL_STATED.test(c.sectionKey + tableHeads(q, c)))));
  // (an amount actually paid — 実際に加算された額 — is not a cap or a plan: 800万円を上限に加算できる, 交付予定額)
  // (so is a count of what was done, 何件採択された: 採択予定件数は12件程度 is a plan)
  const actualAsked = ACTUAL_ASKED.test(q.question) || (kind === 'count' && doneAsked(q.question));
  const actual = (kind !== 'money' && kind !== 'count') || !actualAsked || !NOT_ACTUAL.test(normalizeText(c.leadKey + c.valueText));
  return about && covered && ofYear && inColumn(q, c) && actual && holdsFocus(q, c) && sameRound(q, c) && counts && sameBody(q.question, text) && sameKind(q.question, c.valueText) && !((edge || kind === 'money' || kind === 'count') && namesOther(q, c));
}

/**
 * A value asked of one kind of a programme (地域貢献型の要件) is not given by a sentence that names
 * another kind and not that one (国際展開型は、…1億円以上であること); a kind may be named in full or
 * not (都市エリア一般型, 一般型).
 */
function sameKind(question: string, sentence: string): boolean {
  const asked: string[] = normalizeText(question).match(KIND) ?? [];
  if (asked.length === 0) return true;
  const named: string[] = normalizeText(sentence).match(KIND) ?? [];
  return named.length === 0 || named.some((k) => asked.some((a) => a.endsWith(k) || k.endsWith(a)));
}

/** A body named by what it does (審査委員会, 評価委員会, 事業委員会), asked how many people sit on it. */
const BODY_MEMBERS = /(\p{Script=Han}{2})(委員会|部会|協議会|審議会|会議)(?:は|の|が)?(?:委員|構成員|メンバー)?(?:は|が)?[^。？?]{0,6}何\s*(?:人|名)|何\s*(?:人|名)の(?:委員|構成員|メンバー)[^。？?]{0,6}(\p{Script=Han}{2})(委員会|部会|協議会|審議会|会議)/u;

/**
 * False when the question asks the members of one body (審査委員会) and the passage, read with what stands
 * before it and its document's title, counts those of another (評価委員会).
 */
function sameBody(question: string, passage: string): boolean {
  const m = BODY_MEMBERS.exec(normalizeText(question));
  if (!m) return true;
  return passage.includes((m[1] ?? m[3]!) + (m[2] ?? m[4]!));
}

/**
 * A value of the round asked: a sentence that names rounds names it (第１回の公募…５４件 is no answer to
 * 第２回公募には何件), and a later round is named by the sentence, its unit or its document's title.
 */
function sameRound(q: AnswerQuery & { opening: (documentId: string) => string }, c: ScoredCandidate): boolean {
  const asked = q.rounds;
  if (asked.length === 0) return true;
  const given = roundsIn(normalizeText(c.valueText));
  if (given.length > 0) return given.some((n) => asked.includes(n));
  return asked.every((n) => n < 2) || roundsIn(normalizeText(c.unit.text) + q.opening(c.unit.documentId)).some((n) => asked.includes(n));
}

/** A count asked as a running total over the years: 累計採択件数, 延べ何名, 通算で何件, 創設以来の件数 (全部で, 合計 ask the whole count, however stated). */
const TOTAL_ASKED = /累計|延べ|通算|以来/u;
/** A count stated as a running total: 累計132件, 延べ１２０名, 計78件, ９コンソーシアム計（平均）…142, 創設以来…までに135件 (not a sum over regions: 12地域合計). */
const TOTAL_STATED = /累計|延べ|通算|計\s*[0-9０-９(（]|以来|までに|cumulative|in total/iu;

/** What was actually done or paid asked (実際に, 実績), which a cap, a plan or an estimate does not give. */
const ACTUAL_ASKED = /実際[にの]|実績|\bactual(?:ly)?\b/iu;
const NOT_ACTUAL = /上限|以内|ことができる|できる。|予定|見込|程度|要求|定員/u;

/** A question in the past tense about what was done (何件採択された, 応募はあった), not about a plan or a cap. */
function doneAsked(question: string): boolean {
  const q = normalizeText(question).trim();
  return /(?:され|し|あっ|だっ|受け|集まっ)た(?:の|んですか|のですか)?\s*[？?]?$|(?:されました|しました|ありました|でした)か\s*[？?]?$/u.test(q) && !NOT_ACTUAL.test(q);
}

/** Those turned down asked (不採択, 落選, 選ばれなかった), and a passage naming any as such. */
const REJECTED_ASKED = /不採択|落選|不合格|(?:選ばれ|採択され|選定され)なかった/u;
const REJECTED_SAID = /不採択|落選|不合格|なかった|されず/u;

/** A deadline asked (締切日, 期限), which a date stands as only with a word for one or at a span's end (…必着, ～５月３０日). */
const DEADLINE_ASKED = /締め?切|期限|必着|\bdeadline\b/iu;
const DEADLINE_SAID = /締め?切|期限|必着|まで|[~～〜]|\b(?:deadline|until|by)\b/iu;

/**
 * A date of an earlier year than the one asked (令和６年６月７日必着, asked 令和７年度公募の締切), in a document not
 * titled by the year asked: an earlier round's, whatever the lines around it say of the year asked.
 */
function earlierDate(q: AnswerQuery & { opening: (documentId: string) => string }, c: ScoredCandidate): boolean {
  if (q.years.length === 0 || c.unitYears.length === 0 || !c.unitYears.every((y) => y < Math.min(...q.years))) return false;
  const titled = titleFiscalYear(q.opening(c.unit.documentId))?.year;
  return titled === undefined || !q.years.includes(titled);
}

/** Whether a date a candidate gives can be the one asked: not an earlier round's, and a deadline where one is asked. */
function timeOfAsked(q: AnswerQuery & { opening: (documentId: string) => string }, c: ScoredCandidate): boolean {
  return !earlierDate(q, c) && (!DEADLINE_ASKED.test(q.question) || DEADLINE_SAID.test(c.valueText));
}

/**
 * A running total asked up to a year (創設以来…令和6年度までで何件) stated as one (2021年度からの採択は累計32件): it
 * names when the count began, not the year asked, and no year after it.
 */
function totalSoFar(q: AnswerQuery, c: ScoredCandidate, kind: Need['kind']): boolean {
  if (kind !== 'count' || q.years.length === 0 || !TOTAL_ASKED.test(q.question) || !TOTAL_STATED.test(c.valueText)) return false;
  const last = Math.max(...q.years);
  return c.unitYears.every((y) => y <= last);
}

/** A table's row gives a year's value only in that year's column: 執行額　452　631　611　598 gives none for 令和2年度. */
function inColumn(q: AnswerQuery & { units: (documentId: string) => readonly AnswerUnit[] }, c: ScoredCandidate): boolean {
  const header = headerUnit(q, c)?.unit.text;
  return header === undefined || q.years.length !== 1 || !leavesYearEmpty(header, c.unit.text, q.years[0]!);
}

/** A table's row with a figure in the column of the one year asked (区分　令和３年度　… over 技術相談　件数　１５２件　…). */
function inYearColumn(q: AnswerQuery & { units: (documentId: string) => readonly AnswerUnit[] }, c: ScoredCandidate): boolean {
  const header = headerUnit(q, c)?.unit.text;
  return header !== undefined && q.years.length === 1 && fillsYearColumn(header, c.unit.text, q.years[0]!);
}

/** A table row's header line and the line right above it (【付表４】主な指標（各年度末、累計）). */
function tableHeads(q: { units: (documentId: string) => readonly AnswerUnit[] }, c: ScoredCandidate): string {
  const header = headerUnit(q, c);
  if (!header) return '';
  const above = header.units[header.at - 1];
  return normalizeText((above !== undefined && above.line_end >= header.unit.line_start - 1 ? above.text : '') + header.unit.text);
}

/** A table row's header unit, with its document's units and where it stands among them. */
function headerUnit(q: { units: (documentId: string) => readonly AnswerUnit[] }, c: ScoredCandidate): { unit: AnswerUnit; units: readonly AnswerUnit[]; at: number } | undefined {
  if (c.unit.table !== 'row' || c.unit.lead === undefined) return undefined;
  const units = q.units(c.unit.documentId);
  const at = units.findIndex((u) => u.id === c.unit.lead);
  return at < 0 ? undefined : { unit: units[at]!, units, at };
}

/**
 * Asked when a meeting was held (知事が…の創設を発表した記者会見はいつ): a line of the title of that meeting's record, which
 * names the kind of meeting and a date (知事定例記者会見（令和2年2月13日）), in a record that names the programme asked.
 */
function recordDated(q: AnswerQuery & { opening: (documentId: string) => string; units: (documentId: string) => readonly AnswerUnit[] }, c: ScoredCandidate): boolean {
  if (!c.openingKey.includes(c.unit.key)) return false;
  const kind = MEETING_ASKED.exec(normalizeText(q.question))?.[1];
  if (!kind || !q.opening(c.unit.documentId).includes(kind)) return false;
  return q.units(c.unit.documentId).some((u) => namesIn(q, u.key));
}

/** What makes a year the start of a span when it stands right after it: 平成28年度～, FY2017–, 2018年度から. */
const SPAN_FROM = /^\s*(?:[~～〜–—-]|から|より)/u;

/**
 * A sentence dated to other years than those asked (平成２９年度には…１，０６２件の応募 for 平成30年度の応募件数):
 * it names years, none asked, and spans none of them (平成28年度～平成32年度 spans 30; FY2017 の6件から
 * FY2021 の31件に gives two years' counts, and spans nothing).
 */
export function ofOtherYear(asked: readonly number[], sentence: string): boolean {
  if (asked.length === 0) return false;
  const text = normalizeText(sentence);
  const mentions = findYearMentions(text);
  const given = yearsOf(text, mentions);
  if (given.length === 0) return false;
  const spans = mentions.length >= 2 && mentions.slice(0, -1).some((m) => SPAN_FROM.test(text.slice(m.end)));
  const span = spans ? [Math.min(...given), Math.max(...given)] : undefined;
  return !asked.some((y) => given.includes(y) || (span !== undefined && span[0]! <= y && y <= span[1]!));
}

/** A count as a document states it: a number and what it counts (９課題, ４１件, １２地域). */
const COUNT_STATED = /(?<![0-9,])[0-9][0-9,]*\s*(?:件|課題|地域|拠点|社|名|人|大学|機関|エリア)/gu;

/** The count (a number and its noun, NFKC) as it stands in a match key with its commas dropped, not as part of a longer number. */
function countIn(count: string): RegExp {
  return new RegExp(`(?<![0-9,])${count}`, 'u');
}

/**
 * The text that dates a value: its sentence; where neither it nor its passage names a year, a line of
 * its document that states the same count with one (採択９課題のうち after 令和４年度に…９課題を採択し),
 * or else the fiscal year its document's title names (平成２８年度…の採択について: its counts are of that
 * year's call), not the day the document is dated (令和６年７月９日: minutes of a later meeting).
 */
function datedBy(c: ScoredCandidate, opening: string, units: readonly AnswerUnit[]): string {
  const dated = (text: string) => findYearMentions(normalizeText(text)).length > 0;
  if (dated(c.valueText) || dated(c.unit.text)) return c.valueText;
  const counts = [...normalizeText(c.valueText).matchAll(COUNT_STATED)].map((m) => countIn(m[0].replace(/[,\s]/gu, '')));
  const restated = counts.length === 0 ? undefined : units.find((u) => u !== c.unit && counts.some((n) => n.test(u.key.replace(/,/gu, ''))) && dated(u.text));
  if (restated) return restated.text;
  return titleFiscalYear(opening)?.raw ?? '';
}


/** The kinds of budget figure a question or a sentence may name: 当初 and 補正 budgets, requests. */
const BUDGET_KINDS: readonly RegExp[] = [/当初/u, /補正/u, /要求|要望|概算/u];

/** What was spent of a budget: 執行額, 決算額, 支出済額. */
const SPENT = /執行|決算|支出済|\b(?:spent|expenditure)\b/iu;

/** False when the question asks one kind of budget figure (当初予算) and the sentence gives only another (補正予算額). */
function sameBudgetKind(question: string, sentence: string): boolean {
  const asked = BUDGET_KINDS.filter((k) => k.test(question));
  const given = BUDGET_KINDS.filter((k) => k.test(sentence));
  // (an amount asked per site, per region, each: a total of several — 継続拠点への支援（11拠点） 1,140,000 — is no answer)
  if (PER_UNIT.test(question) && !PER_UNIT.test(sentence)) return false;
  return asked.length === 0 || given.length === 0 || asked.some((k) => given.includes(k));
}

/**
 * What was spent, 執行額・決算額, asked: stated as such (under its header or heading), not a grant or a budget; or
 * a budget of the kind the question asks as well, which its table's title may name (当初予算額と、実際に執行した額:
 * the 当初予算額 answers that part; a title 予算額・執行額 over a 当初予算 row makes it no spend).
 */
function spentAsSpent(question: string, where: string, heads: string): boolean {
  return !SPENT.test(question) || SPENT.test(where) || BUDGET_KINDS.some((k) => k.test(question) && k.test(where + heads));
}

/** The kinds of value stated of something: an amount, a count, a share. */
const VALUE_NEEDS: ReadonlySet<NeedKind> = new Set(['money', 'count', 'percent']);

/** A whole asked of a programme: its budget across the country (国全体の予算額, 事業全体). */
const WHOLE_ASKED = /国全体|全国|事業全体|全体の/u;
/** An amount granted to one recipient: a table of 交付額 to one hub, 交付決定額, 補助額. */
const GRANTED = /交付額|交付決定額|交付予定額|補助額|補助金額/u;

/** True when the question asks a programme's whole budget and the amount, read under its section's heading and its table's header, was granted to one. */
function grantedToOne(question: string, where: string): boolean {
  return WHOLE_ASKED.test(question) && GRANTED.test(where);
}

/** An amount of one of several: 拠点ごと, 1地域当たり, 1件あたり, per site, each. */
const PER_UNIT = /ごと|当たり|あたり|につき|\bper\b|\beach\b|[/／]\s*(?:拠点|地域|件|年)/iu;

/** The programmes the question names, with their phases and parents (a passage on 第Ⅰ期 is about 知的クラスター創成事業). */
export function relatedProgrammes(q: AnswerQuery, cat: Catalogue): Set<string> {
  const named = namedProgrammes(cat, q.question).map((p) => p.name);
  const out = new Set(named);
  for (const p of cat.programmes) {
    if (named.includes(p.name) && p.variant_of) out.add(p.variant_of);
    if (p.variant_of && named.includes(p.variant_of)) out.add(p.name);
  }
  return out;
}

/** The question's heaviest name-like term (katakana, Latin) that the documents use: the thing it is about. */
function focusOf(q: AnswerQuery, corpus: CorpusFacts): TermGroup | undefined {
  return q.groups
    .filter((g) => g.alts.some((a) => /^[\u30a0-\u30ffa-z0-9・\-]{3,}$/u.test(a) && corpus.df(a) > 0))
    .sort((a, b) => b.weight - a.weight)[0];
}

function holdsFocus(q: AnswerQuery & { focus?: TermGroup | undefined; opening: (documentId: string) => string }, c: ScoredCandidate): boolean {
  // (a document whose title names it is about it throughout: a slide's 選定　2020年7月14日; so is a section whose
  // heading names it: （２）くれ海事イノベーションコンソーシアム運営費補助金 over 実績 / 会員企業数　58社)
  return !q.focus || q.focus.alts.some((a) => termIn(a, whereStands(c)));
}

const GENERIC_EN = new Set(['program', 'programme', 'programs', 'initiative', 'project', 'plan', 'the', 'of', 'and', 'for', 'in', 'on']);

/**
 * A name shortened by leaving words out (半導体プログラム for 地域半導体人材・研究拠点形成プログラム):
 * its characters stand in the full name in order, its first two together, and it ends on the same kind.
 */
function shortFormOf(short: string, full: string): boolean {
  const kind = /(?:プログラム|事業|計画|制度)$/u.exec(short)?.[0];
  if (!kind || !full.endsWith(kind) || short.length < 5 || !full.includes(short.slice(0, 2))) return false;
  return writtenInOrder(short.slice(2), full, full.indexOf(short.slice(0, 2)) + 2);
}

/** Names in the question that the documents never mention: Latin words, programme-like names, English programme names. */
function unknownNames(q: AnswerQuery, corpus: CorpusFacts): string[] {
  const text = normalizeText(q.question);
  const unknown: string[] = [];
  const catalogueNames = corpus.catalogue.programmes.flatMap(programmeNames).map(looseKey);
  if (q.language === 'ja') {
    // (an abbreviation the documents spell out counts as known: METI → 経済産業省)
    const spelledOut = (w: string) => corpus.lexicon.expandAbbreviations(w.toLowerCase()).some((a) => a.expansions.some((x) => corpus.hasLoose(looseKey(x))));
    for (const w of text.match(/[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[A-Za-z]{4,}/gu) ?? []) if (!corpus.has(w.toLowerCase()) && !spelledOut(w)) unknown.push(w);
    // a programme-like name (…プログラム, …事業) the documents and the catalogue do not know
    for (const m of text.matchAll(/([^\s\p{Script=Hiragana}、。「」『』（）()・]{3,}(?:プログラム|事業|計画|制度))/gu)) {
      if (/第.{1,3}期|基本計画$/u.test(m[1]!)) continue; // plans are checked by ordinal
      // the kind of thing whose name is asked (…の産学連携プログラムは何ですか): a description, not a name
      if (/^(?:は|って)(?:何|なん|どれ)/u.test(text.slice(m.index + m[0].length))) continue;
      // (旧 — former — before a name the documents write without it: 旧拠点事業 for …拠点事業)
      const name = looseKey(m[1]!.replace(/^旧(?=\p{Script=Han})/u, ''));
      const head = name.slice(0, 4);
      if (!corpus.hasLoose(name) && !catalogueNames.some((n) => n.includes(head) || shortFormOf(name, n))) unknown.push(m[1]!);
    }
  } else {
    for (const m of text.matchAll(/((?:[A-Z][A-Za-z\-]*\s+){1,5}(?:Program|Programme|Initiative|Project))\b/gu)) {
      const phrase = m[1]!.toLowerCase().replace(/^the\s+/, '');
      if (catalogueNames.some((n) => n.includes(looseKey(phrase)))) continue;
      const words = phrase.split(/\s+/).filter((w) => !GENERIC_EN.has(w));
      // a word is known through the glossary, the documents, or the Japanese the reading gave it when a programme's name holds that (smart → スマート)
      const read = (w: string) => q.groups.some((g) => g.alts.includes(w) && g.alts.some((a) => a !== w && !/^[a-z]/u.test(a) && catalogueNames.some((n) => n.includes(looseKey(a)))));
      if (words.some((w) => !corpus.lexicon.inGlossary(w) && !corpus.has(w) && !read(w))) unknown.push(m[1]!.trim());
    }
  }
  return [...new Set(unknown)];
}

/** Year feature of a candidate whose passage (not itself) gives the year asked. */
const YEAR_NEARBY = 0.5;

const SUPERLATIVE = /最も|一番|いちばん|最高|最大|最多|\bmost\b|\bhighest\b|\bbest\b/iu;
/**
 * Whom money goes to (お金は誰に出る, 誰に交付される), whose it is (誰のお金で), or who pays for or runs something
 * (誰が負担する, 誰が出す, 誰が費用を持って回している): a body is the answer, not a person's name.
 */
export const BODY_ASKED = /(?:誰|だれ)に(?:対して)?[^、。？?]{0,4}(?:出る|出され|出て|交付|支給|補助|配分|支払|払われ|渡|入る)|(?:誰|だれ)の(?:お金|負担|費用|予算|財源|資金)|(?:誰|だれ)が[^、。？?]{0,10}(?:負担|出す|出し|賄|まかな|持つ|持って|払|運営|回し|回す)/u;
/** Whether a (normalised) question asks for a person: who, but not whom money goes to or who pays. */
const asksPerson = (text: string) => WHO.test(text) && !BODY_ASKED.test(text);
/** The most that may be given (最大いくら, 最高で何円, 最大…まで): a cap asked, not a ranking. */
const CAP_ASKED = /(?:最大|最高)\s*(?:で|は)?\s*(?:いくら|何|どれ|どのくらい|どれくらい)|(?:最大|最高)[^、。？?]{0,6}まで/u;
/** What a table's row ranked first gives of what is asked. */
const RANKED_NEEDS: ReadonlySet<NeedKind> = new Set(['money', 'count', 'time']);
/** A passage that ranks: a superlative, or a list in order (多い順に). */
const RANKS = new RegExp(`${SUPERLATIVE.source}|(?:多い|大きい|高い|少ない|小さい|低い)順`, 'iu');
/** A passage naming the ones that have the most (採択件数が多い分野は、…): the ranking asked, unless the least is asked. */
const NAMES_MOST = /(?:が|の)(?:多い|大きい|高い)[^、。]{0,8}?(?:は|として)[、，]/u;
const ASKS_LEAST = /少な|小さ|低い|最小|最少|最低|\bfewest\b|\bleast\b|\blowest\b|\bsmallest\b/iu;
/** A question ranking by grade (最高ランク, 評価がいちばん低い, top grade), not by something else among graded ones (Ａ評価の中でいちばん進捗が良い). */
const GRADED = /(?:最|一番|いちばん)[^、。]{0,4}(?:ランク|評価|グレード|点|成績)|(?:ランク|評価|グレード|点|成績)[^、。]{0,4}(?:最|一番|いちばん)|\b(?:top|best|highest|lowest|worst) (?:grades?|ranks?|ranking)\b|\b(?:grades?|ranks?|ranking)\b/iu;
const EXHAUSTIVE = new RegExp(`${AS_A_LIST.source}|${/全部(?!で)|全て|すべて|\blist (?:all|every)\b|\ball (?:the|of the)\b/u.source}`, 'iu');

/** What sets several things apart in one sentence: 、, ／, 及び. */
const ENUMERATION_BREAK = /[、,／/]|及び|および|並びに/u;
/** A sentence names at least this many of the kind asked to stand for a list of them. */
const MIN_NAMED_ALL = 2;

/**
 * Which sentences found name all the things a list question asks (no grade asked), one after another: of its kind
 * (札幌・江別地域（北海道）、鶴岡・酒田地域（山形県）…), as many as the question says if it says, about what is asked (its
 * words, the programme, the year). Undefined when the question asks no such list.
 */
function namingThemAll(q: AnswerQuery, corpus: CorpusFacts, t: AnswerThresholds): ((c: ScoredCandidate) => boolean) | undefined {
  const noun = listedNoun(q.question);
  if (!noun || askedGrade(q.question) !== undefined) return undefined;
  const forms = nounForms(noun, false).join('|');
  // (a question naming one of that kind asks something of that one: 東海広域地域のクラスター名)
  if (new RegExp(`[\\p{Script=Han}\\p{Script=Katakana}・]{2,}(?:${forms})(?![\\p{Script=Han}\\p{Script=Katakana}])`, 'u').test(normalizeText(q.question))) return undefined;
  const n = statedCount(q.question);
  // (each ends with the kind, its prefecture in brackets after it, and at most the end of the sentence: …地域（熊本県）である。;
  // a count, 本格型2拠点, names none)
  const ends = new RegExp(`(?:${forms})(?:\\([^)]*\\))?(?:である|です|でした|であった|など|等)?[。.]?$`, 'u');
  const named = (text: string) => normalizeText(text).split(ENUMERATION_BREAK).filter((p) => ends.test(p.trim()) && !/[0-9]/u.test(p)).length;
  return (c) => {
    const count = named(c.unit.text);
    if (count < MIN_NAMED_ALL || (n !== undefined && count !== n)) return false;
    const title = corpus.opening(c.unit.documentId);
    const years = new Set([...c.localYears, ...c.contextYears, ...findYearMentions(title).map((m) => m.year)]);
    return questionCoverage(q, whereStands(c)) >= t.anchorCoverage && (q.entities.length === 0 || namesAsked(q, c, title, t)) && q.years.every((y) => years.has(y));
  };
}

/** The names the documents give a kind of listed thing (エリア名 lists regions, ハブ拠点 hubs). */
const NOUN_FORMS: Record<string, string[]> = { 地域: ['地域', 'エリア', '地区'], 拠点: ['拠点', 'ハブ'] };
/** The names of a kind of listed thing in an evaluation's grade table: its hubs by their regions' names (盛岡・北上地域　Ｂ　Ｂ). */
const nounForms = (noun: string, graded: boolean): string[] => [...(NOUN_FORMS[noun] ?? [noun]), ...(graded && noun === '拠点' ? ['地域'] : [])];

/** Words saying that the listed were chosen (選ぶ, 採択, 決まる): what a list of them is, not what it must say. */
const SELECTION_VERB = /^(?:選ぶ|選ばれる|選定|選抜|採択|決まる|決定|認定|指定)$/u;

/** A table's header row: three or more short cells and no number (No.　代表機関　　連携自治体　　課題名). */
function isHeaderRow(text: string): boolean {
  const cells = normalizeText(text).split(/\s+/u).filter((c) => c !== '');
  return cells.length >= 3 && cells.every((c) => Array.from(c).length <= 8) && !/\d{2,}|[０-９]/u.test(text.replace(/^\s*No\.?/iu, ''));
}

/** A kind of a programme or of its projects the question names: 成果育成型, 可能性調査型, 本格型. */
const KIND = /[\p{Script=Han}\p{Script=Katakana}ー]{2,8}型/gu;

/** An entry that is a sentence, not a name. */
const SENTENCE_END = /。\s*$/u;

/** An entry that names a programme or a policy: it ends on what kind of measure it is, or dates one (（令和２年度～）). */
const PROGRAMME_ENTRY = /(?:制度|交付金|補助金|プログラム|事業|施策|計画)\s*(?:[（(][^）)]*[）)])?\s*$|[（(][^）)]*年度\s*[～〜~][^）)]*[）)]/u;

/**
 * Rows of one grade in a graded table that no list holds (each row followed by its comment line):
 * in the document of a passage about what was asked, the rows giving grades whose first cell names
 * the kind of thing asked (山形県地域　山形大学　Ａ), of the grade asked.
 */
function gradedRows(q: AnswerQuery, scored: readonly ScoredCandidate[], corpus: CorpusFacts, t: AnswerThresholds, grade: string, n: number | undefined): { c: ScoredCandidate; list: ListEvidence } | undefined {
  const noun = listedNoun(q.question) ?? '地域';
  const named = new RegExp(nounForms(noun, true).join('|'), 'u');
  const best = scored[0];
  for (const c of best ? scored.filter((x) => x.score >= best.score * t.nearBest) : []) {
    const title = corpus.opening(c.unit.documentId);
    if (q.entities.length > 0 && !namesAsked(q, c, title, t)) continue;
    if (questionCoverage(q, title + c.localKey + c.unit.key) < t.anchorCoverage) continue;
    const doc = corpus.units(c.unit.documentId);
    const gradeOf = askedRowGrade(doc, q.question);
    const rows = doc.filter((u) => rowGrade(u.text) !== undefined && named.test(u.text.split(/\s+/u)[0] ?? ''));
    const asked = rows.filter((u) => gradeOf(u) === grade);
    if (rows.length < 3 || asked.length === 0 || (n !== undefined && asked.length !== n)) continue;
    return { c, list: { items: asked, size: asked.length, years: [] } };
  }
  return undefined;
}

/** A passage about what was asked naming those of the grade asked under its label, on a line that labels every grade (Ｓ：つくば・土浦　　Ａ：札幌・江別、熊本・菊陽　…). */
function labelledOfGrade(q: AnswerQuery, c: ScoredCandidate, corpus: CorpusFacts, t: AnswerThresholds, grade: string, n: number | undefined): { c: ScoredCandidate; list: ListEvidence } | undefined {
  const names = gradeLabelledNames(c.unit.text).get(grade) ?? [];
  if (names.length === 0 || (n !== undefined && names.length !== n)) return undefined;
  const title = corpus.opening(c.unit.documentId);
  if (q.entities.length > 0 && !namesAsked(q, c, title, t)) return undefined;
  if (questionCoverage(q, title + c.localKey + c.unit.key) < t.anchorCoverage) return undefined;
  return { c, list: { items: [c.unit], size: names.length, years: [] } };
}

/**
 * The best sentence, when it covers the question and sets names of the kind asked apart by 、, as many as the question
 * says: before their count (…、函館、帯広・十勝の3エリアが), or after a label naming that kind (参画大学等　富山大学、…).
 */
function namesCounted(q: AnswerQuery, c: ScoredCandidate | undefined, forms: string, n: number | undefined, corpus: CorpusFacts, t: AnswerThresholds): { c: ScoredCandidate; list: ListEvidence; names: string[] } | undefined {
  const names = c && (namesBeforeCount(c.unit.text, forms) ?? labelledNames(c.unit.text, forms));
  if (!c || !names || (n !== undefined && names.length !== n)) return undefined;
  const title = corpus.opening(c.unit.documentId);
  if (q.entities.length > 0 && !namesAsked(q, c, title, t)) return undefined;
  if (questionCoverage(q, c.localKey + c.unit.key) < t.anchorCoverage) return undefined;
  return { c, list: { items: [c.unit], size: names.length, years: [] }, names };
}

/**
 * The best list that answers a which-question: one of the candidates (or a candidate whose
 * list heading covers the question) is an entry, lead or enumeration of a list about the
 * programme asked, of the year asked, with as many entries as the question says.
 */
export function askedList(q: AnswerQuery, scored: readonly ScoredCandidate[], corpus: CorpusFacts, t: AnswerThresholds): { c: ScoredCandidate; list: ListEvidence } | undefined {
  const n = statedCount(q.question);
  // (asked by how many, the word before the count says what is listed: テーマ of …実装拠点の実装テーマを３つ, not 拠点)
  const counted = COUNTED_THINGS.exec(normalizeText(q.question));
  const noun = listedNoun(counted ? counted[1]! : q.question);
  const grade = askedGrade(q.question);
  // a list of what was asked: its heading or most of its entries name that kind of thing (大学, 県, 拠点)
  // (in the heading as the thing listed — 採択地域一覧, 【採択拠点】, 代表機関, 大学名 but not 大学名誉教授 — not inside a programme's name)
  const forms = noun && `(?:${nounForms(noun, grade !== undefined).join('|')})`;
  const named = forms ? new RegExp(forms, 'u') : undefined;
  const bareNoun = forms ? new RegExp(`^${forms}$`, 'u') : undefined;
  const listedIn = forms ? new RegExp(`(?:採択|選定|実施|参加|対象|認定|代表|中核)${forms}|${forms}(?:一覧|名(?!誉)|リスト)`, 'u') : undefined;
  // the kinds it names (成果育成型, 可能性調査型): a list headed by one of them is of that kind
  const kinds = [...new Set(normalizeText(q.question).match(KIND) ?? [])].map(matchKey);
  // (names set apart in the best sentence, before their count or after a label: 札幌・江別、函館、帯広・十勝の3エリアが…)
  const asked = listedNouns(q.question).flatMap((k) => nounForms(k, false));
  const inSentence = grade === undefined && asked.length > 0 ? namesCounted(q, scored[0], asked.join('|'), n, corpus, t) : undefined;
  const passing: { c: ScoredCandidate; list: ListEvidence; first: boolean; heads: number; said: number }[] = [];
  // (a list of the selected is what 選ばれた, 採択された say: the verb need not stand with it)
  const selected = { ...q, groups: q.groups.filter((g) => !g.alts.some((a) => SELECTION_VERB.test(a))) };
  // how many of the question's words (and kinds it names, 国際競争力強化地域, not programmes) a heading says, beside the noun listed
  const words = [...selected.groups.map((g) => g.alts), ...q.entities.filter((names) => !names.some((n) => PROGRAMME_SUFFIX.test(n)))];
  const wordsSaid = (headKey: string) => words.filter((alts) => alts.some((a) => a.length >= 2 && !bareNoun?.test(a) && headKey.includes(a))).length;
  for (const c of scored) {
    const labelled = grade === undefined ? undefined : labelledOfGrade(q, c, corpus, t, grade, n);
    if (labelled) return labelled;
    const list = corpus.list(c.unit);
    if (!list || list.size < 2) continue;
    const headKey = [list.heading, list.lead].map((u) => u?.key ?? '').join('');
    // (the document's title says what all of it is about: …中間評価結果について（平成１４年度開始地域）)
    const title = corpus.opening(c.unit.documentId);
    const listText = title + headKey + c.localKey + list.items.map((u) => u.key).join('');
    if (Math.max(questionCoverage(q, listText), selected.groups.length === 0 ? 1 : questionCoverage(selected, listText)) < t.anchorCoverage) continue;
    // about the programme asked: named near the list, or in the title of its document (a press release on its selections)
    if (q.entities.length > 0 && !namesAsked(q, c, title, t)) continue;
    // (a table's header row may stand as its first entry: No.　代表機関　　連携自治体　　課題名)
    const header = list.items[0] && isHeaderRow(list.items[0].text) ? list.items[0].key : '';
    const listed = listedIn?.test(headKey + header) ?? false;
    if (named && !listed && list.items.filter((u) => named.test(u.key)).length * 2 < list.items.length) continue;
    // a list of steps or points (・平成１９年５月中を目途に…着手する。) names nothing: most of its entries are sentences
    // (unless an entry names several in brackets: ※…参加地域・・・「A」・「B」・「C」)
    const sentences = list.items.filter((u) => SENTENCE_END.test(u.text)).length;
    if (list.items.length > 1 && sentences * 2 > list.items.length && !list.items.some((u) => enumerated(u.text) >= 2)) continue;
    // a list of programmes (…制度, …交付金（平成N年度～）) is no list of places or bodies, whatever words they share
    if (noun && noun !== 'プロジェクト' && list.items.filter((u) => PROGRAMME_ENTRY.test(normalizeText(u.text))).length * 2 > list.items.length) continue;
    // the year asked must be the list's own (its heading, lead, entries or the document's title)
    const dated = list.items.map((u) => findYearMentions(u.text).map((m) => m.year));
    const years = new Set([...list.years, ...dated.flat()]);
    if (q.years.some((y) => !years.has(y))) continue;
    // (entries each dated to other years — 採択（令和５年８月） — are not of the year asked, whatever the title says)
    if (q.years.length > 0 && dated.every((ys) => ys.length > 0 && !q.years.some((y) => ys.includes(y)))) continue;
    // entries of one grade (Ｃ評価になった地域): a table whose rows give grades, and some that grade
    // (and in the tables of the same header under other sub-headings: ＜国際競争力強化地域＞ / ＜研究機能…＞)
    if (grade !== undefined) {
      const gradeOf = askedRowGrade(corpus.units(c.unit.documentId), q.question);
      const graded = list.items.filter((u) => gradeOf(u) === grade);
      const all = [list, ...corpus.alike(list)].flatMap((l) => l.items.filter((u) => gradeOf(u) === grade)).sort((a, b) => a.id - b.id);
      const rows = n === undefined || all.length === n ? all : graded;
      if (graded.length === 0 || (n !== undefined && rows.length !== n)) continue;
      // (a sub-heading names only part of rows gathered from several tables)
      return { c, list: { ...list, ...(rows.length > graded.length && { heading: undefined }), items: rows, size: rows.length } };
    }
    if (n !== undefined && list.size !== n) continue;
    passing.push({ c, list, first: listed || !noun, heads: kinds.filter((k) => headKey.includes(k)).length, said: wordsSaid(headKey) });
  }
  if (grade !== undefined) return gradedRows(q, scored, corpus, t, grade, n);
  // a list whose heading says in more words of the question what it lists comes first (継続審査地域 for
  // 継続審査扱いになった地域, not the 実施地域 above it); then one whose heading says it lists what was asked; then the one whose
  // heading names the kind asked (＜成果育成型＞ over ＜一般型＞ for 成果育成型に選ばれたのは); then rank
  // (each count is small: as one number, said before first before heads)
  const order = (x: (typeof passing)[number]) => x.said * 100 + (x.first ? 10 : 0) + Math.min(x.heads, 9);
  const best = passing.reduce<(typeof passing)[number] | undefined>((a, b) => (!a || order(b) > order(a) ? b : a), undefined);
  // (the sentence's names, unless a list found names them too: its entries say more, 浜松地域 for 浜松)
  const listing = (names: readonly string[]) => best !== undefined && names.filter((x) => best.list.items.some((u) => u.key.includes(matchKey(x)))).length * 2 >= names.length;
  if (inSentence && !listing(inSentence.names)) return { c: inSentence.c, list: inSentence.list };
  return best && { c: best.c, list: best.list };
}

/** What a question asks a number of (実装テーマを３つ挙げて): the words before the count. */
const COUNTED_THINGS = /([\p{Script=Han}\p{Script=Katakana}ー・]+)を\s*[0-9]+\s*(?:つ|点|個)/u;

/** A programme's name (a kind of region, 国際競争力強化地域, may head a list; a programme's name heads any list about it). */
const PROGRAMME_SUFFIX = /(?:事業|プログラム|計画|交付金|制度)$/u;

/** Kinds of statement a question asks for, and what one looks like. */
const STATEMENT_KINDS: { what: string; asked: RegExp; given: RegExp }[] = [
  // (根拠 as a word: 彦根拠点 is a place's hub)
  { what: 'a reason', asked: /なぜ|どうして|根拠(?!点)|\bwhy\b/iu, given: /ため|ので|理由|背景|によ[りる]|によって|から[、。]|踏まえ|根拠(?!点)|要因|原因|おそれ|because|due to/iu },
  { what: 'an English name', asked: /英語(?:の)?(?:名|名称|表記)|英文名|english (?:name|title)/iu, given: /[A-Za-z]{2,}(?:[\s-]+[A-Za-z]{2,}){2,}/u },
  { what: 'a political group', asked: /会派|党派|所属政党|どの党|\b(?:political party|which party|caucus)\b/iu, given: /会派|[^与野]党|クラブ|無所属|\bparty\b|\bcaucus\b/iu },
  {
    what: 'a web address',
    asked: /\burl\b|ＵＲＬ|(?:ウェブサイト|ホームページ|webサイト|web ?site|サイト)(?:の)?(?:アドレス|リンク|はどこ)|\b(?:web(?:site)?|internet) address\b|\bwhich (?:web ?site|page)\b/iu,
    given: /https?:\/\/|www\.|\.(?:go|ac|or|co|lg|ne)\.jp|[a-z0-9-]+\.(?:com|org|net|jp)\b/iu,
  },
];

/** A question when something took place, asked in the past (開催されましたか, 開かれたのは): not when it is planned. */
function pastTimeAsked(question: string): boolean {
  return /いつ|何月|何日|何年|when/iu.test(question) && /(?:され|開かれ|行われ|始まっ|開始し|実施し|開催し)(?:たの|ました|た)(?:か|のか|んですか|でしょうか)?[？?。]?$/u.test(question.trim()) && !/予定|見込|目指/u.test(question);
}

/** A yes/no question whether something came about: ends on a past outcome (移行できた, 支援が続いた, 発展型に採択された). */
const OUTCOME_ASKED = /(?:でき|続い|続け|達成し|実現し|移行し|始まっ|開催され|実施され|採択され|選ばれ|選定され|了承され|承認され|認められ|応募し|申請し|参加し|参画し)(?:た|ました)(?:ん(?:です|でしょう)?か|の(?:です|でしょう)?か?|か)?[？?。]?$/u;
/** The words a passage uses for an outcome whose verb has no kanji stem of its own to look for. */
const OUTCOME_WORDS: [string, string[]][] = [['続', ['続', '継続']], ['始まっ', ['始ま', '開始']], ['開催', ['開催']], ['実施', ['実施']], ['採択', ['採択']], ['選', ['選', '採択']]];
/** What a which-, when- or how-question asks with: not a yes/no question. */
const INTERROGATIVE = /いつ|どこ|何|誰|だれ|どなた|いくら|いくつ|どう|どの|どれ|どんな|なぜ/u;
/** A sentence that states a plan or an aim (予定, 目指す, 改めて審査を行う), not what came of it. */
const PLANNED = /予定|目指|見込|改めて|検討|見通し|確認を行う|を行う。?$|する。?$/u;

/** The words a passage telling the outcome asked would use (移行 for 移行できた, 続・継続 for 続いた); none when no such question. */
function outcomeAsked(question: string): string[] | undefined {
  const q = question.trim();
  const m = OUTCOME_ASKED.exec(q);
  if (!m || INTERROGATIVE.test(q)) return undefined;
  const known = OUTCOME_WORDS.find(([verb]) => m[0].startsWith(verb));
  if (known) return known[1];
  const stem = /([\p{Script=Han}]{2,})(?:でき|し)た[^\p{Script=Han}]*$/u.exec(q.slice(0, m.index + m[0].length));
  return stem ? [stem[1]!] : [];
}

/** A sentence stating something done (移行した, 達成した, 継続された), not planned. */
function statesOutcome(text: string): boolean {
  const t = normalizeText(text).trim();
  return /(?:た|ている|ておらず|ていない|なかった)[。]?$/u.test(t) && !PLANNED.test(t);
}

/** A place or body the question singles out (長崎大学, 川崎殿町拠点): a whole run of kanji or katakana ending in such a noun, outside the programmes it names. */
const ONE_OF = /(?<![\p{Script=Han}\p{Script=Katakana}ー・])([\p{Script=Han}\p{Script=Katakana}ー・]{2,8}?(?:大学|拠点|地区|地域|エリア|県|市))(?![\p{Script=Han}\p{Script=Katakana}ー・])/gu;
const GENERIC_PLACE = /年度|採択|発足|開始|実施|選定|参加|対象|終了|継続|新規|推進|^(?:各|全|本|同|当該|他|一部|全国)/u;
/** A grade asked of one of them (どの評価区分, 評価結果は). */
const GRADE_ASKED = /評価区分|評価(?:の)?結果|どの評価|評価は|何(?:の)?評価|どんな評価|どういう評価|総合(?:評価)?(?:は|で)?\s*何/u;
/** A grade stated: a letter S, A, B or C standing alone. */
const GRADE_GIVEN = /(?<![A-Za-z])[SABC](?![A-Za-z])/u;
/** The same in a match key (lower-cased). */
const GRADE_IN_KEY = new RegExp(GRADE_GIVEN.source, 'iu');

/**
 * The one place or body a question singles out, when it asks a person, a grade or a name of it: the
 * name without its kind (弘前大学拠点 → 弘前大学), so that a sentence naming it is found.
 */
function singledOut(q: AnswerQuery, catalogue: Catalogue): string | undefined {
  if (q.language !== 'ja') return undefined;
  const text = normalizeText(q.question);
  const names = q.entities.flat();
  const programmes = catalogue.programmes.map((p) => matchKey(p.name));
  // (or a place before の and its kind: 銚子の拠点)
  const ofPlace = [...text.matchAll(PLACE_OF)].filter((m) => m[0].includes('の') && !NOT_PLACE.test(m[1]!)).map((m) => m[1]! + m[0].slice(m[0].lastIndexOf('の') + 1));
  for (const found of [...[...text.matchAll(ONE_OF)].map((m) => m[1]!), ...ofPlace]) {
    const key = matchKey(found);
    if (names.some((n) => n.includes(key) || key.includes(n))) continue;
    const bare = key.replace(/(?:拠点|地区|地域|エリア)$/u, '');
    // (a programme's name said short, its word and its kind kept: リサイクル拠点 for リサイクル実証拠点事業)
    if (bare !== key && programmes.some((n) => shortens(n, bare, key.slice(bare.length)))) continue;
    // (a kind of region, not one: 28年度採択地域, 発足地域, 各地域)
    if (GENERIC_PLACE.test(bare)) continue;
    if (Array.from(bare).length >= 2) return bare;
  }
  return undefined;
}

/**
 * Whether `name` holds `word` and, later and not right after it, `kind`: a programme named short by its
 * word and its kind (リサイクル拠点 for …リサイクル技術実証拠点整備推進事業), not a place its name begins with.
 */
function shortens(name: string, word: string, kind: string): boolean {
  const at = name.indexOf(word);
  return at >= 0 && name.indexOf(kind, at + word.length) > at + word.length;
}

/**
 * A place asked of by name: before の (十勝の拠点, 諏訪・岡谷の拠点, 東濃地域の拠点) or with its kind (鶴岡エリアの),
 * the kind ending the word (not 地域科学技術振興).
 */
const PLACE_OF = /(?<![\p{Script=Han}\p{Script=Katakana}ー・])([\p{Script=Han}\p{Script=Katakana}ー・]{2,8}?)(?:(?:地域|エリア|地区)?の(?:拠点|地域|エリア|地区)|(?:拠点|地域|エリア|地区))(?![\p{Script=Han}\p{Script=Katakana}ー])/gu;
/** A prefecture whose programme is asked of (香川県の研究開発補助金): the name without 県. */
const PREFECTURE_OF = /(?<![\p{Script=Han}\p{Script=Katakana}ー・])(\p{Script=Han}{2,3})県の/gu;
/** What names a body or asks, not a place (文科省の地域, 何地域); a university's hub is one (秋田大学の拠点). */
const NOT_PLACE = /何|省|庁|府$|局|課|部|機構|財団|法人|協議会|委員会|以外$/u;

/** A place an English question singles out by name before the kind of place (the Muroran hub, the Tokachi area). */
const PLACE_OF_EN = /\b([A-Z][a-z]+)(?:-[A-Z][a-z]+)?\s+(?:hub|area|region|cluster|site)s?\b(?!\s+(?:initiative|program|programme|project|plan)\b)/giu;

/**
 * The place an English question asks of (an amount, a count, a person, a body), as the documents write it: the Japanese
 * its name was read as (muroran → 室蘭), where that name is no word of the glossary's (knowledge in the Knowledge Cluster is none).
 */
function placeAskedEn(q: AnswerQuery, corpus: CorpusFacts): string | undefined {
  for (const m of q.question.matchAll(PLACE_OF_EN)) {
    const word = m[1]!.toLowerCase();
    if (corpus.lexicon.inGlossary(word)) continue;
    const read = q.groups.find((g) => g.alts.includes(word))?.alts.find((a) => !/^[a-z]/u.test(a) && corpus.has(a));
    if (read) return read;
  }
  return undefined;
}

/**
 * The one place a question asks an amount or a count of (十勝の拠点の交付額, 東濃地域の参画企業数, 香川県の補助金の上限額): the
 * name without its kind, outside the programmes it names; undefined for a kind of place (各地域, 採択地域).
 */
function placeValued(q: AnswerQuery, corpus: CorpusFacts): string | undefined {
  if (!q.needs.some((n) => n.kind === 'money' || n.kind === 'count')) return undefined;
  if (q.language === 'en') return placeAskedEn(q, corpus);
  const text = normalizeText(q.question);
  const names = q.entities.flat();
  for (const m of [...text.matchAll(PLACE_OF), ...text.matchAll(PREFECTURE_OF)]) {
    const bare = matchKey(m[1]!);
    if (GENERIC_PLACE.test(bare) || NOT_PLACE.test(bare) || names.some((n) => n.includes(bare) || bare.includes(n))) continue;
    // (a name the documents never use — a nickname, a short form — cannot be looked for)
    if (corpus.has(bare)) return bare;
  }
  return undefined;
}

/**
 * Whether a key names a place (or one part of a joint one: 諏訪 of 諏訪・岡谷) other than as one entry of
 * a list of places (6拠点（十勝、庄内、…）).
 */
function namedAlone(place: string): (key: string) => boolean {
  const parts = place.split('・').filter((part) => Array.from(part).length >= 2);
  const at = new RegExp(`(?<![、，,])(?:${parts.map(escapeRegExp).join('|')})(?![、，,])`, 'u');
  return (key) => at.test(key);
}

/** Whether a match key gives a grade after the place's name, where the name stands as that place (京都地域, 京都：), not as the start of another (京都府). */
function gradedAfter(place: string): (key: string) => boolean {
  const at = new RegExp(`${escapeRegExp(place)}(?:地域|エリア|拠点|地区|(?![\\p{Script=Han}]))`, 'gu');
  return (key) => [...key.matchAll(at)].some((m) => GRADE_IN_KEY.test(key.slice(m.index)));
}

/** The name of one place or site asked (福井県の拠点の名前, 愛媛地域の拠点名): a line naming the place gives it. */
const NAME_ASKED = /名前|名称|拠点名|課題名/u;
const ANY = /./u;
/** The kind of thing whose name is asked (自立化構想の名前, 構想名): a line giving it names that kind. */
const NAMED_KIND = /(構想|プロジェクト|クラスター)(?:の)?(?:名前|名称|名)/u;

/** What a line must hold to give the name asked: the kind named (構想), else anything. */
function nameOfKind(text: string): RegExp {
  const kind = NAMED_KIND.exec(text)?.[1];
  return kind ? new RegExp(kind, 'u') : ANY;
}

/** The kinds of evaluation a programme goes through: a grade of one is not a grade of the other. */
const EVALUATION_KINDS: readonly RegExp[] = [/中間評価|\bmid-?term\b|\binterim\b/iu, /事後評価|終了評価|\bex-?post\b/iu, /事前評価/u];
/** A grade asked (S評価になった, 評価がA, どの評価区分). */
const GRADE_QUESTION = /評価区分|どの評価|(?<![A-Za-z])[SABC]評価|評価(?:が|で|は)[SABC](?![A-Za-z])/u;
/**
 * The result of an evaluation asked, as the last thing asked (…でどんな評価を受けましたか, 終了評価の結果はどうでしたか,
 * 何評価だった？, what grade did … get), which a grade answers; not a question that goes on to ask something else.
 */
const RESULT_ASKED = /(?:何評価|どんな評価|どういう評価|評価(?:の)?結果|結果|ランク[）)]?)(?:(?!いつ|誰)[^、。？?]){0,9}[？?。]?\s*$|\b(?:what|which) (?:grade|rating)\b/iu;

/**
 * A grade asked from one kind of evaluation (事後評価でS評価になったのは, 終了評価の結果はどう): some sentence
 * that gives a grade must stand in a document or a section of that kind, and be of the place the question
 * singles out (`one`) where it singles one out, else of the programme it names.
 */
function gradeOfKind(q: AnswerQuery, text: string, scored: readonly ScoredCandidate[], one: string | undefined): boolean {
  const kinds = EVALUATION_KINDS.filter((k) => k.test(text));
  if (kinds.length !== 1 || !(GRADE_QUESTION.test(text) || RESULT_ASKED.test(text))) return true;
  const kind = kinds[0]!;
  // (of the programme asked, where it names one: another programme's ex-post grades are not its own)
  return scored.some((c) => {
    if (!GRADE_GIVEN.test(c.valueText)) return false;
    const where = whereStands(c);
    return kind.test(where) && (one ? where.includes(one) : c.features.entity > 0 || namesIn(q, where));
  });
}

/** A programme named as another's successor or predecessor (後継事業「…」, 前身の…). */
const NAMED_AS_RELATIVE = /後継|前身/u;

/**
 * A programme asked about in an evaluation (…の事後評価の結果) that the documents name only as
 * another's successor or predecessor: they give its plan, not how it was evaluated.
 */
function evaluatedRelative(q: AnswerQuery, text: string, corpus: CorpusFacts): string | undefined {
  if (!EVALUATION_KINDS.some((k) => k.test(text)) || q.asks.includes('successor') || q.asks.includes('predecessor')) return undefined;
  for (const names of q.entities) {
    const seen = names.flatMap((n) => corpus.mentions(n).map((m) => m.key));
    if (seen.length > 0 && seen.every((m) => NAMED_AS_RELATIVE.test(m))) return names[0];
  }
  return undefined;
}

/** A candidate about what the question names: it names it nearby, or its document's title does. */
function namesAsked(q: AnswerQuery, c: ScoredCandidate, title: string, t: AnswerThresholds): boolean {
  return c.features.entity >= t.entityNearby || namesIn(q, title);
}

/** A sentence announcing a later round: 次回、第９回で…, 第５回は…開催予定, 第２回公募により６件程度を採択 (a request's plan). */
const NEXT_ROUND = /次回|予定|程度を?採択/u;

/** The first meeting of a body, named by its number: 第1回会合, 第１回の委員会. */
const FIRST_MEETING = /第\s*[1一]\s*回\s*の?\s*(?:会合|会議|委員会|部会|検討会|分科会)/u;

/**
 * A later round asked (第２回公募, ２回目の採択; with its year or not): some passage about what the
 * question names must name that round as held, or the documents give only another one.
 */
function roundMissing(q: AnswerQuery, scored: readonly ScoredCandidate[], corpus: CorpusFacts, t: AnswerThresholds): number | undefined {
  // (a first meeting named as such — 第1回会合 — must be named so too; a first call often is not)
  const round = q.rounds.find((n) => n >= 2) ?? (FIRST_MEETING.test(normalizeText(q.question)) ? 1 : undefined);
  if (round === undefined) return undefined;
  const about = (c: ScoredCandidate) => q.entities.length === 0 || namesAsked(q, c, corpus.opening(c.unit.documentId), t);
  // (a round only announced — 次回、第９回で議論する — has not been held)
  const held = (text: string) => normalizeText(text).split('。').filter((s) => !NEXT_ROUND.test(s)).join('。');
  return scored.some((c) => about(c) && roundsIn(normalizeText(corpus.opening(c.unit.documentId)) + held(c.unit.text)).includes(round)) ? undefined : round;
}

/** An organisation a person's name stands beside in a member list or a chair's bracket. */
const ORGANISATION = /大学|研究所|研究機構|機構|センター|財団|法人|株式会社|会社|協会|連合会|省|庁|公庫|銀行|病院|学院/u;
/** A body asked in English of one place (Which university led …), and what a line giving it names: an organisation. */
const BODY_OF_EN: [RegExp, RegExp][] = [
  [/\bwhich universit(?:y|ies)\b/iu, /大学|universit/iu],
  [/\bwhich (?:organi[sz]ation|institution|body|company|firm)s?\b/iu, new RegExp(`${ORGANISATION.source}|[（(]株[）)]|organi[sz]ation|institut|foundation|universit|compan`, 'iu')],
];

/** The person's name (spaces aside) with an organisation within the next few words. */
function affiliated(person: string, text: string): boolean {
  const flat = text.replace(/\s+/gu, '');
  for (let at = flat.indexOf(person); at >= 0; at = flat.indexOf(person, at + 1)) {
    // (the name opens a word: 岸 in 湾岸工業大学 is no 岸委員)
    if (at > 0 && /\p{Script=Han}/u.test(flat[at - 1]!)) continue;
    if (ORGANISATION.test(flat.slice(at + person.length, at + person.length + 24))) return true;
  }
  return false;
}

/** A person's name, for a who-question that names no role. */
const PERSON = new RegExp(PERSON_NAME, 'u');

/**
 * Near misses on what was planned and what kind of statement is asked, given the near candidates
 * and the place the question singles out (`one`): the reason to abstain, if any.
 * - whether a planned thing came about (結局…移行できたんですか): a passage of that place and year must say it did;
 * - a reason (なぜ), an English name or a web address must stand in a passage about it;
 * - when something took place (…は何月何日に開催されましたか): a passage must date it as done, not only as planned.
 */
function plannedOnly(q: AnswerQuery & { opening: (documentId: string) => string }, text: string, near: readonly ScoredCandidate[], one: string | undefined, t: AnswerThresholds): string | undefined {
  const covers = (c: ScoredCandidate) => c.features.coverage >= t.anchorCoverage;
  const ofIt = (c: ScoredCandidate) => !one || c.unit.key.includes(one);
  const outcome = outcomeAsked(text);
  // (of the year asked, when it names one: 令和５年度公募は…始まったの)
  const ofYear = (c: ScoredCandidate) => q.years.length === 0 || q.years.some((y) => c.unitYears.includes(y));
  // (of the programme asked, named in the sentence or in its document's title: another programme's 採択 is not its)
  const ofProgramme = (c: ScoredCandidate) => q.entities.length === 0 || namesAsked(q, c, q.opening(c.unit.documentId), { ...t, entityNearby: 1 });
  const tells = (c: ScoredCandidate) => outcome!.some((w) => c.unit.key.includes(w)) && ofIt(c) && ofYear(c) && ofProgramme(c) && statesOutcome(c.unit.text);
  if (outcome && !near.some((c) => covers(c) && tells(c))) return 'the documents say what was planned, not whether it came about';
  const kind = STATEMENT_KINDS.find((k) => k.asked.test(text));
  if (kind && !near.some((c) => covers(c) && ofIt(c) && kind.given.test(normalizeText(c.unit.text)))) return `no passage about what is asked gives ${kind.what}`;
  if (!pastTimeAsked(text)) return undefined;
  // (a day asked — 何月何日 — is given by a month, not by a fiscal year; the question's rarest word — シンポジウム — stands with it)
  const gives = (c: ScoredCandidate) => (/何月|何日/u.test(text) ? /[0-9０-９]+\s*月/u.test(c.valueText) : c.features.need === 1);
  const [rarest] = rarestGroups(q, 1);
  const ofThing = (c: ScoredCandidate) => !rarest || rarest.alts.some((a) => termIn(a, c.localKey + c.unit.key));
  const dated = near.filter((c) => gives(c) && ofThing(c) && covers(c) && sameRound(q, c));
  return dated.length > 0 && dated.every((c) => PLANNED.test(normalizeText(c.unit.text))) ? 'the documents date it only as planned' : undefined;
}

/**
 * The place or body a question singles out (南紀地域, 京都地域, 福井県の拠点) when no sentence about it gives
 * what is asked of it: a person, a grade or a name (or, asked in English, a university or another body: Which
 * university led the research at the Imabari hub). A grade may stand in a table row the passages
 * found do not reach (after the place's name, in any document), of the place itself (京都地域, not 京都府),
 * and must be of the programme and the kind of evaluation asked where the question names them (named
 * there or in the document's title): another programme's grade table, or a mid-term grade for an
 * ex-post one, is no answer.
 */
function askedOfOne(q: AnswerQuery, one: string | undefined, text: string, scored: readonly ScoredCandidate[], corpus: CorpusFacts, named: Need | undefined): string | undefined {
  // (a name's kind may stand in the header of its row's table: 地域名　構想　評価)
  const who = asksPerson(text);
  const nameAsked = !who && !GRADE_ASKED.test(text) && NAME_ASKED.test(text);
  const bodyEn = BODY_OF_EN.find(([asked]) => asked.test(text))?.[1];
  const attribute = who ? (named?.pattern ?? PERSON) : GRADE_ASKED.test(text) ? GRADE_GIVEN : nameAsked ? nameOfKind(text) : bodyEn;
  if (!one || !attribute) return undefined;
  const evaluation = EVALUATION_KINDS.filter((k) => k.test(text));
  const ofAsked = (key: string, documentId: string) =>
    (q.entities.length === 0 || namesIn(q, corpus.opening(documentId) + key)) &&
    (evaluation.length !== 1 || evaluation[0]!.test(corpus.opening(documentId) + key));
  const graded = gradedAfter(one);
  const gradedAnywhere = () => attribute === GRADE_GIVEN && corpus.mentions(one).some((m) => ofAsked(m.key, m.documentId) && graded(m.key));
  // (who said something of it: a sentence of a speaker's turn in minutes, whose label says who)
  // (who holds a role of it may be listed in a document about it alone, its opening naming it; its grade may be told in a
  // document whose title line names it: 宮城県…白書 / 本県の拠点は…総合Ａ)
  const titled = (documentId: string) => (who ? corpus.opening(documentId) : attribute === GRADE_GIVEN ? (corpus.units(documentId)[0]?.key ?? '') : '');
  // (a prefecture's or city's own document says 本県, 本市 for it: its opening names which)
  const own = (c: ScoredCandidate) => (SELF_PLACE.test(c.localKey + c.unit.key) ? corpus.opening(c.unit.documentId) : '');
  const where = (c: ScoredCandidate) => c.localKey + c.unit.key + titled(c.unit.documentId) + own(c);
  const gives = (c: ScoredCandidate) => where(c).includes(one) && (attribute.test(nameAsked ? c.localKey + c.valueText : c.valueText) || (who && saidInTurn(text, c, corpus))) && (attribute !== GRADE_GIVEN || ofAsked(c.contextKey + c.localKey + c.unit.key, c.unit.documentId));
  return scored.some(gives) || gradedAnywhere() ? undefined : one;
}

/** How a prefecture's or city's own document names it. */
const SELF_PLACE = /本県|当県|本市|当市/u;

/** Asked who said something (発言したのは誰), a sentence of a speaker's turn in minutes says it: the label that opens the turn names who (○堀委員：…。…加わりたい。). */
function saidInTurn(question: string, c: ScoredCandidate, corpus: CorpusFacts): boolean {
  return SAID.test(question) && inSpeakersTurn(c.unit, corpus.units(c.unit.documentId));
}

/** A body named in full before what is asked of it (長野県産学連携技術開発審査会の委員長): a run of kanji and katakana ending in its kind. */
const BODY_NAMED = /[\p{Script=Han}\p{Script=Katakana}ー・]{2,30}?(?:審査会|委員会|協議会|審議会|推進会議|部会|検討会|分科会)(?![\p{Script=Han}\p{Script=Katakana}])/u;

/** The body a question names, as its match key, without a leading prefecture or city (長野県…審査会 → 産学連携技術開発審査会): documents often leave that out. */
export function bodyAsked(text: string): string | undefined {
  const m = BODY_NAMED.exec(text);
  if (!m) return undefined;
  const key = matchKey(m[0]).replace(/^[\p{Script=Han}]{1,4}?[都道府県市町村](?=[\p{Script=Han}\p{Script=Katakana}]{4,})/u, '');
  return Array.from(key).length >= 5 ? key : undefined;
}

/** Whether to abstain, and why; `tableRanks` when a table found gives the most or least asked (superlative.ts). */
export function decideAbstention(q: AnswerQuery, scored: readonly ScoredCandidate[], facts: readonly FactPick[], corpus: CorpusFacts, t: AnswerThresholds = DEFAULT_THRESHOLDS, tableRanks = false): Abstention {
  const missingYears = q.years.filter((y) => !corpus.years.has(y));
  if (missingYears.length > 0) return { abstain: true, reason: `the documents mention no fiscal year ${missingYears.join(', ')}` };
  const plan = findPlanMentions(q.question, { bare: true }).find((m) => m.named || /^\s*科学技術/u.test(q.question.slice(m.end)));
  if (plan && !corpus.catalogue.plans.some((p) => p.ordinal === plan.ordinal)) return { abstain: true, reason: `the documents cover no ${plan.raw} basic plan` };
  const round = roundMissing(q, scored, corpus, t);
  if (round !== undefined) return { abstain: true, reason: `no passage about what is asked names round ${round}` };
  const unknown = unknownNames(q, corpus);
  if (unknown.length > 0) return { abstain: true, reason: `the documents never mention ${unknown.join(', ')}` };
  // (those turned down asked — 不採択になったのは — where the documents name only those chosen)
  if (REJECTED_ASKED.test(q.question) && !scored.some((c) => REJECTED_SAID.test(c.localKey + c.unit.key))) return { abstain: true, reason: 'the documents name those chosen, not those turned down' };
  const best = scored[0];
  if (!best) return { abstain: true, reason: 'no passage matches the question' };
  const near = scored.filter((c) => c.score >= best.score * t.nearBest);
  const text = normalizeText(q.question);
  // who: the best sentence, or one that names the role asked with a person beside it, covers the question
  const named = q.needs.find((n) => n.kind === 'person');
  // (with its document's title: minutes name the meeting once, at the top)
  const covers = (c: ScoredCandidate) => c.features.coverage >= t.personCoverage || questionCoverage(q, whereStands(c)) >= t.personCoverage;
  // (or, asked who said something, a sentence of a speaker's turn in minutes, which need not hold the word for saying it)
  const said = q.groups.filter((g) => !g.alts.some((a) => SPEECH_TERM.test(a)));
  const saysIt = (c: ScoredCandidate) => coverage(said, whereStands(c)) >= t.personCoverage;
  const namesPerson = (c: ScoredCandidate) => (named !== undefined && givesNeed(q, named, c) && covers(c)) || (saidInTurn(text, c, corpus) && saysIt(c));
  if (asksPerson(text) && best.features.coverage < t.personCoverage && !near.some(namesPerson)) return { abstain: true, reason: 'no sentence says who' };
  // a post's holder asked by name (知事の氏名, 室長は誰): a passage found must set a name beside that post, not one the question gives (後任の室長)
  const post = holderAsked(text);
  if (post && !scored.some((c) => holdersNamed(post, normalizeText(c.unit.text), text).length > 0)) return { abstain: true, reason: 'no passage names who holds the post asked' };
  // a role asked (委員長は誰): some passage found must name that role (主査 is no 委員長)
  const role = named && q.role;
  const programmes = relatedProgrammes(q, corpus.catalogue);
  if (role) {
    const naming = scored.filter((c) => role.test(c.valueText + c.localKey));
    if (naming.length === 0) return { abstain: true, reason: 'no passage names the role asked' };
    // (of the programme's body the question names: the role stands where that programme is named, in its line, the
    // lines it stands under or its document's title, or in a passage about that programme alone; not in another
    // programme's committee list)
    const ofProgramme = (c: ScoredCandidate) =>
      q.entities.length === 0 || namesIn(q, whereStands(c)) || (c.contextNames.length > 0 && c.contextNames.every((n) => programmes.has(n)));
    if (!naming.some(ofProgramme)) return { abstain: true, reason: 'no passage about the programme asked names the role asked' };
    // (of a body the question names, 産学連携技術開発審査会の委員長: where that body is named, not in another's list of those present)
    const body = bodyAsked(text);
    if (body && corpus.has(body) && !naming.some((c) => whereStands(c).includes(body))) {
      return { abstain: true, reason: `no passage about ${body} names the role asked` };
    }
  }
  // a person or a grade of one place or body (弘前大学拠点のリーダー, 長崎大学の評価区分): a sentence naming it must give one
  // (in English, the place as its romanised name was read: the Imabari hub → 今治)
  const one = q.language === 'en' ? placeAskedEn(q, corpus) : singledOut(q, corpus.catalogue);
  const unsaid = askedOfOne(q, one, text, scored, corpus, named);
  if (unsaid) return { abstain: true, reason: `no sentence about ${unsaid} gives what is asked of it` };
  // where a named person works (鳴海主査の所属): a passage must give the name with an organisation beside it
  const person = affiliationAsked(q.question);
  if (person && !scored.some((c) => affiliated(person, normalizeText(c.unit.text)))) return { abstain: true, reason: `no passage gives where ${person} works` };
  const relative = evaluatedRelative(q, text, corpus);
  if (relative) return { abstain: true, reason: `the documents name ${relative} only as another programme's successor or predecessor, not as evaluated` };
  if (!gradeOfKind(q, text, scored, one)) return { abstain: true, reason: 'no sentence gives a grade from the evaluation asked about' };
  // (the best or worst grade — 最高ランク, 一番下の評価 — is ranked by the grades themselves)
  const mostAsked = !ASKS_LEAST.test(text);
  const byGrade = GRADED.test(text) || GRADE_NAMED.test(text);
  const ranked = (c: ScoredCandidate) => {
    const said = normalizeText(c.unit.text);
    return RANKS.test(said) || (mostAsked && NAMES_MOST.test(said)) || (byGrade && GRADE_GIVEN.test(said));
  };
  if (SUPERLATIVE.test(text) && !CAP_ASKED.test(text) && !tableRanks && !near.some(ranked)) return { abstain: true, reason: 'the documents rank nothing this way' };
  const opened = { ...q, opening: (id: string) => corpus.opening(id), units: (id: string) => corpus.units(id) };
  const planned = plannedOnly(opened, text, near, one, t);
  if (planned) return { abstain: true, reason: planned };
  if (EXHAUSTIVE.test(text) && !q.asks.some((a) => LIST_ASKS.has(a)) && !near.some((c) => c.features.entity === 1 && c.features.coverage >= t.listCoverage)) return { abstain: true, reason: 'the documents give no complete list' };
  // a thing the documents name, asked about in words they never use near it (採用条件, 給与水準)
  const focus = q.language === 'ja' ? focusOf(q, corpus) : undefined;
  const naming = focus ? scored.filter((c) => focus.alts.some((a) => termIn(a, c.localKey + c.unit.key))).map((c) => c.localKey + c.unit.key) : [];
  if (asksUnmentioned(q, focus, corpus, naming, t.absentAspect)) return { abstain: true, reason: `the documents say nothing of what is asked about ${focus!.alts[0]}` };
  const head = unmentionedHead(q, corpus);
  if (head) return { abstain: true, reason: `the documents never mention ${head}, what is asked` };
  if (facts.length > 0) return { abstain: false };
  // which regions, universities, projects: a list of them (of the year and size asked) must stand in the documents
  // (or, where no list stands, a sentence that names them all: 札幌・江別地域（北海道）、…及び熊本・菊陽地域（熊本県）である)
  if (q.asks.some((a) => LIST_ASKS.has(a)) && !askedList(q, scored, corpus, t)) {
    const themAll = namingThemAll(q, corpus, t);
    if (!themAll || !near.some(themAll)) return { abstain: true, reason: 'the documents give no list of what was asked' };
  }
  // every kind of value asked for must stand in a sentence about what was asked
  const fq = { ...opened, focus, programmes };
  // (an amount or a count of one place is given, by some passage found, where that place is named: in its
  // line, the lines it stands under or its document's title; another place's table is no answer)
  const place = placeValued(q, corpus);
  const ofPlace = place === undefined ? undefined : namedAlone(place);
  // (an amount, a count or a share of what the question asks it of: 販売価格 is not given by a 交付決定額, where
  // the passage, the headings and the table's header it stands under hold no word of 販売)
  const asked = q.needs.some((n) => VALUE_NEEDS.has(n.kind)) ? valueAskedOf(q, corpus) : [];
  const ofAsked = (n: Need, c: ScoredCandidate) => !VALUE_NEEDS.has(n.kind) || asked.length === 0 || asked.some((w) => termIn(w, c.contextKey + whereStands(c) + tableHeads(fq, c)));
  const anchors = (n: Need) => (c: ScoredCandidate) => givesNeed(q, n, c) && anchored(fq, c, n.kind, t);
  const gives = (n: Need) => (c: ScoredCandidate) => anchors(n)(c) && ofAsked(n, c);
  const given = (n: Need) =>
    ofPlace !== undefined && (n.kind === 'money' || n.kind === 'count') ? near.some(gives(n)) && scored.some((c) => ofPlace(whereStands(c)) && anchors(n)(c)) : near.some(gives(n));
  // (a table's row ranked first gives the amount or count it is ranked by, and the year it is of)
  const hard = q.needs.filter((n) => !SOFT_NEEDS.has(n.kind) && !(tableRanks && RANKED_NEEDS.has(n.kind)));
  const missing = hard.filter((n) => !given(n));
  // (a question asking several kinds of value, some of them given — 当初予算額と執行額, 何年度から始まって累計何人 —
  // is answered with what is given and says what is not)
  const partly = missing.length > 0 && missing.length < hard.length ? missing.map((n) => n.kind) : [];
  if (missing.length > 0 && partly.length === 0) {
    return { abstain: true, reason: `no sentence about ${q.entities.length > 0 ? 'the programme asked about' : 'what was asked'} gives the ${missing.map((n) => n.kind).join(' or ')} asked for` };
  }
  // a question about a named programme, answered only by passages about other programmes
  const top = near.slice(0, 3);
  if (q.entities.length > 0 && fq.programmes.size > 0 && top.every((c) => !namesAsked(q, c, corpus.opening(c.unit.documentId), t) && c.contextNames.length > 0 && !c.contextNames.some((n) => fq.programmes.has(n)))) {
    return { abstain: true, reason: 'the passages found are about other programmes than the one asked about' };
  }
  return partly.length > 0 ? { abstain: false, unsaid: partly } : { abstain: false };
}
