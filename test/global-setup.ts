// Builds one real index from seeds/ (kuromoji, the corpus-built model through transformers.js,
// hnswlib-node) into a temporary folder, shared by every test file through `inject`.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runIngest } from '../ingest/pipeline.js';
import { silentProgress } from '../ingest/progress.js';
import { resolvePaths } from '../src/core/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    indexHome: string;
  }
}

let home: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  home = await mkdtemp(path.join(os.tmpdir(), 'shisaku-test-index-'));
  await runIngest({ paths: resolvePaths({ homeDir: home }), progress: silentProgress });
  project.provide('indexHome', home);
}

export async function teardown(): Promise<void> {
  if (home) await rm(home, { recursive: true, force: true });
}
