// Each document as an MCP resource (shisaku://documents/{id}), its original text.
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { getDocument } from '../core/engine.js';
import type { ServerDeps } from '../tools/deps.js';

export const DOCUMENT_URI_PREFIX = 'shisaku://documents/';

export function registerDocumentResources(server: McpServer, deps: ServerDeps): void {
  server.registerResource(
    'document',
    new ResourceTemplate(`${DOCUMENT_URI_PREFIX}{id}`, {
      list: async () => ({
        resources: deps.engine.documents.map((d) => ({
          uri: `${DOCUMENT_URI_PREFIX}${d.meta.id}`,
          name: d.meta.id,
          title: d.meta.title,
          description: `${d.meta.source}, ${d.meta.line_count} lines`,
          mimeType: 'text/plain',
        })),
      }),
    }),
    { title: 'Policy document', description: 'The original text of an indexed document', mimeType: 'text/plain' },
    async (uri, { id }) => {
      const doc = getDocument(deps.engine, String(id));
      return { contents: [{ uri: uri.href, mimeType: 'text/plain', text: doc.lines.join('\n') }] };
    },
  );
}
