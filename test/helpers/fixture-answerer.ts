// An answerer over the real seeds and a few small documents written for a test, ingested through the
// real pipeline into a temporary folder (kuromoji, the corpus-built embedding model, HNSW, BM25).
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runIngest } from '../../ingest/pipeline.js';
import { silentProgress } from '../../ingest/progress.js';
import { Answerer } from '../../src/core/answer/answerer.js';
import { openEngine, type Engine } from '../../src/core/engine.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';
import { SEEDS } from './corpus.js';

export interface FixtureAnswerer {
  engine: Engine;
  answerer: Answerer;
  /** Removes the temporary folder. */
  close(): Promise<void>;
}

/** Ingests the seeds and `files` (file name → text) into a new temporary folder named after `label`, and opens an answerer on it. */
export async function fixtureAnswerer(label: string, files: Record<string, string>): Promise<FixtureAnswerer> {
  const root = await mkdtemp(path.join(os.tmpdir(), `shisaku-${label}-`));
  const seeds = path.join(root, 'seeds');
  await cp(SEEDS, seeds, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(seeds, name), text);
  const { dir } = await runIngest({ paths: { root, seedsDir: seeds, homeDir: path.join(root, '.shisaku') }, progress: silentProgress });
  const engine = await openEngine(dir, { tokenizer: await JapaneseTokenizer.create() });
  return { engine, answerer: new Answerer(engine), close: () => rm(root, { recursive: true, force: true }) };
}
