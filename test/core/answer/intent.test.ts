// What a staff question asks, however it is worded, and what a start year looks like in text.
import { describe, expect, it } from 'vitest';
import { END_YEAR, listedNoun, questionAsks, START_YEAR } from '../../../src/core/answer/intent.js';
import { normalizeText } from '../../../src/core/text/normalize.js';

describe('questionAsks', () => {
  it.each([
    ['地域イノベーション戦略支援プログラムの開始年度は？', ['start']],
    ['里山テクノ連携推進事業はいつ始まった？', ['start']],
    ['When did the Knowledge Cluster Initiative start?', ['start']],
    ['北東北広域共創推進事業は2019年度から何年度までの計画でしたか。', ['end']],
    ['知的クラスター創成事業はどの科学技術基本計画で始まりましたか？', ['plan']],
    ['エコシステム形成プログラムは第何期基本計画の下での事業？', ['plan']],
    ['実証フィールド事業が始まったのは基本計画の第何期？', ['plan']],
    // (the year it started is asked as well as the plan)
    ['地域結集プログラムが始まった年度は、第何期科学技術基本計画の期間に当たりますか。', ['start', 'plan']],
    ['森里海連携研究推進プログラムは、第何期の科学技術基本計画の、何年度に始まったの？', ['start', 'plan']],
    ['地域イノベーションクラスタープログラムの実施年度と地域数を教えてください。', ['start', 'end']],
    ['Which regions took part in the Knowledge Cluster Initiative?', ['regions']],
    ['地方大学・地域産業創生交付金で平成３０年度に採択された県はどこですか。', ['list']],
    ['里山テクノ連携推進事業の平成29年度第2回公募で採択された7地域を教えてください。', ['regions']],
    ['北東北広域共創推進事業の継続評価で、交付が認められなかった事業はどれですか。', ['list']],
    ['里山テクノ連携推進事業の交付対象になった県はどこですか。', ['list']],
    ['令和元年度に選抜された11拠点を教えてください。', ['list']],
    ['実証フィールド推進事業の令和２年度採択で、代表機関になっている大学は全部でどこ？', ['list']],
    ['R5に寒冷地実証枠で採択された事業者を教えて。', ['list']],
    ['森里連携クラスター事業で採択された地域は全部でどこですか。', ['regions']],
    ['雪国農業実証事業の事後評価でＣ評価だったコンソーシアムはどこ？', ['regions']],
    // (a table named as a source asks no list; one asked for does)
    ['共用事業の1拠点当たりの年間上限額、県の一覧表と国の資料で同じですか？', []],
    ['採択された大学の一覧表をください', ['list']],
    // (全部で with a count is a count)
    ['森里連携クラスター事業で採択された地域は全部で何地域？', []],
    // (how many members, not the regions they chose)
    ['森里連携クラスター事業の実施地域を審査した審査委員会は、何人の委員で構成されていましたか。', []],
    ['知的クラスター創成事業（第Ⅱ期）の審査で継続審査扱いになった地域を挙げてください。', ['regions']],
    ['知的クラスター創成事業はその後どうなった？', ['successor']],
    ['湖沼環境モニタリング共同研究プログラムの所管はどこですか？', ['runner']],
    ['湖沼環境モニタリング共同研究プログラムは、どこが実施機関になっているの？', ['runner']],
    // a clause, not what is asked; a count, not the list; a phase, not the plan
    ['地域イノベーション戦略支援プログラムが始まったとき、グローバル型はどう扱われた？', []],
    ['平成14年4月の選定で、知的クラスター創成事業の実施地域はいくつ選ばれましたか', []],
    ['2007年度から2009年度まで実施された知的クラスター創成事業は第何期？', []],
    // a person (who chaired the committee that chose the regions), not the regions
    ['知的クラスター創成事業の第Ⅱ期で、実施地域を選んだ審査委員会の主査は誰でしたか。', []],
    // every region (どの地域も), not which
    ['戦略支援の中間評価で、どの地域もきちんと考えていなかったと指摘されたお金の問題って何？', []],
    ['実証フィールドプログラムの初回公募、受付が始まったのはいつ？', []],
    ['企業と大学が組んで、出口まで一貫して研究する拠点を支援する事業はどれ？', []],
    // a deadline of a target (いつまでに何％), not the end of the programme; いつまで is its end
    ['推進機構は自主財源比率をいつまでに何％にする目標だったっけ？', []],
    ['この事業はいつまで？', ['end']],
    // an amount of the first year (初年度はいくら), not when it started; 初年度は何年度 is its start
    ['海事拠点2か所への県の負担金、初年度はいくら計上した？', []],
    ['この事業の初年度は何年度ですか。', ['start']],
    // which region (one of those selected or graded), not which city a site stands in
    ['Which region got the only S in the interim evaluation?', ['regions']],
    ['In which city was the consortium\'s demonstration site?', []],
  ])('%s → %j', (q, asks) => {
    expect(questionAsks(q)).toEqual(asks);
  });
});

describe('a list of projects', () => {
  it('「採択された課題を教えて」 asks for a list of 課題', () => {
    expect(questionAsks('平成31年度の公募で採択された課題を教えてください。')).toContain('list');
    expect(listedNoun('平成31年度の公募で採択された課題を教えてください。')).toBe('課題');
  });

  it('「選ばれたのはどこ」 asks for the list of those selected', () => {
    expect(questionAsks('平成18年度の都市エリアで成果育成型に選ばれたのはどこ？')).toContain('list');
    expect(questionAsks('「国際競争力強化地域」として選ばれたのはどこだっけ？')).toContain('list');
  });
});

describe('listedNoun', () => {
  it('is the kind of thing named last, not one inside a programme’s name', () => {
    expect(listedNoun('地方大学・地域産業創生交付金で平成３０年度に採択された県はどこですか。')).toBe('県');
    expect(listedNoun('令和４年度の共創の場・地域共創分野で本格型に選ばれた代表機関はどこ？')).toBe('機関');
    expect(listedNoun('Which regions were selected?')).toBe('地域');
  });
});

describe('START_YEAR and END_YEAR', () => {
  it.each([
    ['文部科学省では、令和５年度より「里山テクノ連携推進事業」を展開しています。', true],
    ['地域イノベーション戦略支援プログラム（平成２３年度～）', true],
    ['■事業開始 令和２年度（２０２０年度）', true],
    ['平成２６年度～平成３０年度（５年間）', true],
    ['平成２８年度予算額　２，２６０百万円', false],
  ])('start in %s: %s', (text, expected) => {
    expect(START_YEAR.test(normalizeText(text))).toBe(expected);
  });

  it('reads the end of a range and 「…をもって終了」', () => {
    expect(END_YEAR.test(normalizeText('・期　間：平成３１年度～平成３５年度（５年間）'))).toBe(true);
    expect(END_YEAR.test(normalizeText('新規採択は平成２５年度をもって終了しています。'))).toBe(true);
    expect(END_YEAR.test(normalizeText('内閣府の拠点事業による5年間の支援が2025年3月で終わりました。'))).toBe(true);
    expect(END_YEAR.test(normalizeText('支援は2020年4月に始まりました。'))).toBe(false);
    expect(END_YEAR.test(normalizeText('平成２８年度より開始'))).toBe(false);
    // (a span of years ahead is no end: 10年～15年先)
    expect(END_YEAR.test(normalizeText('出口（10年～15年先を見通した新産業の創出等）まで一貫した研究開発'))).toBe(false);
    expect(END_YEAR.test(normalizeText('知的クラスター創成事業（第Ⅰ期）（平成１４～２０年度）'))).toBe(true);
  });
});
