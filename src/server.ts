// The MCP server factory: one McpServer with shisaku's tools, resources and prompts over an
// opened index. Transports (stdio.ts, http) only wire it up.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { SHISAKU_VERSION } from '../ingest/pipeline.js';
import { registerPrompts } from './prompts/index.js';
import { registerDocumentResources } from './resources/documents.js';
import type { ServerDeps } from './tools/deps.js';
import { registerTools } from './tools/index.js';

export const SERVER_INSTRUCTIONS =
  'shisaku answers questions about Japanese regional science & technology policy documents (plans, programmes, budgets, selected regions) ' +
  'from the documents it has indexed; list_documents says which. Use answer_question for a short cited answer (it says so when the documents do not hold one), ' +
  'get_programme, list_programmes and timeline for the programmes the documents describe, ' +
  'search_documents to find passages, and cite every claim ' +
  'with the citation returned (source and lines). Never state a number or name the cited passages do not contain.';

/** Creates a server over the given dependencies. */
export function createServer(deps: ServerDeps): { server: McpServer; close: () => Promise<void> } {
  const server = new McpServer({ name: 'shisaku', version: SHISAKU_VERSION }, { instructions: SERVER_INSTRUCTIONS, capabilities: { logging: {} } });
  registerTools(server, deps);
  registerDocumentResources(server, deps);
  registerPrompts(server);
  return { server, close: () => server.close() };
}
