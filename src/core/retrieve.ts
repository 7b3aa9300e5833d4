// Hybrid retrieval: BM25 over morphemes and over character bigrams, dense vectors from the
// HNSW index, fused by weighted normalised scores, then re-scored on query-term coverage
// and heading matches. Weights are chosen by measurement (eval/), not by taste.
import { Bm25Index } from './bm25.js';
import { InvalidInputError, NotFoundError } from './errors.js';
import type { Lexicon } from './lexicon.js';
import { analyzeQuery, ANSWER_PATTERNS, type AnalyzedQuery } from './query.js';
import type { Chunk, DocumentMeta } from './schemas.js';
import type { JapaneseTokenizer } from './text/tokenize.js';

export type RetrievalMode = 'hybrid' | 'lexical' | 'dense';

export interface RetrievalWeights {
  morph: number;
  bigram: number;
  dense: number;
  /** Bonus for the share of the query's terms (by idf) that the chunk contains. */
  coverage: number;
  /** Bonus for the share of the query's terms that the chunk's heading contains. */
  heading: number;
  /** Bonus for the share of the query (by idf) found within two adjacent lines of the chunk. */
  proximity: number;
  /** Bonus for a chunk holding the kind of value the question asks for (an amount, a count, a year). */
  answerType: number;
  /** How many lexical and dense candidates go to the second stage. */
  candidates: number;
}

export const DEFAULT_WEIGHTS: RetrievalWeights = { morph: 0.5, bigram: 0.5, dense: 0.3, coverage: 0.3, heading: 0.15, proximity: 0.3, answerType: 0.2, candidates: 60 };

/** Nearest chunks by embedding: what the retriever needs of a vector index. */
export interface VectorSearch {
  embedQuery(text: string): Promise<number[]>;
  /** Chunk ids with cosine similarity, best first. */
  search(vector: number[], k: number, filter?: (chunkId: number) => boolean): Promise<{ id: number; similarity: number }[]>;
}

export interface RetrieverDeps {
  chunks: readonly Chunk[];
  documents: readonly DocumentMeta[];
  morph: Bm25Index;
  bigram: Bm25Index;
  /** Each chunk's distinct morpheme terms and its heading's, for second-stage features. */
  chunkTerms: readonly (readonly string[])[];
  headingTerms: readonly (readonly string[])[];
  lineTerms: readonly (readonly (readonly string[])[])[];
  vectors: VectorSearch | null;
  tokenizer: JapaneseTokenizer;
  lexicon: Lexicon;
  weights?: RetrievalWeights;
}

export interface SearchOptions {
  k: number;
  documentId?: string | undefined;
  mode?: RetrievalMode;
}

export interface SearchHit {
  chunk: Chunk;
  score: number;
}

function maxOf(a: Float64Array): number {
  let m = 0;
  for (const v of a) if (v > m) m = v;
  return m;
}

function topIndices(scores: Float64Array, n: number, keep: (i: number) => boolean): number[] {
  const idx: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i]! > 0 && keep(i)) idx.push(i);
  idx.sort((a, b) => scores[b]! - scores[a]!);
  return idx.slice(0, n);
}

/** Searches the chunks of one index. Stateless between calls; safe to share. */
export class Retriever {
  readonly weights: RetrievalWeights;
  private readonly documentIds: Set<string>;

  constructor(private readonly deps: RetrieverDeps) {
    this.weights = deps.weights ?? DEFAULT_WEIGHTS;
    this.documentIds = new Set(deps.documents.map((d) => d.id));
  }

  analyze(query: string): AnalyzedQuery {
    return analyzeQuery(query, this.deps.tokenizer, this.deps.lexicon, (t) => this.deps.morph.has(t));
  }

  /** The k best chunks for a query, optionally within one document. */
  async search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    const { chunks } = this.deps;
    const w = { ...this.weights };
    const mode = options.mode ?? 'hybrid';
    if (query.trim() === '') throw new InvalidInputError('query is empty: ask a question or give keywords, e.g. "知的クラスター創成事業の予算"');
    if (options.documentId !== undefined && !this.documentIds.has(options.documentId)) {
      throw new NotFoundError(`unknown document_id "${options.documentId}"; valid ids: ${[...this.documentIds].join(', ')}`);
    }
    const keep = options.documentId === undefined ? () => true : (i: number) => chunks[i]!.document_id === options.documentId;
    const q = this.analyze(query);
    const combined = new Map<number, number>();

    if (mode !== 'dense') {
      const m = this.deps.morph.score(q.morph);
      const b = this.deps.bigram.score(q.bigram);
      const mMax = maxOf(m) || 1;
      const bMax = maxOf(b) || 1;
      const lex = new Float64Array(chunks.length);
      for (let i = 0; i < lex.length; i++) lex[i] = (w.morph * m[i]!) / mMax + (w.bigram * b[i]!) / bMax;
      for (const i of topIndices(lex, w.candidates, keep)) combined.set(i, lex[i]!);
    }
    if (mode !== 'lexical' && this.deps.vectors) {
      const vector = await this.deps.vectors.embedQuery(q.core || query);
      const hits = await this.deps.vectors.search(vector, w.candidates, options.documentId === undefined ? undefined : keep);
      const best = Math.max(1e-9, ...hits.map((h) => h.similarity));
      const weight = mode === 'dense' ? 1 : w.dense;
      for (const h of hits) {
        if (h.similarity <= 0) continue;
        combined.set(h.id, (combined.get(h.id) ?? 0) + (weight * h.similarity) / best);
      }
    }
    if (mode === 'hybrid') this.rescore(q, combined);

    const ranked = [...combined].sort((a, b) => b[1] - a[1]);
    const seen = new Set<string>();
    const out: SearchHit[] = [];
    for (const [id, score] of ranked) {
      const chunk = chunks[id]!;
      const key = chunk.text.replace(/\s+/g, '');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ chunk, score });
      if (out.length >= options.k) break;
    }
    return out;
  }

  /** Second stage: rewards chunks that contain more of the query (by idf) and matching headings. */
  private rescore(q: AnalyzedQuery, combined: Map<number, number>): void {
    const { morph, chunkTerms, headingTerms, lineTerms, chunks } = this.deps;
    const answerPattern = q.answerType === undefined ? undefined : ANSWER_PATTERNS[q.answerType];
    const primary = q.morph.filter((t) => t.weight >= 1);
    const total = primary.reduce((s, t) => s + morph.idf(t.term), 0);
    if (total === 0) return;
    for (const [id, score] of combined) {
      const terms = new Set(chunkTerms[id]);
      const heading = new Set(headingTerms[id]);
      let cover = 0;
      let head = 0;
      for (const t of primary) {
        const idf = morph.idf(t.term);
        if (terms.has(t.term)) cover += idf;
        if (heading.has(t.term)) head += idf;
      }
      const lines = lineTerms[id] ?? [];
      let near = 0;
      for (let l = 0; l < Math.max(1, lines.length - 1); l++) {
        const window = new Set([...(lines[l] ?? []), ...(lines[l + 1] ?? [])]);
        let s = 0;
        for (const t of primary) if (window.has(t.term)) s += morph.idf(t.term);
        if (s > near) near = s;
      }
      const typed = answerPattern?.test(chunks[id]!.text) ? this.weights.answerType : 0;
      combined.set(id, score + (this.weights.coverage * cover) / total + (this.weights.heading * head) / total + (this.weights.proximity * near) / total + typed);
    }
  }
}
