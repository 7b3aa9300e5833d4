// get_programme: everything the catalogue knows about one programme, by any of its names
// (alias, English name, near spelling), every value with its citation and conflicts kept.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { listConflicts, resolveProgramme } from '../core/catalogue/query.js';
import { ConflictSchema, ProgrammeSchema } from '../core/catalogue/schema.js';
import { NotFoundError } from '../core/errors.js';
import { programmeText } from './catalogue-text.js';
import { withEngine, type ServerDeps } from './deps.js';
import { guard, ok } from './result.js';

export const GetProgrammeInputSchema = {
  name: z
    .string()
    .min(1)
    .max(200)
    .describe('Any name of a programme the documents describe: its full name, an alias or abbreviation, an English name, a near spelling or its reading in kana (list_programmes lists them)'),
};

export const GetProgrammeOutputSchema = {
  programme: ProgrammeSchema,
  /** Facts about this programme on which the documents disagree. */
  conflicts: z.array(ConflictSchema),
};

export const getProgrammeConfig = {
  title: 'Get a programme',
  description:
    'Returns one programme of the indexed documents with its facts: period (as written and as fiscal years; an end no document states is reported as unknown), plan, ministries and agencies, ' +
    'money (per year / per region or site, budget vs request, fiscal year), counts of selected regions or sites, duration, purpose, predecessors and successors. ' +
    'Every value carries citations; where documents disagree all values are kept and marked as a conflict. Programmes of newly added documents are read by the same rules.',
  inputSchema: GetProgrammeInputSchema,
  outputSchema: GetProgrammeOutputSchema,
  annotations: { readOnlyHint: true, openWorldHint: false },
};

export function registerGetProgramme(server: McpServer, deps: ServerDeps): void {
  server.registerTool('get_programme', getProgrammeConfig, async ({ name }) =>
    guard(() =>
      withEngine(deps, (engine) => {
        const found = resolveProgramme(engine.catalogue, name);
        if ('suggestions' in found) {
          throw new NotFoundError(`no programme named "${name}"; closest names: ${found.suggestions.join('、') || '(none)'}. list_programmes lists them all.`);
        }
        const conflicts = listConflicts(engine.catalogue).filter((c) => c.subject === found.name);
        return ok({ programme: found, conflicts }, programmeText(found));
      }),
    ),
  );
}
