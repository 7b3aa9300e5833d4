// Checks the product's promise: a cited quote is exactly what the cited lines of the cited
// file say (whitespace aside). Used by tests, the eval harness and answer composition.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitLines } from './corpus.js';
import type { Citation } from './schemas.js';
import { squashWhitespace } from './text/normalize.js';

/** Why a citation does not hold against the files under `root`, or undefined when it does. */
export async function citationProblem(root: string, c: Citation): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(root, c.source), 'utf8');
  } catch {
    return `${c.source} does not exist under ${root}`;
  }
  const lines = splitLines(text);
  if (c.line_start < 1 || c.line_end < c.line_start || c.line_end > lines.length) {
    return `${c.source}:${c.line_start}-${c.line_end} is outside the file's ${lines.length} lines`;
  }
  const cited = squashWhitespace(lines.slice(c.line_start - 1, c.line_end).join('\n'));
  const quote = squashWhitespace(c.quote);
  if (quote === '') return `${c.source}:${c.line_start}-${c.line_end} has an empty quote`;
  return cited.includes(quote) ? undefined : `the quote is not at ${c.source}:${c.line_start}-${c.line_end}`;
}
