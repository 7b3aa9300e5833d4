// Which embedding model an index is built with: the corpus-built default, a local
// transformers.js folder (the pretrained path), and a hub model that cannot be reached here.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureEngine } from '../../ingest/ensure.js';
import { runIngest } from '../../ingest/pipeline.js';
import { silentProgress } from '../../ingest/progress.js';
import { searchDocuments } from '../../src/core/engine.js';
import { currentIndexDir, readManifest } from '../../src/core/index-store.js';
import { resolvePaths, type ShisakuPaths } from '../../src/core/paths.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';

let tmp: string;
let paths: ShisakuPaths;
let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'shisaku-model-'));
  paths = resolvePaths({ homeDir: path.join(tmp, 'home') });
  tokenizer = await JapaneseTokenizer.create();
  await runIngest({ paths, progress: silentProgress, tokenizer });
});
afterAll(async () => rm(tmp, { recursive: true, force: true }));

describe('embedding model choice', () => {
  it('records the corpus-built model in the manifest by default', async () => {
    const manifest = await readManifest((await currentIndexDir(paths.homeDir))!, true);
    expect(manifest.model).toMatchObject({ kind: 'corpus', name: 'shisaku-corpus' });
    expect(manifest.model.dimensions).toBeGreaterThan(16);
  });

  it('rebuilds with a local model folder when asked for one, and searches with it', async () => {
    const local = path.join(tmp, 'my-model');
    await cp(path.join((await currentIndexDir(paths.homeDir))!, 'model'), local, { recursive: true });
    const engine = await ensureEngine({ paths, model: local, progress: silentProgress, tokenizer });
    expect(engine.manifest.model).toMatchObject({ kind: 'pretrained', name: local, queryPrefix: '', passagePrefix: '' });
    const results = await searchDocuments(engine, 'マッチングプランナープログラムの基準額', { k: 3 });
    expect(results[0]!.citation.source).toBe('seeds/003_d3747c4912f9c266.txt');
  });

  it('refuses a hub model it cannot download, says which, and keeps the index it had', async () => {
    const before = await currentIndexDir(paths.homeDir);
    process.env['SHISAKU_OFFLINE'] = '1';
    try {
      await expect(runIngest({ paths, model: 'Xenova/multilingual-e5-small', progress: silentProgress, tokenizer })).rejects.toThrow(/Xenova\/multilingual-e5-small/);
    } finally {
      delete process.env['SHISAKU_OFFLINE'];
    }
    expect(await currentIndexDir(paths.homeDir)).toBe(before);
    await readManifest(before!, true);
  });
});
