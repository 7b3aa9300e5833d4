// Checks the product's promise: a cited quote is exactly what the cited lines of the cited
// file say (whitespace aside), and for a PDF, Office, HTML or Markdown file, that those lines of
// its extracted text stand at the cited page, slide, sheet row or heading path. The file is read
// again through its loader. Used by tests, the eval harness and answer composition.
import { stat } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { loadDocument, type LoadedDocument } from './corpus.js';
import { describeLocation, locate } from './loaders/places.js';
import type { Citation } from './schemas.js';
import { squashWhitespace } from './text/normalize.js';

/** Files read for checking, by path, kept while unchanged (a PDF is not extracted once per citation). */
const extracted = new Map<string, { mtimeMs: number; size: number; doc: LoadedDocument }>();
const KEEP_FILES = 32;

async function readCited(file: string, source: string): Promise<LoadedDocument> {
  const { mtimeMs, size } = await stat(file);
  const hit = extracted.get(file);
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.doc;
  const doc = await loadDocument(file, source, Number.MAX_SAFE_INTEGER);
  if (extracted.size >= KEEP_FILES) extracted.delete(extracted.keys().next().value!);
  extracted.set(file, { mtimeMs, size, doc });
  return doc;
}

/** Why a citation does not hold against the files under `root`, or undefined when it does. */
export async function citationProblem(root: string, c: Citation): Promise<string | undefined> {
  let doc: LoadedDocument;
  try {
    doc = await readCited(path.join(root, c.source), c.source);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `${c.source} does not exist under ${root}` : `${c.source} cannot be read: ${(err as Error).message}`;
  }
  const { lines } = doc;
  if (c.line_start < 1 || c.line_end < c.line_start || c.line_end > lines.length) {
    return `${c.source}:${c.line_start}-${c.line_end} is outside the file's ${lines.length} lines`;
  }
  const cited = squashWhitespace(lines.slice(c.line_start - 1, c.line_end).join('\n'));
  const quote = squashWhitespace(c.quote);
  if (quote === '') return `${c.source}:${c.line_start}-${c.line_end} has an empty quote`;
  if (!cited.includes(quote)) return `the quote is not at ${c.source}:${c.line_start}-${c.line_end}`;
  if (c.location !== undefined) {
    const actual = locate(doc.places, c.line_start, c.line_end);
    if (!isDeepStrictEqual(actual, c.location)) {
      return `${c.source}:${c.line_start}-${c.line_end} stands at ${describeLocation(actual) || 'no page, slide or sheet'}, not at ${describeLocation(c.location)} as cited`;
    }
  }
  return undefined;
}
