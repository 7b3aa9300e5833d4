// What `status` and `serve --watch` call "not yet indexed" is read from the same listing ingest reads:
// a file ingest took in (an editor's backup copy too) is no change once the index holds it.
import { mkdtemp, mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { staleReason } from '../../ingest/ensure.js';
import { folderDiff, isUnchanged } from '../../ingest/folder-diff.js';
import { runIngest } from '../../ingest/pipeline.js';
import { silentProgress } from '../../ingest/progress.js';
import type { IndexManifest } from '../../src/core/manifest.js';

let root: string;
let seeds: string;
let manifest: IndexManifest;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shisaku-diff-'));
  seeds = path.join(root, 'seeds');
  await mkdir(seeds);
  await writeFile(path.join(seeds, 'a.txt'), '里山テクノ連携推進事業の概要\n令和５年度より開始した。\n');
  await writeFile(path.join(seeds, 'a.txt~'), '里山テクノ連携推進事業の概要\n令和４年度より開始した。\n');
  await writeFile(path.join(seeds, 'manifest.json'), JSON.stringify({ documents: [] }));
  ({ manifest } = await runIngest({ paths: { root, seedsDir: seeds, homeDir: path.join(root, '.shisaku') }, progress: silentProgress }));
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

it('an editor backup ingest read is not reported removed straight after the ingest', async () => {
  const diff = await folderDiff(seeds, manifest);
  expect(diff).toEqual({ added: [], changed: [], removed: [] });
  expect(isUnchanged(diff)).toBe(true);
});

it('a deleted manifest.json is a change for status, serve --watch and the server start alike', async () => {
  const paths = { root, seedsDir: seeds, homeDir: path.join(root, '.shisaku') };
  expect(await staleReason(paths, manifest)).toBeUndefined();
  await unlink(path.join(seeds, 'manifest.json'));
  const diff = await folderDiff(seeds, manifest);
  expect(diff.removed).toContain('manifest.json');
  expect(await staleReason(paths, manifest)).toBe('changed manifest or curation file');
});
