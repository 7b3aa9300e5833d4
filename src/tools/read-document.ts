// read_document: a document's text, numbered, so a citation can be checked and its surroundings
// read: by lines, or by the page, slide or sheet a citation names. Takes the id or the source.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { LoadedDocument } from '../core/corpus.js';
import { citeLines, resolveDocument } from '../core/engine.js';
import { InvalidInputError } from '../core/errors.js';
import { describeLocation, documentParts, locate, type DocumentPart } from '../core/loaders/places.js';
import { LocationSchema } from '../core/schemas.js';
import { withEngine, type ServerDeps } from './deps.js';
import { guard, ok } from './result.js';

export const MAX_READ_LINES = 400;

export const ReadDocumentInputSchema = {
  document_id: z.string().min(1).describe("Document id from list_documents, or a citation's source (e.g. seeds/report.pdf)"),
  page: z.number().int().min(1).optional().describe('PDF: read this page'),
  slide: z.number().int().min(1).optional().describe('PowerPoint: read this slide'),
  sheet: z.string().min(1).optional().describe('Excel: read this sheet (by name)'),
  line_start: z.number().int().min(1).optional().describe('First line, 1-based (default 1, or the first of the page/slide/sheet)'),
  line_end: z.number().int().min(1).optional().describe(`Last line, inclusive (default: line_start + ${MAX_READ_LINES - 1} or the end)`),
};

export const ReadDocumentOutputSchema = {
  document_id: z.string(),
  title: z.string(),
  source: z.string(),
  format: z.string().describe('text, markdown, html, pdf, docx, pptx, xlsx or csv'),
  line_start: z.number().int(),
  line_end: z.number().int(),
  line_count: z.number().int(),
  lines: z.array(z.object({ line: z.number().int(), text: z.string(), location: LocationSchema.optional() })),
  parts: z
    .array(z.object({ location: LocationSchema, line_start: z.number().int(), line_end: z.number().int() }))
    .optional()
    .describe('The pages, slides, sheets or sections of the document and their lines (not for plain text)'),
};

export const readDocumentConfig = {
  title: 'Read a document by lines, page, slide or sheet',
  description:
    `Returns a document's text, numbered (at most ${MAX_READ_LINES} lines at a time): for plain text its original lines, for PDF, Word, ` +
    'PowerPoint, Excel, HTML and Markdown the text extracted from it, each line with its page, slide, sheet row or heading path. ' +
    "Give the id or a citation's source, and lines or a page/slide/sheet. Use it to check a citation or read around it.",
  inputSchema: ReadDocumentInputSchema,
  outputSchema: ReadDocumentOutputSchema,
  annotations: { readOnlyHint: true, openWorldHint: false },
};

/** The lines of the part a page, slide or sheet argument names, or an error listing what exists. */
function partRange(doc: LoadedDocument, parts: DocumentPart[], ask: { page?: number | undefined; slide?: number | undefined; sheet?: string | undefined }): DocumentPart | undefined {
  const asked = (['page', 'slide', 'sheet'] as const).filter((k) => ask[k] !== undefined);
  if (asked.length === 0) return undefined;
  if (asked.length > 1) throw new InvalidInputError(`give one of page, slide or sheet, not ${asked.join(' and ')}`);
  const kind = asked[0]!;
  const have = parts.filter((p) => p.location[kind] !== undefined);
  if (have.length === 0) {
    const what = doc.meta.format ?? 'text';
    throw new InvalidInputError(`${doc.meta.id} is ${what === 'text' ? 'plain text' : `a ${what.toUpperCase()} file`} and has no ${kind}s; read it by line_start/line_end${parts.length > 0 ? ` (its parts: ${[...new Set(parts.map((p) => describeLocation(p.location).split(' ')[0]))].join(', ')})` : ''}`);
  }
  const found = have.find((p) => p.location[kind] === ask[kind]);
  if (!found) {
    const valid = kind === 'sheet' ? have.map((p) => p.location.sheet).join(', ') : `${have[0]!.location[kind]}–${have[have.length - 1]!.location[kind]}`;
    throw new InvalidInputError(`${doc.meta.id} has no ${kind} ${ask[kind]}; its ${kind}s with text: ${valid}`);
  }
  return found;
}

export function registerReadDocument(server: McpServer, deps: ServerDeps): void {
  server.registerTool('read_document', readDocumentConfig, async ({ document_id, page, slide, sheet, line_start, line_end }) =>
    guard(() =>
      withEngine(deps, (engine) => {
      const doc = resolveDocument(engine, document_id);
      const id = doc.meta.id;
      const n = doc.meta.line_count;
      const parts = documentParts(doc.places, n);
      const part = partRange(doc, parts, { page, slide, sheet });
      const start = line_start ?? part?.line_start ?? 1;
      const end = line_end ?? Math.min(part?.line_end ?? n, start + MAX_READ_LINES - 1);
      if (start > n) throw new InvalidInputError(`line_start ${start} is past the end of ${id}: it has lines 1–${n}`);
      if (end < start) throw new InvalidInputError(`line_end ${end} is before line_start ${start}`);
      if (end > n) throw new InvalidInputError(`line_end ${end} is past the end of ${id}: it has lines 1–${n}`);
      if (end - start + 1 > MAX_READ_LINES) throw new InvalidInputError(`at most ${MAX_READ_LINES} lines at a time; asked for ${end - start + 1}`);
      citeLines(doc, start, end);
      const lines = doc.lines.slice(start - 1, end).map((text, i) => {
        const location = locate(doc.places, start + i, start + i);
        return { line: start + i, text, ...(location && { location }) };
      });
      // the readable form marks where each page, slide, sheet or section begins
      let shown = '';
      const body = lines.map((l) => {
        const part = parts.find((p) => p.line_start <= l.line && l.line <= p.line_end);
        const label = part ? describeLocation(part.location) : '';
        const mark = label !== '' && label !== shown ? `── ${label} ──\n` : '';
        if (label !== '') shown = label;
        return `${mark}${String(l.line).padStart(5)}  ${l.text}`;
      });
      const text = `${doc.meta.title} (${doc.meta.source}, lines ${start}–${end} of ${n})\n` + body.join('\n');
      return ok(
        { document_id: id, title: doc.meta.title, source: doc.meta.source, format: doc.meta.format ?? 'text', line_start: start, line_end: end, line_count: n, lines, ...(parts.length > 0 && { parts }) },
        text,
      );
      }),
    ),
  );
}
