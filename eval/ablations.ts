// The eval's ablations, run in-process over the same index: retrieval by lexical only, dense only
// and hybrid; and the whole system without the catalogue (an index copy whose catalogue is empty
// and whose lexicon lacks the catalogue's names and aliases, answers without catalogue facts).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Answerer } from '../src/core/answer/answerer.js';
import { aliasLexicon } from '../src/core/catalogue/query.js';
import type { Catalogue } from '../src/core/catalogue/schema.js';
import { openEngine, searchDocuments, type Engine } from '../src/core/engine.js';
import type { RetrievalMode, RetrievalWeights } from '../src/core/retrieve.js';
import type { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { retrievalOf, scoreAnswer, type QuestionRun } from './answer-metrics.js';
import type { Question } from './questions.js';

export const EMPTY_CATALOGUE: Catalogue = { documents: [], plans: [], programmes: [], clusters: [], lexicon: { fields: [] }, warnings: [] };

/**
 * Opens a copy of the index in `dir` without the catalogue: catalogue.json emptied, and the
 * lexicon's name groups that come from the catalogue removed. The copy is deleted by `close`.
 */
export async function openWithoutCatalogue(dir: string, tokenizer: JapaneseTokenizer, catalogue: Catalogue, weights?: RetrievalWeights): Promise<{ engine: Engine; close: () => Promise<void> }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'shisaku-eval-nocat-'));
  await cp(dir, tmp, { recursive: true });
  const names = new Set(aliasLexicon(catalogue).flatMap((e) => e.names));
  const lexicon = JSON.parse(await readFile(path.join(tmp, 'lexicon.json'), 'utf8')) as { names: string[][] };
  lexicon.names = lexicon.names.filter((group) => !group.some((n) => names.has(n)));
  await writeFile(path.join(tmp, 'lexicon.json'), JSON.stringify(lexicon));
  await writeFile(path.join(tmp, 'catalogue.json'), JSON.stringify(EMPTY_CATALOGUE));
  const engine = await openEngine(tmp, { tokenizer, verify: false, ...(weights && { weights }) });
  return { engine, close: () => rm(tmp, { recursive: true, force: true }) };
}

export interface InProcessOptions {
  mode: RetrievalMode;
  /** Answer too (slower); otherwise retrieval only. */
  answers: boolean;
  /** Use catalogue facts in answers. */
  catalogue: boolean;
  root: string;
  /** The real catalogue, to judge answers' names whatever the system under test knew. */
  judge: Catalogue;
}

/** Runs the questions through one engine in-process: search (k=5) and, if asked, answers. */
export async function runInProcess(engine: Engine, questions: readonly Question[], opts: InProcessOptions): Promise<QuestionRun[]> {
  const answerer = opts.answers ? new Answerer(engine, { catalogue: opts.catalogue }) : undefined;
  const runs: QuestionRun[] = [];
  for (const q of questions) {
    const results = await searchDocuments(engine, q.question, { k: 5, mode: opts.mode });
    const answer = answerer ? await scoreAnswer(q, await answerer.answer(q.question, { mode: opts.mode }), opts.root, opts.judge) : undefined;
    runs.push({ q, retrieval: retrievalOf(q, results), answer });
  }
  return runs;
}
