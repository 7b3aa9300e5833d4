// Word documents (.docx): mammoth turns the document's structure (heading styles, paragraphs,
// lists, tables) into HTML, which is walked into lines with heading paths. Images are left out.
import mammoth from 'mammoth';
import { BadDocumentError } from '../errors.js';
import { DomWalker, parseDocument } from './dom-lines.js';
import type { Loader } from './types.js';

/** Heading styles beyond mammoth's defaults: the document title, and Japanese style names. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='表題'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`p[style-name='見出し ${n}'] => h${n}:fresh`, `p[style-name='見出し${n}'] => h${n}:fresh`]),
];

export const docxLoader: Loader = {
  format: 'docx',
  extensions: ['docx', 'docm'],
  sizeFactor: 20,
  async load({ source, bytes }) {
    let html: string;
    try {
      const result = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
        { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
      );
      html = result.value;
    } catch (cause) {
      throw new BadDocumentError(source, `cannot be read as a Word document (${(cause as Error).message}); open it in Word or LibreOffice and save it again as .docx`, { cause });
    }
    const { document } = parseDocument(html);
    const walker = new DomWalker();
    walker.walk(document.body);
    const { lines, places } = walker.out.finish();
    // the first heading is the title when the document opens with it
    const title = places.find((p) => p.line <= 3 && (p.location.heading_path?.length ?? 0) > 0)?.location.heading_path?.[0];
    return { lines, places, layout: 'lines', ...(title !== undefined && { title }) };
  },
};
