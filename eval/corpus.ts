// An eval corpus: one or more document folders indexed together. One folder is indexed where it is
// (citations name its files); several are copied into one temporary folder named after the first
// (seeds/ + eval/unseen/docs/ → <tmp>/seeds/), their manifests merged, so that the first folder's
// sources stay as they are and questions about it need no change. `sourceOf` maps a path as a
// question file writes it to the source the index gives.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { INPUT_FILES } from '../src/core/corpus.js';
import { resolvePaths, type ShisakuPaths } from '../src/core/paths.js';
import { DocumentManifestEntrySchema, type DocumentManifestEntry } from '../src/core/schemas.js';

export interface EvalCorpus {
  /** The folders given, absolute. */
  folders: string[];
  /** Where the index is built from and sources are relative to. */
  paths: Omit<ShisakuPaths, 'homeDir'>;
  /** The indexed source of a file given by its absolute path, for the files of the folders. */
  sourceByFile: Map<string, string>;
  /** The `style` the folders' manifest.json give each document, by indexed source. */
  styles: Map<string, string>;
  /** Removes the temporary copy, if one was made. */
  cleanup(): Promise<void>;
}


/** Entries of a folder's manifest.json, with a style where one is given; [] when there is none. */
async function manifestEntries(folder: string): Promise<(DocumentManifestEntry & { style?: string })[]> {
  let raw: string;
  try {
    raw = await readFile(path.join(folder, 'manifest.json'), 'utf8');
  } catch {
    return [];
  }
  const data = JSON.parse(raw) as unknown;
  const list = Array.isArray(data) ? data : ((data as { documents?: unknown })?.documents ?? []);
  if (!Array.isArray(list)) return [];
  return list.flatMap((e) => {
    const parsed = DocumentManifestEntrySchema.safeParse(e);
    if (!parsed.success) return [];
    const style = (e as { style?: unknown }).style;
    return [{ ...parsed.data, ...(typeof style === 'string' && { style }) }];
  });
}

/** Prepares the corpus of the given folders (the first one's catalogue curation applies). */
export async function prepareCorpus(folders: readonly string[]): Promise<EvalCorpus> {
  if (folders.length === 0) throw new Error('an eval corpus needs at least one document folder');
  const abs = folders.map((f) => path.resolve(f));
  const sourceByFile = new Map<string, string>();
  const styles = new Map<string, string>();
  if (abs.length === 1) {
    const { root, seedsDir } = resolvePaths({ seedsDir: abs[0] });
    const prefix = path.relative(root, seedsDir).split(path.sep).join('/');
    for (const name of await readdir(seedsDir)) sourceByFile.set(path.join(seedsDir, name), `${prefix}/${name}`);
    for (const e of await manifestEntries(seedsDir)) if (e.style) styles.set(`${prefix}/${e.file}`, e.style);
    return { folders: abs, paths: { root, seedsDir }, sourceByFile, styles, cleanup: async () => {} };
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'shisaku-eval-corpus-'));
  const merged = path.join(tmp, path.basename(abs[0]!));
  await mkdir(merged);
  const prefix = path.basename(merged);
  const entries: DocumentManifestEntry[] = [];
  const taken = new Set<string>();
  for (const [i, folder] of abs.entries()) {
    const manifest = new Map((await manifestEntries(folder)).map((e) => [e.file, e]));
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      if (INPUT_FILES.includes(entry.name)) {
        if (i === 0 && entry.name === 'catalogue.curation.json') await copyFile(path.join(folder, entry.name), path.join(merged, entry.name));
        continue;
      }
      // a name two folders share gets the later folder's name in front
      const name = taken.has(entry.name) ? `${path.basename(folder)}-${entry.name}` : entry.name;
      taken.add(name);
      await copyFile(path.join(folder, entry.name), path.join(merged, name));
      sourceByFile.set(path.join(folder, entry.name), `${prefix}/${name}`);
      const e = manifest.get(entry.name);
      if (e) {
        const { style, ...known } = e as DocumentManifestEntry & { style?: string };
        entries.push({ ...known, file: name });
        if (style) styles.set(`${prefix}/${name}`, style);
      }
    }
  }
  await writeFile(path.join(merged, 'manifest.json'), JSON.stringify({ documents: entries }, null, 1));
  return { folders: abs, paths: { root: tmp, seedsDir: merged }, sourceByFile, styles, cleanup: () => rm(tmp, { recursive: true, force: true }) };
}

/**
 * The indexed source a question file means by `written`: an indexed source as is; else the file it
 * names relative to one of `bases` (the question file's folder and its parents, the working folder);
 * else the one indexed file of that name.
 */
export function sourceMapper(corpus: EvalCorpus, indexed: readonly string[], bases: readonly string[]): (written: string) => string {
  const known = new Set(indexed);
  const byName = new Map<string, string[]>();
  for (const s of indexed) byName.set(path.posix.basename(s), [...(byName.get(path.posix.basename(s)) ?? []), s]);
  return (written) => {
    if (known.has(written)) return written;
    for (const base of bases) {
      const mapped = corpus.sourceByFile.get(path.resolve(base, written));
      if (mapped && known.has(mapped)) return mapped;
    }
    const same = byName.get(path.posix.basename(written)) ?? [];
    if (same.length === 1) return same[0]!;
    throw new Error(`evidence names ${written}, which is not an indexed document${same.length > 1 ? ` (several files are named ${path.posix.basename(written)}: ${same.join(', ')})` : ''}; indexed: ${indexed.slice(0, 8).join(', ')}${indexed.length > 8 ? ' …' : ''}`);
  };
}

/** The question file's folder and every folder above it, then the working folder. */
export function baseFolders(questionsFile: string): string[] {
  const out: string[] = [];
  for (let dir = path.dirname(path.resolve(questionsFile)); ; dir = path.dirname(dir)) {
    out.push(dir);
    if (path.dirname(dir) === dir) break;
  }
  return [...out, process.cwd()];
}
