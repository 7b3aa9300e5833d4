// Answers from a timeline kept as a markdown table (年表): a row's year cell dates what its other cells
// say, so a start asked (発足したのはいつ) is answered by the row where it stands, not by a sentence
// that states some other start with its year; a thing's name asked (県の戦略は何という名前) is answered by a
// name of that kind. And who pays, asked with 誰: a body is the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const TIMELINE = `# やまびこ県の科学技術施策　年表（1998〜2024）

やまびこ県商工労働部 産業技術課 作成（2024年6月更新）。新任職員の引継ぎ用資料。

| 西暦 | 和暦 | 国の主な動き | やまびこ県の主な動き |
|---|---|---|---|
| 1998 | 平成10年 | ― | やまびこ県工業試験場 業務開始 |
| 2003 | 平成15年 | ― | 4月 やまびこ県産業技術センター発足（工業試験場を改組） |
| 2011 | 平成23年 | 地域イノベーション戦略支援プログラム 開始 | 第1次やまびこ県科学技術振興プラン（H23〜H27） |
| 2012 | 平成24年 | ― | 「やまびこ次世代ものづくり戦略」が地域イノベーション戦略推進地域に選定 |
| 2020 | 令和2年 | ― | 県単独「やまびこ共同研究補助金」創設 |
`;

const GLOSSARY = `やまびこ県産業技術課　用語集

・産業技術センター：県の公設試験研究機関。中小企業の技術相談、依頼試験、共同研究を行う。
・共同研究補助金：平成２３年度に始まった県の補助事業で、産業技術センターと企業の共同研究を支援する。
・推進地域：平成２３年度に始まった「地域イノベーション戦略支援プログラム」に関連して、国が選ぶ「地域イノベーション戦略推進地域」のこと。
　本県は平成２４年度に「研究機能・産業集積高度化地域」として選ばれたが、国の支援プログラム自体には採択されていない。
`;

const FIELD = `やまびこ実証フィールド事業の概要

１．事業の目的
　県内の工場跡地を実証フィールドとして整備し、企業の新技術の実証を受け入れる。

２．経費の負担
　整備費のうち国の補助率は２分の１とする。残りの経費は、県が４分の１、立地市が４分の１を負担する。
`;

let fixture: FixtureAnswerer;

beforeAll(async () => {
  fixture = await fixtureAnswerer('timeline', { 'y01_timeline.md': TIMELINE, 'y02_glossary.txt': GLOSSARY, 'y03_field.txt': FIELD });
}, 240_000);

afterAll(async () => {
  await fixture?.close();
});

describe('a start asked, answered from a timeline row', () => {
  it('the row whose year cell dates the start comes first', async () => {
    const a = await fixture.answerer.answer('やまびこ県産業技術センターが発足したのは何年何月？');
    expect(a.status).toBe('answered');
    expect(a.answer.split('\n')[0]).toContain('2003');
    expect(a.answer.split('\n')[0]).toContain('4月 やまびこ県産業技術センター発足');
  });
});

describe('a thing\'s name asked', () => {
  it('the row that gives a name of the kind asked (…戦略) comes before a sentence that names other things', async () => {
    const a = await fixture.answerer.answer('平成24年度に地域イノベーション戦略推進地域に選ばれた県の戦略は、何という名前でしたか。');
    expect(a.status).toBe('answered');
    expect(a.answer.split('\n')[0]).toContain('やまびこ次世代ものづくり戦略');
  });
});

describe('who pays, asked with 誰', () => {
  it('a body is the answer, not a person: the sentence that says who bears the rest is given', async () => {
    const a = await fixture.answerer.answer('実証フィールド事業で、国の補助で賄えない分は誰が出すことになっていますか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('県が４分の１、立地市が４分の１を負担する');
  });
});
