// timeline: plans and programmes in time order, for a new officer's overview.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { timeline } from '../core/catalogue/query.js';
import { TimelineEntrySchema } from '../core/catalogue/schema.js';
import { timelineText } from './catalogue-text.js';
import { withEngine, type ServerDeps } from './deps.js';
import { guard, ok } from './result.js';

export const TimelineInputSchema = {
  from_fy: z.union([z.number().int(), z.string().max(40)]).optional().describe('First fiscal year: 2002 or "平成14年度"'),
  to_fy: z.union([z.number().int(), z.string().max(40)]).optional().describe('Last fiscal year'),
};

export const TimelineOutputSchema = { entries: z.array(TimelineEntrySchema) };

export const timelineConfig = {
  title: 'Timeline of plans and programmes',
  description:
    'The 科学技術基本計画 and the programmes the indexed documents describe, in time order (fiscal years), with the plan each started under and what followed it; each entry cited. ' +
    'from_fy must not be after to_fy.',
  inputSchema: TimelineInputSchema,
  outputSchema: TimelineOutputSchema,
  annotations: { readOnlyHint: true, openWorldHint: false },
};

export function registerTimeline(server: McpServer, deps: ServerDeps): void {
  server.registerTool('timeline', timelineConfig, async (args) =>
    guard(() =>
      withEngine(deps, (engine) => {
        const entries = timeline(engine.catalogue, args);
        return ok({ entries }, timelineText(entries));
      }),
    ),
  );
}
