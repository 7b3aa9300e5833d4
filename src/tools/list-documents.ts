// list_documents: what the corpus holds, with ids for the other tools, and the files in the
// documents folder that could not be indexed, each with the reason and what to do.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { DocumentMetaSchema } from '../core/schemas.js';
import { withEngine, type ServerDeps } from './deps.js';
import { ok } from './result.js';

export const SkippedDocumentSchema = z.object({
  source: z.string().describe('The file, e.g. seeds/photo.png'),
  reason: z.string().describe('Why it was not indexed and what to do'),
});

export const ListDocumentsOutputSchema = {
  documents: z.array(DocumentMetaSchema.omit({ sha256: true })),
  skipped: z.array(SkippedDocumentSchema).describe('Files in the documents folder that were not indexed (images, archives, scans without text, unreadable files)'),
};

export const listDocumentsConfig = {
  title: 'List the documents',
  description:
    'Lists the indexed policy documents: id, title, source file, format (text, PDF, Word, PowerPoint, Excel, HTML, Markdown), line count and what each is (issuer, period); ' +
    'and the files that could not be indexed, with the reason.',
  inputSchema: {},
  outputSchema: ListDocumentsOutputSchema,
  annotations: { readOnlyHint: true, openWorldHint: false },
};

/** The reason part of a problem message ("seeds/x.png: a PNG image …" → "a PNG image …"). */
export function skippedDocuments(problems: readonly { source: string; message: string }[]): z.infer<typeof SkippedDocumentSchema>[] {
  return problems.map((p) => ({ source: p.source, reason: p.message.startsWith(`${p.source}: `) ? p.message.slice(p.source.length + 2) : p.message }));
}

export function registerListDocuments(server: McpServer, deps: ServerDeps): void {
  server.registerTool('list_documents', listDocumentsConfig, async () =>
    withEngine(deps, (engine) => {
      const documents = engine.documents.map(({ meta: { sha256: _sha, ...rest } }) => rest);
      const skipped = skippedDocuments(engine.manifest.problems);
      const text =
        documents
          .map((d) => `- ${d.id}: ${d.title} (${d.source}${d.format ? `, ${d.format.toUpperCase()}` : ''}, ${d.line_count} lines)${d.kind ? ` — ${d.kind}` : ''}${d.period ? `, ${d.period}` : ''}${d.issuer ? `, ${d.issuer}` : ''}`)
          .join('\n') + (skipped.length > 0 ? `\n\nNot indexed:\n${skipped.map((s) => `- ${s.source}: ${s.reason}`).join('\n')}` : '');
      return ok({ documents, skipped }, text);
    }),
  );
}
