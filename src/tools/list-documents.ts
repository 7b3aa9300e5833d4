// list_documents: what the corpus holds, with ids for the other tools.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { DocumentMetaSchema } from '../core/schemas.js';
import { withEngine, type ServerDeps } from './deps.js';
import { ok } from './result.js';

export const ListDocumentsOutputSchema = {
  documents: z.array(DocumentMetaSchema.omit({ sha256: true })),
};

export const listDocumentsConfig = {
  title: 'List the documents',
  description: 'Lists the indexed policy documents: id, title, source file, line count and what each is (issuer, period).',
  inputSchema: {},
  outputSchema: ListDocumentsOutputSchema,
  annotations: { readOnlyHint: true, openWorldHint: false },
};

export function registerListDocuments(server: McpServer, deps: ServerDeps): void {
  server.registerTool('list_documents', listDocumentsConfig, async () =>
    withEngine(deps, (engine) => {
      const documents = engine.documents.map(({ meta: { sha256: _sha, ...rest } }) => rest);
      const text = documents
        .map((d) => `- ${d.id}: ${d.title} (${d.source}, ${d.line_count} lines)${d.kind ? ` — ${d.kind}` : ''}${d.period ? `, ${d.period}` : ''}${d.issuer ? `, ${d.issuer}` : ''}`)
        .join('\n');
      return ok({ documents }, text);
    }),
  );
}
