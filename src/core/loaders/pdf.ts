// PDFs with a text layer (.pdf), Japanese CID fonts included: pdf.js (the legacy build, for Node)
// with the CMaps and standard font data it ships, read page by page (each page's objects released
// before the next), lines put in reading order (pdf-layout.ts), running headers, footers and page
// numbers dropped, each page's lines cited by page. A PDF without a text layer is reported.
import { createRequire } from 'node:module';
import path from 'node:path';
import { BadDocumentError } from '../errors.js';
import { dropRunningLines, pageLines, type CollectedPage, type PdfItem } from './pdf-layout.js';
import type { Loader } from './types.js';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** Where pdf.js finds its CMaps (CID fonts: Japanese Identity-H, UniJIS-…) and standard font data. */
const PDFJS_DATA = {
  cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
  cMapPacked: true,
  standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
};
/** Pages between full clean-ups of the document's caches (fonts are reloaded after one). */
const CLEANUP_EVERY = 25;
/** Fewer visible characters than this per page on average: no text layer (a scan). */
const MIN_CHARS_PER_PAGE = 5;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

const NO_TEXT = 'the PDF has no text layer (a scanned document?), so there is no text to index; run OCR on it, e.g. `ocrmypdf -l jpn in.pdf out.pdf`, and put the result into seeds/';

/** A title from the PDF's metadata, unless it is a generator's placeholder. */
function metadataTitle(info: unknown): string | undefined {
  const title = (info as { Title?: unknown } | undefined)?.Title;
  if (typeof title !== 'string') return undefined;
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length < 4 || /^(?:Microsoft\s|untitled|無題|タイトルなし)|\.(?:docx?|pptx?|xlsx?|pdf|indd)$/i.test(t) || /^[\x00-\x1f]/.test(t)) return undefined;
  return t;
}

export const pdfLoader: Loader = {
  format: 'pdf',
  extensions: ['pdf'],
  sizeFactor: 20,
  async load({ source, bytes }) {
    const { getDocument, VerbosityLevel } = await (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
    // pdf.js takes ownership of the buffer it is given
    const task = getDocument({ data: new Uint8Array(bytes), ...PDFJS_DATA, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: VerbosityLevel.ERRORS });
    try {
      let doc;
      try {
        doc = await task.promise;
      } catch (cause) {
        const name = (cause as Error).name;
        if (name === 'PasswordException') throw new BadDocumentError(source, 'the PDF is password-protected; save a copy without a password and put that into seeds/', { cause });
        throw new BadDocumentError(source, `cannot be read as a PDF (${(cause as Error).message}); open it and save or print it again as PDF`, { cause });
      }
      const pages: CollectedPage[] = [];
      let chars = 0;
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const [x0, y0, x1, y1] = page.view as [number, number, number, number];
        const content = await page.getTextContent({ includeMarkedContent: false });
        const items: PdfItem[] = [];
        for (const it of content.items) {
          if (!('str' in it) || it.str === '') continue;
          const [a, b, c, d, e, f] = it.transform as number[];
          items.push({ str: it.str, x: e!, y: f!, w: it.width, h: it.height || Math.hypot(c!, d!) || Math.hypot(a!, b!), vertical: it.dir === 'ttb' });
          chars += it.str.replace(/\s/g, '').length;
        }
        pages.push({ lines: pageLines(items, x1 - x0), height: y1 - y0, bottom: y0 });
        page.cleanup();
        if (n % CLEANUP_EVERY === 0) await doc.cleanup();
      }
      if (doc.numPages === 0 || chars < MIN_CHARS_PER_PAGE * doc.numPages) throw new BadDocumentError(source, NO_TEXT);
      const title = metadataTitle((await doc.getMetadata().catch(() => undefined))?.info);
      const lines: string[] = [];
      const places: { line: number; location: { page: number } }[] = [];
      dropRunningLines(pages).forEach((pageText, i) => {
        if (pageText.length === 0) return;
        places.push({ line: lines.length + 1, location: { page: i + 1 } });
        lines.push(...pageText);
      });
      return { lines, places, ...(title !== undefined && { title }) };
    } finally {
      await task.destroy();
    }
  },
};
