// Grades read from the column asked, on a small corpus written for these tests (ingested with the
// seeds through the real pipeline): an ex-post evaluation whose table gives each hub's mid-term and
// ex-post grade side by side, a mid-term evaluation graded item by item with an overall grade last,
// a review sheet naming the hubs under each grade on one line, and the outlines naming each hub's core
// body and first-year grant, and how many proposals were chosen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/core/answer/answerer.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const EX_POST = `令和６年３月１５日

地域海洋資源活用拠点事業　事後評価結果について

地域海洋資源活用拠点事業評価委員会

１．事後評価の概要
　令和元年度に採択し、令和４年度に補助期間を終えた４拠点について、事後評価を実施した。評価はＳ（特に優れている）、
Ａ（優れている）、Ｂ（妥当である）、Ｃ（不十分である）の４段階とした。

２．評価結果
地域（都道府県）　　　　中間評価　事後評価　国費交付総額　　　参画企業数
北湖地域（水楢県）　　　Ｓ　　　　Ａ　　　　３億２，０００万円　２８社
東山地域（白樺県）　　　Ａ　　　　Ｓ　　　　３億５，０００万円　３３社
西浜地域（青葉県）　　　Ｃ　　　　Ｂ　　　　２億１，０００万円　１５社
南谷地域（紅葉県）　　　Ｂ　　　　Ｂ　　　　２億６，０００万円　２０社
`;

const OUTLINE = `地域海洋資源活用拠点事業　採択拠点の概要（令和元年度）

地域名　　　　拠点名　　　　　　　　　　中核機関
北湖地域　　　北湖藻類活用拠点　　　　　（一財）北湖海洋産業財団
東山地域　　　東山深層水活用拠点　　　　（公財）東山海洋技術機構
西浜地域　　　西浜貝殻資源化拠点　　　　（一社）西浜資源循環協議会
南谷地域　　　南谷海藻バイオ拠点　　　　（公財）南谷バイオ振興会
`;

const MID_TERM = `地域森林資源循環拠点事業　中間評価結果

１．評価の方法
　各中核機関の自己評価報告書とヒアリングに基づき、「研究開発」「事業化」「自立化計画」の３項目をＳ・Ａ・Ｂ・Ｃの
４段階で評価し、これを踏まえて総合評価を付した。

２．評価結果
　地　域　名　　　研究開発　　事業化　　自立化計画　　総合評価
　杉谷　　　　　　Ｃ　　　　　Ａ　　　　Ａ　　　　　　Ａ
　檜原　　　　　　Ｂ　　　　　Ｂ　　　　Ｃ　　　　　　Ｃ
　楢山　　　　　　Ｓ　　　　　Ａ　　　　Ａ　　　　　　Ｓ
　樅沢　　　　　　Ａ　　　　　Ｂ　　　　Ｂ　　　　　　Ｂ
`;

const GRANTS = `地域森林資源循環拠点事業　採択拠点一覧

地　域　名　　拠点名　　　　　　　　　　中核機関　　　　　　　　　　初年度交付予定額
杉谷　　　　　杉谷木質バイオ拠点　　　　（一財）杉谷林業振興財団　　３，２００万円
檜原　　　　　檜原森林循環拠点　　　　　（公財）檜原森林機構　　　　２，７００万円
楢山　　　　　楢山木材高度化拠点　　　　（一社）楢山木材協議会　　　３，６００万円
樅沢　　　　　樅沢森林資源拠点　　　　　（公財）樅沢林産センター　　２，９００万円

審　査　結　果
　提案件数　　９件
　採択件数　　４件
`;

const REVIEW = `地域防災実装拠点事業　行政事業レビューシート（抜粋）

中間評価（令和４年度実施）
　Ｓ：北浜　　Ａ：南台、東岬　　Ｂ：西原、中洲　　Ｃ：奥谷
　※Ｃ評価の拠点は、翌年度の交付額を２割減額。
`;

let fixture: FixtureAnswerer;
let answerer: Answerer;

beforeAll(async () => {
  fixture = await fixtureAnswerer('graded-tables', {
    '海洋拠点_事後評価.txt': EX_POST,
    '海洋拠点_採択拠点.txt': OUTLINE,
    '森林拠点_中間評価.txt': MID_TERM,
    '森林拠点_採択一覧.txt': GRANTS,
    '防災拠点_レビュー.txt': REVIEW,
  });
  answerer = fixture.answerer;
}, 600_000);

afterAll(async () => {
  await fixture?.close();
});

describe('grades of a table with several graded columns', () => {
  it('事後評価でＳ reads the ex-post column, not the mid-term grade the row gives first', async () => {
    const a = await answerer.answer('地域海洋資源活用拠点事業の事後評価でＳ評価だった拠点はどこ？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('東山地域');
    expect(a.answer).not.toContain('北湖地域');
  });

  it('中間評価でＣ names the hub graded Ｃ in the mid-term column', async () => {
    const a = await answerer.answer('地域海洋資源活用拠点事業の中間評価でＣ評価となった拠点はどこ？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('西浜地域');
  });

  it('the lowest overall grade is read from the 総合評価 column, not from an item graded Ｃ', async () => {
    const a = await answerer.answer('地域森林資源循環拠点事業の中間評価で、総合評価がいちばん低かったのはどこの拠点？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('檜原');
    expect(a.answer).not.toContain('杉谷');
  });
});

describe('names under each grade on one line', () => {
  it('中間評価がＢ names those under the Ｂ label of a line labelling every grade', async () => {
    const a = await answerer.answer('地域防災実装拠点事業の中間評価がＢだった拠点はどこ？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('西原、中洲');
  });
});

describe('how many hubs were chosen', () => {
  it('何拠点 is answered by the count of proposals chosen (採択件数　４件)', async () => {
    const a = await answerer.answer('地域森林資源循環拠点事業で採択されたのは何拠点？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('採択件数');
    expect(a.answer).toContain('４件');
  });
});

describe('what is asked of the one that got a grade', () => {
  it('唯一Ｓだった拠点の中核機関: the hub graded Ｓ ex post, then its core body', async () => {
    const a = await answerer.answer('地域海洋資源活用拠点事業の事後評価で唯一Ｓだった拠点の中核機関はどこ？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('東山海洋技術機構');
    expect(a.answer).not.toContain('北湖海洋産業財団');
  });

  it('総合Ｃになった拠点について、初年度交付予定額: the hub graded Ｃ overall, then its first-year grant', async () => {
    const a = await answerer.answer('地域森林資源循環拠点事業の中間評価で総合Ｃになった拠点について、初年度交付予定額はいくらでしたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('２，７００万円');
    expect(a.answer).not.toContain('３，６００万円');
  });
});
