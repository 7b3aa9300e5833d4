// Each document as an MCP resource (shisaku://documents/{id}), its original text. An unknown id is
// a "resource not found" error (-32002) that lists the valid ids.
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { documentById } from '../core/engine.js';
import { validIds } from '../core/errors.js';
import { withEngine, type ServerDeps } from '../tools/deps.js';

export const DOCUMENT_URI_PREFIX = 'shisaku://documents/';
/** The MCP error code for a resource that does not exist. */
export const RESOURCE_NOT_FOUND = -32002;

export function registerDocumentResources(server: McpServer, deps: ServerDeps): void {
  server.registerResource(
    'document',
    new ResourceTemplate(`${DOCUMENT_URI_PREFIX}{id}`, {
      list: () =>
        withEngine(deps, (engine) => ({
          resources: engine.documents.map((d) => ({
            uri: `${DOCUMENT_URI_PREFIX}${d.meta.id}`,
            name: d.meta.id,
            title: d.meta.title,
            description: `${d.meta.source}, ${d.meta.line_count} lines`,
            mimeType: 'text/plain',
          })),
        })),
    }),
    { title: 'Policy document', description: 'The original text of an indexed document', mimeType: 'text/plain' },
    (uri, { id }) =>
      withEngine(deps, (engine) => {
        const doc = documentById(engine, String(id));
        if (!doc) {
          const ids = engine.documents.map((d) => d.meta.id);
          throw new McpError(RESOURCE_NOT_FOUND, `no document ${uri.href}: unknown document id "${String(id)}"; ${validIds(ids)}`, { uri: uri.href });
        }
        return { contents: [{ uri: uri.href, mimeType: 'text/plain', text: doc.lines.join('\n') }] };
      }),
  );
}
