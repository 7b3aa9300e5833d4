// The MCP server factory: one McpServer with shisaku's tools, resources and prompts over an
// opened index (fixed, or switched while serving). Transports (stdio.ts, http) only wire it up.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { Engine } from './core/engine.js';
import { fixedIndex } from './core/live-index.js';
import { SHISAKU_VERSION } from './core/version.js';
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

/** Creates a server over the given dependencies (or over one fixed engine). */
export function createServer(deps: ServerDeps | { engine: Engine }): { server: McpServer; close: () => Promise<void> } {
  const resolved: ServerDeps = 'index' in deps ? deps : { index: fixedIndex(deps.engine) };
  const server = new McpServer({ name: 'shisaku', version: SHISAKU_VERSION }, { instructions: SERVER_INSTRUCTIONS, capabilities: { logging: {} } });
  registerTools(server, resolved);
  registerDocumentResources(server, resolved);
  registerPrompts(server);
  const connect = server.connect.bind(server);
  server.connect = (transport: Transport) => connect(withPlainErrorMessages(transport));
  return { server, close: () => server.close() };
}

const MCP_ERROR_PREFIX = /^MCP error -?\d+: /;

/**
 * The SDK's McpError writes "MCP error <code>: " into its message, and the SDK's client adds the
 * same again, so a client would read "MCP error -32602: MCP error -32602: Invalid arguments …".
 * Errors leave this server with the bare message; the code travels in its own field.
 */
function withPlainErrorMessages<T extends Transport>(transport: T): T {
  const send = transport.send.bind(transport);
  transport.send = (message: JSONRPCMessage, options) => {
    if ('error' in message && typeof message.error.message === 'string' && MCP_ERROR_PREFIX.test(message.error.message)) {
      message = { ...message, error: { ...message.error, message: message.error.message.replace(MCP_ERROR_PREFIX, '') } };
    }
    return send(message, options);
  };
  return transport;
}
