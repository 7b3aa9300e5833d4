// Composes short, cited answers over an opened index: reads the question, takes the catalogue's
// cited facts when it asks for a programme's amount, count or period, scores the sentences of
// the best passages, abstains when the evidence is weak, and renders the answer. Extractive,
// offline and deterministic: every sentence is text that stands at the lines it cites.
import { findYearMentions, yearsOf } from '../era.js';
import { unsaidLabel } from '../catalogue/labels.js';
import { namedProgrammes } from '../catalogue/query.js';
import { writtenInEnglish } from '../query.js';
import { isDateLine } from '../text/title.js';
import { citeLines, documentById, type Engine } from '../engine.js';
import type { RetrievalMode } from '../retrieve.js';
import type { Chunk } from '../schemas.js';
import { escapeRegExp, normalizeText } from '../text/normalize.js';
import { aboutFound, BACK_REFERENCE, joinAnswers, rowNames, splitQuestion, VALUE_ASKED } from './compound.js';
import { conflicting } from './conflicts.js';
import { askedList, bodyAsked, decideAbstention, looseKey, relatedProgrammes, type Abstention, type CorpusFacts } from './abstain.js';
import { planWithPeriod, yearAsWritten } from './catalogue-asks.js';
import { catalogueFacts, type FactPick, type PickedValue } from './catalogue-facts.js';
import { DEFAULT_EVIDENCE_WEIGHTS, givesLegend, markedAs, namesOther, questionCoverage, scoreCandidates, whereStands, type Candidate, type EvidenceWeights, type ScoredCandidate } from './evidence.js';
import { ASKED_BY, LIST_ASKS, START_YEAR, startsOther } from './intent.js';
import { readQuestion, SOFT_NEEDS, WHO, type AnswerQuery, type Need, type NeedKind } from './question.js';
import { missingParts } from './parts.js';
import { renderAnswer, type Draft } from './render.js';
import { rankedRow, rankedThen, rankingAsked, type FoundPassage } from './superlative.js';
import { DEFAULT_THRESHOLDS, type AnswerThresholds } from './thresholds.js';
import type { Answer, NearestPassage } from './schema.js';
import { askedGrade, legendHolder, listAt, listLines, rowsPicked, type ListEvidence } from './lists.js';
import { TOTAL_ROW } from './tables.js';
import { askerOf, citeUnit, documentUnits, faqAnswer, isHeading, ITEM_START, matchKey, refersBackTo, replyTo, speakerOf, type AnswerUnit } from './units.js';

export interface AnswerOptions {
  /** How many nearest passages to return (1–20, default 5). */
  k?: number;
  /** Retrieval mode (for ablations). */
  mode?: RetrievalMode;
}

export interface AnswererOptions {
  /** Use the catalogue's facts (default true; false for ablations). */
  catalogue?: boolean;
  weights?: EvidenceWeights;
  selection?: Partial<Selection>;
  thresholds?: Partial<AnswerThresholds>;
}

/** How many passages the sentences are drawn from, how many are kept, and how close to the best each must score. */
export interface Selection {
  passages: number;
  sentences: number;
  ratio: number;
  /** Weight of new coverage when adding a sentence (answers the other parts of a question). */
  gain: number;
}
export const DEFAULT_SELECTION: Selection = { passages: 10, sentences: 4, ratio: 0.75, gain: 1 };

/** How many units open a document with its title (a date, the issuer, the title). */
const TITLE_UNITS = 3;

/** Asked when what a document is about was made public or sent (結果が公表されたのはいつ, いつ通知された). */
const ISSUED_ASKED = /(?:公表|発表|公開|通知|発出|発行|公布|告示)(?:され|し)(?:た|ました)(?:の|ん)?(?:は|って)?\s*いつ|いつ\s*(?:に)?(?:公表|発表|公開|通知|発出|発行|公布|告示)|\bwhen\b.*\b(?:published|announced|released|issued)\b/iu;
/** The words that ask it, which the document's title lines need not hold. */
const ISSUE_WORDS = /^(?:公表|発表|公開|通知|発出|発行|公布|告示|published|announced|released|issued)$/u;

/** One place a question singles out by name before a particle (奈良県北部エリアは, 長野県全域の). */
const PLACE_ASKED = /(?<![\p{Script=Han}\p{Script=Katakana}ー・])([\p{Script=Han}\p{Script=Katakana}ー・]{2,12}?(?:地域|エリア|拠点|全域|地区)|(?:株式会社|有限会社)[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}|[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}?(?:株式会社|有限会社))(?:は|の|で|が|って)/gu;
/** In how many passages a place may stand for its name to single it out. */
const PLACE_MENTIONS = 5;
/** How many lines below a place's entry its labelled fields may stand (中核機関：…, クラスター構想：…). */
const FIELD_REACH = 4;
/** How many lines above a marked entry (◎　木　下) its list's legend (◎は委員長) may stand. */
const LEGEND_REACH = 8;

/** A sum asked: 合計は, 合わせていくら, 総額, in total. */
const SUM_ASKED = /合計|合わせて|総額|全部で|\b(?:in total|altogether|combined)\b/iu;
/** A question asking which member or official said something (どの委員, 発言したのは). */
const SAID_BY = /どの(?:委員|議員|方|人)|誰が|発言|\bwhich (?:member|official)\b/iu;

