// Answer metrics, as plain functions: the expected facts present in the answer, citations that
// hold (the quote stands at the cited lines), abstention on unanswerable questions, and
// statements the cited lines do not support; and their means per category.
import { unsupportedClaims } from '../src/core/answer/check.js';
import type { Answer } from '../src/core/answer/schema.js';
import type { Catalogue } from '../src/core/catalogue/schema.js';
import { citationProblem } from '../src/core/citations.js';
import { aggregate, factsPresent, scoreRetrieval, type Aggregate, type RetrievalScore, type Span } from './metrics.js';
import type { Question } from './questions.js';

export interface AnswerScore {
  abstained: boolean;
  factsFound: number;
  factsTotal: number;
  citations: number;
  validCitations: number;
  /** Numbers and programme names stated without support in the sentence's own citations. */
  falseStatements: number;
}

/** Scores one answer against its question: facts, citations checked against the files under `root`, claims. */
export async function scoreAnswer(q: Question, a: Answer, root: string, cat: Catalogue): Promise<AnswerScore> {
  let valid = 0;
  for (const c of a.citations) if ((await citationProblem(root, c)) === undefined) valid++;
  return {
    abstained: a.status === 'abstained',
    factsFound: a.status === 'answered' ? factsPresent(q, a.answer) : 0,
    factsTotal: q.facts.length,
    citations: a.citations.length,
    validCitations: valid,
    falseStatements: a.status === 'answered' ? unsupportedClaims(cat, a).length : 0,
  };
}

export interface AnswerAggregate {
  answerable: number;
  unanswerable: number;
  /** Share of answerable questions whose every expected fact is in the answer, with every citation valid. */
  facts: number;
  /** Mean share of expected facts present (answerable questions). */
  factRecall: number;
  /** Share of all citations whose quote stands at the cited lines (1 when there are none). */
  citationValidity: number;
  /** Share of unanswerable questions the answer abstained on (null when there are none). */
  abstention: number | null;
  /** Share of answerable questions the answer wrongly abstained on. */
  falseAbstention: number;
  /** Unsupported numbers or names, summed over answers. */
  falseStatements: number;
}

/** Means over scored answers. */
export function aggregateAnswers(items: readonly { q: Question; s: AnswerScore }[]): AnswerAggregate {
  const answerable = items.filter((i) => !i.q.abstain);
  const unanswerable = items.filter((i) => i.q.abstain);
  const n = answerable.length || 1;
  const citations = items.reduce((a, i) => a + i.s.citations, 0);
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    facts: answerable.filter((i) => i.s.factsTotal > 0 && i.s.factsFound === i.s.factsTotal && i.s.validCitations === i.s.citations).length / n,
    factRecall: answerable.reduce((a, i) => a + (i.s.factsTotal === 0 ? 1 : i.s.factsFound / i.s.factsTotal), 0) / n,
    citationValidity: citations === 0 ? 1 : items.reduce((a, i) => a + i.s.validCitations, 0) / citations,
    abstention: unanswerable.length === 0 ? null : unanswerable.filter((i) => i.s.abstained).length / unanswerable.length,
    falseAbstention: answerable.filter((i) => i.s.abstained).length / n,
    falseStatements: items.reduce((a, i) => a + i.s.falseStatements, 0),
  };
}

/** One question's outcome in a run. */
export interface QuestionRun {
  q: Question;
  retrieval?: RetrievalScore | undefined;
  answer?: AnswerScore | undefined;
}

/** Retrieval score of a ranked list of search results (answerable questions only). */
export function retrievalOf(q: Question, results: readonly { citation: Span; text: string }[]): RetrievalScore | undefined {
  return q.abstain ? undefined : scoreRetrieval(q, results.map((r) => ({ ...r.citation, text: r.text })));
}

export interface GroupFigures {
  questions: number;
  retrieval?: Aggregate | undefined;
  answers?: AnswerAggregate | undefined;
}

/** Figures for every category, for all questions ("all") and for the answerable Japanese ones ("ja"). */
export function figuresByGroup(runs: readonly QuestionRun[]): Record<string, GroupFigures> {
  const groups = new Map<string, QuestionRun[]>([['all', [...runs]], ['ja', runs.filter((r) => r.q.lang === 'ja')]]);
  for (const r of runs) groups.set(r.q.category, [...(groups.get(r.q.category) ?? []), r]);
  return figuresOf(groups);
}

/** Figures per value of `key` (e.g. the documents' writing style), plus "all". */
export function figuresByKey(runs: readonly QuestionRun[], key: (q: Question) => string): Record<string, GroupFigures> {
  const groups = new Map<string, QuestionRun[]>([['all', [...runs]]]);
  for (const r of runs) groups.set(key(r.q), [...(groups.get(key(r.q)) ?? []), r]);
  return figuresOf(groups);
}

function figuresOf(groups: ReadonlyMap<string, QuestionRun[]>): Record<string, GroupFigures> {
  const out: Record<string, GroupFigures> = {};
  for (const [name, rs] of groups) {
    const retrieval = rs.flatMap((r) => (r.retrieval ? [r.retrieval] : []));
    const answers = rs.flatMap((r) => (r.answer ? [{ q: r.q, s: r.answer }] : []));
    out[name] = {
      questions: rs.length,
      ...(retrieval.length > 0 && { retrieval: aggregate(retrieval) }),
      ...(answers.length > 0 && { answers: aggregateAnswers(answers) }),
    };
  }
  return out;
}
