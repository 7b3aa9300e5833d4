// list_programmes: the programmes and initiatives the documents describe, filtered by fiscal
// year (Western or Japanese era), plan, ministry or words.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { listProgrammes } from '../core/catalogue/query.js';
import { ProgrammeSummarySchema } from '../core/catalogue/schema.js';
import { programmeSummaryText } from './catalogue-text.js';
import { withEngine, type ServerDeps } from './deps.js';
import { guard, ok } from './result.js';

export const ListProgrammesInputSchema = {
  active_in_fy: z.union([z.number().int(), z.string().max(40)]).optional().describe('A fiscal year: 2008, "平成20年度", "H20" or "FY2008"'),
  plan: z.union([z.number().int(), z.string().max(40)]).optional().describe('A 科学技術基本計画: 3, "第3期" or "第３期科学技術基本計画"'),
  ministry: z.string().max(40).optional().describe('e.g. 文部科学省, 経済産業省'),
  query: z.string().max(200).optional().describe('Words in a name, alias or English name'),
};

export const ListProgrammesOutputSchema = { programmes: z.array(ProgrammeSummarySchema) };

export const listProgrammesConfig = {
  title: 'List programmes',
  description:
    'Lists every programme, grant and initiative the indexed documents describe (the catalogue is rebuilt from whatever documents are indexed) ' +
    'with period, plan and ministries, each with a citation. Filter by a fiscal year (Western or 平成/令和: active = its period covers the year; ' +
    'a programme with no stated end counts only up to the last fiscal year the documents mention it, and its period says the end is unknown), a plan, a ministry or words.',
  inputSchema: ListProgrammesInputSchema,
  outputSchema: ListProgrammesOutputSchema,
  annotations: { readOnlyHint: true, openWorldHint: false },
};

export function registerListProgrammes(server: McpServer, deps: ServerDeps): void {
  server.registerTool('list_programmes', listProgrammesConfig, async (args) =>
    guard(() =>
      withEngine(deps, (engine) => {
        const programmes = listProgrammes(engine.catalogue, args);
        const text = programmes.length === 0 ? 'No programme matches. Call list_programmes without filters to see them all.' : programmes.map(programmeSummaryText).join('\n');
        return ok({ programmes }, text);
      }),
    ),
  );
}
