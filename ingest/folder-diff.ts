// How the documents folder differs from what an index was built from: files added, changed or
// removed since. `shisaku status` lists them as not yet indexed; `serve --watch` logs them when it
// re-ingests, and skips an ingest when nothing an index records has changed.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { INPUT_FILES, isHiddenFile } from '../src/core/corpus.js';
import type { IndexManifest } from '../src/core/manifest.js';
import { fileChecksum, inputsChecksum } from './pipeline.js';

export interface FolderDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/** A file an editor or the system writes beside documents: its writes are no reason to re-ingest (the watcher ignores them). */
export function isScratchFile(name: string): boolean {
  const base = path.basename(name);
  return base.startsWith('.') || base.endsWith('~') || /\.(swp|swx|tmp|part|crdownload)$/i.test(base) || /^#.*#$/.test(base);
}

/**
 * Compares the files directly in `seedsDir` with the manifest: documents and unreadable files by
 * checksum, unsupported files by presence, the manifest and curation files by their joint checksum.
 * `only` (file names) limits the checksums to those files; additions and removals are always found.
 */
export async function folderDiff(seedsDir: string, manifest: IndexManifest, only?: ReadonlySet<string>): Promise<FolderDiff> {
  const bySha = new Map<string, string | undefined>([
    ...manifest.seeds.map((s) => [path.basename(s.source), s.sha256] as const),
    ...manifest.problems.map((p) => [path.basename(p.source), p.sha256] as const),
  ]);
  const unsupported = new Set(manifest.unsupported.map((u) => path.basename(u.source)));
  // the files ingest reads (listSeedFiles): an editor's backup it took in is a document like any other
  const entries = (await readdir(seedsDir, { withFileTypes: true })).filter((e) => !isHiddenFile(e.name));
  const present = new Set(entries.map((e) => e.name));
  const diff: FolderDiff = { added: [], changed: [], removed: [] };
  for (const e of entries) {
    if (INPUT_FILES.includes(e.name)) continue;
    if (unsupported.has(e.name)) continue;
    if (!bySha.has(e.name)) {
      diff.added.push(e.name);
      continue;
    }
    if (!e.isFile() || (only !== undefined && !only.has(e.name))) continue;
    const before = bySha.get(e.name);
    if ((await fileChecksum(path.join(seedsDir, e.name))).sha256 !== before) diff.changed.push(e.name);
  }
  for (const name of [...bySha.keys(), ...unsupported]) if (!present.has(name)) diff.removed.push(name);
  if ((only === undefined || INPUT_FILES.some((f) => only.has(f))) && (await inputsChecksum(seedsDir)) !== manifest.inputs_sha256) {
    // the index records one checksum for both: name the one the caller saw change, else those
    // present as changed and those gone as removed (a deleted manifest.json changes the index too)
    const seen = INPUT_FILES.filter((f) => (only ? only.has(f) : true));
    diff.changed.push(...seen.filter((f) => present.has(f)));
    diff.removed.push(...seen.filter((f) => !present.has(f)));
  }
  for (const list of Object.values(diff)) list.sort();
  return diff;
}

/** True when the diff holds nothing. */
export function isUnchanged(d: FolderDiff): boolean {
  return d.added.length === 0 && d.changed.length === 0 && d.removed.length === 0;
}

/** "added a.txt, b.txt; removed c.txt" */
export function diffText(d: FolderDiff): string {
  const parts = (['added', 'changed', 'removed'] as const).filter((k) => d[k].length > 0).map((k) => `${k} ${d[k].join(', ')}`);
  return parts.length === 0 ? 'no change' : parts.join('; ');
}
