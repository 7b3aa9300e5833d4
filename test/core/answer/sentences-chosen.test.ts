// Which sentence answers: of a programme's phase asked (第Ⅱ期), the sentence about that phase before
// one about the programme itself;
// a year's figure from a row of figures each labelled by its year, under a title giving their unit; and
// who holds a post, from a contact block under its heading.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentenceProblems } from '../../../src/core/answer/check.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const PHASES = `かえで県議会　令和２年６月定例会　本会議（抜粋）

○かえで県知事　文部科学省の知的クラスター創成事業では、本県は平成１４年度から５年間、「かえでバイオクラスター」として取り組んでまいりました。
その後、平成１９年度から始まった第Ⅱ期の対象地域に本県は入っておりません。
第Ⅰ期の成果は、県単独の補助制度で引き続き支援しております。
`;

const BUDGET = `くすのき地域ロボット拠点事業　事後評価結果（概要）

本事業は平成２９年度から令和３年度までの５年間、くすのき地域のロボット関連企業の実用化を支援した。
各拠点は後継事業への応募等により、成果の実装を継続することが望まれる。

（参考）くすのき地域ロボット拠点事業の国の予算額の推移（百万円）
　平成２９年度　４１０　　平成３０年度　５４０　　令和元年度　５３０　　令和２年度　５１０
　令和３年度　　４７０　　（５年間計　２，４６０）
`;

const PRESS = `令和２年４月１日
ひのき省　産業局
報道関係者各位

「ひのき地域ものづくり産業集積拠点における実用化研究開発及び人材育成
支援事業」の採択拠点を決定しました

　ひのき省では、令和２年度から、ものづくり企業が集積する地域において、大学と地域企業が連携して
行う実用化研究開発と人材の育成を一体的に支援する「ひのき地域ものづくり産業集積拠点における実用化研究開発
及び人材育成支援事業」（以下「ひのき拠点事業」という。）を実施します。
　このたび、外部有識者で構成する審査委員会の審査を経て、下記のとおり採択拠点を決定しました。

　事　業　概　要
　　実施期間　　令和２年度から令和６年度まで（１拠点につき最長５年間）
　　補 助 額　　１拠点あたり年間８，０００万円以内
　　交 付 先　　都道府県が指定する中核機関

　審　査　結　果
　　提案件数　　１１件
　　採択件数　　４件

　令和２年度予算額　３２０百万円

＜問い合わせ先＞
　ひのき省産業局　地域産業連携推進室
　室長　　西園寺　澄人
　担当　　森本、川端（内線４１７２）
`;

let fixture: FixtureAnswerer;

beforeAll(async () => {
  fixture = await fixtureAnswerer('sentences-chosen', { 's02_phases.txt': PHASES, 's03_budget.txt': BUDGET, 's04_press.txt': PRESS });
}, 240_000);

afterAll(async () => {
  await fixture?.close();
});

describe('a phase of a programme asked', () => {
  it('is answered by the sentence about that phase before one about the programme\'s own start', async () => {
    const a = await fixture.answerer.answer('知的クラスター創成事業の第Ⅱ期はいつから始まりましたか。');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toMatch(/第Ⅱ期/u);
    expect(a.sentences[0]!.text).toMatch(/平成１９年度|平成19年度/u);
  });
});

describe('a row of figures each labelled by its year', () => {
  it('gives the year asked, in the unit its title line states', async () => {
    const a = await fixture.answerer.answer('くすのき地域ロボット拠点事業の令和元年度の国の予算額は何百万円？');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('令和元年度　５３０');
    expect(a.citations.some((c) => c.source.endsWith('s03_budget.txt') && c.quote.includes('５３０'))).toBe(true);
  });

  it('is supported by its own line, the figures of one variant of the quote not run into the next', () => {
    const row = '平成２９年度　４１０　　平成３０年度　５４０　　令和元年度　５３０　　令和２年度　５１０';
    expect(sentenceProblems({ programmes: [], plans: [] } as never, row, [`　${row}`], '令和元年度の予算額は？')).toEqual([]);
  });
});

describe('who holds a post named in a contact block', () => {
  it('is answered from the block under its heading (＜問い合わせ先＞ … 室長　西園寺　澄人)', async () => {
    const a = await fixture.answerer.answer('ひのき拠点事業の採択時に問い合わせ先になっていた室長は誰ですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('西園寺　澄人');
  });

  it('reads a line of the block with the heading the block stands under, though another line stands between', async () => {
    const q = fixture.answerer.read('ひのき拠点事業の問い合わせ先の室長は誰ですか。');
    const { scored } = await fixture.answerer.evidence(q);
    const holder = scored.find((c) => c.unit.text.includes('西園寺'));
    expect(holder?.localKey).toContain('問い合わせ先');
  });
});

