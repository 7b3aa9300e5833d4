// A real index over seeds/ plus extra document folders, for the tuning script: the same corpus
// `npm run eval` builds (eval/corpus.ts), indexed by the ingest pipeline into a cache folder keyed
// by the inputs, so that repeated tuning runs do not ingest again.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runIngest } from '../ingest/pipeline.js';
import { silentProgress } from '../ingest/progress.js';
import { openEngine, type Engine } from '../src/core/engine.js';
import { currentIndexDir } from '../src/core/index-store.js';
import { packageRoot } from '../src/core/paths.js';
import type { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { prepareCorpus, type EvalCorpus } from './corpus.js';

/** Hash of every file of the folders (and $SHISAKU_TUNE_SALT: code changes that affect the index). */
async function inputsHash(folders: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update('corpus-v2').update(process.env['SHISAKU_TUNE_SALT'] ?? '');
  for (const folder of folders) {
    for (const name of (await readdir(folder)).sort()) hash.update(name).update(await readFile(path.join(folder, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Opens (building when missing) an index over seeds/ and `extraDirs`, cached in
 * .shisaku/tune/<hash of the inputs>/, with the corpus it was built from (for mapping questions' sources).
 */
export async function openTuneEngine(extraDirs: readonly string[], tokenizer: JapaneseTokenizer): Promise<{ engine: Engine; corpus: EvalCorpus }> {
  const root = packageRoot();
  const folders = [path.join(root, 'seeds'), ...extraDirs];
  const homeDir = path.join(root, '.shisaku', 'tune', await inputsHash(folders));
  const corpus = await prepareCorpus(folders);
  try {
    let dir = existsSync(homeDir) ? await currentIndexDir(homeDir) : undefined;
    if (!dir || process.env['SHISAKU_TUNE_REBUILD']) {
      process.stderr.write(`[tune] building an index over ${folders.join(' + ')} in ${homeDir}\n`);
      dir = (await runIngest({ paths: { ...corpus.paths, homeDir }, progress: silentProgress, tokenizer })).dir;
    }
    const engine = await openEngine(dir, { tokenizer, verify: false });
    return { engine, corpus };
  } finally {
    await corpus.cleanup();
  }
}
