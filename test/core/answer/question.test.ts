// What an answer must contain, read from the question: the kinds of value asked for.
import { describe, expect, it } from 'vitest';
import { countedNoun, personNeed, questionNeeds, roleAsked, WHO } from '../../../src/core/answer/question.js';

const kinds = (q: string) => questionNeeds(q).map((n) => n.kind);

describe('questionNeeds', () => {
  it.each([
    ['知的クラスター創成事業の1地域当たりの予算は？', ['money']],
    ['都市エリアは何地域で実施された？', ['count']],
    ['地域イノベーション戦略支援プログラムはいつ始まって、何地域が対象なの？', ['count', 'time']],
    ['日本の開業率は具体的に何％？', ['percent']],
    ['What is the subsidy rate of the prefecture\'s photonics subsidy?', ['percent']],
    ['地域イノベーションクラスタープログラムの規模（地域数）は？', ['count']],
    ['里山テクノ連携推進事業の実施年度と地域数を教えてください。', ['count', 'time']],
    ['How much funding did each area get per year under the City Area Program?', ['money']],
    ['Which programme merged the two after the budget screening?', []],
    ['「死の谷」の定義を教えてください', []],
  ])('%s → %j', (q, expected) => {
    expect(kinds(q)).toEqual(expected);
  });

  it('which budget (どの予算に計上) asks no amount', () => {
    expect(kinds('県の上乗せ支援の経費はどの予算に計上する方針とされていましたか。')).not.toContain('money');
    expect(kinds('その事業の予算はいくらですか。')).toContain('money');
  });

  it('a count asked in people wants 人 or 名, not any number', () => {
    const [need] = questionNeeds('マッチングプランナーは全国に何人配置されていますか？');
    expect(need!.pattern.test('全国で155名。')).toBe(true);
    expect(need!.pattern.test('１億円/年×89地域')).toBe(false);
  });
});

describe('what a count counts', () => {
  it('a count of anything is no date and no amount', () => {
    const count = questionNeeds('それはいくつありますか。').find((n) => n.kind === 'count')!.pattern;
    expect(count.test('全国から２３件の提案があり')).toBe(true);
    expect(count.test('令和６年９月を目途に開催')).toBe(false);
    expect(count.test('予算額は９億８，０００万円')).toBe(false);
  });

  it('「いくつの地域から」 counts regions as 何地域 does', () => {
    const count = questionNeeds('推進地域の公募には、いくつの地域から提案がありましたか。').find((n) => n.kind === 'count')!.pattern;
    expect(count.test('提案地域数：30地域')).toBe(true);
    expect(count.test('応募件数：47件')).toBe(false);
  });

  it('reads the thing counted in 件, applications by any of their names', () => {
    expect(countedNoun('J-PEAKSの第2回公募には何件の申請がありましたか。')).toEqual(['応募', '申請', '提案']);
    expect(countedNoun('公募には何件応募がありましたか。')).toContain('申請');
    expect(countedNoun('How many proposals did the programme receive in its FY2024 call?')).toContain('提案');
    expect(countedNoun('令和３年度に採択された件数は？')).toBeUndefined();
  });

  it('a total\'s word inside the noun (累計事業化件数) is not part of what is counted', () => {
    expect(countedNoun('開発促進補助金の累計事業化件数は何件？')).toEqual(['事業化']);
  });

  it('people counted (参加者数, 従業員数) are in 人, 名 or 者, not any number', () => {
    const count = questionNeeds('フォーラムの実際の参加者数は？').find((n) => n.kind === 'count')!.pattern;
    expect(count.test('参加費無料、定員150名')).toBe(true);
    expect(count.test('参画企業は32社に増えた')).toBe(false);
    expect(countedNoun('フォーラムの実際の参加者数は？')).toEqual(['参加']);
  });

  it('a grade asked as いくつ (総合評価いくつ) is no count', () => {
    expect(kinds('事後評価で呉地域の拠点は総合評価いくつでしたか。')).not.toContain('count');
  });
});

describe('who-questions', () => {
  it('asked politely (どなた) are who-questions, with the role asked', () => {
    expect(WHO.test('推進委員会の副委員長はどなたですか。')).toBe(true);
    expect(roleAsked('推進委員会の副委員長はどなたですか。')?.test('副委員長：山田　太郎')).toBe(true);
  });

  it('in English ask the Japanese roles the role word stands for (who chaired → 委員長, not a mere 委員)', () => {
    const chair = roleAsked('Who chaired the committee that did the ex-post evaluation?')!;
    expect(chair.test('委員長  松浦 敏之')).toBe(true);
    expect(chair.test('委  員  杉山 亮介')).toBe(false);
    expect(roleAsked('Who was the vice-chair of the committee?')!.test('副委員長：山田　太郎')).toBe(true);
    expect(roleAsked('Who was the vice-chair of the committee?')!.test('委員長  松浦 敏之')).toBe(false);
  });

  it('「…のトップは誰」 asks the head of the body: the chair\'s roles, not a mere 委員', () => {
    const head = roleAsked('評価委員会のトップは誰？')!;
    expect(head.test('委員長　　藤川　恵子')).toBe(true);
    expect(head.test('委　員　　江口　雅人')).toBe(false);
  });

  it('a role said to go to someone named unspaced with a title (会長に…の川端信吾取締役) gives who holds it', () => {
    const person = (q: string) => personNeed(roleAsked(q))!.pattern;
    const founded = '総会で、会長に鳴門精機(株)の川端信吾取締役、副会長に本学の西園寺葉子学長が選ばれました。';
    expect(person('みさき海洋技術協議会の初代会長は誰？').test(founded)).toBe(true);
    expect(person('Who became vice-chair of the Misaki marine technology council?').test(founded)).toBe(true);
    // (a role said to go to no one yet names no one)
    expect(person('みさき海洋技術協議会の初代会長は誰？').test('会長には産業界から選出する予定です。')).toBe(false);
  });
});

describe('amounts and shares', () => {
  it('a rate asked in English (execution rate, response rate) is a share, and a budget\'s rate is no amount', () => {
    expect(kinds('What was the budget execution rate of the hub programme in FY2019?')).toEqual(['percent']);
    expect(kinds('What was the response rate of the 2023 applicant survey?')).toContain('percent');
    expect(kinds('What was the budget execution of the hub programme in FY2019?')).toContain('money');
  });

  it('how an amount changes asks no sum; a share may be a fraction', () => {
    expect(kinds('Ｓ評価の地域は、2019年度から支援額がどうなりますか。')).not.toContain('money');
    expect(kinds('Ｓ評価の地域の支援額はいくらになりますか。')).toContain('money');
    const share = questionNeeds('自治体の負担はどれくらいの割合ですか。').find((n) => n.kind === 'percent')!.pattern;
    for (const t of ['交付率は２／３', '事業費の２分の１を負担', '補助率50%', '３割を負担']) expect(share.test(t)).toBe(true);
  });

  it('an amount written in English stands before its number too (JPY 90 million, yen 500,000)', () => {
    const money = questionNeeds('What is the initial budget of the programme?').find((n) => n.kind === 'money')!.pattern;
    for (const t of ['The initial budget for FY2025 is JPY 90 million.', 'a grant of yen 500,000', '90 million yen', '９０，０００千円']) expect(money.test(t)).toBe(true);
    expect(money.test('It ran for 90 months.')).toBe(false);
  });
});
