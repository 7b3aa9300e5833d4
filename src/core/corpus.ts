// Loads the documents in seeds/: every file through the loader for its format (src/core/loaders/),
// applies seeds/manifest.json, and reports a file that cannot be indexed by name with the reason
// and what to do, instead of skipping it silently or failing the whole corpus.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { BadDocumentError } from './errors.js';
import { chooseLoader } from './loaders/index.js';
import { SeedsManifestSchema, type DocumentManifestEntry, type DocumentMeta, type Place } from './schemas.js';
import { titleFromLines } from './text/title.js';
import { CURATION_FILE } from './catalogue/curation.js';

export { splitLines } from './loaders/decode.js';

/** A document as loaded: metadata, its lines (a text file's exactly as in the file) and where they stand. */
export interface LoadedDocument {
  meta: DocumentMeta;
  lines: string[];
  /** Where runs of lines stand in the original file (page, slide, sheet row, heading path); absent for text. */
  places?: Place[];
  /** 'lines': each line stands alone (paragraphs, cells); otherwise wrapped lines are joined for display. */
  layout?: 'lines';
}

/** The outcome of loading seeds/: the documents that loaded and the ones that did not. */
export interface LoadedCorpus {
  documents: LoadedDocument[];
  problems: BadDocumentError[];
}

export const MANIFEST_FILE = 'manifest.json';
/** Files in seeds/ that are inputs to ingest but not documents. */
export const INPUT_FILES: readonly string[] = [MANIFEST_FILE, CURATION_FILE];
/** Largest document read: 10 MiB, about 3.5 million Japanese characters. A larger file is reported, not read. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Largest file of any format, as a multiple of the text limit (a PDF or Office file may be this much larger). */
const MAX_SIZE_FACTOR = 20;

/** A stable id from a file name: its stem, lower-cased, with anything else than [a-z0-9_-] dropped. */
export function idFromFile(file: string): string {
  const stem = path.basename(file, path.extname(file)).toLowerCase();
  return stem.replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'doc';
}

/** A hidden file (.DS_Store, .gitkeep): never read as a document. */
export function isHiddenFile(name: string): boolean {
  return name.startsWith('.');
}

/**
 * What seeds/ holds: the files that may be documents (every file but the manifest, the curation
 * file and hidden files), sorted, and the sub-folders that hold something (reported, not read).
 */
export async function listSeedFiles(seedsDir: string): Promise<{ files: string[]; folders: string[] }> {
  const entries = await readdir(seedsDir, { withFileTypes: true });
  const visible = entries.filter((d) => !isHiddenFile(d.name) && !INPUT_FILES.includes(d.name));
  const folders: string[] = [];
  for (const d of visible.filter((e) => e.isDirectory())) {
    if ((await readdir(path.join(seedsDir, d.name))).some((n) => !isHiddenFile(n))) folders.push(d.name);
  }
  return { files: visible.filter((d) => d.isFile()).map((d) => d.name).sort(), folders: folders.sort() };
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

async function readManifest(seedsDir: string): Promise<DocumentManifestEntry[]> {
  let raw: string;
  try {
    raw = await readFile(path.join(seedsDir, MANIFEST_FILE), 'utf8');
  } catch {
    return [];
  }
  const parsed = SeedsManifestSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    throw new BadDocumentError(`seeds/${MANIFEST_FILE}`, `invalid manifest: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data.documents;
}


/**
 * Loads every document in seedsDir (sorted by name), each through the loader for its format.
 * `sourcePrefix` is how sources are written in citations (the seeds folder's path from the repo
 * root, normally "seeds"); a file over its format's size limit is reported without being read whole.
 */
export async function loadCorpus(seedsDir: string, sourcePrefix = 'seeds', maxBytes = MAX_DOCUMENT_BYTES): Promise<LoadedCorpus> {
  const manifest = await readManifest(seedsDir);
  const byFile = new Map(manifest.map((e) => [e.file, e]));
  const { files, folders } = await listSeedFiles(seedsDir);
  const documents: LoadedDocument[] = [];
  const problems: BadDocumentError[] = folders.map(
    (f) => new BadDocumentError(`${sourcePrefix}/${f}`, 'a folder: shisaku reads the files directly in the documents folder, not in sub-folders; move the documents it holds up one level'),
  );
  const seenIds = new Set<string>();
  for (const file of files) {
    const source = `${sourcePrefix}/${file}`;
    try {
      const doc = await loadDocument(path.join(seedsDir, file), source, maxBytes);
      const entry = byFile.get(file);
      let id = entry?.id ?? idFromFile(file);
      if (seenIds.has(id)) id = `${id}-${seenIds.size}`;
      seenIds.add(id);
      documents.push({
        ...doc,
        meta: {
          ...doc.meta,
          id,
          title: entry?.title ?? doc.meta.title,
          ...(entry?.kind !== undefined && { kind: entry.kind }),
          ...(entry?.issuer !== undefined && { issuer: entry.issuer }),
          ...(entry?.period !== undefined && { period: entry.period }),
          ...(entry?.description !== undefined && { description: entry.description }),
        },
      });
    } catch (err) {
      problems.push(err instanceof BadDocumentError ? err : new BadDocumentError(source, `cannot be read: ${(err as Error).message}`, { cause: err }));
    }
  }
  problems.sort((a, b) => a.source.localeCompare(b.source));
  return { documents, problems };
}

/**
 * One file through its loader: lines, places and metadata (id from the file name; the caller
 * applies the manifest). Throws a BadDocumentError saying why it cannot be indexed and what to do.
 */
export async function loadDocument(file: string, source: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<LoadedDocument> {
  const { size } = await stat(file);
  if (size > maxBytes * MAX_SIZE_FACTOR) {
    throw new BadDocumentError(source, `the file is ${mb(size)} MB, more than the ${mb(maxBytes * MAX_SIZE_FACTOR)} MB any document may have; split it (or raise SHISAKU_MAX_DOCUMENT_MB)`);
  }
  const bytes = await readFile(file);
  const loader = await chooseLoader(source, bytes);
  if (size > maxBytes * loader.sizeFactor) {
    const what = loader.format === 'text' ? 'one document may have; split it into several .txt files' : `a ${loader.format.toUpperCase()} file may have; split it`;
    throw new BadDocumentError(source, `the file is ${mb(size)} MB, more than the ${mb(maxBytes * loader.sizeFactor)} MB ${what} (or raise SHISAKU_MAX_DOCUMENT_MB)`);
  }
  const extracted = await loader.load({ source, bytes });
  const { lines } = extracted;
  if (lines.every((l) => l.trim() === '')) throw new BadDocumentError(source, `no text could be extracted from this ${loader.format.toUpperCase()} file; if it holds only images, run OCR on it and put the text into seeds/`);
  const textBytes = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  if (loader.format !== 'text' && textBytes > maxBytes) {
    throw new BadDocumentError(source, `the file holds ${mb(textBytes)} MB of text, more than the ${mb(maxBytes)} MB one document may have; split it (or raise SHISAKU_MAX_DOCUMENT_MB)`);
  }
  return {
    meta: {
      id: idFromFile(file),
      title: extracted.title?.slice(0, 80) ?? titleFromLines(lines),
      source,
      line_count: lines.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ...(loader.format !== 'text' && { format: loader.format }),
      ...(extracted.encoding !== undefined && { encoding: extracted.encoding }),
    },
    lines,
    ...(extracted.places !== undefined && { places: extracted.places }),
    ...(extracted.layout !== undefined && { layout: extracted.layout }),
  };
}
