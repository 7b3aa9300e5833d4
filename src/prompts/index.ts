// Registers the prompt templates of prompts/ on a server (prompts/list, prompts/get), each
// with its declared arguments as a zod schema: required ones must be given, optional ones may not.
import path from 'node:path';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { packageRoot } from '../core/paths.js';
import { fillPrompt, loadPrompts, type PromptTemplate } from './load.js';

/** Where the prompt files are: prompts/ beside package.json. */
export function promptsDir(): string {
  return path.join(packageRoot(), 'prompts');
}

/** The zod shape that advertises and validates a template's arguments. */
export function promptArgsShape(t: PromptTemplate): Record<string, z.ZodType<string | undefined>> {
  return Object.fromEntries(
    t.arguments.map((a) => {
      const s = z.string({ required_error: `${a.name} is required`, invalid_type_error: `${a.name} must be a string` }).max(2000, `${a.name} is too long: at most 2000 characters`).describe(a.description);
      return [a.name, a.required ? s.refine((v) => v.trim() !== '', `${a.name} is empty`) : s.optional()];
    }),
  );
}

/** Registers every prompt in `dir` (default prompts/). */
export function registerPrompts(server: McpServer, dir: string = promptsDir()): void {
  for (const t of loadPrompts(dir)) {
    server.registerPrompt(t.name, { title: t.title, description: t.description, argsSchema: promptArgsShape(t) }, (args: Record<string, string | undefined>) => ({
      description: t.description,
      messages: [{ role: 'user' as const, content: { type: 'text' as const, text: fillPrompt(t, args) } }],
    }));
  }
}
