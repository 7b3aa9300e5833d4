// Questions that ask two things: split into parts that stand alone, and answers joined.
import { describe, expect, it } from 'vitest';
import { aboutFound, splitQuestion } from '../../../src/core/answer/compound.js';

describe('splitQuestion', () => {
  it.each([
    ['海洋データのハブ、ハブ長は誰だった？あとデータ販売の収入はどこまで伸びたの？', ['海洋データのハブ、ハブ長は誰だった', '海洋データのハブ、あとデータ販売の収入はどこまで伸びたの？']],
    ['卓越研究者プログラムの予算、令和元年度はいくらで、令和2年度予算案ではどうなった？', ['卓越研究者プログラムの予算、令和元年度はいくら', '卓越研究者プログラムの予算、令和2年度予算案ではどうなった？']],
    ['In the 2021 call of the circulation programme, how many institutions were selected? What was the maximum funding?', ['In the 2021 call of the circulation programme, how many institutions were selected', 'In the 2021 call of the circulation programme, What was the maximum funding?']],
    // how two things differ asks that of each (after a sentence that only says who asks)
    ['新任です。地域結集型共同研究事業と地域結集型研究開発プログラムは、規模と始まった時期がどう違うのですか。', ['地域結集型共同研究事業の規模と始まった時期は？', '地域結集型研究開発プログラムの規模と始まった時期は？']],
    // a second sentence that asks by hedging (…と思うんですが。) is a part of its own
    ['研究基盤共用事業は1拠点あたり年間いくらまで出ますか？初年度は額が違ったと思うんですが。', ['研究基盤共用事業は1拠点あたり年間いくらまで出ますか', '研究基盤共用事業、初年度は額が違ったと思うんですが。']],
    // two things to compare are two things asked (NFKC)
    ['第Ⅰ期浜松の事業化件数と、戦略支援プログラム５年間の事業化件数をくらべたい', ['第I期浜松の事業化件数は？', '第I期浜松の事業化件数、戦略支援プログラム5年間の事業化件数は？']],
    ['技術ブリッジ事業の予算額、2022年度と2024年度を比べるといくら増えた？', ['技術ブリッジ事業の予算額、2022年度は？', '技術ブリッジ事業の予算額、2024年度は？']],
    // which got a grade, run on into what is asked of it, is two questions: which, then that of it
    ['事後評価で唯一Ｓだった拠点の中核機関はどこ？', ['事後評価で唯一Ｓだった拠点はどこ？', 'その拠点の中核機関はどこ？']],
    ['中間評価で総合Ｃになった拠点について、初年度交付予定額はいくらでしたか。', ['中間評価で総合Ｃになった拠点はどこ？', '中間評価で総合Ｃになった拠点、初年度交付予定額はいくらでしたか。']],
    // the same asked of two things of one kind, それぞれ: each of them, with what stands between them and それぞれ
    ['DX共創拠点事業の予算額は、令和4年度と令和5年度でそれぞれいくら？', ['DX共創拠点事業の予算額は、令和4年度でいくら？', 'DX共創拠点事業の予算額は、令和5年度でいくら？']],
    ['宮城の拠点と焼津の拠点は、令和2年度にそれぞれ国からいくら交付を受けましたか。', ['宮城の拠点は、令和2年度に国からいくら交付を受けましたか。', '焼津の拠点は、令和2年度に国からいくら交付を受けましたか。']],
    ['平成30年度の国庫補助額を、呉の拠点と今治の拠点についてそれぞれ教えてください。', ['平成30年度の国庫補助額を、呉の拠点について教えてください。', '平成30年度の国庫補助額を、今治の拠点について教えてください。']],
  ])('%s', (q, parts) => {
    expect(splitQuestion(q, /[ぁ-ん]/u.test(q) ? 'ja' : 'en')).toEqual(parts);
  });

  it.each([
    ['地域イノベーション戦略支援プログラムの開始年度は？', 'ja'],
    ['地域カーボンニュートラル研究拠点形成事業は補助事業ですか、それとも委託ですか。', 'ja'],
    ['When and where was the Cluster Forum held?', 'en'],
    ['知的クラスター創成事業の予算額は？（令和５年度、補正予算を含む）', 'ja'],
    // (a place asked of one that got no grade: the part before asks nothing)
    ['令和２年度に採択された拠点の中核機関はどこ？', 'ja'],
    // (two things of other kinds, それぞれ: one sentence may give both, 特許出願とマッチング成約の累計)
    ['拠点事業の7地域合計で、特許出願とマッチング成約の累計はそれぞれ何件でしたか。', 'ja'],
    ['技術ブリッジ事業で採択された秋田県内の6件、それぞれの企業名を教えてもらえますか。', 'ja'],
  ] as const)('one question stays whole: %s', (q, lang) => {
    expect(splitQuestion(q, lang)).toEqual([q]);
  });
});

describe('a part asked of what the first part found', () => {
  it('「…だった拠点と、その連携機関」 is two parts, the first asking which', () => {
    expect(splitQuestion('医療機器拠点事業の中間評価でＣだった拠点と、その拠点の連携機関を教えて。', 'ja')).toEqual([
      '医療機器拠点事業の中間評価でＣだった拠点はどこ？',
      '医療機器拠点事業の中間評価でＣだった拠点、その拠点の連携機関を教えて。',
    ]);
    // a subject of one grade, then what is asked of it
    expect(splitQuestion('湖南事業の中間評価で最低評価だった地域は、採択時にどんな構想を掲げていましたか。', 'ja')).toHaveLength(2);
    // その後 refers to a time, not to what was found
    expect(splitQuestion('湖南事業の中間評価と、その後の予算を教えて。', 'ja')).toHaveLength(1);
  });

  it('the second part is asked of each name the first part found, under the programme asked', () => {
    expect(aboutFound('湖南事業の中間評価でＣだった拠点、その拠点の連携機関を教えて。', '守山拠点', '湖南事業')).toBe('湖南事業の守山拠点の連携機関を教えて。');
  });
});
