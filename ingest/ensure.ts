// Makes sure a usable index exists for seeds/: opens the current one if it is up to date and
// built with the requested model, otherwise runs ingest first (as the server does at start).
import { INPUT_FILES } from '../src/core/corpus.js';
import { openEngine, type Engine } from '../src/core/engine.js';
import { currentIndexDir, readManifest } from '../src/core/index-store.js';
import type { IndexManifest } from '../src/core/manifest.js';
import { sameModel } from '../src/core/model.js';
import type { ShisakuPaths } from '../src/core/paths.js';
import type { RetrievalWeights } from '../src/core/retrieve.js';
import { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { folderDiff, isUnchanged } from './folder-diff.js';
import { runIngest } from './pipeline.js';
import type { Progress } from './progress.js';

/**
 * Why an index does not match seeds/ any more, or undefined when it does: the first difference the
 * folder diff finds (the one status and serve --watch report), in words.
 */
export async function staleReason(paths: ShisakuPaths, manifest: IndexManifest): Promise<string | undefined> {
  const d = await folderDiff(paths.seedsDir, manifest);
  const document = (f: string) => !INPUT_FILES.includes(f);
  const added = d.added.find(document);
  const changed = d.changed.find(document);
  const removed = d.removed.find(document);
  if (added) return `new document ${added}`;
  if (changed) return `changed document ${changed}`;
  if (removed) return `removed document ${removed}`;
  return isUnchanged(d) ? undefined : 'changed manifest or curation file';
}

export interface EnsureOptions {
  paths: ShisakuPaths;
  model?: string | undefined;
  progress: Progress;
  tokenizer?: JapaneseTokenizer;
  weights?: RetrievalWeights;
}

/** Opens the current index, (re)building it first when missing, stale or built with another model. */
export async function ensureEngine(opts: EnsureOptions): Promise<Engine> {
  const tokenizer = opts.tokenizer ?? (await JapaneseTokenizer.create());
  const dir = await ensureIndex({ ...opts, tokenizer });
  return openEngine(dir, { tokenizer, verify: true, ...(opts.weights && { weights: opts.weights }) });
}

/** The folder of the current index, (re)built first when missing, stale or built with another model; not opened. */
export async function ensureIndex(opts: EnsureOptions): Promise<string> {
  let dir = await currentIndexDir(opts.paths.homeDir);
  let reason: string | undefined = dir === undefined ? 'no index yet' : undefined;
  if (dir !== undefined) {
    const manifest = await readManifest(dir, false);
    reason = !sameModel(manifest.model, opts.model) ? `index was built with ${manifest.model.name}, ${opts.model} asked for` : await staleReason(opts.paths, manifest);
  }
  if (reason !== undefined) {
    opts.progress.stage('ingest', reason);
    dir = (await runIngest({ paths: opts.paths, model: opts.model, progress: opts.progress, ...(opts.tokenizer && { tokenizer: opts.tokenizer }) })).dir;
  }
  return dir!;
}
