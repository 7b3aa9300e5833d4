// One eval set over two document folders (the seeds and a tiny held-out folder this test writes,
// with a manifest giving each document a style), through the MCP server over stdio, beside the BM25
// peer: quotes resolve to lines of the merged corpus, figures come per category and per style, and
// the gate names the set's metrics with its prefix.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithBaseline, gateValues } from '../../eval/baseline.js';
import { runSet, type SetRun } from '../../eval/run-set.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';
import { ROOT, SEEDS } from '../helpers/corpus.js';
import { tempDir } from '../helpers/index-home.js';
import { ADDED_DOC } from '../helpers/live.js';

const PROSE = `北国雪氷エネルギー研究所について

北国雪氷エネルギー研究所は、冬に積もった雪を夏まで貯えて冷房に使う技術を研究するため、平成３０年度に雪国市が設立した。
研究所の年間運営費は約８千万円で、市と県が半分ずつ負担している。
`;

let run: SetRun;
beforeAll(async () => {
  const set = await tempDir('tiny-set');
  const docs = path.join(set, 'docs');
  await mkdir(docs);
  await writeFile(path.join(docs, ADDED_DOC.file), ADDED_DOC.text);
  await writeFile(path.join(docs, '006_setsuhyo.txt'), PROSE);
  await writeFile(
    path.join(docs, 'manifest.json'),
    JSON.stringify({ documents: [{ file: ADDED_DOC.file, id: 'kaiso', title: '量子海藻バイオ拠点形成事業', style: 'slides' }, { file: '006_setsuhyo.txt', id: 'setsuhyo', style: 'prose' }] }),
  );
  await writeFile(
    path.join(set, 'questions.json'),
    JSON.stringify([
      { id: 't1', category: 'number', question: ADDED_DOC.question, evidence: [{ source: `docs/${ADDED_DOC.file}`, quote: '1拠点当たり3.7億円/年' }], facts: [['3.7億円', '３．７億円']] },
      { id: 't2', category: 'fact', question: '北国雪氷エネルギー研究所を設立したのはどこ？', evidence: [{ source: 'docs/006_setsuhyo.txt', quote: '雪国市が設立した' }], facts: [['雪国市']] },
      { id: 't3', category: 'number', style: 'seeds', question: 'マッチングプランナープログラムの1課題当たりの基準額は？', evidence: [{ source: 'seeds/003_d3747c4912f9c266.txt', line_start: 22, line_end: 23 }], facts: [['170万円']] },
      { id: 't4', category: 'unanswerable', question: '北国雪氷エネルギー研究所の職員数は何人？', abstain: true },
    ]),
  );
  run = await runSet({
    name: 'unseen',
    folders: [SEEDS, docs],
    questionsFile: path.join(set, 'questions.json'),
    script: path.join(ROOT, 'dist', 'src', 'stdio.js'),
    peer: true,
    tokenizer: await JapaneseTokenizer.create(),
    log: () => {},
  });
});
afterAll(async () => run?.close());

describe('runSet over two folders', () => {
  it('indexes both folders together, the seeds keeping their sources', () => {
    expect(run.engine.documents.map((d) => d.meta.source)).toEqual(expect.arrayContaining(['seeds/003_d3747c4912f9c266.txt', `seeds/${ADDED_DOC.file}`, 'seeds/006_setsuhyo.txt']));
    expect(run.engine.documents.find((d) => d.meta.source === `seeds/${ADDED_DOC.file}`)?.meta.id).toBe('kaiso');
  });

  it('resolves quoted evidence to the lines of the indexed copy', () => {
    expect(run.questions.find((q) => q.id === 't1')!.evidence).toEqual([{ source: `seeds/${ADDED_DOC.file}`, line_start: 5, line_end: 5 }]);
    expect(run.questions.find((q) => q.id === 't2')!.evidence).toEqual([{ source: 'seeds/006_setsuhyo.txt', line_start: 3, line_end: 3 }]);
  });

  it('scores shisaku through the server and the peer on the same questions, per category and per style', () => {
    const byId = new Map(run.runs.map((r) => [r.q.id, r]));
    expect(byId.get('t1')!.retrieval!.hit1).toBe(true);
    expect(byId.get('t3')!.retrieval!.hit1).toBe(true);
    expect(byId.get('t4')!.answer!.abstained).toBe(true);
    expect(Object.keys(run.shisaku.by_style).sort()).toEqual(['(none)', 'all', 'prose', 'seeds', 'slides']); // t4 has no evidence and no style
    expect(run.shisaku.by_style['slides']!.questions).toBe(1);
    expect(run.shisaku.figures['number']!.questions).toBe(2);
    expect(run.peer!.figures['all']!.retrieval!.n).toBe(3);
    expect(run.peer!.by_style['prose']!.retrieval).toBeDefined();
    expect(run.peer!.figures['all']!.answers).toBeUndefined();
  });

  it('gates the set under its own name', () => {
    const values = gateValues(run.shisaku.figures, 'unseen');
    expect(Object.keys(values)).toContain('unseen: retrieval hit@1 (all)');
    const baseline = { note: '', created_at: '', questions: 0, metrics: { ...values, 'unseen: retrieval hit@1 (all)': values['unseen: retrieval hit@1 (all)']! + 0.2 } };
    const failed = compareWithBaseline(run.shisaku.figures, baseline, 'unseen').filter((r) => !r.ok);
    expect(failed.map((r) => r.name)).toEqual(['unseen: retrieval hit@1 (all)']);
  });
});
