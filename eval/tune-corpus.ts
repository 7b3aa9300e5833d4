// A real index over seeds/ plus extra document folders, built by the ingest pipeline into a
// cache folder keyed by the inputs, for the tuning script and the generalisation measurements.
// The extra documents are dropped in as a user would: files only, no manifest entries.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runIngest } from '../ingest/pipeline.js';
import { silentProgress } from '../ingest/progress.js';
import { openEngine, type Engine } from '../src/core/engine.js';
import { currentIndexDir } from '../src/core/index-store.js';
import { packageRoot, resolvePaths } from '../src/core/paths.js';
import type { JapaneseTokenizer } from '../src/core/text/tokenize.js';

async function inputFiles(dir: string, all: boolean): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return names.filter((n) => all || n.toLowerCase().endsWith('.txt')).map((n) => path.join(dir, n));
}

/**
 * Opens (building when missing) an index over seeds/ and the .txt files of `extraDirs`,
 * in .shisaku/tune/<hash of the inputs>/.
 */
export async function openTuneEngine(extraDirs: readonly string[], tokenizer: JapaneseTokenizer): Promise<Engine> {
  const root = packageRoot();
  const files = [...(await inputFiles(path.join(root, 'seeds'), true)), ...(await Promise.all(extraDirs.map((d) => inputFiles(d, false)))).flat()];
  const hash = createHash('sha256');
  for (const f of files) hash.update(path.basename(f)).update(await readFile(f));
  // code changes that affect the index (chunking, catalogue rules) must rebuild it too
  hash.update(process.env['SHISAKU_TUNE_SALT'] ?? '');
  const base = path.join(root, '.shisaku', 'tune', hash.digest('hex').slice(0, 16));
  const seedsDir = path.join(base, 'seeds');
  const paths = resolvePaths({ seedsDir, homeDir: path.join(base, 'home') });
  let dir = existsSync(paths.homeDir) ? await currentIndexDir(paths.homeDir) : undefined;
  if (!dir || process.env['SHISAKU_TUNE_REBUILD']) {
    await rm(seedsDir, { recursive: true, force: true });
    await mkdir(seedsDir, { recursive: true });
    for (const f of files) await copyFile(f, path.join(seedsDir, path.basename(f)));
    process.stderr.write(`[tune] building an index over ${files.length} files in ${base}\n`);
    dir = (await runIngest({ paths, progress: silentProgress, tokenizer })).dir;
  }
  return openEngine(dir, { tokenizer, verify: false });
}

/** Rewrites evidence sources (`eval/dev/docs/x.txt`, `seeds/x.txt`) to the engine's source of the same file name. */
export function sourceMapper(engine: Engine): (source: string) => string {
  const byName = new Map(engine.documents.map((d) => [path.basename(d.meta.source), d.meta.source]));
  return (source) => byName.get(path.basename(source)) ?? source;
}
