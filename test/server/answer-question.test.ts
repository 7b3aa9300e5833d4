// answer_question and the prompts, through a real MCP client over the in-memory transport.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { citationProblem } from '../../src/core/citations.js';
import { AnswerQuestionOutputSchema } from '../../src/tools/answer-question.js';
import { ROOT } from '../helpers/corpus.js';
import { connectClient, testEngine } from '../helpers/server.js';

let client: Client;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ client, close } = await connectClient(await testEngine()));
});
afterAll(async () => close());

const Output = z.object(AnswerQuestionOutputSchema);
const textOf = (res: { content?: unknown }) => (res.content as { type: string; text: string }[])[0]!.text;

describe('answer_question', () => {
  it('is listed with its input and output schemas', async () => {
    const tool = (await client.listTools()).tools.find((t) => t.name === 'answer_question');
    expect(tool).toBeDefined();
    expect(Object.keys(tool!.inputSchema.properties ?? {})).toEqual(['question', 'k']);
    expect(tool!.outputSchema).toBeDefined();
  });

  it('answers with markers that resolve to citations whose quotes stand at the cited lines', async () => {
    const res = await client.callTool({ name: 'answer_question', arguments: { question: 'マッチングプランナープログラムの1課題当たりの基準額は？' } });
    expect(res.isError ?? false).toBe(false);
    const a = Output.parse(res.structuredContent);
    expect(a.status).toBe('answered');
    expect(a.answer.normalize('NFKC')).toContain('170万円');
    const cited = a.citations.find((c) => c.source.startsWith('seeds/003') && c.line_start <= 23 && 23 <= c.line_end);
    expect(cited, 'cites 003 line 23').toBeDefined();
    for (const c of a.citations) expect(await citationProblem(ROOT, c)).toBeUndefined();
    for (const s of a.sentences) expect(s.markers.every((m) => a.citations.some((c) => c.marker === m))).toBe(true);
    expect(textOf(res)).toMatch(/出典:\n\[1\] .+ \(seeds\/003_[0-9a-f]+\.txt:\d+-\d+\)/);
  });

  it('abstains on a question the documents do not answer, returning k nearest passages', async () => {
    const res = await client.callTool({ name: 'answer_question', arguments: { question: '令和5年度の地域イノベーション・エコシステム形成プログラムの予算額は？', k: 3 } });
    const a = Output.parse(res.structuredContent);
    expect(a.status).toBe('abstained');
    expect(a.citations).toEqual([]);
    expect(a.nearest).toHaveLength(3);
    expect(textOf(res)).toMatch(/記載が見当たりません[\s\S]*近い箇所:/);
  });

  it('answers a start year asked as 「いつ始まった」 with the 平成 value and the line that states it', async () => {
    const res = await client.callTool({ name: 'answer_question', arguments: { question: '地域イノベーション戦略支援プログラムはいつ始まった？' } });
    const a = Output.parse(res.structuredContent);
    expect(a.status).toBe('answered');
    expect(a.answer.normalize('NFKC')).toContain('平成23年度');
    expect(a.citations.some((c) => c.source.startsWith('seeds/000') && c.quote.includes('平成２３年度～'))).toBe(true);
    for (const c of a.citations) expect(await citationProblem(ROOT, c)).toBeUndefined();
  });

  it('says which part of a question the documents do not mention, and answers the rest', async () => {
    const res = await client.callTool({ name: 'answer_question', arguments: { question: '知的クラスター創成事業の開始年度と給与水準は？' } });
    const a = Output.parse(res.structuredContent);
    expect(a.status).toBe('answered');
    expect(a.not_in_documents).toEqual(['給与水準']);
    expect(textOf(res)).toMatch(/平成14年度[\s\S]*資料には「給与水準」の記載が見当たりません。/);
  });

  it.each([
    [{ question: '' }, /question is empty/],
    [{ question: '予算', k: 0 }, /k|greater than or equal to 1/i],
    [{ question: '予算', k: 21 }, /k|less than or equal to 20/i],
    [{ question: 'あ'.repeat(5000) }, /too long/],
  ])('refuses %j with a tool error and keeps serving', async (args, message) => {
    const res = await client.callTool({ name: 'answer_question', arguments: args });
    expect(res.isError).toBe(true);
    expect(textOf(res)).toMatch(message);
    const ok = await client.callTool({ name: 'answer_question', arguments: { question: '都市エリア事業は１地域あたり年いくら？' } });
    expect(Output.parse(ok.structuredContent).status).toBe('answered');
  });
});

describe('prompts', () => {
  it('lists the prompts with their declared arguments', async () => {
    const { prompts } = await client.listPrompts();
    const byName = Object.fromEntries(prompts.map((p) => [p.name, p]));
    expect(byName['answer_with_citations']?.arguments).toEqual([expect.objectContaining({ name: 'question', required: true })]);
    expect(byName['onboarding_tour']?.arguments?.map((a) => [a.name, a.required ?? false])).toEqual([
      ['focus', false],
      ['to_fy', false],
    ]);
    expect(byName['compare_programmes']?.arguments?.filter((a) => a.required).map((a) => a.name)).toEqual(['programme_a', 'programme_b']);
  });

  it('fills answer_with_citations with the question and tells the model which tools to call', async () => {
    const res = await client.getPrompt({ name: 'answer_with_citations', arguments: { question: '知クラの平成15年度予算額は？' } });
    const text = (res.messages[0]!.content as { type: 'text'; text: string }).text;
    expect(res.messages[0]!.role).toBe('user');
    expect(text).toContain('質問: 知クラの平成15年度予算額は？');
    expect(text).toContain('`answer_question`');
    expect(text).toContain('［出典: source line_start–line_end］');
  });

  it('keeps onboarding_tour’s optional sections out unless asked', async () => {
    const plain = (await client.getPrompt({ name: 'onboarding_tour', arguments: {} })).messages[0]!.content as { text: string };
    const focused = (await client.getPrompt({ name: 'onboarding_tour', arguments: { focus: '札幌', to_fy: '平成27年度' } })).messages[0]!.content as { text: string };
    expect(plain.text).not.toContain('特に「');
    expect(focused.text).toContain('特に「札幌」については詳しく');
    expect(focused.text).toContain('to_fy に "平成27年度" を渡す');
  });

  it('rejects compare_programmes without its required arguments', async () => {
    await expect(client.getPrompt({ name: 'compare_programmes', arguments: { programme_a: '知クラ' } })).rejects.toThrow(/programme_b is required/);
  });

  it('says what is wrong with a prompt argument once, without a doubled "MCP error" prefix', async () => {
    const err = await client.getPrompt({ name: 'answer_with_citations', arguments: { question: '  ' } }).then(
      () => undefined,
      (e: unknown) => e as { code?: number; message?: string },
    );
    expect(err?.code).toBe(-32602);
    expect(err?.message).toBe('MCP error -32602: Invalid arguments for prompt answer_with_citations: question is empty at question');
  });
});
