// Where things live: the package root (found from this file, so it works from src/ under
// vitest and from dist/ when installed), seeds/, and the index folder.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding shisaku's package.json. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find shisaku package.json above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export interface ShisakuPaths {
  /** The folder that citation sources are relative to (normally the repo root). */
  root: string;
  seedsDir: string;
  /** Holds builds/ and the `current` link to the index in use. */
  homeDir: string;
}

/** Paths from options, then SHISAKU_SEEDS / SHISAKU_HOME, then the package's own folders. */
export function resolvePaths(opts: { seedsDir?: string | undefined; homeDir?: string | undefined } = {}): ShisakuPaths {
  const root = packageRoot();
  const seedsDir = path.resolve(opts.seedsDir ?? process.env['SHISAKU_SEEDS'] ?? path.join(root, 'seeds'));
  const homeDir = path.resolve(opts.homeDir ?? process.env['SHISAKU_HOME'] ?? path.join(root, '.shisaku'));
  const sourceRoot = seedsDir.startsWith(root + path.sep) ? root : path.dirname(seedsDir);
  return { root: sourceRoot, seedsDir, homeDir };
}
