// A worker thread of ingest's tokenising pool (see tokenise-pool.ts): loads kuromoji once, then
// answers each batch of texts with their terms, as JapaneseTokenizer.terms gives them.
import { parentPort } from 'node:worker_threads';
import { JapaneseTokenizer } from '../src/core/text/tokenize.js';

const tokenizer = await JapaneseTokenizer.create();
parentPort!.on('message', (msg: { id: number; texts: string[] }) => {
  parentPort!.postMessage({ id: msg.id, terms: msg.texts.map((t) => tokenizer.terms(t)) });
});
parentPort!.postMessage({ ready: true });
