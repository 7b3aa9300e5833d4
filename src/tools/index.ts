// Registers every tool on a server.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ServerDeps } from './deps.js';
import { registerListDocuments } from './list-documents.js';
import { registerReadDocument } from './read-document.js';
import { registerSearchDocuments } from './search-documents.js';

export function registerTools(server: McpServer, deps: ServerDeps): void {
  registerSearchDocuments(server, deps);
  registerReadDocument(server, deps);
  registerListDocuments(server, deps);
}
