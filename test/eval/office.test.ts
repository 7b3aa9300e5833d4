// `shisaku eval --questions FILE` as a newcomer runs it: three questions of their own about their
// documents (a copy of the seeds and its index), through the MCP server; a report per category,
// a baseline written on request, and a gate that exits 1 when a figure falls.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Baseline } from '../../eval/baseline.js';
import type { EvalReport } from '../../eval/report.js';
import { runCli, tempDir } from '../helpers/index-home.js';
import { liveCorpus } from '../helpers/live.js';

let seeds: string;
let home: string;
let file: string;
const evalArgs = () => ['eval', '--questions', file, '--seeds', seeds, '--home', home];

beforeAll(async () => {
  ({ seeds, home } = await liveCorpus());
  const dir = await tempDir('office');
  file = path.join(dir, 'our-questions.json');
  await writeFile(
    file,
    JSON.stringify([
      { id: 'o1', category: 'budget', question: 'マッチングプランナープログラムの1課題当たりの基準額は？', evidence: [{ source: '003_d3747c4912f9c266.txt', quote: '１課題当たり170万円/年' }], facts: [['170万円']] },
      { id: 'o2', category: 'history', question: '地域イノベーション戦略支援プログラムはいつ始まった？', evidence: [{ source: 'seeds/000_375f904e8883610a.txt', quote: '地域イノベーション戦略支援プログラム（平成２３年度～）' }], facts: [['平成２３年度', '平成23年度']] },
      { id: 'o3', category: 'budget', question: '令和20年度の知的クラスター創成事業の予算は？', abstain: true },
    ]),
  );
});

describe('shisaku eval --questions', () => {
  it('runs the questions through the MCP server and writes the report; no baseline, no gate', async () => {
    const run = await runCli(evalArgs());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/no baseline yet, so no gate/);
    const report = JSON.parse(await readFile(path.join(path.dirname(file), 'reports', 'latest.json'), 'utf8')) as EvalReport;
    const set = report.sets[0]!;
    expect(set).toMatchObject({ name: 'our-questions', questions: 3, transport: 'stdio' });
    expect(Object.keys(set.figures).sort()).toEqual(['all', 'budget', 'history', 'ja']);
    expect(set.figures['all']!.retrieval!.hit1).toBe(1);
    expect(set.figures['all']!.answers!.abstention).toBe(1);
    expect(set.figures['all']!.answers!.citationValidity).toBe(1);
    const md = await readFile(path.join(path.dirname(file), 'reports', 'latest.md'), 'utf8');
    expect(md).toMatch(/## our-questions: by category/);
  });

  it('writes a baseline on request, then fails the gate when a figure falls below it', async () => {
    const write = await runCli([...evalArgs(), '--update-baseline']);
    expect(write.code, write.stderr).toBe(0);
    const baselineFile = path.join(path.dirname(file), 'our-questions.baseline.json');
    const baseline = JSON.parse(await readFile(baselineFile, 'utf8')) as Baseline;
    expect(baseline.metrics['retrieval hit@1 (all)']).toBe(1);
    expect(baseline.questions).toBe(3);

    const again = await runCli(evalArgs());
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/gate passed/);

    // a baseline above what the system does: the same run is now a regression
    await writeFile(baselineFile, JSON.stringify({ ...baseline, metrics: { ...baseline.metrics, 'answers: fact recall (all)': 1.5 } }));
    const failed = await runCli(evalArgs());
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/REGRESSION answers: fact recall \(all\): fell by/);
  });

  it('names the bad question when the file is wrong', async () => {
    const bad = path.join(path.dirname(file), 'bad.json');
    await writeFile(bad, JSON.stringify([{ id: 'b1', question: '予算は？', evidence: [{ source: '003_d3747c4912f9c266.txt', quote: 'どこにもない句' }] }]));
    const run = await runCli(['eval', '--questions', bad, '--seeds', seeds, '--home', home]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/b1: the quote "どこにもない句" is not in 003_d3747c4912f9c266\.txt/);
  });
});
