// Scratch index homes and seed folders for ingest tests: a copy of the index global setup built,
// a copy of some real seeds, and the CLI run as a child process.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { ROOT, SEEDS } from './corpus.js';

export const CLI = path.join(ROOT, 'dist', 'src', 'cli.js');

/** A fresh temporary folder. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `shisaku-${prefix}-`));
}

/** A copy of the test index home (its `current` link stays relative, so it points into the copy). */
export async function copyTestIndex(): Promise<string> {
  const home = await tempDir('home');
  await cp(inject('indexHome'), home, { recursive: true, verbatimSymlinks: true });
  return home;
}

/**
 * A seeds folder holding copies of the named real documents with the manifest; all of them and
 * the curation file when `files` is omitted (the curation file names every document, so a subset
 * goes without it).
 */
export async function copySeeds(files?: string[]): Promise<string> {
  const dir = path.join(await tempDir('seeds'), 'seeds');
  await mkdir(dir);
  const keep = (name: string) => (name.endsWith('.txt') ? files === undefined || files.includes(name) : name !== 'catalogue.curation.json' || files === undefined);
  await cp(SEEDS, dir, { recursive: true, filter: (src) => src === SEEDS || keep(path.basename(src)) });
  return dir;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Runs the CLI; when `killOn` matches a line of its stderr, kills it with SIGKILL after
 * `delayMs` (so the kill lands at that point of the run).
 */
export function runCli(args: string[], opts: { env?: NodeJS.ProcessEnv; killOn?: RegExp; delayMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: opts.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (opts.killOn && !killing && opts.killOn.test(stderr)) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), opts.delayMs ?? 0);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}