/** A ranking asked is looked for in the tables of this many passages found, best first. */
const RANKED_PASSAGES = 5;
/** Catalogue fields that answer what is asked whole: a passage after them must state the same value. */
const ASK_FIELDS = new Set(['start', 'end', 'plan', 'regions', 'successor', 'predecessor', 'runner']);

/**
 * The candidates that may follow catalogue facts: after facts for what was asked (a start year, a
 * successor) only a sentence that states one of their values again, with no other year; a list is
 * never padded.
 */
function afterFacts(q: AnswerQuery, scored: readonly ScoredCandidate[], facts: readonly FactPick[]): readonly ScoredCandidate[] {
  // a question that also asks an amount or a count the facts do not give keeps its passages
  const open = q.needs.some((n) => n.kind !== 'time' && !SOFT_NEEDS.has(n.kind));
  if (facts.length === 0 || open || !facts.every((f) => ASK_FIELDS.has(f.field))) return scored;
  if (facts.some((f) => f.list)) return [];
  const values = facts.flatMap((f) => f.values.map((v) => v.display));
  const years = new Set(values.flatMap((v) => findYearMentions(v).map((m) => m.year)));
  return scored.filter((c) => {
    const own = findYearMentions(c.unit.text).map((m) => m.year);
    if (years.size > 0) return own.length > 0 && own.every((y) => years.has(y));
    return values.some((v) => c.unit.key.includes(matchKey(v)));
  });
}

/** The kind of value each catalogue field gives. */
function fieldGives(field: string, kind: Need['kind']): boolean {
  if (kind === 'time') return /^(?:start|end|period|duration|plan)\b/u.test(field);
  if (kind === 'count') return field.startsWith('count');
  if (kind === 'money') return field.startsWith('money');
  return kind === 'organisation' && field === 'runner';
}

/** What the catalogue facts leave unanswered of the question: its needs none of them gives; none when they give all. */
function uncovered(q: AnswerQuery, facts: readonly FactPick[]): AnswerQuery | undefined {
  if (facts.length === 0) return undefined;
  const needs = q.needs.filter((n) => !SOFT_NEEDS.has(n.kind) && !facts.some((f) => fieldGives(f.field, n.kind)));
  return needs.length === 0 || needs.length === q.needs.length ? undefined : { ...q, needs };
}

/** How many of the places a first part found a second part is asked of. */
const MAX_FOUND = 3;

/** The candidates that name a place or stand under what names it (the rows of the other places in its table are no answer about it). */
function naming(scored: readonly ScoredCandidate[], key: string): ScoredCandidate[] {
  return scored.filter((c) => (c.localKey + c.unit.key).includes(key));
}

/** The units that name a place, with the table header or heading they stand under (a list comes whole for a question about one of its entries). */
function entriesNaming(units: readonly AnswerUnit[], key: string): AnswerUnit[] {
  const named = units.filter((u) => u.key.includes(key));
  return units.filter((u) => named.includes(u) || named.some((o) => o.lead === u.id || o.heading === u.id));
}

/** How an answer names the kinds of value asked that no passage gives; none the sentences shown do give. */
function unsaidLabels(q: AnswerQuery, kinds: readonly NeedKind[], passages: readonly AnswerUnit[]): string[] {
  if (kinds.length === 0) return [];
  const shown = passages.map((u) => normalizeText(u.text)).join('\n');
  return kinds.filter((kind) => !q.needs.some((n) => n.kind === kind && n.pattern.test(shown))).flatMap((kind) => unsaidLabel(kind, q.language === 'en') ?? []);
}

/** Answers questions over one engine. Built once per engine; afterwards it only caches term frequencies. */
export class Answerer {
  readonly units: AnswerUnit[];
  private readonly unitsByDocument = new Map<string, AnswerUnit[]>();
  /** The list each unit belongs to, read on first use. */
  private readonly lists = new Map<number, ListEvidence | undefined>();
  /** The entries of each list, by the id of its lead unit. */
  private readonly itemsByLead = new Map<number, AnswerUnit[]>();
  private readonly unitYears: number[][];
  /** Years and match keys of the lines just before each unit (a slide's date, a table's header). */
  private readonly nearYears: number[][];
  private readonly nearKeys: string[];
  private readonly corpusYears = new Set<number>();
  private readonly df = new Map<string, number>();
  private readonly weights: EvidenceWeights;
  private readonly useCatalogue: boolean;
  private readonly selection: Selection;
  readonly thresholds: AnswerThresholds;
  /** The one a table ranked first, of each answer that states one. */
  private readonly rankedNames = new WeakMap<Answer, string>();

