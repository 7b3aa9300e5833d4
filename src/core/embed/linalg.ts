// Linear algebra for the corpus-built word vectors: a compressed-row sparse matrix, a randomized
// truncated SVD (Halko, Martinsson & Tropp 2011) and a symmetric eigen-solver, in plain TypeScript.
/** Square sparse matrix in compressed-row form. */
export interface Csr {
  n: number;
  rowPtr: Int32Array;
  col: Int32Array;
  val: Float64Array;
}

const OVERSAMPLE = 10;
const POWER_ITERATIONS = 2;
/**
 * Top-k left singular vectors and values of a square sparse matrix by a randomized range finder
 * (Halko, Martinsson & Tropp 2011). Dense matrices are row-major n×l. Between power iterations the
 * columns are only rescaled: with two iterations in float64 this gives the same vectors (to 4
 * decimals) as orthonormalising at every step, which costs n·l² operations each time.
 */
export function truncatedSvd(a: Csr, k: number, random: () => number): { u: Float64Array; s: Float64Array } {
  const n = a.n;
  const l = Math.min(n, k + OVERSAMPLE);
  const at = transposed(a);
  const omega = new Float64Array(n * l);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(random);
  let y = multiply(a, omega, l);
  for (let it = 0; it < POWER_ITERATIONS; it++) {
    y = multiply(a, scaleColumns(multiply(at, scaleColumns(y, l), l), l), l);
  }
  const q = orthonormalize(scaleColumns(y, l), n, l);
  // Bᵀ = Aᵀ·Q; B·Bᵀ = E·Λ·Eᵀ gives U = Q·E and Σ = √Λ.
  const bt = multiply(at, q, l);
  const gram = new Float64Array(l * l);
  for (let i = 0; i < n; i++) axpyOuterUpper(gram, bt.subarray(i * l, (i + 1) * l), l);
  for (let r = 0; r < l; r++) for (let c = 0; c < r; c++) gram[r * l + c] = gram[c * l + r]!;
  const { values, vectors } = symmetricEigen(gram, l);
  const order = Array.from(values.keys()).sort((i, j) => values[j]! - values[i]! || i - j).slice(0, k);
  const ek = new Float64Array(l * k);
  for (let x = 0; x < l; x++) for (let c = 0; c < k; c++) ek[x * k + c] = vectors[x * l + order[c]!]!;
  const u = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const row = u.subarray(i * k, (i + 1) * k);
    for (let x = 0; x < l; x++) axpy(q[i * l + x]!, ek, x * k, row, k);
  }
  return { u, s: Float64Array.from(order, (i) => Math.sqrt(Math.max(values[i]!, 0))) };
}

/** The transpose of a CSR matrix. */
export function transposed(a: Csr): Csr {
  const { n } = a;
  const rowPtr = new Int32Array(n + 1);
  for (let p = 0; p < a.col.length; p++) rowPtr[a.col[p]! + 1]!++;
  for (let r = 0; r < n; r++) rowPtr[r + 1]! += rowPtr[r]!;
  const cursor = rowPtr.slice(0, n);
  const col = new Int32Array(a.col.length);
  const val = new Float64Array(a.col.length);
  for (let r = 0; r < n; r++) {
    for (let p = a.rowPtr[r]!; p < a.rowPtr[r + 1]!; p++) {
      const at = cursor[a.col[p]!]!++;
      col[at] = r;
      val[at] = a.val[p]!;
    }
  }
  return { n, rowPtr, col, val };
}

/** A·X for a row-major n×l dense X. */
export function multiply(a: Csr, x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(a.n * l);
  for (let i = 0; i < a.n; i++) {
    const row = y.subarray(i * l, (i + 1) * l);
    for (let p = a.rowPtr[i]!; p < a.rowPtr[i + 1]!; p++) axpy(a.val[p]!, x, a.col[p]! * l, row, l);
  }
  return y;
}

/** out[0..len) += v · x[from..from+len), unrolled by four. */
export function axpy(v: number, x: Float64Array, from: number, out: Float64Array, len: number): void {
  if (v === 0) return;
  let c = 0;
  for (; c + 3 < len; c += 4) {
    out[c]! += v * x[from + c]!;
    out[c + 1]! += v * x[from + c + 1]!;
    out[c + 2]! += v * x[from + c + 2]!;
    out[c + 3]! += v * x[from + c + 3]!;
  }
  for (; c < len; c++) out[c]! += v * x[from + c]!;
}

/** Adds the upper triangle of row·rowᵀ to an l×l matrix. */
export function axpyOuterUpper(gram: Float64Array, row: Float64Array, l: number): void {
  for (let x = 0; x < l; x++) {
    const v = row[x]!;
    if (v === 0) continue;
    const g = gram.subarray(x * l + x, x * l + l);
    axpy(v, row, x, g, l - x);
  }
}

/** Scales each column of a row-major matrix to unit length (zero columns stay zero). */
export function scaleColumns(m: Float64Array, l: number): Float64Array {
  const sums = new Float64Array(l);
  for (let i = 0; i < m.length; i++) sums[i % l]! += m[i]! * m[i]!;
  const inv = sums.map((s) => (s > 0 ? 1 / Math.sqrt(s) : 0));
  for (let i = 0; i < m.length; i++) m[i]! *= inv[i % l]!;
  return m;
}

