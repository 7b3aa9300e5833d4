// Which sentences an answer finds: an English question gets an English document's own sentence beside the
// Japanese ones; a list of handouts, each line opening with its numbered label (資料３　/ 参考資料１　), is read
// line by line; the budget part of a question that also asks what was spent is answered from a table of budgets;
// and a pay asked by the year (報酬は年額いくら) is not answered by another amount (売上げ).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
A1. It is a prefectural subsidy that helps companies in Sakura Prefecture turn research results into products.

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
`;

const INTERVIEW = `（インタビュー）つばき知財ハブ　統括コーディネーター　山吹一郎さん

　つばき知財ハブの統括コーディネーターを務める山吹一郎さん（６１）に、これまでの歩みを聞いた。
　2019年8月、ハブの立ち上げと同時に統括コーディネーターに就いた。県内の企業を回り、大学の特許を紹介してきた。
　ハブの紹介で大学の特許を使った部品を作り始めた企業では、2023年度はその部品だけで売上げが約8千万円になったそうです。
`;

let fixture: FixtureAnswerer;

beforeAll(async () => {
  fixture = await fixtureAnswerer('sentences-found', {
    't01_nenpyo.txt': TIMELINE,
    't02_faq-en.txt': FAQ,
    't06_gaiyo.txt': OUTLINE,
    't07_press.txt': PRESS,
    't03_shidai.txt': AGENDA,
    't04_tokei.txt': STATISTICS,
    't05_interview.txt': INTERVIEW,
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