  constructor(
    readonly engine: Engine,
    options: AnswererOptions = {},
  ) {
    this.weights = options.weights ?? DEFAULT_EVIDENCE_WEIGHTS;
    this.useCatalogue = options.catalogue ?? true;
    this.selection = { ...DEFAULT_SELECTION, ...options.selection };
    this.thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
    const { nearLines, nearAfter } = this.thresholds;
    this.units = [];
    let block = 0;
    for (const doc of engine.documents) {
      const units = documentUnits(doc, this.units.length, block);
      this.units.push(...units);
      this.unitsByDocument.set(doc.meta.id, units);
      block = units.length === 0 ? block : units[units.length - 1]!.block + 1;
    }
    for (const u of this.units) if (u.lead !== undefined) this.itemsByLead.set(u.lead, [...(this.itemsByLead.get(u.lead) ?? []), u]);
    this.unitYears = this.units.map((u) => yearsOf(u.text));
    for (const ys of this.unitYears) for (const y of ys) this.corpusYears.add(y);
    const near = (u: AnswerUnit) => (this.unitsByDocument.get(u.documentId) ?? []).filter((o) => o.line_start >= u.line_start - nearLines && o.line_start <= u.line_end + nearAfter);
    this.nearYears = this.units.map((u) => [...new Set(near(u).flatMap((o) => this.unitYears[o.id]!))]);
    this.nearKeys = this.units.map((u) => near(u).map((o) => o.key).join(''));
    const loose = engine.documents.map((d) => looseKey(d.lines.join('')));
    // each document's title lines, read on every question (what a document is about)
    const openings = new Map([...this.unitsByDocument].map(([id, units]) => [id, units.slice(0, TITLE_UNITS).map((u) => u.key).join('')]));
    this.corpus = {
      years: this.corpusYears,
      has: (key) => this.documentFrequency(key) > 0,
      hasLoose: (key) => loose.some((t) => t.includes(key)),
      df: (term) => this.documentFrequency(term),
      catalogue: engine.catalogue,
      lexicon: engine.lexicon,
      list: (unit) => this.listOf(unit),
      units: (id) => this.unitsByDocument.get(id) ?? [],
      alike: (list) => this.tablesAlike(list),
      morphemes: (text) => this.engine.retriever.analyze(text).terms,
      mentions: (key) =>
        this.units
          .filter((u) => u.key.includes(key))
          .map((u) => {
            const prev = this.units[u.id - 1];
            const before = prev && prev.documentId === u.documentId && u.line_start - prev.line_end <= 3 ? prev.key : '';
            return { key: (u.lead === undefined ? '' : this.units[u.lead]!.key) + (u.heading === undefined ? '' : this.units[u.heading]!.key) + before + u.key, documentId: u.documentId };
          }),
      opening: (id) => openings.get(id) ?? '',
    };
  }

  /** In how many units a term stands (substring match), cached. */
  private documentFrequency(term: string): number {
    let df = this.df.get(term);
    if (df === undefined) {
      df = this.units.reduce((a, u) => a + (u.key.includes(term) ? 1 : 0), 0);
      this.df.set(term, df);
    }
    return df;
  }

  /** Rarity of a term among the units, ln(1 + N / (df + 1)). */
  termWeight = (term: string): number => Math.log(1 + this.units.length / (this.documentFrequency(term) + 1));

  /** What abstention needs to know about the corpus as a whole. */
  readonly corpus: CorpusFacts;

  /** Reads a question against this engine's lexicon. */
  read(question: string): AnswerQuery {
    return readQuestion(question, this.engine.retriever.analyze(question), this.engine.lexicon, this.termWeight);
  }

  /** The sentences of the best passages for a question, scored, best first; and the passages. */
  async evidence(q: AnswerQuery, mode?: RetrievalMode): Promise<{ scored: ScoredCandidate[]; hits: { chunk: Chunk; rank: number }[] }> {
    const hits = (await this.engine.retriever.search(q.question, { k: this.selection.passages, passage: 0, ...(mode && { mode }) })).map((h, i) => ({ chunk: h.chunk, rank: i + 1 }));
    const byUnit = new Map<number, Candidate>();
    // which regions, which universities: the lists anywhere in the documents found, which often
    // stand far below the paragraph that announces them
    const asksList = q.asks.some((a) => LIST_ASKS.has(a));
    const passages = asksList ? [...hits, ...this.listPassages(hits)] : hits;
    for (const { chunk, rank } of passages) {
      const contextKey = matchKey(`${chunk.heading}\n${chunk.text}`);
      const contextYears = [...new Set(findYearMentions(`${chunk.heading}\n${chunk.text}`).map((m) => m.year))];
      for (const unit of this.unitsByDocument.get(chunk.document_id) ?? []) {
        if (unit.line_end < chunk.line_start || unit.line_start > chunk.line_end || byUnit.has(unit.id)) continue;
        const leadKey = unit.lead === undefined ? '' : this.units[unit.lead]!.key;
        const heading = unit.heading === undefined ? undefined : this.units[unit.heading]!;
        const prev = this.units[unit.id - 1];
        // (the line before a table row is another row, not what the row continues)
        const continues = prev !== undefined && prev.documentId === unit.documentId && unit.line_start - prev.line_end <= 3 && unit.table !== 'row';
        // (what it continues stands under a heading of their block: ＜問い合わせ先＞ over 〇〇室 / 室長　北川　直樹)
        const above = continues && prev.heading !== undefined && prev.block === unit.block && unit.heading === undefined ? this.units[prev.heading]!.key : '';
        const localKey = leadKey + (heading?.key ?? '') + (continues ? above + prev.key : '');
        const ownYears = this.unitYears[unit.id]!;
        byUnit.set(unit.id, {
          unit,
          rank,
          contextKey: contextKey + this.nearKeys[unit.id]!,
          leadKey,
          openingKey: this.corpus.opening(unit.documentId),
          sectionKey: matchKey(chunk.heading),
          localKey,
          // a value under its field heading (■開始 / 平成27年度) is read with it
          valueText: normalizeText(heading ? `${heading.text} ${unit.text}` : unit.text),
          unitYears: ownYears,
          // the years it is of: its own (or, naming none, those of the sentence it goes on from; an item of a list goes on
          // from none), its list heading's and its section heading's
          localYears: [...new Set([...(ownYears.length === 0 && continues && !ITEM_START.test(unit.text.trim()) ? this.unitYears[prev.id]! : ownYears), ...(unit.lead === undefined ? [] : this.unitYears[unit.lead]!), ...(unit.heading === undefined ? [] : this.unitYears[unit.heading]!)])],
          // a table row is of the years its header names (令和５年度当初予算額)
          contextYears: [...new Set([...contextYears, ...this.nearYears[unit.id]!, ...(unit.lead === undefined ? [] : this.unitYears[unit.lead]!)])],
          contextNames: this.namesNear(chunk, unit),
        });
      }
    }
    return { scored: scoreCandidates(q, [...byUnit.values()], this.weights), hits };
  }

