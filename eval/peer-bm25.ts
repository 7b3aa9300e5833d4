// The plain peer the eval compares shisaku with: BM25 (k1 1.2, b 0.75) on character bigrams over
// fixed 500-character windows of each document, no overlap, nothing else (no morphemes, no
// repair, no vectors, no catalogue). A window maps back to the lines it spans, so the same hit rule
// (a result's lines overlap an evidence range) scores it.
import type { Span } from './metrics.js';

export const PEER_PARAMS = { window: 500, k1: 1.2, b: 0.75 } as const;

/** A peer result, shaped like a search result's citation plus its text. */
export interface PeerHit extends Span {
  text: string;
  score: number;
}

/** NFKC, lower case, whitespace removed; then every pair of neighbouring characters (one character alone is its own term). */
export function bigrams(text: string): string[] {
  const chars = Array.from(text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ''));
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

interface Window extends Span {
  text: string;
  length: number;
  tf: Map<string, number>;
}

export class Bm25Peer {
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  private constructor(private readonly windows: Window[]) {
    let total = 0;
    for (const w of windows) {
      total += w.length;
      for (const t of w.tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
    this.avgLength = total / Math.max(1, windows.length);
  }

  /** Windows over every document: its lines joined by newlines, cut every 500 characters. */
  static build(documents: readonly { source: string; lines: readonly string[] }[], window: number = PEER_PARAMS.window): Bm25Peer {
    const windows: Window[] = [];
    for (const doc of documents) {
      const text = doc.lines.join('\n');
      // the line of every character offset
      const lineAt: number[] = [];
      doc.lines.forEach((line, i) => {
        for (let j = 0; j <= line.length; j++) lineAt.push(i + 1); // + the newline after it
      });
      for (let start = 0; start < text.length; start += window) {
        const end = Math.min(text.length, start + window);
        const slice = text.slice(start, end);
        const terms = bigrams(slice);
        if (terms.length === 0) continue;
        const tf = new Map<string, number>();
        for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
        windows.push({ source: doc.source, line_start: lineAt[start]!, line_end: lineAt[end - 1]!, text: slice, length: terms.length, tf });
      }
    }
    return new Bm25Peer(windows);
  }

  /** Number of windows. */
  get size(): number {
    return this.windows.length;
  }

  /** The `k` best windows for a query. */
  search(query: string, k: number): PeerHit[] {
    const { k1, b } = PEER_PARAMS;
    const n = this.windows.length;
    const terms = [...new Set(bigrams(query))].filter((t) => this.df.has(t));
    const idf = new Map(terms.map((t) => [t, Math.log(1 + (n - this.df.get(t)! + 0.5) / (this.df.get(t)! + 0.5))]));
    const scored: PeerHit[] = [];
    for (const w of this.windows) {
      let score = 0;
      for (const t of terms) {
        const f = w.tf.get(t);
        if (f === undefined) continue;
        score += idf.get(t)! * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * w.length) / this.avgLength)));
      }
      if (score > 0) scored.push({ source: w.source, line_start: w.line_start, line_end: w.line_end, text: w.text, score });
    }
    return scored.sort((x, y) => y.score - x.score).slice(0, k);
  }
}
