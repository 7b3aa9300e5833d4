// Content sniffing: what a file is by its bytes, for when extensions lie (a PDF named .txt, an
// image named .pdf) and to name what shisaku does not read (images, archives, legacy Office files).
import JSZip from 'jszip';
import type { DocumentFormat } from '../schemas.js';

/** What the bytes say: a format a loader reads, a reason no loader does, or nothing decisive. */
export type Sniffed = { format: DocumentFormat } | { refuse: string } | undefined;

const OCR = 'if it is a scanned page, run OCR on it (e.g. `tesseract FILE out -l jpn`, or `ocrmypdf -l jpn` for a PDF) and put the text into seeds/ as .txt or as a PDF with a text layer';

function image(name: string): { refuse: string } {
  return { refuse: `a ${name} image (binary, not text): it holds no text shisaku can read; ${OCR}` };
}

function archive(name: string): { refuse: string } {
  return { refuse: `a ${name} archive: shisaku does not open archives; unpack it and put the documents it holds into seeds/` };
}

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.subarray(from, Math.min(to, bytes.length))).toString('latin1');
}

/** An Office Open XML package by its parts, an OpenDocument file by its mimetype, else a ZIP archive. */
async function sniffZip(bytes: Uint8Array): Promise<Sniffed> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return archive('ZIP (damaged)');
  }
  if (zip.file('word/document.xml')) return { format: 'docx' };
  if (zip.file('ppt/presentation.xml')) return { format: 'pptx' };
  if (zip.file('xl/workbook.xml')) return { format: 'xlsx' };
  const mimetype = await zip.file('mimetype')?.async('string');
  if (mimetype?.startsWith('application/vnd.oasis.opendocument')) {
    return { refuse: `an OpenDocument file (${mimetype.replace('application/vnd.oasis.opendocument.', '')}): save it as .docx, .pptx, .xlsx or PDF and put that into seeds/` };
  }
  if (mimetype === 'application/epub+zip') return { refuse: 'an EPUB book: shisaku does not read EPUB; save it as PDF or HTML and put that into seeds/' };
  return archive('ZIP');
}

/** What the file's bytes say it is, whatever its name. */
export async function sniff(bytes: Uint8Array): Promise<Sniffed> {
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return sniffZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { refuse: 'a legacy Office file (.doc, .xls or .ppt, the binary format before Office 2007): open it in Office or LibreOffice, save it as .docx, .xlsx or .pptx, and put that into seeds/' };
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return image('PNG');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return image('JPEG');
  if (ascii(bytes, 0, 4) === 'GIF8') return image('GIF');
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return image('TIFF');
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return image('WebP');
  if (ascii(bytes, 4, 8) === 'ftyp' && /^(?:heic|heix|mif1|avif)/.test(ascii(bytes, 8, 12))) return image('HEIF/AVIF');
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26 && startsWith(bytes, [0, 0, 0, 0], 6)) return image('BMP');
  if (/^\s*(?:<\?xml[^>]*>\s*)?<svg[\s>]/i.test(ascii(bytes, 0, 512))) return image('SVG');
  if (startsWith(bytes, [0x1f, 0x8b])) return archive('gzip');
  if (ascii(bytes, 0, 3) === 'BZh') return archive('bzip2');
  if (startsWith(bytes, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return archive('xz');
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return archive('7-Zip');
  if (ascii(bytes, 0, 4) === 'Rar!') return archive('RAR');
  if (startsWith(bytes, [0x28, 0xb5, 0x2f, 0xfd])) return archive('zstd');
  if (ascii(bytes, 257, 262) === 'ustar') return archive('tar');
  if (/^-lh[0-7d]-$/.test(ascii(bytes, 2, 7))) return archive('LZH');
  if (ascii(bytes, 0, 5) === '{\\rtf') return { refuse: 'an RTF file: save it as .docx (or as text, .txt) and put that into seeds/' };
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || ascii(bytes, 0, 2) === 'MZ') return { refuse: 'a program (executable), not a document: remove it from seeds/' };
  const head = ascii(bytes, 0, 512).replace(/^\xef\xbb\xbf/, '');
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(head)) return { format: 'html' };
  return undefined;
}
