// The eval gate catches a retrieval regression: the same questions through crippled retrieval
// (bigrams only, as SHISAKU_EVAL_CRIPPLE=1 does) fall past the tolerance against a baseline
// taken from the real retrieval, while the real retrieval passes against itself.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openEngine, type Engine } from '../../src/core/engine.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';
import { figuresByGroup, type GroupFigures } from '../../eval/answer-metrics.js';
import { runInProcess } from '../../eval/ablations.js';
import { compareWithBaseline, gateValues, type Baseline } from '../../eval/baseline.js';
import { CRIPPLED_WEIGHTS } from '../../eval/cripple.js';
import { loadQuestions } from '../../eval/questions.js';
import { ROOT } from '../helpers/corpus.js';
import { testEngine } from '../helpers/server.js';

let engine: Engine;
let normal: Record<string, GroupFigures>;
beforeAll(async () => {
  engine = await testEngine();
  const questions = await loadQuestions(path.join(ROOT, 'eval', 'questions.json'));
  normal = figuresByGroup(await runInProcess(engine, questions, { mode: 'hybrid', answers: false, catalogue: true, root: ROOT, judge: engine.catalogue }));
});

const baselineOf = (f: Record<string, GroupFigures>): Baseline => ({ note: '', created_at: '', questions: 154, metrics: gateValues(f) });

describe('eval gate', () => {
  it('passes a run against its own baseline', () => {
    const results = compareWithBaseline(normal, baselineOf(normal)).filter((r) => r.name.startsWith('retrieval'));
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('fails when retrieval is crippled', async () => {
    const questions = await loadQuestions(path.join(ROOT, 'eval', 'questions.json'));
    // the same index, ranked with bigrams only
    const crippled = await openEngine(engine.dir, { tokenizer: await JapaneseTokenizer.create(), weights: CRIPPLED_WEIGHTS });
    const worse = figuresByGroup(await runInProcess(crippled, questions, { mode: 'hybrid', answers: false, catalogue: true, root: ROOT, judge: engine.catalogue }));
    const failed = compareWithBaseline(worse, baselineOf(normal)).filter((r) => !r.ok).map((r) => r.name);
    expect(failed).toEqual(expect.arrayContaining(['retrieval hit@1 (all)', 'retrieval MRR (all)']));
  });

  it('requires every citation to hold, whatever the baseline', () => {
    const broken = structuredClone(normal);
    broken['all']!.answers = { answerable: 1, unanswerable: 0, facts: 1, factRecall: 1, citationValidity: 0.99, abstention: null, falseAbstention: 0, falseStatements: 0 };
    const r = compareWithBaseline(broken, { ...baselineOf(broken), metrics: { ...gateValues(broken), 'answers: citation validity (all)': 0.99 } }).find((x) => x.name === 'answers: citation validity (all)')!;
    expect(r.ok).toBe(false);
    expect(r.why).toMatch(/must be 1/);
  });
});
