// The loader registry: which loader reads a file, by what its bytes say (extensions lie) and
// else by its extension. Adding a format is a file in this folder and a line in LOADERS.
import path from 'node:path';
import { BadDocumentError } from '../errors.js';
import type { DocumentFormat } from '../schemas.js';
import { csvLoader } from './csv.js';
import { decodeText } from './decode.js';
import { docxLoader } from './docx.js';
import { htmlLoader } from './html.js';
import { markdownLoader } from './markdown.js';
import { pdfLoader } from './pdf.js';
import { pptxLoader } from './pptx.js';
import { sniff } from './sniff.js';
import { textLoader } from './text.js';
import type { Extracted, Loader } from './types.js';
import { xlsxLoader } from './xlsx.js';

export const LOADERS: readonly Loader[] = [textLoader, markdownLoader, htmlLoader, pdfLoader, docxLoader, pptxLoader, xlsxLoader, csvLoader];

/** Every extension some loader takes, with the dot (for messages). */
export const KNOWN_EXTENSIONS = LOADERS.flatMap((l) => l.extensions.map((e) => `.${e}`));

function byFormat(format: DocumentFormat): Loader {
  return LOADERS.find((l) => l.format === format)!;
}

function byExtension(file: string): Loader | undefined {
  const ext = path.extname(file).slice(1).toLowerCase();
  return LOADERS.find((l) => l.extensions.includes(ext));
}

/** The loader for a file, or a BadDocumentError naming what it is and what to do. */
export async function chooseLoader(source: string, bytes: Uint8Array): Promise<Loader> {
  if (bytes.length === 0) throw new BadDocumentError(source, 'the file is empty; add text or remove it from seeds/');
  const sniffed = await sniff(bytes);
  if (sniffed && 'refuse' in sniffed) throw new BadDocumentError(source, sniffed.refuse.replace('FILE', path.basename(source)));
  if (sniffed) return byFormat(sniffed.format);
  const loader = byExtension(source);
  if (loader) return loader;
  const ext = path.extname(source) || '(no extension)';
  // a text file under a name shisaku does not know: say how to have it read
  decodeText(source, bytes);
  throw new BadDocumentError(source, `a text file with an extension shisaku does not read (${ext}); rename it to .txt to index it as plain text, or .md if it is Markdown (read: ${KNOWN_EXTENSIONS.join(' ')})`);
}

/** A file's text and places as its loader extracts them, with the format it was read as. */
export async function extract(source: string, bytes: Uint8Array): Promise<Extracted & { format: DocumentFormat; loader: Loader }> {
  const loader = await chooseLoader(source, bytes);
  return { ...(await loader.load({ source, bytes })), format: loader.format, loader };
}

export type { Extracted, Loader, LoaderInput } from './types.js';
