// Writes and reads the index folder. A build goes into its own folder under builds/ and is
// switched in by renaming a symlink (atomic on POSIX), so a crash or Ctrl-C mid-ingest leaves
// the previous index in use. Every file's checksum is in the manifest and checked at load.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IndexNotReadyError } from './errors.js';
import { IndexManifestSchema, INDEX_FORMAT, type IndexManifest } from './manifest.js';

export const CURRENT_LINK = 'current';
export const BUILDS_DIR = 'builds';
/** Held by the ingest writing builds/, so two ingests into one home never prune each other's build. */
export const LOCK_FILE = 'ingest.lock';

/** The command that rebuilds the index, for error messages. */
export const REBUILD_HINT = 'run `npx shisaku ingest` (or `npm run ingest`) to rebuild it';

/** The rebuild command for the index whose build folder is `dir` (home/builds/<stamp>), naming its home. */
export function rebuildHint(dir: string): string {
  const home = path.dirname(path.dirname(path.resolve(dir)));
  return `run \`npx shisaku ingest --home ${home}\` (add --seeds DIR if the documents are not in seeds/) to rebuild it`;
}

/** Flushes a file or folder to disk, so a power cut after commit cannot leave a half-written index. */
async function fsyncPath(p: string): Promise<void> {
  const handle = await open(p, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

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

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes homeDir/ingest.lock for this process; a lock left by a process that died (a killed ingest) is taken over. */
async function acquireLock(homeDir: string): Promise<void> {
  const file = path.join(homeDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
        throw new IndexNotReadyError(`another ingest (process ${pid}) is building the index in ${homeDir}; wait for it to finish, or delete ${file} if that process is not shisaku`);
      }
      await rm(file, { force: true });
    }
  }
  throw new IndexNotReadyError(`cannot take the ingest lock ${file}; delete it if no ingest is running`);
}

async function releaseLock(homeDir: string): Promise<void> {
  const file = path.join(homeDir, LOCK_FILE);
  if ((await readFile(file, 'utf8').catch(() => '')).trim() === String(process.pid)) await rm(file, { force: true });
}

/** A folder being built; nothing is visible to readers until commit(). */
export class IndexBuild {
  private constructor(
    readonly homeDir: string,
    readonly dir: string,
  ) {}

  /** Takes the ingest lock and creates builds/<stamp>-<pid>/ under homeDir. */
  static async begin(homeDir: string): Promise<IndexBuild> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const dir = path.join(homeDir, BUILDS_DIR, `${stamp}-${process.pid}`);
    await mkdir(homeDir, { recursive: true });
    await acquireLock(homeDir);
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
    for (const rel of await listFiles(this.dir)) {
      files[rel] = await sha256File(this.path(rel));
      await fsyncPath(this.path(rel));
    }
    const full: IndexManifest = { format: INDEX_FORMAT, ...manifest, files };
    await writeFile(this.path('manifest.json'), JSON.stringify(full, null, 1));
    await fsyncPath(this.path('manifest.json'));
    const link = path.join(this.homeDir, CURRENT_LINK);
    const tmp = `${link}.tmp-${process.pid}`;
    await rm(tmp, { force: true });
    await symlink(path.relative(this.homeDir, this.dir), tmp);
    await rename(tmp, link);
    await fsyncPath(this.homeDir);
    await pruneBuilds(this.homeDir, this.dir);
    await releaseLock(this.homeDir);
    return full;
  }

  /** Removes an unfinished build (on error). */
  async abort(): Promise<void> {
    // an error after the switch (while pruning) must not delete the index now in use
    if ((await currentIndexDir(this.homeDir)) !== this.dir) await rm(this.dir, { recursive: true, force: true });
    await releaseLock(this.homeDir);
  }
}

/** Deletes builds other than the current one (including ones left by a crashed ingest). */
async function pruneBuilds(homeDir: string, keep: string): Promise<void> {
  const builds = path.join(homeDir, BUILDS_DIR);
  for (const name of await readdir(builds)) {
    const dir = path.join(builds, name);
    if (dir !== keep) await rm(dir, { recursive: true, force: true });
  }
  // links a killed ingest left before it could rename them
  for (const name of await readdir(homeDir)) {
    if (name.startsWith(`${CURRENT_LINK}.tmp-`)) await rm(path.join(homeDir, name), { force: true });
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
    throw new IndexNotReadyError(`the index manifest in ${dir} is unreadable or from another version; ${rebuildHint(dir)}`, { cause });
  }
  if (verify) {
    for (const [rel, expected] of Object.entries(manifest.files)) {
      const file = path.join(dir, rel);
      const actual = existsSync(file) ? await sha256File(file) : 'missing';
      if (actual !== expected) {
        throw new IndexNotReadyError(`index file ${path.join(dir, rel)} is ${actual === 'missing' ? 'missing' : 'corrupted (checksum mismatch)'}; ${rebuildHint(dir)}`);
      }
    }
  }
  return manifest;
}
