// PDFs with a Japanese text layer: pages cited as pdftotext (poppler, an independent extractor)
// sees them, running headers and page numbers dropped, columns read one after the other, CID
// fonts without embedded glyph maps read through pdf.js's CMaps, scans without text reported.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../../eval/format-fixtures.js';
import { extract, type Extracted } from '../../../src/core/loaders/index.js';
import { isPageNumber } from '../../../src/core/loaders/pdf-layout.js';
import { documentParts } from '../../../src/core/loaders/places.js';
import { hakushoPdf, PDF_HEADER } from '../../helpers/formats.js';

/** A one-page PDF whose font is a CID font by name only (no embedded font, no ToUnicode): UniJIS-UCS2-H. */
function cidFontPdf(text: string): Buffer {
  const hex = Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
  const stream = `BT /F1 24 Tf 72 700 Td <${hex}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const squash = (s: string) => s.replace(/\s+/g, '');

let dir: string;
let file: string;
let pdf: Extracted;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shisaku-pdf-'));
  file = path.join(dir, 'hakusho.pdf');
  const bytes = await hakushoPdf();
  await writeFile(file, bytes);
  pdf = await extract('seeds/hakusho.pdf', bytes);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** A page's text as poppler's pdftotext extracts it (Debian poppler-utils; .ci/run installs it). */
function pdftotext(page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function pageText(ex: Extracted, page: number): string {
  const part = documentParts(ex.places, ex.lines.length).find((p) => p.location.page === page)!;
  return ex.lines.slice(part.line_start - 1, part.line_end).join('\n');
}

describe('a Japanese PDF made with an embedded TrueType font', () => {
  it('puts the fact on page 2, where pdftotext finds it too', () => {
    const fact = 'はやぶさ地域連携研究拠点事業の令和６年度予算額は１２億円であり';
    expect(pdf.places?.map((p) => p.location.page)).toEqual([1, 2, 3]);
    expect(squash(pageText(pdf, 2))).toContain(fact);
    expect(squash(pageText(pdf, 1))).not.toContain(fact);
    expect(squash(pdftotext(2))).toContain(fact);
    expect(squash(pdftotext(1))).not.toContain(fact);
  });

  it('drops the running header and the page numbers that pdftotext keeps', () => {
    expect(squash(pdftotext(2))).toContain(squash(PDF_HEADER));
    expect(pdf.lines.join('\n')).not.toContain(PDF_HEADER);
    expect(pdf.lines.filter((l) => /^- \d+ -$/.test(l))).toEqual([]);
    expect(pdf.lines[0]).toBe('第１章 地域科学技術の現状');
  });

  it('reads two columns one after the other, not line by line across', () => {
    const text = squash(pageText(pdf, 3));
    const left = [...text.matchAll(/左段/g)].map((m) => m.index!);
    const right = [...text.matchAll(/右段/g)].map((m) => m.index!);
    expect(left).toHaveLength(4);
    expect(Math.max(...left)).toBeLessThan(Math.min(...right));
    expect(text.indexOf('以上の展望')).toBeGreaterThan(Math.max(...right));
  });

  it('takes the title from the metadata', () => {
    expect(pdf.title).toBe('地域科学技術白書 2024');
  });
});

describe('PDFs pdf.js needs its data files for, and PDFs without text', () => {
  it('reads a CID font given by name only (UniJIS-UCS2-H) through the CMaps', async () => {
    const ex = await extract('seeds/cid.pdf', cidFontPdf('地域科学技術振興の文書'));
    expect(ex.lines).toEqual(['地域科学技術振興の文書']);
  });

  it('reports a PDF without a text layer, saying to run OCR', async () => {
    await expect(extract('seeds/scan.pdf', await makePdf({ pages: [[], []] }))).rejects.toThrow(/seeds\/scan\.pdf: the PDF has no text layer .*ocrmypdf -l jpn/);
  });

  it('reports a damaged PDF', async () => {
    await expect(extract('seeds/broken.pdf', Buffer.from('%PDF-1.4\n1 0 obj <<'))).rejects.toThrow(/seeds\/broken\.pdf: /);
  });
});

describe('isPageNumber', () => {
  it.each(['3', '- 3 -', '— 12 —', '3 / 20', 'p. 3', 'iv', '第3頁', '（５）', '12ページ'])('%s is a page number', (t) => expect(isPageNumber(t)).toBe(true));
  it.each(['2024年', '第3章', '平成14年度', '図3'])('%s is not', (t) => expect(isPageNumber(t)).toBe(false));
});
