// Tokenising is most of ingest's time on a large corpus (kuromoji is single-threaded JavaScript),
// so a large ingest spreads it over worker threads, each with its own kuromoji. Terms come back in
// the order asked, identical to the main thread's (same code, same dictionary).
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../src/core/paths.js';
import { yearTerms } from '../src/core/query.js';
import { bigrams, type JapaneseTokenizer } from '../src/core/text/tokenize.js';

/** Below this many chunks, starting workers (a kuromoji dictionary each) costs more than it saves. */
export const POOL_MIN_CHUNKS = 5000;

/** What a batch asks: morpheme terms and year tokens of each text (lines, headings), character bigrams and year tokens of each chunk's full text. */
export interface TokeniseRequest {
  texts: string[];
  fulls: string[];
}

export interface TokeniseResult {
  terms: string[][];
  years: string[][];
  bigrams: string[][];
  fullYears: string[][];
}

/** Tokenises batches; `close` when done. */
export interface Tokenise {
  run(batch: TokeniseRequest): Promise<TokeniseResult>;
  close(): Promise<void>;
}

/** The work of one batch, in whichever thread runs it. */
export function tokeniseBatch(tokenizer: JapaneseTokenizer, batch: TokeniseRequest): TokeniseResult {
  return {
    terms: batch.texts.map((t) => tokenizer.terms(t)),
    years: batch.texts.map(yearTerms),
    bigrams: batch.fulls.map(bigrams),
    fullYears: batch.fulls.map(yearTerms),
  };
}

/** In the calling thread. */
export function inProcess(tokenizer: JapaneseTokenizer): Tokenise {
  return { run: async (batch) => tokeniseBatch(tokenizer, batch), close: async () => {} };
}

/** The compiled worker script (workers run the built JavaScript, also when ingest runs from sources). */
export function workerScript(): string {
  return path.join(packageRoot(), 'dist', 'ingest', 'tokenise-worker.js');
}

/** How many workers an ingest of `chunks` chunks uses: none for small corpora, else one per core. */
export function defaultWorkerCount(chunks: number): number {
  if (chunks < POOL_MIN_CHUNKS || !existsSync(workerScript())) return 0;
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/** A pool of `count` workers; batches go to them in turn. */
export async function startPool(count: number): Promise<Tokenise> {
  const script = workerScript();
  if (!existsSync(script)) throw new Error(`the tokenising worker ${script} is missing; run \`npm run build\``);
  const workers = await Promise.all(
    Array.from({ length: count }, () => {
      const worker = new Worker(script);
      return new Promise<Worker>((resolve, reject) => {
        worker.once('message', () => resolve(worker));
        worker.once('error', reject);
      });
    }),
  );
  const pending = new Map<number, { resolve: (result: TokeniseResult) => void; reject: (err: Error) => void }>();
  let failure: Error | undefined;
  for (const w of workers) {
    w.on('message', (msg: { id: number; result: TokeniseResult }) => {
      pending.get(msg.id)?.resolve(msg.result);
      pending.delete(msg.id);
    });
    w.on('error', (err) => {
      failure = err;
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  let next = 0;
  return {
    run: (batch) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const id = next++;
        pending.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage({ id, batch });
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
