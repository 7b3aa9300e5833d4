// Which sentences an answer finds: an English question gets an English document's own sentence beside the
// Japanese ones; a list of handouts, each line opening with its numbered label (資料３　/ 参考資料１　), is read
// line by line; the budget part of a question that also asks what was spent is answered from a table of budgets;
// a pay asked by the year (報酬は年額いくら) is not answered by another amount (売上げ); a value of the final year
// (最終年度に加算される額) asks no end; when a result was made public is the date line of the document giving it; and a
// count in a sentence after the one naming the programme is of it (製品化・事業化 is no other programme's name); a
// vice-chair asked in English is the person a sentence gives 副会長 to; 何年度まで続いた asks an end; when it started
// gets an English sentence saying so (started in April 2025); a committee's chair is the holder named under the
// committee asked, by a line or by a list's legend (◎は委員長); a plan approved by the Cabinet is its 閣議決定.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionAsks } from '../../../src/core/answer/intent.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const TIMELINE = `さくら県の科学技術関係年表（令和７年版）
令和７年３月　さくら県産業労働部産業振興課

西暦：2024 / 和暦：令和6年 / 主な動き：9月補正でさくら共同研究事業を増額（当初50,000千円→54,000千円）
西暦：2025 / 和暦：令和7年 / 主な動き：4月「さくら研究成果実装事業」開始（当初予算60,000千円）
`;

const OUTLINE = `さくら研究成果実装事業の概要（令和７年度）
さくら県産業労働部産業振興課

１　事業の目的
　県内企業が大学等の研究成果を製品やサービスとして実装する取組を支援する。

２　予算額
　令和７年度当初予算額　６０，０００千円（新規）

３　支援の内容
　実装枠　補助率１／２、上限年２０，０００千円、最長２年度
　スタートアップ枠　補助率２／３、上限５，０００千円、１年度
`;

const PRESS = `令和７年２月１４日
さくら県産業労働部産業振興課

令和７年度当初予算案の主な新規事業について

　さくら県は、令和７年度当初予算案に「さくら研究成果実装事業」として６０，０００千円を計上した。
　同事業の当初予算は、県内企業の研究成果の実装を支援する初年度の予算として、産業振興課が要求したものである。
　さくら共同研究事業の当初予算は４８，０００千円で、前年度の当初予算額５０，０００千円から減額となった。
　さくら研究成果実装事業の初年度の当初予算６０，０００千円のうち、一次公募には４０，０００千円を充てる。
`;

const FAQ = `Sakura Research Outcome Implementation Programme (さくら研究成果実装事業)
Frequently Asked Questions for applicants, FY2025
Sakura Prefectural Government, Industrial Promotion Division

Part 1. About the programme

Q1. What is this programme?
A1. It is a prefectural subsidy that helps companies in Sakura Prefecture turn research results into products. It started in April 2025 (FY2025).

Q2. Who can apply?
A2. Small and medium-sized companies with a place of business in the prefecture, together with a university or a public research institute.

Q3. What tracks are available?
A3. There are two tracks: the Implementation Track and the Startup Track. Each track has its own rate and cap.

Q4. Can a company apply to both tracks?
A4. No. A company may submit one proposal per call, to one track only.

Part 2. Money

Q5. What costs are covered?
A5. Personnel costs of researchers, materials, outsourcing and equipment rental. Land and buildings are not covered.

Q6. How large is the budget?
A6. The initial budget for FY2025 is JPY 60 million. Both calls of the year share this budget.
`;

const AGENDA = `つばき地域知財推進協議会　令和５年度第２回会議　次第

日時：令和６年２月２０日（火）１４時～１６時
場所：つばき県庁　第３会議室

１　開会
２　議事
３　閉会

配付資料一覧
　資料１　　令和５年度 事業実施状況報告（令和６年１月末現在）　Ａ４・８枚
　資料２　　令和６年度 公募の概要（公募期間：令和６年４月８日～５月１７日）　Ａ４・２枚
　資料３　　次期計画策定スケジュール：令和６年７月 審議会へ諮問、令和７年２月頃 答申予定　Ａ４・１枚
　参考資料１　推進協議会 設置要綱（令和２年６月１０日 制定、令和４年４月１日 改正）
　参考資料２　推進協議会 委員名簿
`;

const STATISTICS = `つばき県の科学技術関係統計（令和６年度版）　統計付表
令和７年３月　つばき県産業労働部産業振興課

【付表１】科学技術関係の県予算（当初予算額、単位：千円）
　区分　　　　　　　　　　　　　　R3(2021)　　R4(2022)　　R5(2023)　　R6(2024)
　つばき共同研究事業　　　　　　　　41,000　　　　43,000　　　　45,000　　　　47,500
　知財推進支援　　　　　　　　　　　 6,000　　　　 6,000　　　　 6,500　　　　 7,000
　合計　　　　　　　　　　　　　　　47,000　　　　49,000　　　　51,500　　　　54,500

