// Shared test fixtures: the real seeds and a kuromoji tokenizer, loaded once per file.
import path from 'node:path';
import { loadCorpus, type LoadedCorpus } from '../../src/core/corpus.js';
import { packageRoot } from '../../src/core/paths.js';

export const ROOT = packageRoot();
export const SEEDS = path.join(ROOT, 'seeds');

/** The real corpus, as ingest sees it. */
export function loadSeeds(): Promise<LoadedCorpus> {
  return loadCorpus(SEEDS);
}
