// The plain peer shisaku is measured against: BM25 (k1 1.2, b 0.75) on character bigrams over
// fixed 500-character windows of each document, with no tuning, no synonyms and no catalogue.
// If shisaku does not beat this on documents nobody tuned on, its extra machinery is not earning its keep.
import { Bm25Builder, type Bm25Index } from '../src/core/bm25.js';
import type { LoadedDocument } from '../src/core/corpus.js';
import { bigrams } from '../src/core/text/tokenize.js';
import type { Span } from './metrics.js';

/** Characters per window of the peer. */
export const PEER_WINDOW_CHARS = 500;

export interface PeerWindow extends Span {
  text: string;
}

/** Cuts a document into consecutive windows of about `size` characters, each mapped to its lines. */
export function windowsOf(doc: LoadedDocument, size = PEER_WINDOW_CHARS): PeerWindow[] {
  const out: PeerWindow[] = [];
  let text = '';
  let start = 1;
  doc.lines.forEach((line, i) => {
    if (text === '') start = i + 1;
    text += `${line}\n`;
    if (text.length >= size || i === doc.lines.length - 1) {
      out.push({ source: doc.meta.source, line_start: start, line_end: i + 1, text });
      text = '';
    }
  });
  return out;
}

/** Plain bigram BM25 over windows: the baseline every ranking change is compared with. */
export class PlainBm25Peer {
  private constructor(
    private readonly windows: PeerWindow[],
    private readonly index: Bm25Index,
  ) {}

  static build(documents: readonly LoadedDocument[], size = PEER_WINDOW_CHARS): PlainBm25Peer {
    const windows = documents.flatMap((d) => windowsOf(d, size));
    const builder = new Bm25Builder(1.2, 0.75);
    for (const w of windows) builder.add(bigrams(w.text));
    return new PlainBm25Peer(windows, builder.finish());
  }

  /** The k best windows for a question (its bigrams, each once). */
  search(question: string, k: number): PeerWindow[] {
    const terms = [...new Set(bigrams(question))].map((term) => ({ term, weight: 1 }));
    const scores = this.index.score(terms);
    return Array.from(scores.keys())
      .filter((i) => scores[i]! > 0)
      .sort((a, b) => scores[b]! - scores[a]! || a - b)
      .slice(0, k)
      .map((i) => this.windows[i]!);
  }
}