  /**
   * Answers a question from the documents, or abstains. A question that asks several things is
   * answered part by part (see compound.ts); when no part is answered, as a whole.
   */
  async answer(asked: string, options: AnswerOptions = {}): Promise<Answer> {
    // a grade asked by its rank (最低ランク) is the letter the evaluation found gives it (Ｃ評価)
    const question = await this.engine.retriever.nameGrade(asked, options.mode && { mode: options.mode });
    // which has the most or the least, then something of it (…一番少なかった地域は、中間評価でどうなった？): asked of the one ranked first
    const ranked = await this.answerRanked(question, options);
    if (ranked) return ranked;
    const read = this.read(question);
    const parts = splitQuestion(question, read.language, (part) => this.read(part).entities.length > 0);
    if (parts.length < 2) return this.answerOne(question, options, read);
    // (a ranking asked with what else is asked of the one ranked first: 一番多かったのは何年度で、いくら — the row a table ranks first gives both)
    if (parts.every((p) => rankingAsked(p) !== undefined)) {
      const whole = await this.answerOne(question, options, read);
      if (whole.sentences.some((s) => s.from === 'comparison')) return whole;
    }
    const answers = await this.answerParts(parts, options);
    return answers.some((a) => a.status === 'answered') ? joinAnswers(question, answers) : this.answerOne(question, options, read);
  }

  /**
   * A question asking which has the most or least and then something of it: the first part's table ranks one
   * (rankedRow), and the rest is asked of that one. Undefined when the question is not so, or no table ranks one.
   */
  private async answerRanked(question: string, options: AnswerOptions): Promise<Answer | undefined> {
    const split = rankedThen(question);
    if (!split) return undefined;
    const [which, then] = split;
    const first = await this.answerOne(which, options);
    const name = this.rankedNames.get(first);
    if (name === undefined) return undefined;
    return joinAnswers(question, [first, await this.answerOne(aboutFound(then, name, this.namedAs(which)), options, undefined, name)]);
  }

  /**
   * Each part's answer. A part that asks of what the first part found (その拠点の連携機関; or, after a
   * first part asking which got a grade, one that names no place of its own: 「…Ｂだった地域はどこで、
   * 中核の大学はどこ？」) is asked of each place found.
   */
  private async answerParts(parts: readonly string[], options: AnswerOptions): Promise<Answer[]> {
    const [first] = parts as [string, ...string[]];
    const grade = askedGrade(first);
    const answers = [await this.answerOne(first, options)];
    for (const part of parts.slice(1)) {
      // (a part that asks whether or how it went — その後も支援を受けられたの？ — is answered of the grade, as documents state it)
      const refers = BACK_REFERENCE.test(part) || (grade !== undefined && VALUE_ASKED.test(part) && this.read(part.slice(part.lastIndexOf('、') + 1)).entities.length === 0);
      const found = answers[0]!.status === 'answered' && refers ? rowNames(answers[0]!, MAX_FOUND, grade) : [];
      if (found.length === 0) answers.push(await this.answerOne(part, options));
      for (const name of found) answers.push(await this.answerOne(aboutFound(part, name, this.namedAs(first)), options, undefined, name));
    }
    return answers;
  }

  /** A passage found, with its document's source and lines. */
  private foundPassage(chunk: Chunk): FoundPassage {
    const doc = documentById(this.engine, chunk.document_id)!;
    return { source: doc.meta.source, lines: doc.lines, line_start: chunk.line_start, line_end: chunk.line_end };
  }

  /** The programme a text names, as it names it (the longest match: a catalogue name may carry a list number, （２）…). */
  private namedAs(text: string): string | undefined {
    return namedProgrammes(this.engine.catalogue, text).sort((a, b) => b.matched.length - a.matched.length)[0]?.matched;
  }

