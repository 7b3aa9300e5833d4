// Figures read from a table whose columns are years, on a small corpus written for these tests
// (ingested with the seeds through the real pipeline): a university liaison office's annual report
// with three years side by side, rows labelled over two cells (受託研究　件数) and amounts in a unit
// the row's label states (受入額（千円）), a statistical annex of running totals whose title says
// so (各年度末、累計), and a budget table whose title states its unit (単位：千円) over rows that name no year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/core/answer/answerer.js';
import { fillsYearColumn } from '../../../src/core/answer/tables.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const ANNUAL = `白浜県立大学　地域連携推進センター　年報２０２４（令和６年度）
発行：令和７年６月

１．センター長あいさつ
　令和６年度は、企業訪問を大幅に増やした一年でした。

２．産学官連携の実績（３か年の推移）
　区分　　　　　　　　　　　　令和４年度　　令和５年度　　令和６年度
　共同研究　件数　　　　　　　　　３３件　　　　３７件　　　　４２件
　　　　　　受入額（千円）　　　41,200　　　　47,650　　　　55,900
　受託研究　件数　　　　　　　　　１２件　　　　１４件　　　　１７件
　　　　　　受入額（千円）　　　18,300　　　　21,700　　　　24,100
　技術相談　件数　　　　　　　　１０８件　　　１２７件　　　１４９件

３．主な取組
　地域の中小企業との共同研究を増やすため、技術相談会を年４回開催した。
`;

const ANNEX = `白浜県の科学技術関係統計（令和６年度版）統計付表
令和７年３月　白浜県商工労働部産業振興課

【付表２】海洋技術ハブの主な指標（各年度末、累計）
　年度　　　　　参画企業　　特許出願　　うち国際出願　　共同研究成約
　R3(2021)　　　　15社　　　　 6件　　　　1件　　　　 3件
　R4(2022)　　　　22社　　　　19件　　　　4件　　　　 9件
　R5(2023)　　　　30社　　　　35件　　　　7件　　　　14件
　注）R3は事業開始年度。
`;

const BUDGET = `白浜県の科学技術関係予算の推移（令和６年度版）
令和７年３月　白浜県商工労働部産業振興課

【付表１】科学技術関係の県予算（当初予算額、単位：千円）
　区分　　　　　　　　　　　　R2(2020)　　R3(2021)　　R4(2022)　　R5(2023)
　潮風共同研究支援事業　　　　　41,000　　　　46,500　　　　52,800　　　　57,300
　技術相談窓口運営費　　　　　　 3,200　　　　 3,400　　　　 3,600　　　　 3,900
　注１）R5の潮風共同研究支援事業は、9月補正予算で2,000千円を増額し、補正後は59,300千円。
　注２）R6から始まる潮風実装加速事業（当初予算90,000千円）は本表の対象外。

【参考】年表
　令和６年４月　「潮風実装加速事業」開始（当初予算90,000千円）
`;

describe('fillsYearColumn', () => {
  const header = '区分　　　　　　　　令和４年度　　令和５年度　　令和６年度';
  it('lines a row up from the right when its label takes two cells', () => {
    expect(fillsYearColumn(header, '技術相談　件数　　　１０８件　　　１２７件　　　１４９件', 2022)).toBe(true);
    expect(fillsYearColumn(header, '技術相談　件数　　　１０８件　　　１２７件　　　―', 2024)).toBe(false);
    expect(fillsYearColumn(header, '技術相談　件数　　　１０８件　　　１２７件　　　１４９件', 2021)).toBe(false);
  });
});

describe('figures from a table of years', () => {
  let fx: FixtureAnswerer;
  let answerer: Answerer;
  beforeAll(async () => {
    fx = await fixtureAnswerer('year-tables', { 'nenpo.txt': ANNUAL, 'fuhyo.txt': ANNEX, 'yosan.txt': BUDGET });
    answerer = fx.answerer;
  }, 180_000);
  afterAll(() => fx?.close());

  it('gives a count from the column of the year asked, though the report is dated another year', async () => {
    const a = await answerer.answer('白浜県立大学の技術相談件数は令和４年度に何件でしたか？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('１０８件');
  });

  it('gives an amount from a row whose label states its unit (受入額（千円）)', async () => {
    const a = await answerer.answer('白浜県立大学の受託研究の受入額は、令和５年度はいくらでしたか？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('21,700');
  });

  it('gives a running total from a table whose title says it holds totals', async () => {
    const a = await answerer.answer('海洋技術ハブの国際出願は、令和4年度末の累計で何件ありましたか？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('R4(2022)');
  });

  it('gives an amount from the column of the year asked in a row naming no year, its unit in the table title', async () => {
    const a = await answerer.answer('令和4年度の潮風共同研究支援事業の当初予算はいくらでしたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('52,800');
  });
});
