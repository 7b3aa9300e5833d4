// A BM25 index over one field of terms (morphemes or character bigrams). Postings are packed
// typed arrays (term → chunk ids and term frequencies), written as binary files beside a JSON
// list of the terms, so an index of a million chunks loads without one giant JSON string and a
// query is scored over every chunk in a few milliseconds per thousand postings.
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { GrowableU32, readTyped, Vocabulary, writeTyped } from './packed.js';

export interface WeightedTerm {
  term: string;
  weight: number;
}

const MetaSchema = z.object({ k1: z.number(), b: z.number(), documents: z.number().int().nonnegative(), terms: z.array(z.string()) });

/** Largest term frequency stored (tfs are 16-bit; BM25 saturates long before). */
const MAX_TF = 0xffff;

/** One BM25 field. Documents are numbered 0..n-1 in the order they were added. */
export class Bm25Index {
  private readonly avgLength: number;

  private constructor(
    readonly vocabulary: Vocabulary,
    private readonly offsets: Uint32Array,
    private readonly docs: Uint32Array,
    private readonly tfs: Uint16Array,
    private readonly docLengths: Uint32Array,
    readonly k1: number,
    readonly b: number,
  ) {
    let total = 0;
    for (const l of docLengths) total += l;
    this.avgLength = docLengths.length === 0 ? 1 : Math.max(1, total / docLengths.length);
  }

  /** Builds the index from each document's list of terms. */
  static build(docs: readonly (readonly string[])[], k1 = 1.2, b = 0.75): Bm25Index {
    const builder = new Bm25Builder(k1, b);
    for (const d of docs) builder.add(d);
    return builder.finish();
  }

  /** @internal */
  static of(vocabulary: Vocabulary, offsets: Uint32Array, docs: Uint32Array, tfs: Uint16Array, docLengths: Uint32Array, k1: number, b: number): Bm25Index {
    return new Bm25Index(vocabulary, offsets, docs, tfs, docLengths, k1, b);
  }

  /** Writes the index as `<name>.terms.json` and `<name>.{offsets,docs,lengths}.u32`, `<name>.tfs.u16` in `dir`. */
  async save(dir: string, name: string): Promise<void> {
    const file = (ext: string) => path.join(dir, `${name}.${ext}`);
    await writeFile(file('terms.json'), JSON.stringify({ k1: this.k1, b: this.b, documents: this.size, terms: this.vocabulary.terms }));
    await writeTyped(file('offsets.u32'), this.offsets);
    await writeTyped(file('docs.u32'), this.docs);
    await writeTyped(file('tfs.u16'), this.tfs);
    await writeTyped(file('lengths.u32'), this.docLengths);
  }

  /** Reads an index written by save; throws when its parts do not fit together. */
  static async load(dir: string, name: string): Promise<Bm25Index> {
    const file = (ext: string) => path.join(dir, `${name}.${ext}`);
    const meta = MetaSchema.parse(JSON.parse(await readFile(file('terms.json'), 'utf8')));
    const [offsets, docs, tfs, lengths] = await Promise.all([
      readTyped(file('offsets.u32'), Uint32Array),
      readTyped(file('docs.u32'), Uint32Array),
      readTyped(file('tfs.u16'), Uint16Array),
      readTyped(file('lengths.u32'), Uint32Array),
    ]);
    if (offsets.length !== meta.terms.length + 1 || offsets[meta.terms.length] !== docs.length || tfs.length !== docs.length || lengths.length !== meta.documents) {
      throw new Error(`the ${name} BM25 index in ${dir} is inconsistent (its files do not belong together)`);
    }
    return new Bm25Index(new Vocabulary(meta.terms), offsets, docs, tfs, lengths, meta.k1, meta.b);
  }

  get size(): number {
    return this.docLengths.length;
  }

  /** Number of documents holding the term. */
  df(term: string): number {
    const id = this.vocabulary.id(term);
    return id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
  }

