// Reads the prompt templates in prompts/: Markdown files that open with a JSON front matter
// (name, title, description, arguments) between --- lines, followed by the message text.
// Code only loads, checks and fills them; what a client's model reads lives in the data files.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { InvalidInputError } from '../core/errors.js';

export const PromptArgumentSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  description: z.string().min(1),
  required: z.boolean().default(false),
});

export const PromptFrontMatterSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'prompt names are snake_case'),
  title: z.string().min(1),
  description: z.string().min(1),
  arguments: z.array(PromptArgumentSchema).default([]),
});

/** A prompt template as loaded: its front matter and the message text with {{placeholders}}. */
export const PromptTemplateSchema = PromptFrontMatterSchema.extend({ file: z.string(), body: z.string().min(1) });
export type PromptTemplate = z.infer<typeof PromptTemplateSchema>;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;

/** Parses one prompt file; the error names the file and what is wrong. */
export function parsePromptFile(file: string, text: string): PromptTemplate {
  const m = FRONT_MATTER.exec(text);
  if (!m) throw new InvalidInputError(`${file}: a prompt file opens with a JSON front matter between --- lines`);
  let front: unknown;
  try {
    front = JSON.parse(m[1]!);
  } catch (cause) {
    throw new InvalidInputError(`${file}: the front matter is not valid JSON`, { cause });
  }
  const parsed = PromptFrontMatterSchema.safeParse(front);
  if (!parsed.success) throw new InvalidInputError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const body = m[2]!.trim();
  const names = new Set(parsed.data.arguments.map((a) => a.name));
  for (const [, name] of body.matchAll(/\{\{[#/]?([a-z0-9_]+)\}\}/g)) {
    if (!names.has(name!)) throw new InvalidInputError(`${file}: the text uses {{${name}}}, which is not among its arguments (${[...names].join(', ')})`);
  }
  return PromptTemplateSchema.parse({ ...parsed.data, file, body });
}

/** Loads every .md prompt in a folder, sorted by file name. */
export function loadPrompts(dir: string): PromptTemplate[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const prompts = files.map((f) => parsePromptFile(f, readFileSync(path.join(dir, f), 'utf8')));
  const seen = new Set<string>();
  for (const p of prompts) {
    if (seen.has(p.name)) throw new InvalidInputError(`${p.file}: another prompt is already named ${p.name}`);
    seen.add(p.name);
  }
  return prompts;
}

/**
 * Fills a template: {{name}} becomes the argument's value, and {{#name}}…{{/name}} is kept only
 * when the argument is given (non-empty).
 */
export function fillPrompt(template: PromptTemplate, args: Record<string, string | undefined>): string {
  const given = (name: string) => (args[name] ?? '').trim() !== '';
  return template.body
    .replace(/\{\{#([a-z0-9_]+)\}\}([\s\S]*?)\{\{\/\1\}\}/g, (_, name: string, inner: string) => (given(name) ? inner : ''))
    .replace(/\{\{([a-z0-9_]+)\}\}/g, (_, name: string) => (args[name] ?? '').trim());
}
