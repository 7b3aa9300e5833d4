// A BM25 index over one field of terms (morphemes or character bigrams), compact enough to
// persist as JSON and to score a query over every chunk in a few milliseconds.

export interface WeightedTerm {
  term: string;
  weight: number;
}

/** The serialised form: postings as parallel arrays of chunk ids and term frequencies. */
export interface Bm25Data {
  k1: number;
  b: number;
  docLengths: number[];
  postings: Record<string, [number[], number[]]>;
}

/** One BM25 field. Documents are numbered 0..n-1 in the order they were added. */
export class Bm25Index {
  private readonly avgLength: number;

  private constructor(
    private readonly data: Bm25Data,
    private readonly postings: Map<string, [number[], number[]]>,
  ) {
    const total = data.docLengths.reduce((a, b) => a + b, 0);
    this.avgLength = data.docLengths.length === 0 ? 1 : Math.max(1, total / data.docLengths.length);
  }

  /** Builds the index from each document's list of terms. */
  static build(docs: readonly (readonly string[])[], k1 = 1.2, b = 0.75): Bm25Index {
    const postings = new Map<string, [number[], number[]]>();
    docs.forEach((terms, doc) => {
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        let p = postings.get(t);
        if (!p) postings.set(t, (p = [[], []]));
        p[0].push(doc);
        p[1].push(n);
      }
    });
    const data: Bm25Data = { k1, b, docLengths: docs.map((d) => d.length), postings: Object.fromEntries(postings) };
    return new Bm25Index(data, postings);
  }

  /** Restores an index written by toJSON. */
  static fromJSON(data: Bm25Data): Bm25Index {
    return new Bm25Index(data, new Map(Object.entries(data.postings)));
  }

  toJSON(): Bm25Data {
    return this.data;
  }

  get size(): number {
    return this.data.docLengths.length;
  }

  /** Inverse document frequency (BM25+ style, never negative). */
  idf(term: string): number {
    const df = this.postings.get(term)?.[0].length ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Scores every document for the query; documents without a query term score 0. */
  score(query: readonly WeightedTerm[]): Float64Array {
    const scores = new Float64Array(this.size);
    const { k1, b, docLengths } = this.data;
    const merged = new Map<string, number>();
    for (const q of query) merged.set(q.term, Math.max(merged.get(q.term) ?? 0, q.weight));
    for (const [term, weight] of merged) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = this.idf(term) * weight;
      const [docs, tfs] = p;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i]!;
        const tf = tfs[i]!;
        const norm = k1 * (1 - b + (b * docLengths[d]!) / this.avgLength);
        scores[d]! += (idf * tf * (k1 + 1)) / (tf + norm);
      }
    }
    return scores;
  }
}