  /** Inverse document frequency (BM25+ style, never negative). */
  idf(term: string): number {
    const df = this.df(term);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** True when some document holds the term. */
  has(term: string): boolean {
    return this.df(term) > 0;
  }

  /** The documents holding the term, in increasing order. */
  postings(term: string): Uint32Array {
    const id = this.vocabulary.id(term);
    return id === undefined ? new Uint32Array(0) : this.docs.subarray(this.offsets[id]!, this.offsets[id + 1]!);
  }

  /** Calls `f` with each document holding the term and the term's frequency there. */
  forEachPosting(term: string, f: (doc: number, tf: number) => void): void {
    const id = this.vocabulary.id(term);
    if (id === undefined) return;
    for (let i = this.offsets[id]!, end = this.offsets[id + 1]!; i < end; i++) f(this.docs[i]!, this.tfs[i]!);
  }

  /** Calls `f` with each document's length. */
  forEachLength(f: (doc: number, length: number) => void): void {
    this.docLengths.forEach((l, d) => f(d, l));
  }

  /** Scores every document for the query into `out` (zeroed first; a new array when not given); documents without a query term score 0. */
  score(query: readonly WeightedTerm[], out?: Float64Array): Float64Array {
    const scores = out && out.length === this.size ? out.fill(0) : new Float64Array(this.size);
    const { k1, b, docLengths, docs, tfs } = this;
    const merged = new Map<string, number>();
    for (const q of query) merged.set(q.term, Math.max(merged.get(q.term) ?? 0, q.weight));
    const base = k1 * (1 - b);
    const slope = (k1 * b) / this.avgLength;
    for (const [term, weight] of merged) {
      const id = this.vocabulary.id(term);
      if (id === undefined) continue;
      const idf = this.idf(term) * weight * (k1 + 1);
      for (let i = this.offsets[id]!, end = this.offsets[id + 1]!; i < end; i++) {
        const d = docs[i]!;
        const tf = tfs[i]!;
        scores[d]! += (idf * tf) / (tf + base + slope * docLengths[d]!);
      }
    }
    return scores;
  }
}

/**
 * BM25 over groups of the index's documents (chunks grouped by the file they come from): term
 * frequencies and lengths summed per group, idf over groups. `groupOf[i]` is chunk i's group.
 */
export class GroupedBm25 {
  private readonly lengths: Float64Array;
  private readonly avgLength: number;

  constructor(
    private readonly index: Bm25Index,
    private readonly groupOf: Uint32Array,
    readonly groups: number,
  ) {
    this.lengths = new Float64Array(groups);
    index.forEachLength((doc, length) => (this.lengths[groupOf[doc]!]! += length));
    let total = 0;
    for (const l of this.lengths) total += l;
    this.avgLength = Math.max(1, total / Math.max(1, groups));
  }

  /** Each group's score for the query. */
  score(query: readonly WeightedTerm[]): Float64Array {
    const { k1, b } = this.index;
    const out = new Float64Array(this.groups);
    const tf = new Float64Array(this.groups);
    const merged = new Map<string, number>();
    for (const q of query) merged.set(q.term, Math.max(merged.get(q.term) ?? 0, q.weight));
    for (const [term, weight] of merged) {
      tf.fill(0);
      const touched: number[] = [];
      this.index.forEachPosting(term, (doc, n) => {
        const g = this.groupOf[doc]!;
        if (tf[g] === 0) touched.push(g);
        tf[g]! += n;
      });
      const idf = Math.log(1 + (this.groups - touched.length + 0.5) / (touched.length + 0.5)) * weight * (k1 + 1);
      for (const g of touched) out[g]! += (idf * tf[g]!) / (tf[g]! + k1 * (1 - b + (b * this.lengths[g]!) / this.avgLength));
    }
    return out;
  }
}

/** Builds a Bm25Index document by document, holding term ids and counts in typed arrays. */
export class Bm25Builder {
  private readonly pairTerms = new GrowableU32(1 << 16);
  private readonly pairTfs = new GrowableU32(1 << 16, Uint16Array);
  private readonly pairStarts = new GrowableU32();
  private readonly lengths = new GrowableU32();

  constructor(
    readonly k1 = 1.2,
    readonly b = 0.75,
    readonly vocabulary = new Vocabulary(),
  ) {}

  /** Adds the next document's terms (in any order, repeats counted). */
  add(terms: readonly string[]): void {
    const tf = new Map<number, number>();
    for (const t of terms) {
      const id = this.vocabulary.add(t);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    this.pairStarts.push(this.pairTerms.length);
    for (const [id, n] of tf) {
      this.pairTerms.push(id);
      this.pairTfs.push(Math.min(n, MAX_TF));
    }
    this.lengths.push(terms.length);
  }

  get size(): number {
    return this.lengths.length;
  }

  /** The index: postings grouped by term (a counting sort of the document-ordered pairs). */
  finish(): Bm25Index {
    const terms = this.pairTerms.toArray();
    const counts = this.pairTfs.toArray();
    const starts = this.pairStarts.toArray();
    const vocabularySize = this.vocabulary.size;
    const offsets = new Uint32Array(vocabularySize + 1);
    for (const t of terms) offsets[t + 1]!++;
    for (let t = 0; t < vocabularySize; t++) offsets[t + 1]! += offsets[t]!;
    const cursor = offsets.slice(0, vocabularySize);
    const docs = new Uint32Array(terms.length);
    const tfs = new Uint16Array(terms.length);
    for (let d = 0; d < starts.length; d++) {
      const end = d + 1 < starts.length ? starts[d + 1]! : terms.length;
      for (let i = starts[d]!; i < end; i++) {
        const at = cursor[terms[i]!]!++;
        docs[at] = d;
        tfs[at] = counts[i]!;
      }
    }
    return Bm25Index.of(this.vocabulary, offsets, docs, tfs, this.lengths.toArray(), this.k1, this.b);
  }
}
