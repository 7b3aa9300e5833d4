// Prompt templates as data: the files in prompts/ parse, declare their arguments, and fill.
import { describe, expect, it } from 'vitest';
import { fillPrompt, loadPrompts, parsePromptFile } from '../../src/prompts/load.js';
import { promptsDir } from '../../src/prompts/index.js';

describe('prompt files', () => {
  it('every file in prompts/ loads, with Japanese text that names the tools to call', () => {
    const prompts = loadPrompts(promptsDir());
    expect(prompts.map((p) => p.name)).toEqual(expect.arrayContaining(['answer_with_citations', 'onboarding_tour', 'compare_programmes']));
    for (const p of prompts) {
      expect(p.body).toMatch(/[\u3040-\u30ff]/u);
      expect(p.body).toMatch(/出典/u);
    }
    const answer = prompts.find((p) => p.name === 'answer_with_citations')!;
    expect(answer.body).toContain('`answer_question`');
    expect(answer.arguments).toEqual([expect.objectContaining({ name: 'question', required: true })]);
    const tour = prompts.find((p) => p.name === 'onboarding_tour')!;
    expect(tour.body).toContain('`timeline`');
    expect(tour.body).toContain('`list_clusters`');
  });

  it('fills arguments and keeps an optional section only when its argument is given', () => {
    const t = parsePromptFile(
      't.md',
      '---\n{"name":"t","title":"T","description":"d","arguments":[{"name":"a","description":"x","required":true},{"name":"b","description":"y"}]}\n---\nA={{a}}{{#b}}, B={{b}}{{/b}}.',
    );
    expect(fillPrompt(t, { a: '知クラ' })).toBe('A=知クラ.');
    expect(fillPrompt(t, { a: '知クラ', b: '札幌' })).toBe('A=知クラ, B=札幌.');
  });

  it('names the file and the problem when a template is wrong', () => {
    expect(() => parsePromptFile('bad.md', 'no front matter')).toThrow(/bad\.md: a prompt file opens with a JSON front matter/);
    expect(() => parsePromptFile('bad.md', '---\n{"name":"Bad Name","title":"t","description":"d"}\n---\nx')).toThrow(/bad\.md: name/);
    expect(() => parsePromptFile('bad.md', '---\n{"name":"ok","title":"t","description":"d"}\n---\n{{missing}}')).toThrow(/\{\{missing\}\}, which is not among its arguments/);
  });
});