  /** One question answered; `about` (a place or body the part before found) keeps only sentences that name it or stand under it. */
  private async answerOne(question: string, options: AnswerOptions, read: AnswerQuery = this.read(question), about?: string): Promise<Answer> {
    // a part the documents never mention is said to be missing; the rest is answered without it
    const missing = missingParts(read, this.corpus);
    const q = missing.length === 0 ? read : { ...read, groups: read.groups.filter((g) => !g.alts.some((a) => missing.some((m) => matchKey(m).includes(a)))) };
    const found = await this.evidence(q, options.mode);
    const { hits } = found;
    const key = about === undefined ? undefined : matchKey(about);
    const scored = key === undefined ? found.scored : naming(found.scored, key);
    const nearest = hits.slice(0, options.k ?? 5).map(({ chunk, rank }) => this.nearestPassage(chunk, rank));
    const facts: FactPick[] = this.useCatalogue ? catalogueFacts(this.engine.catalogue, q) : [];
    // the plan a programme started under, from the year a passage says it started and the plans' periods
    if (this.useCatalogue && q.asks.includes('plan') && !facts.some((f) => f.field === 'plan')) {
      facts.push(...this.planFromStart(q, scored, !facts.some((f) => f.field === 'start')));
    }
    // which has the most or the least: the rows of a table found, compared (only when a ranking is asked)
    const ranked = rankingAsked(q.question) === undefined ? undefined : rankedRow(q, hits.slice(0, RANKED_PASSAGES).map(({ chunk }) => this.foundPassage(chunk)));
    const abstention: Abstention = decideAbstention(q, scored, facts, this.corpus, this.thresholds, ranked !== undefined);
    if (abstention.abstain) return renderAnswer(this.engine, q, { facts: [], passages: [], reason: abstention.reason }, nearest);
    // the catalogue gives part of what is asked (地域数 of 「実施年度と地域数」): passages for the rest
    const rest = uncovered(q, facts);
    const selected = rest ? this.select(rest, scored, true) : this.select(q, afterFacts(q, scored, facts), facts.length > 0);
    const passages = key === undefined ? selected : entriesNaming(selected, key);
    const draft: Draft = { facts, passages, missing: [...missing, ...unsaidLabels(q, abstention.unsaid ?? [], passages)], ranked };
    const answer = renderAnswer(this.engine, q, draft, nearest);
    // (what is asked next is asked of the one ranked first, not of several tied)
    if (ranked?.names.length === 1 && answer.sentences.some((s) => s.from === 'comparison')) this.rankedNames.set(answer, ranked.names[0]!);
    return answer;
  }

  /**
   * The legend and the entry a member list marks with the role asked (◎は委員長 over ◎　木　下　道　雄), where the
   * candidate is that list or its marked entry; the entry's legend is the line above it that gives one.
   */
  private legendMarks(c: ScoredCandidate, role: RegExp): { legend: AnswerUnit; holder: AnswerUnit } | undefined {
    const list = this.corpus.list(c.unit);
    const units = this.unitsByDocument.get(c.unit.documentId) ?? [];
    const first = list && (list.lead ?? list.items[0]);
    const marked = list && legendHolder(list, role, first && units[units.indexOf(first) - 1]);
    if (marked || !markedAs(role, c)) return marked;
    const at = units.indexOf(c.unit);
    const legend = units.slice(Math.max(0, at - LEGEND_REACH), at).reverse().find((u) => givesLegend(u.text));
    return legend && { legend, holder: c.unit };
  }

