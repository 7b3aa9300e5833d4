// Which sentence answers: of a programme's phase asked (第Ⅱ期), the sentence about that phase before
// one about the programme itself;
// a year's figure from a row of figures each labelled by its year, under a title giving their unit; and
// who holds a post, from a contact block under its heading; the places a sentence names before their count,
// the members a labelled line names, and the items of a list asked by how many (実装テーマを３つ挙げて).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentenceProblems } from '../../../src/core/answer/check.js';
import { questionAsks } from '../../../src/core/answer/intent.js';
import { labelledNames, namesBeforeCount } from '../../../src/core/answer/lists.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const PHASES = `かえで県議会　令和２年６月定例会　本会議（抜粋）

○かえで県知事　文部科学省の知的クラスター創成事業では、本県は平成１４年度から５年間、「かえでバイオクラスター」として取り組んでまいりました。
その後、平成１９年度から始まった第Ⅱ期の対象地域に本県は入っておりません。
第Ⅰ期の成果は、県単独の補助制度で引き続き支援しております。
`;

const BUDGET = `楠地域ロボット拠点事業　事後評価結果（概要）

本事業は平成２９年度から令和３年度までの５年間、楠地域のロボット関連企業の実用化を支援した。
各拠点は後継事業への応募等により、成果の実装を継続することが望まれる。

（参考）楠地域ロボット拠点事業の国の予算額の推移（百万円）
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

const FORUM = `もみじ県科学技術フォーラム2024　講演録（抄）

　もみじ県の産学官連携は、平成１４年度の都市エリア事業から本格的に始まりました。
　※都市エリア事業・平成１６年度開始地域における参加地域・・・「あかね湾岸エリア」・「しらさぎ南部エリア」・「こまち東部エリア」
　2011年（平成23年）12月には、あかね北、しらさぎ川、こまち台の3エリアがもみじフード・コンプレックス国際戦略総合特区に指定されました。
　ここで「食と健康」がもみじ県の看板になったと言ってよいと思います。

【参考】もみじ県で都市エリア事業に指定されたエリア
　・あかね湾岸エリア（平成１４～１６年度）
　・しらさぎ南部エリア（平成１６～１８年度）
　・こまち東部エリア（平成１７～１９年度）
`;

const REPORT = `楠精密センシング実装拠点　事業成果報告書（概要版）
令和５年３月
楠精密センシング実装拠点推進協議会

1. 事業の概要
(1) 事業名　総務省 地域課題解決型IoT・センシング技術実装拠点形成推進事業
(2) 事業期間　平成30年度～令和4年度（5年間）
　　楠・柊地域「楠精密センシング実装拠点」として採択された。
(3) 実施体制
　① 提案自治体　楠県、楠市、ひいらぎ市（広域連携型、補助率2/3）
　② 中核機関　（一社）楠湖テクノプラットフォーム
　③ 参画大学等　楠大学、ひいらぎ工科大学、楠高等専門学校、楠県工業技術センター
　④ 推進協議会　会長：楠市長、副会長：ひいらぎ市長
(4) 実装テーマ
　① 精密加工工程の振動センシングによる歩留まり予測
　② 楠湖の水位常時モニタリング
　③ 冬季の橋梁凍結センシングと融雪設備の運転最適化

2. 交付額の推移
年度　　　　　　交付額　　　　　　備考
平成30年度　　　3,200万円　　　　初年度
令和元年度　　　4,800万円
`;

const SELECTED = `椿県クラスター自立化事業　平成３０年度の採択について

１．概要
　過去にクラスター事業を実施した地域の自立化を、１地域当たり年間５，０００万円以内で最長４年間支援するものであり、初年度は１２件の提案の中から楠北、柊南、椿台の３地域を採択した。

２．採択地域
　・楠北地域（楠県）
　・柊南地域（柊県）
　・椿台地域（椿県）
`;

let fixture: FixtureAnswerer;

beforeAll(async () => {
  fixture = await fixtureAnswerer('sentences-chosen', { 's02_phases.txt': PHASES, 's03_budget.txt': BUDGET, 's04_press.txt': PRESS, 's05_forum.txt': FORUM, 's06_report.txt': REPORT, 's07_selected.txt': SELECTED });
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
    const a = await fixture.answerer.answer('楠地域ロボット拠点事業の令和元年度の国の予算額は何百万円？');
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

describe('places a sentence names before their count', () => {
  it('are read as the count says, the clause before them left out', () => {
    expect(namesBeforeCount('2011年（平成23年）12月には、あかね北、しらさぎ川、こまち台の3エリアが指定された。', 'エリア|地域')).toEqual(['あかね北', 'しらさぎ川', 'こまち台']);
    expect(namesBeforeCount('あかね北、しらさぎ川の3エリアが指定された。', 'エリア|地域')).toBeUndefined();
  });

  it('answer which ones were chosen, rather than another list of places in the same document', async () => {
    const a = await fixture.answerer.answer('もみじフード特区に指定された3つのエリアはどこですか。');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('あかね北、しらさぎ川、こまち台');
  });
});

describe('places a sentence names before their count, which a list names too', () => {
  it('are answered by the list, whose entries say more (楠北地域 for 楠北)', async () => {
    const a = await fixture.answerer.answer('椿県クラスター自立化事業で平成３０年度に採択された３地域を全部あげてください。');
    expect(a.status).toBe('answered');
    for (const place of ['楠北地域', '柊南地域', '椿台地域']) expect(a.answer).toContain(place);
  });
});

describe('the members a labelled line names', () => {
  it('are read after a label of the kind asked, its marker aside', () => {
    expect(labelledNames('③ 参画大学等　楠大学、ひいらぎ工科大学、楠高等専門学校', '大学|機関')).toEqual(['楠大学', 'ひいらぎ工科大学', '楠高等専門学校']);
    expect(labelledNames('① 提案自治体　楠県、楠市、ひいらぎ市', '大学|機関')).toBeUndefined();
  });

  it('answer which universities and institutes took part', async () => {
    const a = await fixture.answerer.answer('楠精密センシング実装拠点に参加していた大学や研究機関はどこ？');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('楠大学、ひいらぎ工科大学、楠高等専門学校、楠県工業技術センター');
  });
});

describe('a list asked by how many it holds', () => {
  it('is a list asked (３つ挙げて, ３つ教えて)', () => {
    expect(questionAsks('実装テーマを３つ挙げてください。')).toContain('list');
    expect(questionAsks('重点分野を２つ教えて')).toContain('list');
  });

  it('is the list under the heading asked, not one of the kind a name in the question says (…実装拠点)', async () => {
    const a = await fixture.answerer.answer('楠精密センシング実装拠点の実装テーマを３つ挙げてください。');
    expect(a.status).toBe('answered');
    for (const theme of ['歩留まり予測', '水位常時モニタリング', '橋梁凍結センシング']) expect(a.answer).toContain(theme);
  });
});
