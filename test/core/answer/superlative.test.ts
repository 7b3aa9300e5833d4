// Which has the most or the least, asked of a table: the rows of the table found are compared in the
// column asked (a year's column, one the question names, or a sum over the years asked), among the rows
// the question picks (試作開発型), and the winner is stated first, citing its row and the header above it.
// A ranking by grade is no column of numbers, and a table that holds no column of what is asked ranks nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';
import { rankingAsked } from '../../../src/core/answer/superlative.js';

const GRANTS = `令和5年度　わかば県実用化補助金　交付決定一覧

令和5年度のわかば県実用化補助金について、審査会を経て次の6件の交付を決定しました。

No.\t企業名\t所在地\tタイプ\t交付決定額（千円）
1\t(株)あさひ精機\tあさひ市\t試作開発型\t3,800
2\tみなと食品(株)\tみなと市\t試作開発型\t2,950
3\t(有)やまと木工\tやまと町\t試作開発型\t1,600
4\t(株)かわせみ電子\tかわせみ市\t実用化型\t12,000
5\t(株)しらさぎ化成\tしらさぎ市\t実用化型\t1,200
6\t(株)つばめロボティクス\tつばめ市\t試作開発型\t2,200
`;

const BUDGET = `わかば県産業振興課　予算の推移
[シート1] わかば海洋センシング拠点事業　予算額の推移（単位：千円）
年度,H30,R1,R2,R3,R4
予算額,200000,320000,335000,310000,300000
採択拠点数,6,6,6,6,6
`;

const AREAS = `# わかば県共同研究補助金　圏域別の採択件数

わかば県産業振興課が取りまとめた、共同研究補助金の圏域別の採択件数（件）。

| 圏域 | R3 | R4 | R5 | R6 | 計 |
|---|---|---|---|---|---|
| 中央圏 | 3 | 4 | 4 | 5 | 16 |
| 北部圏 | 1 | 2 | 1 | 2 | 6 |
| 南部圏 | 2 | 1 | 4 | 1 | 8 |
| 採択計 | 6 | 7 | 9 | 8 | 30 |
`;

const EVALUATION = `わかば海洋センシング拠点事業　中間評価結果

拠点名　　　　　総合評価　　交付額（千円）
あさひ拠点　　　Ａ　　　　　45,000
みなと拠点　　　Ｃ　　　　　30,000
やまと拠点　　　Ｓ　　　　　50,000
`;

const EXPORT = `わかば県共同研究補助金　実績データ（システム出力）
制度,年度,区分,応募件数,採択件数
新,R5,一般型,18,6
新,R5,成長型,11,5
新,R5,計,29,11
旧,R4,一般型,20,7
旧,R4,成長型,9,3
`;

const NEWS = `わかば県産業振興課ニュース　令和7年1月号

わかば県ものづくり補助金の令和6年度の採択結果が決まりました。
応募24件から10件を採択し、地域別では東部4件、西部3件、中部2件、島しょ部1件です。
`;

const MINUTES = `わかば県ものづくり推進会議（令和6年度第2回）議事要旨

○事務局（森課長）：　令和６年度のものづくり補助金は、応募２４件に対し１０件を採択しました。
○小川委員：　島しょ部からの採択が１件にとどまっている。島しょ部での説明会の開催を検討してほしい。
○事務局（森課長）：　来年度は島しょ部でも説明会を開催します。
`;

let fixture: FixtureAnswerer;

beforeAll(async () => {
  fixture = await fixtureAnswerer('superlative', { 'k01_grants.tsv.txt': GRANTS, 'k02_budget.csv.txt': BUDGET, 'k03_areas.md': AREAS, 'k04_evaluation.txt': EVALUATION, 'k05_export.csv.txt': EXPORT, 'k06_news.txt': NEWS, 'k07_minutes.txt': MINUTES });
}, 240_000);

afterAll(async () => {
  await fixture?.close();
});