  /**
   * The passage sentences of the answer: for a question that asks for a value, the best sentence
   * that holds one; then those nearly as good (one only after catalogue facts). When the best is
   * an entry of a short list, the list comes whole, under its heading.
   */
  private select(q: AnswerQuery, all: readonly ScoredCandidate[], haveFacts: boolean): AnswerUnit[] {
    // after catalogue facts, only a sentence that itself names the programme (an amount next to
    // another programme's name would mislead)
    const names = (c: ScoredCandidate) => q.entities.some((ns) => ns.some((n) => (c.localKey + c.unit.key).includes(n)));
    const scored = haveFacts ? all.filter(names) : all;
    const best = scored[0];
    if (!best) return [];
    const { ratio, sentences } = this.selection;
    const edge = q.asks.includes('start') !== q.asks.includes('end');
    const { nearBest, entityNearby, edgeValues } = this.thresholds;
    // a field asked of one place (奈良県北部エリアのテーマ, 長野県全域のクラスター構想): the line that labels it there
    const field = haveFacts ? undefined : this.labelledField(q);
    if (field) return field;
    if (!haveFacts && q.asks.some((a) => LIST_ASKS.has(a))) {
      // which regions, universities, projects: the list whole, under its heading, and nothing else
      const found = askedList(q, scored, this.corpus, this.thresholds);
      if (found) {
        // (of a sheet, the rows the question picks by a value it names: R5, 寒冷地)
        const picked = rowsPicked(q.question, found.list.items);
        const list = picked.length < found.list.items.length ? { ...found.list, items: picked, size: picked.length } : found.list;
        const { heading, lead, items } = list;
        const lines = listLines(list, this.unitsByDocument.get(found.c.unit.documentId) ?? []);
        const out = [heading, lead, ...lines.slice(0, this.thresholds.maxAskedList)].filter((u): u is AnswerUnit => u !== undefined);
        if (items.length === 1 && items[0]!.heading !== undefined && !heading) out.unshift(this.units[items[0]!.heading]!);
        return out.filter((u, i) => out.findIndex((o) => o.id === u.id) === i);
      }
    }
    // who holds a role a member list marks (◎は委員長、○は副委員長): the legend and the marked entry
    // (unless a line ranked above it names the role's holder itself, where more of the question stands: 委員長　　藤田　恵子
    // under the ex-post evaluation's committee asked, above a mid-term committee's list; a line where the body asked,
    // 中間評価委員会, does not stand names no holder of its role)
    const person = q.needs.find((n) => n.kind === 'person');
    const covers = (c: ScoredCandidate) => questionCoverage(q, whereStands(c));
    const body = bodyAsked(normalizeText(q.question));
    let named: ScoredCandidate | undefined;
    for (const c of q.role ? scored.filter((x) => x.score >= best.score * nearBest) : []) {
      if (!named && person?.pattern.test(c.valueText) && (body === undefined || whereStands(c).includes(body))) named = c;
      const marked = this.legendMarks(c, q.role!);
      if (!marked) continue;
      if (named && covers(named) > covers(c)) break;
      return [marked.legend, marked.holder];
    }
    // a start or an end: the sentences that state one for the programme asked, those holding what else the question
    // says first (知的クラスター創成事業の第Ⅱ期), then the programme itself named nearest first
    const edges = edge
      ? scored
          .filter((c) => c.features.need === 1 && c.features.entity >= entityNearby && c.score >= best.score * nearBest && !namesOther(q, c))
          .sort((a, b) => b.features.coverage - a.features.coverage || b.features.entity - a.features.entity || b.score - a.score)
      : [];
    const valued = (c: ScoredCandidate) => c.features.need === 1 && c.score >= best.score * ratio;
    // (a sum asked — 合計は, 合わせていくら — is the total row of the table that gives the best value, where it has one)
    const valuedBest = (q.needs.length > 0 && scored.find(valued)) || best;
    const total = SUM_ASKED.test(q.question) ? scored.find((c) => valued(c) && TOTAL_ROW.test(c.unit.text) && c.unit.documentId === valuedBest.unit.documentId) : undefined;
    const first = edges[0] ?? total ?? valuedBest;
    const chosen: AnswerUnit[] = [first.unit];
    // a question that asks one thing of a programme and nothing else gets that one thing
    const max = haveFacts || (q.namesOnly && q.asks.length > 0 && first.features.need === 1) ? 1 : sentences;
    // no padding about other programmes: a question naming one keeps to sentences about it
    const related = relatedProgrammes(q, this.engine.catalogue);
    const onTopic = (c: ScoredCandidate) => q.entities.length === 0 || c.features.entity >= entityNearby || c.contextNames.length === 0 || c.contextNames.some((n) => related.has(n));
    if (edges.length > 0) {
      // each year the documents give for it, with its source, and nothing else
      const years = new Set(findYearMentions(first.valueText).map((m) => m.year));
      for (const c of edges.slice(1)) {
        if (chosen.length >= edgeValues) break;
        const ys = findYearMentions(c.valueText).map((m) => m.year);
        if (ys.length === 0 || ys.every((y) => years.has(y))) continue;
        for (const y of ys) years.add(y);
        chosen.push(c.unit);
      }
    } else {
      // a count or an amount another document gives otherwise (１０件 in one, １１件 in another): both, each with its source
      // (after the catalogue's facts, too, from any passage found: the one sentence after them is the first value)
      const headerOf = (c: ScoredCandidate) => (c.unit.lead === undefined ? undefined : this.units[c.unit.lead]?.text);
      const other = edges.length === 0 ? conflicting(q, first, haveFacts ? all : scored, best.score * nearBest, entityNearby, headerOf) : undefined;
      if (other && (chosen.length < max || haveFacts)) chosen.push(other.unit);
      // then greedily: the score, plus what a sentence covers of the question that the chosen do not
      const pool = scored.filter((c) => c.score >= best.score * ratio && onTopic(c));
      const covered = (units: readonly AnswerUnit[]) => questionCoverage(q, units.map((u) => u.key).join(''));
      while (chosen.length < max) {
        const have = covered(chosen);
        let pick: ScoredCandidate | undefined;
        let pickValue = -Infinity;
        for (const c of pool) {
          if (chosen.some((u) => u.key === c.unit.key)) continue;
          const value = c.score / best.score + this.selection.gain * (covered([...chosen, c.unit]) - have);
          if (value > pickValue) [pick, pickValue] = [c, value];
        }
        if (!pick) break;
        chosen.push(pick.unit);
      }
      // an English question gets the best English sentence found beside those chosen (an English document's own
      // words for the value: JPY 90 million beside 90,000千円)
      const english = q.language === 'en' ? pool.find((c) => writtenInEnglish(c.unit.key)) : undefined;
      if (english && !chosen.includes(english.unit)) chosen.push(english.unit);
    }
    const out: AnswerUnit[] = [];
    const push = (u: AnswerUnit) => {
      if (!out.some((o) => o.id === u.id || o.key === u.key)) out.push(u);
    };
    // a field heading comes with the value set under it (1　公募期間 / 令和6年4月15日（月）から…)
    const withValue = (u: AnswerUnit) => {
      push(u);
      const value = this.units[u.id + 1];
      if (value?.heading === u.id && u.text.length <= this.thresholds.shortItem) push(value);
    };
    const top = first.unit;
    const whoSaid = WHO.test(q.question) || SAID_BY.test(q.question);
    const whoAsked = whoSaid && ASKED_BY.test(q.question);
    // an entry of a short list comes with its lead and the other entries; a lead (次の観点から審査する。) with its entries
    const lead = top.lead !== undefined && top.text.length <= this.thresholds.shortItem ? top.lead : this.itemsByLead.has(top.id) ? top.id : undefined;
    if (lead !== undefined) {
      withValue(this.units[lead]!);
      for (const s of (this.itemsByLead.get(lead) ?? []).filter((x) => x.text.length <= this.thresholds.shortItem).slice(0, this.thresholds.maxList)) withValue(s);
    }
    for (const u of chosen) {
      // a short value comes under its field heading (■開始 / 平成27年度（2015年度）)
      if (u.heading !== undefined && u.text.length <= this.thresholds.shortItem) push(this.units[u.heading]!);
      // a table row under its header: what each number is
      if (u.table === 'row' && u.lead !== undefined) push(this.units[u.lead]!);
      // 同計画 needs the sentence that names the plan
      if (refersBackTo(u, this.units[u.id - 1])) push(this.units[u.id - 1]!);
      // a FAQ's question comes with its answer, a later sentence of an answer with its opening (A4. 必須ではありません。)
      const doc = this.unitsByDocument.get(u.documentId) ?? [];
      const answer = faqAnswer(u, doc);
      if (answer && answer.id < u.id) push(answer);
      // who asked it: the opening of the turn a reply answers (○井上委員　…負担するのか。)
      const asker = whoAsked ? askerOf(u, doc) : undefined;
      if (asker) push(asker);
      // who said it: the opening of the speaker's turn in minutes (○堀江委員：…)
      const speaker = whoSaid ? speakerOf(u, doc) : undefined;
      if (speaker) push(speaker);
      withValue(u);
      if (answer && answer.id > u.id) push(answer);
      // a question put in minutes comes with the reply to it (○委員　…負担するのか。 / ○局長　…賄うこととしております。)
      if (!whoSaid) for (const r of replyTo(u, doc)) push(r);
    }
    // when it was made public: first, the date line of the document that says what was
    const issued = this.issuedOn(q, scored);
    return issued ? [issued, ...out.filter((u) => u.id !== issued.id)] : out;
  }

