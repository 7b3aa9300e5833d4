// Retrieval and answer metrics, as plain functions over results and gold evidence.
import type { Question } from './questions.js';

export interface Span {
  source: string;
  line_start: number;
  line_end: number;
}

/** True when a result's lines overlap one of the question's evidence ranges. */
export function overlaps(result: Span, evidence: readonly Span[]): boolean {
  return evidence.some((e) => e.source === result.source && result.line_start <= e.line_end && e.line_start <= result.line_end);
}

export interface RetrievalScore {
  hit1: boolean;
  reciprocalRank: number;
  recall5: boolean;
  /** The first answering result starts within the first 600 characters of the results' text. */
  within600: boolean;
}

/** Scores a ranked list of results (with their displayed text) against a question's evidence. */
export function scoreRetrieval(q: Question, results: readonly (Span & { text: string })[]): RetrievalScore {
  let offset = 0;
  let rank = 0;
  let within600 = false;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (overlaps(r, q.evidence)) {
      if (rank === 0) {
        rank = i + 1;
        within600 = offset < 600;
      }
      break;
    }
    offset += r.text.length;
  }
  return { hit1: rank === 1, reciprocalRank: rank === 0 ? 0 : 1 / rank, recall5: rank >= 1 && rank <= 5, within600 };
}

export interface Aggregate {
  n: number;
  hit1: number;
  mrr: number;
  recall5: number;
  within600: number;
}

/** Means over scored questions (fractions in 0..1). */
export function aggregate(scores: readonly RetrievalScore[]): Aggregate {
  const n = scores.length || 1;
  const sum = (f: (s: RetrievalScore) => number) => scores.reduce((a, s) => a + f(s), 0) / n;
  return {
    n: scores.length,
    hit1: sum((s) => (s.hit1 ? 1 : 0)),
    mrr: sum((s) => s.reciprocalRank),
    recall5: sum((s) => (s.recall5 ? 1 : 0)),
    within600: sum((s) => (s.within600 ? 1 : 0)),
  };
}

/** NFKC, whitespace removed, lower case: how facts are looked for in an answer. */
export function factKey(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** How many of the question's facts the text contains (any alternative counts). */
export function factsPresent(q: Question, text: string): number {
  const hay = factKey(text);
  return q.facts.filter((alts) => alts.some((a) => hay.includes(factKey(a)))).length;
}
