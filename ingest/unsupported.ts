// What ingest leaves aside in the documents folder: every entry that is neither a document it
// loaded, nor one it reported as unreadable, nor one of its own input files. Recorded in the index
// manifest so that `shisaku status` and /healthz can say what was not indexed and why.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { INPUT_FILES, isHiddenFile } from '../src/core/corpus.js';

/**
 * Entries of `seedsDir` ingest did not take: `taken` holds the sources it loaded or reported
 * (as `${sourcePrefix}/${name}`). Hidden files (editor swap files, .DS_Store) are not listed.
 */
export async function unsupportedFiles(seedsDir: string, sourcePrefix: string, taken: ReadonlySet<string>): Promise<{ source: string; reason: string }[]> {
  const out: { source: string; reason: string }[] = [];
  for (const entry of await readdir(seedsDir, { withFileTypes: true })) {
    const source = `${sourcePrefix}/${entry.name}`;
    if (isHiddenFile(entry.name) || INPUT_FILES.includes(entry.name) || taken.has(source)) continue;
    if (entry.isDirectory()) {
      out.push({ source, reason: 'a folder: only files directly in the documents folder are read' });
      continue;
    }
    const ext = path.extname(entry.name).toLowerCase();
    out.push({ source, reason: `not a document format shisaku reads (${ext === '' ? 'no extension' : ext}); convert it to UTF-8 text (.txt)` });
  }
  return out.sort((a, b) => a.source.localeCompare(b.source));
}
