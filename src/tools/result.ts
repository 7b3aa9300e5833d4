// Helpers that shape tool results: structured content with readable text beside it, and
// expected failures as tool errors (isError) that say how to recover.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ShisakuError } from '../core/errors.js';

/** A successful result: `structured` for programs, `text` for people. */
export function ok<T extends Record<string, unknown>>(structured: T, text: string): CallToolResult & { structuredContent: T } {
  return { content: [{ type: 'text', text }], structuredContent: structured };
}

/** Runs a handler; an expected ShisakuError becomes a tool error, anything else is rethrown. */
export async function guard(run: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ShisakuError) return { content: [{ type: 'text', text: err.message }], isError: true };
    throw err;
  }
}
