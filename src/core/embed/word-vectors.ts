// Word vectors learnt from the corpus's own co-occurrences (PPMI + truncated SVD), so shisaku has a
// default embedding model where no pretrained one can be downloaded; plus retrofitting to synonyms.
import { InvalidInputError } from '../errors.js';
import { mulberry32, normalized, truncatedSvd, type Csr } from './linalg.js';

/** Trained vectors: row i of `vectors` (length `dim`, L2-normalised or all zeros) is `vocab[i]`. */
export interface WordVectors {
  vocab: string[];
  vectors: Float32Array;
  dim: number;
}

export interface TrainWordVectorsOptions {
  /** Vector size; clamped to the vocabulary size. Default 256. */
  dim?: number;
  /** Context window on each side; a pair at distance d counts 1/d. Default 5. */
  window?: number;
  /** Words seen fewer times are left out (and skipped as contexts). Default 1. */
  minCount?: number;
  /** Context-distribution smoothing exponent of PPMI. Default 0.75. */
  alpha?: number;
  /** W = U·Σ^p: the power p applied to the singular values. Default 0.5. */
  eigenPower?: number;
  /** Seed of the random range finder. Default 42. */
  seed?: number;
}

export interface RetrofitOptions {
  /** Default 10. */
  iterations?: number;
  /** Weight of a word's own trained vector. Default 1. */
  alpha?: number;
  /** Total weight of its synonyms (shared equally among them). Default 1. */
  beta?: number;
}


/**
 * Trains word vectors on tokenised sentences: 1/d-weighted symmetric window counts, PPMI with
 * smoothed contexts, randomized truncated SVD (seeded, so the same input gives the same output).
 */
export function trainWordVectors(sentences: string[][], opts: TrainWordVectorsOptions = {}): WordVectors {
  const window = opts.window ?? 5;
  const vocab = buildVocab(sentences, opts.minCount ?? 1);
  if (vocab.length === 0) {
    throw new InvalidInputError(`no word occurs at least minCount=${opts.minCount ?? 1} times in ${sentences.length} sentences`);
  }
  const dim = Math.max(1, Math.min(opts.dim ?? 256, vocab.length));
  const ppmi = ppmiMatrix(cooccurrences(sentences, vocab, window), opts.alpha ?? 0.75);
  const { u, s } = truncatedSvd(ppmi, dim, mulberry32(opts.seed ?? 42));
  const p = opts.eigenPower ?? 0.5;
  const scale = Array.from(s, (x) => Math.pow(Math.max(x, 0), p));
  const vectors = new Float32Array(vocab.length * dim);
  for (let i = 0; i < vocab.length; i++) {
    const row = new Float64Array(dim);
    for (let c = 0; c < dim; c++) row[c] = u[i * dim + c]! * scale[c]!;
    vectors.set(normalized(row), i * dim);
  }
  return { vocab, vectors, dim };
}

/**
 * Retrofits vectors toward synonym groups (Faruqui et al. 2015): each word in a group moves toward
 * the mean of its synonyms while staying near its own vector. Out-of-vocabulary words are ignored.
 */
export function retrofit(
  vocab: string[],
  vectors: Float32Array,
  dim: number,
  groups: string[][],
  opts: RetrofitOptions = {},
): Float32Array {
  const index = new Map(vocab.map((w, i) => [w, i]));
  const neighbours = new Map<number, Set<number>>();
  for (const group of groups) {
    const ids = [...new Set(group.map((w) => index.get(w)).filter((i): i is number => i !== undefined))];
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        let set = neighbours.get(a);
        if (!set) neighbours.set(a, (set = new Set()));
        set.add(b);
      }
    }
  }
  const alpha = opts.alpha ?? 1;
  const beta = opts.beta ?? 1;
  const base = Float64Array.from(vectors);
  let current = Float64Array.from(vectors);
  const nodes = [...neighbours.entries()].sort((x, y) => x[0] - y[0]);
  for (let it = 0; it < (opts.iterations ?? 10); it++) {
    const next = Float64Array.from(current);
    for (const [i, set] of nodes) {
      const w = beta / set.size;
      for (let c = 0; c < dim; c++) {
        let sum = 0;
        for (const j of set) sum += current[j * dim + c]!;
        next[i * dim + c] = (alpha * base[i * dim + c]! + w * sum) / (alpha + beta);
      }
    }
    current = next;
  }
  const out = new Float32Array(vectors.length);
  for (let i = 0; i < vocab.length; i++) out.set(normalized(current.subarray(i * dim, (i + 1) * dim)), i * dim);
  return out;
}

/** Words with count ≥ minCount, most frequent first, ties in code-point order. */
function buildVocab(sentences: string[][], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) if (w !== '') counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
}

/** Symmetric co-occurrence counts, a pair at distance d weighing 1/d, as a CSR matrix. */
function cooccurrences(sentences: string[][], vocab: string[], window: number): Csr {
  const n = vocab.length;
  const index = new Map(vocab.map((w, i) => [w, i]));
  const upper: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const s of sentences) {
    const ids = s.map((w) => index.get(w) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const a = ids[i]!;
      if (a < 0) continue;
      for (let d = 1; d <= window && i + d < ids.length; d++) {
        const b = ids[i + d]!;
        if (b < 0) continue;
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const row = upper[lo]!;
        row.set(hi, (row.get(hi) ?? 0) + (lo === hi ? 2 : 1) / d);
      }
    }
  }
  const counts = new Int32Array(n);
  upper.forEach((row, r) => {
    for (const c of row.keys()) {
      counts[r]!++;
      if (c !== r) counts[c]!++;
    }
  });
  const rowPtr = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) rowPtr[r + 1] = rowPtr[r]! + counts[r]!;
  const col = new Int32Array(rowPtr[n]!);
  const val = new Float64Array(rowPtr[n]!);
  const cursor = rowPtr.slice(0, n);
  // Rows are visited in order, so each row receives its lower (mirrored) entries before its own.
  upper.forEach((row, r) => {
    for (const c of [...row.keys()].sort((x, y) => x - y)) {
      const x = row.get(c)!;
      col[cursor[r]!] = c;
      val[cursor[r]!++] = x;
      if (c !== r) {
        col[cursor[c]!] = r;
        val[cursor[c]!++] = x;
      }
    }
  });
  return { n, rowPtr, col, val };
}

/** Positive PMI with context counts raised to `alpha`; non-positive cells are dropped. */
function ppmiMatrix(x: Csr, alpha: number): Csr {
  const { n, rowPtr } = x;
  const rowSum = new Float64Array(n);
  for (let r = 0; r < n; r++) for (let p = rowPtr[r]!; p < rowPtr[r + 1]!; p++) rowSum[r]! += x.val[p]!;
  const ctx = rowSum.map((s) => Math.pow(s, alpha));
  const ctxTotal = ctx.reduce((a, b) => a + b, 0);
  const keepPtr = new Int32Array(n + 1);
  const col: number[] = [];
  const val: number[] = [];
  for (let r = 0; r < n; r++) {
    for (let p = rowPtr[r]!; p < rowPtr[r + 1]!; p++) {
      const c = x.col[p]!;
      const pmi = Math.log((x.val[p]! * ctxTotal) / (rowSum[r]! * ctx[c]!));
      if (pmi > 0) {
        col.push(c);
        val.push(pmi);
      }
    }
    keepPtr[r + 1] = col.length;
  }
  return { n, rowPtr: keepPtr, col: Int32Array.from(col), val: Float64Array.from(val) };
}
