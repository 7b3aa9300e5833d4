// Registers every tool on a server.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerAnswerQuestion } from './answer-question.js';
import type { ServerDeps } from './deps.js';
import { registerGetProgramme } from './get-programme.js';
import { registerListClusters } from './list-clusters.js';
import { registerListDocuments } from './list-documents.js';
import { registerListProgrammes } from './list-programmes.js';
import { registerReadDocument } from './read-document.js';
import { registerSearchDocuments } from './search-documents.js';
import { registerTimeline } from './timeline.js';

export function registerTools(server: McpServer, deps: ServerDeps): void {
  registerSearchDocuments(server, deps);
  registerAnswerQuestion(server, deps);
  registerReadDocument(server, deps);
  registerListDocuments(server, deps);
  registerListProgrammes(server, deps);
  registerGetProgramme(server, deps);
  registerTimeline(server, deps);
  registerListClusters(server, deps);
}
