// Writes and reads the index folder. A build goes into its own folder under builds/ and is
// switched in by renaming a symlink (atomic on POSIX), so a crash or Ctrl-C mid-ingest leaves
// the previous index in use. Every file's checksum is in the manifest and checked at load.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IndexNotReadyError } from './errors.js';
import { IndexManifestSchema, INDEX_FORMAT, type IndexManifest } from './manifest.js';

export const CURRENT_LINK = 'current';
export const BUILDS_DIR = 'builds';

/** The command that rebuilds the index, for error messages. */
export const REBUILD_HINT = 'run `npx shisaku ingest` (or `npm run ingest`) to rebuild it';

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else if (entry.isFile() && rel !== 'manifest.json') out.push(rel);
  }
  return out.sort();
}

/** A folder being built; nothing is visible to readers until commit(). */
export class IndexBuild {
  private constructor(
    readonly homeDir: string,
    readonly dir: string,
  ) {}

  /** Creates builds/<stamp>-<pid>/ under homeDir. */
  static async begin(homeDir: string): Promise<IndexBuild> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const dir = path.join(homeDir, BUILDS_DIR, `${stamp}-${process.pid}`);
    await mkdir(dir, { recursive: true });
    return new IndexBuild(homeDir, dir);
  }

  path(rel: string): string {
    return path.join(this.dir, rel);
  }

  async writeJson(rel: string, value: unknown): Promise<void> {
    await mkdir(path.dirname(this.path(rel)), { recursive: true });
    await writeFile(this.path(rel), JSON.stringify(value));
  }

  /** Checksums every file, writes the manifest, switches `current` to this build, prunes old builds. */
  async commit(manifest: Omit<IndexManifest, 'files' | 'format'>): Promise<IndexManifest> {
    const files: Record<string, string> = {};
    for (const rel of await listFiles(this.dir)) files[rel] = await sha256File(this.path(rel));
    const full: IndexManifest = { format: INDEX_FORMAT, ...manifest, files };
    await writeFile(this.path('manifest.json'), JSON.stringify(full, null, 1));
    const link = path.join(this.homeDir, CURRENT_LINK);
    const tmp = `${link}.tmp-${process.pid}`;
    await rm(tmp, { force: true });
    await symlink(path.relative(this.homeDir, this.dir), tmp);
    await rename(tmp, link);
    await pruneBuilds(this.homeDir, this.dir);
    return full;
  }

  /** Removes an unfinished build (on error). */
  async abort(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Deletes builds other than the current one (including ones left by a crashed ingest). */
async function pruneBuilds(homeDir: string, keep: string): Promise<void> {
  const builds = path.join(homeDir, BUILDS_DIR);
  for (const name of await readdir(builds)) {
    const dir = path.join(builds, name);
    if (dir !== keep) await rm(dir, { recursive: true, force: true });
  }
}

/** The folder of the index in use, or undefined when there is none yet. */
export async function currentIndexDir(homeDir: string): Promise<string | undefined> {
  const link = path.join(homeDir, CURRENT_LINK);
  try {
    const target = await readlink(link);
    const dir = path.resolve(homeDir, target);
    return existsSync(path.join(dir, 'manifest.json')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the manifest of the index in use; `verify` also checks every file's checksum. */
export async function readManifest(dir: string, verify: boolean): Promise<IndexManifest> {
  let manifest: IndexManifest;
  try {
    manifest = IndexManifestSchema.parse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')));
  } catch (cause) {
    throw new IndexNotReadyError(`the index manifest in ${dir} is unreadable or from another version; ${REBUILD_HINT}`, { cause });
  }
  if (verify) {
    for (const [rel, expected] of Object.entries(manifest.files)) {
      const file = path.join(dir, rel);
      const actual = existsSync(file) ? await sha256File(file) : 'missing';
      if (actual !== expected) {
        throw new IndexNotReadyError(`index file ${path.join(dir, rel)} is ${actual === 'missing' ? 'missing' : 'corrupted (checksum mismatch)'}; ${REBUILD_HINT}`);
      }
    }
  }
  return manifest;
}
