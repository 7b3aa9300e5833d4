// read_document: the original lines of a document, numbered, so a citation can be checked
// and its surroundings read.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { citeLines, getDocument } from '../core/engine.js';
import { InvalidInputError } from '../core/errors.js';
import { withEngine, type ServerDeps } from './deps.js';
import { guard, ok } from './result.js';

export const MAX_READ_LINES = 400;

export const ReadDocumentInputSchema = {
  document_id: z.string().min(1).describe('Document id from list_documents'),
  line_start: z.number().int().min(1).optional().describe('First line, 1-based (default 1)'),
  line_end: z.number().int().min(1).optional().describe(`Last line, inclusive (default: line_start + ${MAX_READ_LINES - 1} or the end)`),
};

export const ReadDocumentOutputSchema = {
  document_id: z.string(),
  title: z.string(),
  source: z.string(),
  line_start: z.number().int(),
  line_end: z.number().int(),
  line_count: z.number().int(),
  lines: z.array(z.object({ line: z.number().int(), text: z.string() })),
};

export const readDocumentConfig = {
  title: 'Read a document by lines',
  description: `Returns the original lines of a document, numbered (at most ${MAX_READ_LINES} at a time). Use it to check a citation or read around it.`,
  inputSchema: ReadDocumentInputSchema,
  outputSchema: ReadDocumentOutputSchema,
  annotations: { readOnlyHint: true, openWorldHint: false },
};

export function registerReadDocument(server: McpServer, deps: ServerDeps): void {
  server.registerTool('read_document', readDocumentConfig, async ({ document_id, line_start, line_end }) =>
    guard(() =>
      withEngine(deps, (engine) => {
        const doc = getDocument(engine, document_id);
        const n = doc.meta.line_count;
        const start = line_start ?? 1;
        const end = line_end ?? Math.min(n, start + MAX_READ_LINES - 1);
        if (start > n) throw new InvalidInputError(`line_start ${start} is past the end of ${document_id}: it has lines 1–${n}`);
        if (end < start) throw new InvalidInputError(`line_end ${end} is before line_start ${start}`);
        if (end > n) throw new InvalidInputError(`line_end ${end} is past the end of ${document_id}: it has lines 1–${n}`);
        if (end - start + 1 > MAX_READ_LINES) throw new InvalidInputError(`at most ${MAX_READ_LINES} lines at a time; asked for ${end - start + 1}`);
        citeLines(doc, start, end);
        const lines = doc.lines.slice(start - 1, end).map((text, i) => ({ line: start + i, text }));
        const text = `${doc.meta.title} (${doc.meta.source}, lines ${start}–${end} of ${n})\n` + lines.map((l) => `${String(l.line).padStart(5)}  ${l.text}`).join('\n');
        return ok({ document_id, title: doc.meta.title, source: doc.meta.source, line_start: start, line_end: end, line_count: n, lines }, text);
      }),
    ),
  );
}