【付表２】つばき共同研究事業の応募・採択の状況（単位：件）
　年度　　　　　応募　　採択　　採択率
　R3(2021)　　　 18　　　 5　　　 27.8%
　R4(2022)　　　 24　　　 7　　　 29.2%
　R5(2023)　　　 22　　　 6　　　 27.3%
`;

const INTERVIEW = `（インタビュー）つばき知財ハブ　統括コーディネーター　山吹一郎さん

　つばき知財ハブの統括コーディネーターを務める山吹一郎さん（６１）に、これまでの歩みを聞いた。
　2019年8月、ハブの立ち上げと同時に統括コーディネーターに就いた。県内の企業を回り、大学の特許を紹介してきた。
　ハブの紹介で大学の特許を使った部品を作り始めた企業では、2023年度はその部品だけで売上げが約8千万円になったそうです。
　県の「つばき共同研究事業」では、令和４年度は県全体で８件が採択されましたが、そのうち半分はハブで相談を受けた案件でした。
`;

const MIDTERM = `かしわ地域実装拠点形成事業
中間評価結果の概要

令和４年１２月９日
かしわ省地域技術課

１．中間評価の目的
　令和２年度に選定した５拠点について、計画の進捗状況と目標達成の見通しを評価し、その結果を令和５年度以降の補助額の配分に反映させる。

２．評価結果の反映
　総合評価Ｃの拠点は、令和５年度以降の補助額を２割減額する。総合評価Ｓの拠点には、最終年度に他地域への横展開に要する経費として６００万円を上限に加算することができる。
`;

const ASSEMBLY = `かしわ県議会　令和４年９月定例会　一般質問（抄）

○産業部長　かしわ地域実装拠点形成事業の中間評価につきましては、かしわ省が本年十月にヒアリングを行い、年内に結果を公表する予定と伺っております。
○産業部長　本事業の事業期間は令和２年度から令和６年度までの５年間であり、令和６年度が最終年度となります。
○産業部長　かしわ地域実装拠点形成事業の成果について申し上げます。
　特許出願は累計４２件、うち海外出願が６件、製品化・事業化は７件となっております。
`;

const GRANTS = `令和４年度　素材循環実証拠点事業　交付決定の概要
令和４年５月　さくら省循環産業課

　素材循環実証拠点事業の対象拠点は、室蘭、八戸、釧路の３拠点である。

　令和４年度の各拠点への交付額（単位：千円）
　拠点名　　　　交付額
　八戸拠点　　　５６，０００
　釧路拠点　　　５２，０００
　（室蘭拠点は令和４年度の交付申請を取り下げた。）

■　研究体制
　八戸拠点の研究開発は、八戸工業大学が中心となって進めている。
`;

const COUNCIL = `みさき海洋大学　ニュース　2024.05.20
「みさき海洋技術協議会」が発足しました

　本学が中心大学として参画してきた「みさき次世代海洋計測拠点」が国の支援期間を終え、地元の企業・大学・行政による「みさき海洋技術協議会」として新たに発足しました。
　５月１５日に設立総会が開かれ、会長に鳴門精機(株)の川端信吾取締役、副会長に本学の西園寺葉子学長が選ばれました。
`;

const EXPOST = `さくら実装補助金　令和３年度採択事業　事後評価結果
令和５年６月　さくら県産業振興課

１　事後評価の概要
　令和３年度に採択した６件は補助事業を終えたため、外部有識者で構成する「さくら実装補助金評価委員会」において事後評価を行った。

２　委員
　委員長　　高梨　文江　　さくら経営研究所　代表
　副委員長　中園　隆之　　さくら技術移転協議会　理事
　委員　　　江口　雅人　　さくら信用金庫　地域創生部長
`;

const MIDTERM_LIST = `さくら実装補助金　中間評価結果
令和３年９月　さくら県産業振興課

５．さくら実装補助金　令和３年度採択事業　中間評価委員会　委員名簿（五十音順、◎は委員長）
　　　大　野　　晴　美　　　　株式会社西都総合研究所　主席研究員
　◎　木　下　　道　雄　　　　東都科学大学　名誉教授
　　　坂　口　　　　修　　　　日本実装技術協会　専務理事
　　　津　村　　佳　代　　　　公認会計士
　　　原　田　　健　一　　　　北辰工業大学大学院工学研究科　教授
`;

const MINUTES = `令和６年度第２回　さくら実装補助金推進会議　議事要旨
令和７年２月１０日　さくら県産業振興課

