// Decides when not to answer. Each rule names a way a question can fall outside the documents:
// a year, plan or name they never mention; a value (amount, count, period) asked of a programme
// that no sentence near that programme gives; a person, a superlative or a complete list they do
// not state; or passages that are all about other programmes. Measured on the unanswerable
// questions of eval/questions.json against the answerable ones.
import { findPlanMentions } from '../plan-number.js';
import { namedProgrammes, programmeNames } from '../catalogue/query.js';
import type { Catalogue } from '../catalogue/schema.js';
import type { Lexicon } from '../lexicon.js';
import { normalizeText } from '../text/normalize.js';
import type { FactPick } from './catalogue-facts.js';
import { questionCoverage, type ScoredCandidate } from './evidence.js';
import { SOFT_NEEDS, termIn, type AnswerQuery, type Need, type TermGroup } from './question.js';

export interface Abstention {
  abstain: boolean;
  /** Which rule fired and why, in English (for logs, the eval report and the tool's reason). */
  reason?: string;
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
function anchored(q: AnswerQuery & { programmes: ReadonlySet<string> }, c: ScoredCandidate, kind: Need['kind']): boolean {
  const min = q.language === 'en' ? ANCHOR_COVERAGE_EN : ANCHOR_COVERAGE;
  // about the programme asked: it names it nearby, or (a count or date in a long document on one
  // programme) names no other; an amount always stands by what it is for
  const about = c.features.entity >= 0.6 || (kind !== 'money' && c.contextNames.every((n) => q.programmes.has(n)));
  const covered = questionCoverage(q, c.localKey + c.unit.key) >= min || (q.language === 'en' && c.features.context >= ANCHOR_COVERAGE);
  return about && covered && (q.years.length === 0 || c.features.year >= 0.5) && holdsFocus(q, c);
}

/** The programmes the question names, with their phases and parents (a passage on 第Ⅰ期 is about 知的クラスター創成事業). */
function relatedProgrammes(q: AnswerQuery, cat: Catalogue): Set<string> {
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

function holdsFocus(q: AnswerQuery & { focus?: TermGroup | undefined }, c: ScoredCandidate): boolean {
  return !q.focus || q.focus.alts.some((a) => termIn(a, c.localKey + c.unit.key));
}

const GENERIC_EN = new Set(['program', 'programme', 'programs', 'initiative', 'project', 'plan', 'the', 'of', 'and', 'for', 'in', 'on']);

/** Names in the question that the documents never mention: Latin words, programme-like names, English programme names. */
export function unknownNames(q: AnswerQuery, corpus: CorpusFacts): string[] {
  const text = normalizeText(q.question);
  const unknown: string[] = [];
  const catalogueNames = corpus.catalogue.programmes.flatMap(programmeNames).map(looseKey);
  if (q.language === 'ja') {
    for (const w of text.match(/[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[A-Za-z]{4,}/gu) ?? []) if (!corpus.has(w.toLowerCase())) unknown.push(w);
    // a programme-like name (…プログラム, …事業) the documents and the catalogue do not know
    for (const m of text.matchAll(/([^\s\p{Script=Hiragana}、。「」『』（）()・]{3,}(?:プログラム|事業|計画|制度))/gu)) {
      if (/第.{1,3}期|基本計画$/u.test(m[1]!)) continue; // plans are checked by ordinal
      const name = looseKey(m[1]!);
      const head = name.slice(0, 4);
      if (!corpus.hasLoose(name) && !catalogueNames.some((n) => n.includes(head))) unknown.push(m[1]!);
    }
  } else {
    const glossary = [...corpus.lexicon.glossary.keys()];
    for (const m of text.matchAll(/((?:[A-Z][A-Za-z\-]*\s+){1,5}(?:Program|Programme|Initiative|Project))\b/gu)) {
      const phrase = m[1]!.toLowerCase().replace(/^the\s+/, '');
      if (catalogueNames.some((n) => n.includes(looseKey(phrase)))) continue;
      const words = phrase.split(/\s+/).filter((w) => !GENERIC_EN.has(w));
      if (words.some((w) => !glossary.some((k) => k.split(/\s+/).includes(w)) && !corpus.has(w))) unknown.push(m[1]!.trim());
    }
  }
  return [...new Set(unknown)];
}

const PERSON = /誰|だれ|何という人|\bwho\b/iu;
const SUPERLATIVE = /最も|一番|最高|最大|最多|\bmost\b|\bhighest\b|\bbest\b/iu;
const EXHAUSTIVE = /全部(?!で)|全て|すべて|一覧|list (?:all|every)|all (?:the|of the)/iu;
/** The best sentence must cover at least this share of a who-question's terms. */
const PERSON_COVERAGE = 0.5;
/** Candidates this close to the best count as evidence for a value the question asks. */
const NEAR_BEST = 0.6;
/** Share of the question's terms a sentence giving a value must cover, with its local context. */
const ANCHOR_COVERAGE = 0.5;
/** English questions match the Japanese text only through the glossary: less is expected. */
const ANCHOR_COVERAGE_EN = 0.3;

/** Whether to abstain, and why. */
export function decideAbstention(q: AnswerQuery, scored: readonly ScoredCandidate[], facts: readonly FactPick[], corpus: CorpusFacts): Abstention {
  const missingYears = q.years.filter((y) => !corpus.years.has(y));
  if (missingYears.length > 0) return { abstain: true, reason: `the documents mention no fiscal year ${missingYears.join(', ')}` };
  const plan = findPlanMentions(q.question, { bare: true }).find((m) => m.named || /^\s*科学技術/u.test(q.question.slice(m.end)));
  if (plan && !corpus.catalogue.plans.some((p) => p.ordinal === plan.ordinal)) return { abstain: true, reason: `the documents cover no ${plan.raw} basic plan` };
  const unknown = unknownNames(q, corpus);
  if (unknown.length > 0) return { abstain: true, reason: `the documents never mention ${unknown.join(', ')}` };
  const best = scored[0];
  if (!best) return { abstain: true, reason: 'no passage matches the question' };
  const near = scored.filter((c) => c.score >= best.score * NEAR_BEST);
  const text = normalizeText(q.question);
  if (PERSON.test(text) && best.features.coverage < PERSON_COVERAGE) return { abstain: true, reason: 'no sentence says who' };
  if (SUPERLATIVE.test(text) && !near.some((c) => SUPERLATIVE.test(normalizeText(c.unit.text)))) return { abstain: true, reason: 'the documents rank nothing this way' };
  if (EXHAUSTIVE.test(text) && !near.some((c) => c.features.entity === 1 && c.features.coverage >= 0.6)) return { abstain: true, reason: 'the documents give no complete list' };
  if (facts.length > 0) return { abstain: false };
  // every kind of value asked for must stand in a sentence about what was asked
  const fq = { ...q, focus: q.language === 'ja' ? focusOf(q, corpus) : undefined, programmes: relatedProgrammes(q, corpus.catalogue) };
  const missing = q.needs.filter((n) => !SOFT_NEEDS.has(n.kind) && !near.some((c) => n.pattern.test(normalizeText(c.unit.text)) && anchored(fq, c, n.kind)));
  if (missing.length > 0) {
    return { abstain: true, reason: `no sentence about ${q.entities.length > 0 ? 'the programme asked about' : 'what was asked'} gives the ${missing.map((n) => n.kind).join(' or ')} asked for` };
  }
  // a question about a named programme, answered only by passages about other programmes
  const top = near.slice(0, 3);
  if (q.entities.length > 0 && top.every((c) => c.features.entity < 0.6 && c.contextNames.length > 0 && !c.contextNames.some((n) => fq.programmes.has(n)))) {
    return { abstain: true, reason: 'the passages found are about other programmes than the one asked about' };
  }
  return { abstain: false };
}
