// Loads the documents in seeds/: validates UTF-8, applies seeds/manifest.json, and reports
// a bad document by name instead of skipping it silently or failing the whole corpus.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { BadDocumentError } from './errors.js';
import { SeedsManifestSchema, type DocumentManifestEntry, type DocumentMeta } from './schemas.js';
import { titleFromLines } from './text/title.js';

/** A document as loaded: metadata and its original lines, exactly as in the file. */
export interface LoadedDocument {
  meta: DocumentMeta;
  lines: string[];
}

/** The outcome of loading seeds/: the documents that loaded and the ones that did not. */
export interface LoadedCorpus {
  documents: LoadedDocument[];
  problems: BadDocumentError[];
}

export const MANIFEST_FILE = 'manifest.json';
/** Largest document read: 10 MiB, about 3.5 million Japanese characters. A larger file is reported, not read. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Splits file text into lines the way editors number them (\n, \r\n or \r). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A stable id from a file name: its stem, lower-cased, with anything else than [a-z0-9_-] dropped. */
export function idFromFile(file: string): string {
  const stem = path.basename(file, path.extname(file)).toLowerCase();
  return stem.replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'doc';
}

/** Decodes bytes as UTF-8 text, or explains why the file is not a text document. */
export function decodeDocument(source: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new BadDocumentError(source, 'the file is empty; add text or remove it from seeds/');
  if (bytes.includes(0)) throw new BadDocumentError(source, 'the file contains NUL bytes, so it is binary, not text; convert it to UTF-8 text (.txt)');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (cause) {
    throw new BadDocumentError(source, 'the file is not valid UTF-8 (Shift_JIS or EUC-JP?); convert it, e.g. `iconv -f SHIFT_JIS -t UTF-8`', { cause });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new BadDocumentError(source, 'the file holds only whitespace; add text or remove it from seeds/');
  return text;
}

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
 * Loads every .txt file in seedsDir (sorted by name). `sourcePrefix` is how sources are
 * written in citations (the seeds folder's path from the repo root, normally "seeds");
 * a file over `maxBytes` is reported as a problem without being read.
 */
export async function loadCorpus(seedsDir: string, sourcePrefix = 'seeds', maxBytes = MAX_DOCUMENT_BYTES): Promise<LoadedCorpus> {
  const manifest = await readManifest(seedsDir);
  const byFile = new Map(manifest.map((e) => [e.file, e]));
  const files = (await readdir(seedsDir, { withFileTypes: true }))
    .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.txt'))
    .map((d) => d.name)
    .sort();
  const documents: LoadedDocument[] = [];
  const problems: BadDocumentError[] = [];
  const seenIds = new Set<string>();
  for (const file of files) {
    const source = `${sourcePrefix}/${file}`;
    try {
      const { size } = await stat(path.join(seedsDir, file));
      if (size > maxBytes) {
        const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
        throw new BadDocumentError(source, `the file is ${mb(size)} MB, more than the ${mb(maxBytes)} MB one document may have; split it into several .txt files (or raise SHISAKU_MAX_DOCUMENT_MB)`);
      }
      const bytes = await readFile(path.join(seedsDir, file));
      const text = decodeDocument(source, bytes);
      const lines = splitLines(text);
      const entry = byFile.get(file);
      let id = entry?.id ?? idFromFile(file);
      if (seenIds.has(id)) id = `${id}-${seenIds.size}`;
      seenIds.add(id);
      documents.push({
        meta: {
          id,
          title: entry?.title ?? titleFromLines(lines),
          source,
          line_count: lines.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          ...(entry?.kind !== undefined && { kind: entry.kind }),
          ...(entry?.issuer !== undefined && { issuer: entry.issuer }),
          ...(entry?.period !== undefined && { period: entry.period }),
          ...(entry?.description !== undefined && { description: entry.description }),
        },
        lines,
      });
    } catch (err) {
      problems.push(err instanceof BadDocumentError ? err : new BadDocumentError(source, `cannot be read: ${(err as Error).message}`, { cause: err }));
    }
  }
  return { documents, problems };
}