describe('which has the most or the least, asked', () => {
  it('reads a ranking of a quantity, not of a grade', () => {
    expect(rankingAsked('交付決定額が一番少なかった企業は？')).toBe(false);
    expect(rankingAsked('予算が最も多かったのは何年度？')).toBe(true);
    expect(rankingAsked('Which area had the most adoptions?')).toBe(true);
    expect(rankingAsked('中間評価で一番低い評価だった拠点は？')).toBeUndefined();
    expect(rankingAsked('交付額がいちばん少なかった地域は、中間評価でどうなった？')).toBe(false);
    expect(rankingAsked('交付額はいくら？')).toBeUndefined();
  });
});

describe('a table\'s rows compared', () => {
  it('among the rows the question picks (試作開発型), the least in the column it names, with its row and header cited', async () => {
    const a = await fixture.answerer.answer('令和5年度の試作開発型で、交付決定額が一番少なかった企業はどこですか。');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.from).toBe('comparison');
    expect(a.sentences[0]!.text).toContain('(有)やまと木工');
    expect(a.sentences[0]!.text).toContain('1,600');
    const quotes = a.sentences[0]!.markers.map((m) => a.citations.find((c) => c.marker === m)!.quote);
    expect(quotes).toContain('3\t(有)やまと木工\tやまと町\t試作開発型\t1,600');
    expect(quotes[0]).toContain('交付決定額（千円）');
  });

  it('a table read across: the year whose cell is the most', async () => {
    const a = await fixture.answerer.answer('わかば海洋センシング拠点事業の予算が一番多かったのは何年度で、いくらでしたか。');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.from).toBe('comparison');
    expect(a.sentences[0]!.text).toMatch(/R2.*335000/u);
    // (one question, not two: 何年度 and いくら are both of the year ranked first, not of another table's row)
    expect(a.answer).not.toContain('やまと拠点');
  });

  it('over a span of years, the column that sums them; a row of sums is no row of its own', async () => {
    const a = await fixture.answerer.answer('共同研究補助金で、令和3年度から令和6年度までの採択が最も少ない圏域は？');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.from).toBe('comparison');
    expect(a.sentences[0]!.text).toContain('北部圏');
    expect(a.sentences[0]!.text).toContain('6');
  });
  it('on a tie, each of those tied (令和5年度: 中央圏 4, 南部圏 4)', async () => {
    const a = await fixture.answerer.answer('共同研究補助金で、令和5年度の採択が最も多い圏域は？');
    expect(a.sentences[0]!.from).toBe('comparison');
    expect(a.sentences[0]!.text).toContain('中央圏と南部圏');
    expect(a.sentences[0]!.text).toContain('同数');
  });

  it('a row whose 区分 says it sums the others (計) is no row of its own; rows of the year asked only', async () => {
    const a = await fixture.answerer.answer('共同研究補助金の令和5年度の実績で、採択件数が一番多かった区分は？');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.from).toBe('comparison');
    expect(a.sentences[0]!.text).toContain('一般型');
    expect(a.sentences[0]!.text).toContain('6');
  });
});

describe('several counted by name in a sentence, and what is asked of the one ranked first', () => {
  it('the least of those a sentence counts (地域別では東部4件、…、島しょ部1件), then who asked for something there', async () => {
    const a = await fixture.answerer.answer('令和6年度のものづくり補助金で採択が一番少なかった地域はどこで、その地域での説明会開催を求めたのは誰？');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.from).toBe('comparison');
    expect(a.sentences[0]!.text).toContain('島しょ部');
    expect(a.answer).toContain('小川委員');
  });
});

describe('no ranking computed', () => {
  it('what it ranks among (理由で一番多かった) must be a column of the table', async () => {
    const a = await fixture.answerer.answer('共同研究補助金で不採択になった理由で一番多かったのは？');
    expect(a.sentences.some((s) => s.from === 'comparison')).toBe(false);
  });


  it('a ranking by grade is left to the grades', async () => {
    const a = await fixture.answerer.answer('中間評価で一番低い評価だった拠点はどこですか。');
    expect(a.sentences.some((s) => s.from === 'comparison')).toBe(false);
  });

  it('a table with no column of what is asked ranks nothing', async () => {
    const a = await fixture.answerer.answer('わかば海洋センシング拠点事業で、参画企業数が一番多かった拠点はどこですか。');
    expect(a.status).toBe('abstained');
  });
});
