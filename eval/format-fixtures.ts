// Real documents of every format shisaku reads, made by the libraries that write them (pdfkit with
// a Japanese TrueType font, docx, pptxgenjs, exceljs, encoding-japanese): the format tests' fixtures
// and the bench's large documents. Development dependencies only; nothing here is used at run time.
import { existsSync } from 'node:fs';
import Encoding from 'encoding-japanese';
import JSZip from 'jszip';

/** Where Debian's fonts-ipafont-gothic (or fonts-noto-cjk) puts a Japanese font pdfkit can embed. */
const FONT_CANDIDATES = [
  '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf',
  '/usr/share/fonts/truetype/fonts-japanese-gothic.ttf',
  '/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf',
  '/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf',
];

/** A Japanese TrueType font ($SHISAKU_JA_FONT, else Debian's IPA Gothic), or an error saying how to get one. */
function japaneseFont(): string {
  const env = process.env['SHISAKU_JA_FONT'];
  const found = [env, ...FONT_CANDIDATES].find((f) => f !== undefined && f !== '' && existsSync(f));
  if (!found) throw new Error('no Japanese TrueType font for making PDFs: install Debian\'s fonts-ipafont-gothic (apt-get install -y fonts-ipafont-gothic) or set SHISAKU_JA_FONT');
  return found;
}

/** A PDF page: blocks of text, each a paragraph (one column) or a pair of columns side by side. */
export type PdfBlock = { heading: string } | { text: string } | { columns: [string, string] };

export interface PdfSpec {
  pages: PdfBlock[][];
  /** A running header printed at the top of every page. */
  header?: string;
  /** Page numbers ("- n -") at the bottom of every page. */
  pageNumbers?: boolean;
  title?: string;
}

/** A PDF with an embedded Japanese CID font (pdfkit subsets the TrueType font, Identity-H). */
export async function makePdf(spec: PdfSpec): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margins: { top: 70, bottom: 30, left: 60, right: 60 }, autoFirstPage: false, info: spec.title ? { Title: spec.title } : {} });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font(japaneseFont());
  spec.pages.forEach((blocks, i) => {
    doc.addPage();
    if (spec.header) doc.fontSize(8).text(spec.header, 60, 30, { lineBreak: false });
    if (spec.pageNumbers) doc.fontSize(9).text(`- ${i + 1} -`, 0, 800, { width: 595, align: 'center', lineBreak: false });
    let y = 80;
    for (const b of blocks) {
      if ('heading' in b) {
        doc.fontSize(16).text(b.heading, 60, y, { width: 475 });
      } else if ('text' in b) {
        doc.fontSize(10.5).text(b.text, 60, y, { width: 475, lineGap: 3 });
      } else {
        doc.fontSize(10.5).text(b.columns[0], 60, y, { width: 225, lineGap: 3 });
        const left = doc.y;
        doc.fontSize(10.5).text(b.columns[1], 310, y, { width: 225, lineGap: 3 });
        doc.y = Math.max(left, doc.y);
      }
      y = doc.y + 14;
    }
  });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** A Word section: a heading and what follows it (paragraphs, bullet items, a table). */
export interface DocxSection {
  heading: string;
  level?: 1 | 2 | 3;
  paragraphs?: string[];
  bullets?: string[];
  table?: string[][];
}

/** A .docx with Word heading styles, bullets and a table (the docx package). */
export async function makeDocx(sections: DocxSection[]): Promise<Buffer> {
  const d = await import('docx');
  const levels = [d.HeadingLevel.HEADING_1, d.HeadingLevel.HEADING_2, d.HeadingLevel.HEADING_3] as const;
  const children: (InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[] = [];
  for (const s of sections) {
    children.push(new d.Paragraph({ text: s.heading, heading: levels[(s.level ?? 1) - 1] }));
    for (const p of s.paragraphs ?? []) children.push(new d.Paragraph({ children: [new d.TextRun(p)] }));
    for (const b of s.bullets ?? []) children.push(new d.Paragraph({ text: b, bullet: { level: 0 } }));
    if (s.table) {
      children.push(
        new d.Table({
          rows: s.table.map((r) => new d.TableRow({ children: r.map((c) => new d.TableCell({ children: [new d.Paragraph(c)] })) })),
        }),
      );
    }
  }
  return d.Packer.toBuffer(new d.Document({ sections: [{ children }] }));
}

/** A slide: title, body lines, an optional table and speaker notes. */
export interface SlideSpec {
  title: string;
  body?: string[];
  table?: string[][];
  notes?: string;
}

/** A .pptx made by pptxgenjs: title and body placeholders, tables, notes, slide numbers. */
export async function makePptx(slides: SlideSpec[]): Promise<Buffer> {
  // pptxgenjs's types describe its CommonJS build; its ES build exports the class as default
  const mod: unknown = await import('pptxgenjs');
  const PptxGenJS = (mod as { default: new () => import('pptxgenjs').default }).default;
  const pptx = new PptxGenJS();
  pptx.defineSlideMaster({
    title: 'SHISAKU',
    objects: [
      { placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 0.8 }, text: '' } },
      { placeholder: { options: { name: 'body', type: 'body', x: 0.5, y: 1.3, w: 9, h: 3.8 }, text: '' } },
    ],
    slideNumber: { x: 9.2, y: 5.2 },
  });
  for (const s of slides) {
    const slide = pptx.addSlide({ masterName: 'SHISAKU' });
    slide.addText(s.title, { placeholder: 'title' });
    if (s.body) slide.addText(s.body.map((t) => ({ text: t, options: { breakLine: true, bullet: true } })), { placeholder: 'body' });
    if (s.table) slide.addTable(s.table.map((r) => r.map((c) => ({ text: c }))), { x: 0.5, y: 3.0, w: 9, fontSize: 12 });
    if (s.notes) slide.addNotes(s.notes);
  }
  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}

/** A sheet: its name and rows (the first row a header unless `titleRows` come before it). */
export interface SheetSpec {
  name: string;
  rows: (string | number)[][];
  /** Number format per column index (e.g. '#,##0'). */
  numFmt?: Record<number, string>;
}

/** An .xlsx written by exceljs. */
export async function makeXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
    for (const [col, fmt] of Object.entries(s.numFmt ?? {})) ws.getColumn(Number(col) + 1).numFmt = fmt;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Text encoded as Shift_JIS (CP932), EUC-JP or ISO-2022-JP by encoding-japanese, or as UTF-16. */
export function encodeText(text: string, encoding: 'SJIS' | 'EUCJP' | 'JIS' | 'UTF16LE-BOM' | 'UTF16BE'): Buffer {
  if (encoding === 'UTF16LE-BOM') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'UTF16BE') return Buffer.from(text, 'utf16le').swap16();
  return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: encoding, from: 'UNICODE' }));
}

/** A ZIP archive holding the given files. */
export async function makeZip(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A tiny real PNG image (1×1 pixel). */
export const PNG_1PX = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