  /**
   * The date line of a document found whose title lines say what the question asks was made public (中間評価の結果
   * が公表されたのはいつ: 令和３年１２月１７日 under 「…中間評価結果の概要」), of the passages near the best, best first.
   */
  private issuedOn(q: AnswerQuery, scored: readonly ScoredCandidate[]): AnswerUnit | undefined {
    const best = scored[0];
    if (!best || !ISSUED_ASKED.test(normalizeText(q.question))) return undefined;
    const asked = { ...q, groups: q.groups.filter((g) => !g.alts.some((a) => ISSUE_WORDS.test(a))) };
    for (const c of scored.filter((x) => x.score >= best.score * this.thresholds.nearBest)) {
      if (questionCoverage(asked, this.corpus.opening(c.unit.documentId)) < this.thresholds.anchorCoverage) continue;
      const lines = documentById(this.engine, c.unit.documentId)?.lines ?? [];
      // (the unit that opens on that line: the issuer's line below it may be read with it)
      const date = (this.unitsByDocument.get(c.unit.documentId) ?? []).slice(0, TITLE_UNITS + 2).find((u) => isDateLine(lines[u.line_start - 1] ?? ''));
      if (date) return date;
    }
    return undefined;
  }

  /**
   * The line that gives a field of one place the question names, where the documents label it
   * (【奈良県北部エリア】（テーマ：…）, or ○長野県全域（長野県） with 「クラスター構想：…」 set under it): the
   * place's line, and the labelled line when it stands apart. Undefined when the question names no
   * such place or field, or the documents label it nowhere by that place.
   */
  private labelledField(q: AnswerQuery): AnswerUnit[] | undefined {
    // (the last place named that no programme's name holds: 都市エリアの奈良県北部エリア → 奈良県北部エリア)
    const names = q.entities.flat();
    // (a name, not a kind: 共創拠点 stands in many passages, 奈良県北部エリア in a few)
    const key = [...normalizeText(q.question).matchAll(PLACE_ASKED)]
      .map((m) => matchKey(m[1]!))
      .filter((k) => !names.some((n) => n.includes(k)) && this.corpus.df(k) <= PLACE_MENTIONS)
      .at(-1);
    // (a question that also asks an amount, a count or a time is answered as usual)
    if (!key || q.language !== 'ja' || q.needs.some((n) => !SOFT_NEEDS.has(n.kind))) return undefined;
    // the field: a word of the question the documents use as a label (テーマ：, クラスター構想：)
    // (or the label it starts: 連携 of 連携先：)
    const labels = q.groups
      .flatMap((g) => g.alts)
      .filter((a) => a.length >= 2 && !key.includes(a))
      .map((a) => new RegExp(`${escapeRegExp(a)}\\p{Script=Han}?:`, 'u'))
      .filter((label) => this.units.some((u) => label.test(u.key)));
    if (labels.length === 0) return undefined;
    for (const u of this.units.filter((x) => x.key.includes(key))) {
      if (labels.some((l) => l.test(u.key))) return [u];
      const doc = this.unitsByDocument.get(u.documentId) ?? [];
      const at = doc.indexOf(u);
      const under = doc.slice(at + 1, at + 1 + FIELD_REACH).filter((x) => x.indent > u.indent);
      const field = under.find((x) => labels.some((l) => l.test(x.key)));
      if (field) return [u, field];
    }
    return undefined;
  }