○菊池委員長：　議題（１）、さくら実装補助金の中間評価結果について、事務局から説明をお願いします。
○事務局：　評価結果を資料１のとおり報告します。
○菊池委員長：　本日の意見を踏まえ、事務局で準備を進めてください。
`;

const HUB_MIDTERM = `みなと加工拠点事業　中間評価結果
令和２年１２月　みなと省食品産業課

４．拠点別所見
（北浜）　加工ラインの自動化が計画を大きく上回って進み、他産地からの視察も多い。

５．中間評価委員会　委員名簿（五十音順、◎は委員長）
　　相　沢　　由　紀　　（株）フードシステム総合研究所　取締役
　　大　西　　克　彦　　水産加工経営コンサルタント
◎　片　桐　　昭　一　　北洋海洋大学　名誉教授
　　武　藤　　紗　織　　関西食品工学大学　食品工学部　教授
　　吉　永　　健　二　　日本水産加工機械工業会　常務理事
`;

let fixture: FixtureAnswerer;

beforeAll(async () => {
  fixture = await fixtureAnswerer('sentences-found', {
    't01_nenpyo.txt': TIMELINE,
    't02_faq-en.txt': FAQ,
    't06_gaiyo.txt': OUTLINE,
    't07_press.txt': PRESS,
    't08_chukan.txt': MIDTERM,
    't09_gikai.txt': ASSEMBLY,
    't10_kofu.txt': GRANTS,
    't03_shidai.txt': AGENDA,
    't04_tokei.txt': STATISTICS,
    't05_interview.txt': INTERVIEW,
    't11_news.txt': COUNCIL,
    't13_jigo.txt': EXPOST,
    't14_chukan-meibo.txt': MIDTERM_LIST,
    't15_gijiyoshi.txt': MINUTES,
    't16_chukan.txt': HUB_MIDTERM,
  });
}, 300_000);

afterAll(async () => {
  await fixture?.close();
});

describe('an English question', () => {
  it("gets the English document's own sentence for the value beside the Japanese ones", async () => {
    const a = await fixture.answerer.answer('What is the initial budget of the Sakura research outcome implementation programme for its first fiscal year?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('JPY 60 million');
    expect(a.citations.some((c) => c.source.endsWith('t02_faq-en.txt') && c.quote.includes('JPY 60 million'))).toBe(true);
  });

  it("asking when it started, gets the English document's own sentence for the start beside the Japanese ones", async () => {
    const a = await fixture.answerer.answer('When did the Sakura research outcome implementation programme start?');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source.endsWith('t02_faq-en.txt') && c.quote.includes('started in April 2025'))).toBe(true);
  });
});

describe('a list of handouts, each line opening with its numbered label', () => {
  it('is read line by line: a date of one handout is not taken for the plan another line names', async () => {
    const a = await fixture.answerer.answer('推進協議会の設置要綱はいつ制定されましたか。');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toMatch(/^参考資料１/u);
    expect(a.sentences[0]!.text).not.toContain('答申予定');
    expect(a.answer).toContain('令和２年６月１０日');
  });
});

describe('a budget asked beside what was spent', () => {
  it('is answered from the table of budgets whose title names that budget, though no line says what was spent', async () => {
    const a = await fixture.answerer.answer('つばき共同研究事業の令和6年度の当初予算額と、実際に執行した額を教えてください。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('47,500');
    expect(a.citations.some((c) => c.source.endsWith('t04_tokei.txt') && c.quote.includes('47,500'))).toBe(true);
  });
});

describe('a pay asked by the year', () => {
  it('is not answered by an amount of something else the documents give near the person', async () => {
    const a = await fixture.answerer.answer('統括コーディネーターの山吹さんの報酬は年額いくらですか。');
    expect(a.status).toBe('abstained');
  });
});

describe('a value of the final year', () => {
  it('asks no end of the programme, unlike the final year asked itself', () => {
    expect(questionAsks('中間評価で総合Sの拠点が最終年度に上乗せしてもらえる額の上限は？')).not.toContain('end');
    expect(questionAsks('かしわ地域実装拠点形成事業の最終年度はいつですか。')).toContain('end');
  });

  it('is answered by the sentence giving the amount, not by the one saying which year is the last', async () => {
    const a = await fixture.answerer.answer('中間評価で総合Sの拠点が最終年度に上乗せしてもらえる額の上限は？');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('６００万円を上限に加算');
  });
});

describe('when a result was made public', () => {
  it('is the date line of the document that gives the result, not a plan to publish it', async () => {
    const a = await fixture.answerer.answer('中間評価の結果が公表されたのはいつですか。');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toMatch(/^令和４年１２月９日/u);
    expect(a.citations.some((c) => c.source.endsWith('t08_chukan.txt') && c.quote.includes('令和４年１２月９日'))).toBe(true);
  });
});

describe('a count stated after the sentence naming the programme', () => {
  it('is of that programme: 製品化・事業化 names no other', async () => {
    const a = await fixture.answerer.answer('かしわ地域実装拠点形成事業の特許出願は累計何件でしたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('累計４２件');
  });
});

describe('a count a table gives otherwise', () => {
  it('is shown beside the sentence: the cell under the column of what is counted (採択), in its year\'s row', async () => {
    const a = await fixture.answerer.answer('つばき共同研究事業の令和4年度の採択は何件でしたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toMatch(/８件|8件/u);
    expect(a.citations.some((c) => c.source.endsWith('t04_tokei.txt') && /R4\(2022\)\s+24\s+7\s/u.test(c.quote))).toBe(true);
  });
});

describe('an amount or a body asked in English of one place', () => {
  it('is not refused where a line names that place, read from its romanised name, with an amount', async () => {
    const a = await fixture.answerer.answer('How much did the Hachinohe hub receive in FY2022?');
    expect(a.status).toBe('answered');
  });

  it('is refused where no line gives that place an amount, though other places have one', async () => {
    const a = await fixture.answerer.answer('How much did the Muroran hub receive in FY2022?');
    expect(a.status).toBe('abstained');
  });

  it('asking which university led one place, is refused where no line about that place names one, and not where one does', async () => {
    const muroran = await fixture.answerer.answer('Which university led the research at the Muroran hub of the materials recycling programme?');
    expect(muroran.status).toBe('abstained');
    const hachinohe = await fixture.answerer.answer('Which university led the research at the Hachinohe hub of the materials recycling programme?');
    expect(hachinohe.status).toBe('answered');
    expect(hachinohe.citations.some((c) => c.source.endsWith('t10_kofu.txt') && c.quote.includes('八戸工業大学'))).toBe(true);
  });
});

describe('who was chosen for a role', () => {
  it('in English, as vice-chair, is the person a sentence gives 副会長 to', async () => {
    const a = await fixture.answerer.answer('Who became vice-chair of the Misaki marine technology council when it was founded?');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source.endsWith('t11_news.txt') && c.quote.includes('西園寺葉子学長'))).toBe(true);
  });
});

describe('who chairs a committee', () => {
  it('is the line naming the chair of the committee asked, ranked above another list whose legend marks its chair (◎は委員長)', async () => {
    const a = await fixture.answerer.answer('Who chairs the committee that carried out the ex-post evaluation of the Sakura implementation subsidy projects?');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source.endsWith('t13_jigo.txt') && c.quote.includes('高梨　文江'))).toBe(true);
    expect(a.answer).not.toContain('木　下');
  });

  it('is the holder a list marks where that list stands under the committee asked (中間評価委員会), though another line names a chair', async () => {
    const a = await fixture.answerer.answer('さくら実装補助金の中間評価委員会の委員長はどなたでしたか。');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source.endsWith('t14_chukan-meibo.txt') && c.quote.includes('◎　木　下'))).toBe(true);
    expect(a.answer).not.toContain('高梨');
  });

  it('is not the chair of another meeting whose minutes speak of the committee asked (○菊池委員長：)', async () => {
    const a = await fixture.answerer.answer('さくら実装補助金の中間評価委員会で委員長を務めたのは誰ですか。');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source.endsWith('t14_chukan-meibo.txt') && c.quote.includes('◎　木　下'))).toBe(true);
    expect(a.answer).not.toContain('菊池');
  });

  it('is the entry a legend above marks, where the entries are not set alike (◎ at the line start, the others indented)', async () => {
    const a = await fixture.answerer.answer('みなと加工拠点事業の中間評価委員会で委員長を務めたのは誰ですか。');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source.endsWith('t16_chukan.txt') && c.quote.includes('◎　片　桐'))).toBe(true);
    expect(a.citations.some((c) => c.source.endsWith('t16_chukan.txt') && c.quote.includes('◎は委員長'))).toBe(true);
  });
});

describe('when a basic plan was approved by the Cabinet', () => {
  it('is its cabinet decision, not its period', async () => {
    const a = await fixture.answerer.answer('When was the 2nd Science and Technology Basic Plan approved by the Cabinet?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('平成13年3月');
  });
});

describe('how long a programme went on (何年度まで続いた)', () => {
  it("is its end: the catalogue's end year, cited, though no line says 続く", async () => {
    const a = await fixture.answerer.answer('都市エリア産学官連携促進事業は何年度まで続いた？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('平成21年度');
  });
});
