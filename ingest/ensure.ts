// Makes sure a usable index exists for seeds/: opens the current one if it is up to date and
// built with the requested model, otherwise runs ingest first (as the server does at start).
import path from 'node:path';
import { listSeedFiles } from '../src/core/corpus.js';
import { openEngine, type Engine } from '../src/core/engine.js';
import { currentIndexDir, readManifest } from '../src/core/index-store.js';
import type { IndexManifest } from '../src/core/manifest.js';
import { sameModel } from '../src/core/model.js';
import type { ShisakuPaths } from '../src/core/paths.js';
import type { RetrievalWeights } from '../src/core/retrieve.js';
import { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { fileChecksum, inputsChecksum, runIngest } from './pipeline.js';
import type { Progress } from './progress.js';

/** Why an index does not match seeds/ any more, or undefined when it does. */
export async function staleReason(paths: ShisakuPaths, manifest: IndexManifest): Promise<string | undefined> {
  const { files } = await listSeedFiles(paths.seedsDir);
  const indexed = new Map(manifest.seeds.map((s) => [path.basename(s.source), s.sha256]));
  const failed = new Map(manifest.problems.map((p) => [path.basename(p.source), p.sha256]));
  for (const f of files) {
    if (failed.has(f)) {
      // a document that could not be read is indexed again once it changes (fixed, converted)
      const before = failed.get(f);
      if (before !== undefined && (await fileChecksum(path.join(paths.seedsDir, f))).sha256 !== before) return `changed document ${f}`;
      continue;
    }
    const sha = indexed.get(f);
    if (sha === undefined) return `new document ${f}`;
    if ((await fileChecksum(path.join(paths.seedsDir, f))).sha256 !== sha) return `changed document ${f}`;
  }
  for (const f of indexed.keys()) if (!files.includes(f)) return `removed document ${f}`;
  if ((await inputsChecksum(paths.seedsDir)) !== manifest.inputs_sha256) return 'changed manifest or curation file';
  return undefined;
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