/** Orthonormal columns spanning those of a row-major n×l matrix (modified Gram–Schmidt). */
export function orthonormalize(m: Float64Array, n: number, l: number): Float64Array {
  const cols = new Float64Array(n * l);
  for (let i = 0; i < n; i++) for (let c = 0; c < l; c++) cols[c * n + i] = m[i * l + c]!;
  for (let j = 0; j < l; j++) {
    const vj = cols.subarray(j * n, (j + 1) * n);
    const before = norm(vj);
    for (let i = 0; i < j; i++) axpy(-dot(cols, i * n, vj, n), cols, i * n, vj, n);
    const after = norm(vj);
    // A column that is (numerically) in the span of earlier ones carries no new direction.
    if (after <= 1e-12 * before || after === 0) vj.fill(0);
    else for (let r = 0; r < n; r++) vj[r]! /= after;
  }
  const out = new Float64Array(n * l);
  for (let i = 0; i < n; i++) for (let c = 0; c < l; c++) out[i * l + c] = cols[c * n + i]!;
  return out;
}

/** x[from..from+len) · y, with four accumulators. */
export function dot(x: Float64Array, from: number, y: Float64Array, len: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let c = 0;
  for (; c + 3 < len; c += 4) {
    s0 += x[from + c]! * y[c]!;
    s1 += x[from + c + 1]! * y[c + 1]!;
    s2 += x[from + c + 2]! * y[c + 2]!;
    s3 += x[from + c + 3]! * y[c + 3]!;
  }
  for (; c < len; c++) s0 += x[from + c]! * y[c]!;
  return s0 + s1 + s2 + s3;
}

/** Euclidean length. */
export function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let r = 0; r < v.length; r++) s += v[r]! * v[r]!;
  return Math.sqrt(s);
}

/**
 * Eigen-decomposition of a symmetric n×n row-major matrix: Householder tridiagonalisation and
 * implicit QL (tred2/tql2 of EISPACK, as in the public-domain JAMA). Column c of `vectors` goes
 * with values[c].
 */
export function symmetricEigen(m: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const v = Float64Array.from(m);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  const at = (r: number, c: number): number => v[r * n + c]!;
  for (let j = 0; j < n; j++) d[j] = at(n - 1, j);
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]!);
    if (scale === 0) {
      e[i] = d[i - 1]!;
      for (let j = 0; j < i; j++) {
        d[j] = at(i - 1, j);
        v[i * n + j] = 0;
        v[j * n + i] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k]! /= scale;
        h += d[k]! * d[k]!;
      }
      let f = d[i - 1]!;
      let g = f > 0 ? -Math.sqrt(h) : Math.sqrt(h);
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      e.fill(0, 0, i);
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        v[j * n + i] = f;
        g = e[j]! + at(j, j) * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += at(k, j) * d[k]!;
          e[k]! += at(k, j) * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j]! /= h;
        f += e[j]! * d[j]!;
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j]! -= hh * d[j]!;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        g = e[j]!;
        for (let k = j; k <= i - 1; k++) v[k * n + j]! -= f * e[k]! + g * d[k]!;
        d[j] = at(i - 1, j);
        v[i * n + j] = 0;
      }
    }
    d[i] = h;
  }
  for (let i = 0; i < n - 1; i++) {
    v[(n - 1) * n + i] = at(i, i);
    v[i * n + i] = 1;
    const h = d[i + 1]!;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = at(k, i + 1) / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += at(k, i + 1) * at(k, j);
        for (let k = 0; k <= i; k++) v[k * n + j]! -= g * d[k]!;
      }
    }
    for (let k = 0; k <= i; k++) v[k * n + i + 1] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = at(n - 1, j);
    v[(n - 1) * n + j] = 0;
  }
  v[(n - 1) * n + n - 1] = 1;
  e[0] = 0;

  for (let i = 1; i < n; i++) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m2 = l;
    while (m2 < n && Math.abs(e[m2]!) > eps * tst1) m2++;
    if (m2 > l) {
      for (let iter = 0; iter < 100 && Math.abs(e[l]!) > eps * tst1; iter++) {
        let g = d[l]!;
        let p = (d[l + 1]! - g) / (2 * e[l]!);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        const dl1 = d[l + 1]!;
        let h = g - d[l]!;
        for (let i = l + 2; i < n; i++) d[i]! -= h;
        f += h;
        p = d[m2]!;
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1]!;
        let s = 0;
        let s2 = 0;
        for (let i = m2 - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = Math.hypot(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          for (let k = 0; k < n; k++) {
            h = v[k * n + i + 1]!;
            v[k * n + i + 1] = s * v[k * n + i]! + c * h;
            v[k * n + i] = c * v[k * n + i]! - s * h;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      }
    }
    d[l] = d[l]! + f;
    e[l] = 0;
  }
  return { values: d, vectors: v };
}

/** The vector scaled to unit length, or left at zero. */
export function normalized(row: ArrayLike<number>): Float32Array {
  const length = norm(row);
  const out = new Float32Array(row.length);
  if (length > 0 && Number.isFinite(length)) for (let i = 0; i < row.length; i++) out[i] = row[i]! / length;
  return out;
}

/** Deterministic uniform generator in [0, 1) (mulberry32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal sample (Box–Muller). */
export function gaussian(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
