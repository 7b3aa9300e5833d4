// A worker thread of ingest's tokenising pool (see tokenise-pool.ts): loads kuromoji once, then
// answers each batch with its terms, year tokens and bigrams (tokeniseBatch).
import { parentPort } from 'node:worker_threads';
import { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { tokeniseBatch, type TokeniseRequest } from './tokenise-pool.js';

const tokenizer = await JapaneseTokenizer.create();
parentPort!.on('message', (msg: { id: number; batch: TokeniseRequest }) => {
  parentPort!.postMessage({ id: msg.id, result: tokeniseBatch(tokenizer, msg.batch) });
});
parentPort!.postMessage({ ready: true });