  /**
   * The basic plan in force when the programme asked about started: the best sentence that states
   * its start (平成２８年度より…), and the plan whose period holds that year; both cited.
   */
  private planFromStart(q: AnswerQuery, scored: readonly ScoredCandidate[], withStart: boolean): FactPick[] {
    const cat = this.engine.catalogue;
    const best = scored[0];
    if (!best || q.entities.length === 0) return [];
    // (a support period, 支援期間：平成１４年度～, is how long each site or round is funded, not when the programme began)
    const start = scored.find((c) => START_YEAR.test(c.valueText) && !/支援期間/u.test(c.valueText) && !startsOther(c.valueText) && c.features.entity >= this.thresholds.entityNearby && c.score >= best.score * this.thresholds.nearBest && !namesOther(q, c));
    if (!start) return [];
    const stated = START_YEAR.exec(start.valueText)![0];
    const year = findYearMentions(stated)[0]?.year;
    const plan = year === undefined ? undefined : cat.plans.find((p) => p.period?.values.some((v) => v.value.start_fy <= year && (v.value.end_fy ?? year) >= year));
    if (year === undefined || !plan?.period) return [];
    const doc = this.engine.documents.find((d) => d.meta.id === start.unit.documentId)!;
    const subject = this.namedAs(q.question) ?? q.entities[0]![0]!;
    const { display, citations } = planWithPeriod(plan, q.language);
    const cited = citeUnit(doc, start.unit);
    const pick = (field: FactPick['field'], label: FactPick['label'], value: PickedValue): FactPick => ({ subject, subjectEn: subject, field, label, conflict: false, values: [value] });
    const picks = [pick('plan', { ja: '開始時の科学技術基本計画', en: 'basic plan in force when it started' }, { display, citations: [cited, ...citations] })];
    // the year it follows from is said with it (and "…の何年度に始まった" asks it as well)
    if (withStart) picks.push(pick('start', { ja: '開始年度', en: 'start' }, { display: yearAsWritten(year, [stated], q.language === 'en'), citations: [cited] }));
    return picks;
  }

  /** Passages made of the lists (entries under a lead) of the documents among the hits, ranked as their document's best hit. */
  private listPassages(hits: readonly { chunk: Chunk; rank: number }[]): { chunk: Chunk; rank: number }[] {
    const out: { chunk: Chunk; rank: number }[] = [];
    const seen = new Set<string>();
    for (const { chunk, rank } of hits) {
      if (seen.has(chunk.document_id)) continue;
      seen.add(chunk.document_id);
      const doc = this.unitsByDocument.get(chunk.document_id) ?? [];
      // the document's title lines say what its lists are of
      const title = doc.slice(0, TITLE_UNITS).map((u) => u.text).join(' ');
      for (const lead of doc.filter((u) => this.itemsByLead.has(u.id))) {
        const items = this.itemsByLead.get(lead.id)!;
        const last = items[items.length - 1]!;
        out.push({ chunk: { ...chunk, heading: title, text: [lead, ...items].map((u) => u.text).join('\n'), line_start: lead.line_start, line_end: last.line_end }, rank });
      }
    }
    return out;
  }

  /** The list a unit is an entry or lead of, or names in brackets. */
  listOf(unit: AnswerUnit): ListEvidence | undefined {
    // the documents never change under an answerer: each unit's list is read once
    if (!this.lists.has(unit.id)) this.lists.set(unit.id, listAt(unit, this.unitsByDocument.get(unit.documentId) ?? [], (id) => this.units[id]!, (u) => isHeading(u.text)));
    return this.lists.get(unit.id);
  }

  /** The other tables of a table's document whose header row reads the same (a table split under sub-headings). */
  private tablesAlike(list: ListEvidence): ListEvidence[] {
    const { lead } = list;
    if (lead?.table !== 'header') return [];
    const headers = (this.unitsByDocument.get(lead.documentId) ?? []).filter((u) => u.table === 'header' && u.id !== lead.id && u.key === lead.key);
    return headers.map((h) => this.listOf(h)).filter((l): l is ListEvidence => l !== undefined);
  }

  /** Programmes and plans named in a unit's passage, in the lines before it and in the unit. */
  private namesNear(chunk: Chunk, unit: AnswerUnit): string[] {
    const text = `${chunk.heading}\n${chunk.text}\n${(this.unitsByDocument.get(unit.documentId) ?? [])
      .filter((o) => o.line_start >= unit.line_start - this.thresholds.nearLines && o.line_start <= unit.line_end + this.thresholds.nearAfter)
      .map((o) => o.text)
      .join('\n')}`;
    return namedProgrammes(this.engine.catalogue, text).map((p) => p.name);
  }

  private nearestPassage(chunk: Chunk, rank: number): NearestPassage {
    const doc = this.engine.documents.find((d) => d.meta.id === chunk.document_id)!;
    const citation = citeLines(doc, chunk.line_start, chunk.line_end);
    return { rank, document_id: chunk.document_id, title: doc.meta.title, heading: chunk.heading, text: chunk.text, citation };
  }
}
