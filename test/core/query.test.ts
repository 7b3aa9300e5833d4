import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/core/lexicon.js';
import { analyzeQuery, ANSWER_PATTERNS, definitionPattern, PLAN_ANSWER, questionCore, START_PATTERN, yearTerms } from '../../src/core/query.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await JapaneseTokenizer.create();
});

describe('query analysis', () => {
  it('strips the question itself, keeping its content', () => {
    expect(questionCore('知的クラスターとは何ですか？')).toBe('知的クラスター');
    expect(questionCore('マッチングプランナープログラムについて教えてください')).toBe('マッチングプランナープログラム');
    // the request typed in kana asks nothing more than in kanji
    expect(questionCore('都市エリア事業の開始年度をおしえてください')).toBe(questionCore('都市エリア事業の開始年度を教えてください'));
    expect(questionCore('地域結集型の予算をしりたい')).toBe('地域結集型の予算');
    // the calendar the answer is asked in is how to answer, not a word passages hold (kuromoji splits 和暦 into 和 and 暦)
    expect(questionCore('北陸クラスターの開始年度を和暦で教えて。')).toBe(questionCore('北陸クラスターの開始年度を教えて。'));
    expect(questionCore('第Ⅱ期が終わったのは西暦でいうと何年度？')).not.toMatch(/西暦/u);
  });

  it('makes 平成14年度, H14 and 2002年度 the same year term', () => {
    expect(yearTerms('平成１４年度')).toEqual(['y2002']);
    expect(yearTerms('2002年度')).toEqual(['y2002']);
    expect(yearTerms('Ｈ１４年開始')).toEqual(['y2002']);
  });

  it('asks a day or a month with 何月何日 and wants the line that gives one, not any year', () => {
    const lex = Lexicon.empty();
    expect(analyzeQuery('選定が発表されたのは2008年の何月何日でしたか', tokenizer, lex).answerType).toBe('date');
    expect(analyzeQuery('What date was the selection announced?', tokenizer, lex).answerType).toBe('date');
    expect(ANSWER_PATTERNS.date.test('ヒアリング　１０月２日（火）')).toBe(true);
    expect(ANSWER_PATTERNS.date.test('平成２０年７月１８日')).toBe(true);
    expect(ANSWER_PATTERNS.date.test('令和５年度に中間評価のヒアリングを行った')).toBe(false);
  });

  it('asks a person with 誰 or どなた and wants a line that names one beside a role', () => {
    const lex = Lexicon.empty();
    expect(analyzeQuery('選定委員会の主査はどなたでしたか', tokenizer, lex).answerType).toBe('person');
    expect(analyzeQuery('Who chaired the selection committee?', tokenizer, lex).answerType).toBe('person');
    expect(ANSWER_PATTERNS.person.test('審査委員会（主査：井口　泰彦　株式会社日本総合技術研究所）')).toBe(true);
    expect(ANSWER_PATTERNS.person.test('宮之原 克己委員長')).toBe(true);
    expect(ANSWER_PATTERNS.person.test('外部有識者で構成する審査委員会において書面審査を行った。')).toBe(false);
  });

  it('recognises what kind of answer a question wants', () => {
    const lex = Lexicon.empty();
    expect(analyzeQuery('都市エリア事業の予算はいくら？', tokenizer, lex).answerType).toBe('money');
    expect(analyzeQuery('何地域が選ばれた？', tokenizer, lex).answerType).toBe('count');
    expect(analyzeQuery('いつ始まった？', tokenizer, lex).answerType).toBe('time');
    expect(analyzeQuery('落ちた提案は何が足りなかったの？', tokenizer, lex).answerType).toBe('assessment');
    expect(analyzeQuery('どういうところがダメだったって言われてる？', tokenizer, lex).answerType).toBe('assessment');
    expect(analyzeQuery('最低ランクの地域は、この先どうなるの？', tokenizer, lex).answerType).toBe('assessment');
    expect(analyzeQuery('最低ランクの地域はどこ？', tokenizer, lex).answerType).toBe('grade');
  });

  it('a plan answer names the plan in any numbering the documents use (第３期, 第Ⅲ期, 第三期)', () => {
    for (const t of ['第３期科学技術基本計画において', '第Ⅲ期科学技術基本計画において', '第三期の科学技術基本計画']) expect(PLAN_ANSWER.test(t)).toBe(true);
  });

  it('reads 開始 as asking a time only when the question asks nothing else', () => {
    const lex = Lexicon.empty();
    expect(analyzeQuery('里山テクノ連携推進事業の開始年度は？', tokenizer, lex).answerType).toBe('time');
    expect(analyzeQuery('里山テクノ連携推進事業の開始年度は？', tokenizer, lex).asksStart).toBe(true);
    const which = analyzeQuery('里山テクノ連携推進事業（H18開始）の事後評価でA評価をもらったエリアはどこですか。', tokenizer, lex);
    expect(which.answerType).toBe('grade');
    expect(which.asksStart).toBe(false);
  });

  it('a start answer says the year and the start in one sentence, apart or together', () => {
    expect(START_PATTERN.test('里山補助金は、令和3年度に、それまでの二つの補助金を統合して創設した制度です。')).toBe(true);
    expect(START_PATTERN.test('平成３０年度創設')).toBe(true);
    // a year in one sentence and a start in the next is not one
    expect(START_PATTERN.test('令和3年度に中間評価を行った。翌年に新たな公募を開始した。')).toBe(false);
  });

  it('reads a plan question, whose answer names the plan or says when the programme started', () => {
    const lex = Lexicon.empty();
    expect(analyzeQuery('里山テクノ連携推進事業の第Ⅱ期は、どの科学技術基本計画を踏まえて始められたものですか。', tokenizer, lex).asksPlan).toBe(true);
    expect(analyzeQuery('Under which basic plan did it start?', tokenizer, lex).asksPlan).toBe(true);
    expect(analyzeQuery('里山テクノ連携推進事業の第Ⅱ期はいつ始まった？', tokenizer, lex).asksPlan).toBe(false);
    expect(PLAN_ANSWER.test('第３期科学技術基本計画（平成１８年３月２８日閣議決定）では、地域クラスターの形成に向け')).toBe(true);
    expect(PLAN_ANSWER.test('平成２３年度より開始')).toBe(true);
    expect(PLAN_ANSWER.test('知的クラスター創成事業（第Ⅱ期）の成果と課題')).toBe(false);
  });

  it('translates English questions through the glossary and expands programme aliases', () => {
    const lex = new Lexicon({ synonyms: [], names: [['知的クラスター創成事業', '知クラ']], glossary: { budget: ['予算'] } });
    const en = analyzeQuery('What was the budget?', tokenizer, lex);
    expect(en.english).toBe(true);
    expect(en.morph.map((t) => t.term)).toContain('予算');
    const alias = analyzeQuery('知クラの予算', tokenizer, lex);
    expect(alias.morph.map((t) => t.term)).toContain('クラスター');
  });

  it('an entry of the wording list that holds a question word (最低いくら → 下限) is read in the whole question', () => {
    const lex = new Lexicon({ synonyms: [], names: [], glossary: {}, abbreviations: { 最低いくら: ['下限'] } });
    const q = analyzeQuery('この補助金って、最低いくらから申請できるんでしょう。', tokenizer, lex);
    expect(q.aspect.find((alts) => alts.includes('最低'))).toContain('下限');
    expect(q.morph.map((t) => t.term)).toContain('下限');
  });

  it('an English description of a programme names it where every word of it translates into one programme\'s name', () => {
    const names = [['湖畔医療機器イノベーション拠点形成事業'], ['湖畔医療機器産業振興計画'], ['継続事業']];
    const glossary = { 'lakeside': ['湖畔'], 'medical device': ['医療機器'], 'innovation': ['イノベーション'], 'hub': ['拠点', 'ハブ'], 'continuing': ['継続'], 'projects': ['事業'] };
    const lex = new Lexicon({ synonyms: [], names, glossary });
    const q = analyzeQuery('Who chaired the review of the lakeside medical device innovation hub programme?', tokenizer, lex);
    expect(q.entities).toEqual([['湖畔医療機器イノベーション拠点形成事業']]);
    // (one word it does not read — demonstration-field — may be what tells the programme apart: no name)
    expect(analyzeQuery('How much was requested for the continuing projects of the demonstration-field programme?', tokenizer, lex).entities).toEqual([]);
    // (words two programmes share name neither)
    expect(analyzeQuery('When did the lakeside medical device programme start?', tokenizer, lex).entities).toEqual([]);
  });

  it('reads a word the glossary knows in another form: a plural, a past or -ing form, the parts of a hyphenated word', () => {
    const glossary = { adoption: ['採択'], join: ['参画'], study: ['調査'], take: ['取得'], 'practical application': ['実用化'], cold: ['寒冷'], climate: ['気候'], bus: ['バス'] };
    const lex = new Lexicon({ synonyms: [], names: [], glossary });
    const ja = (text: string) => lex.translate(text).flatMap((t) => t.japanese);
    expect(ja('How many adoptions were there in FY2024?')).toEqual(['採択']);
    expect(ja('Which firms joined the hub?')).toEqual(['参画']);
    expect(ja('two feasibility studies')).toEqual(['調査']);
    expect(ja('who is taking it')).toEqual(['取得']);
    expect(ja('the practical-application subsidy')).toEqual(['実用化']);
    expect(ja('the cold-climate track').sort()).toEqual(['寒冷', '気候'].sort());
    // (a word that only looks inflected is left alone: the status is no statu, buses no bu)
    expect(ja('the status of the project')).toEqual([]);
    // the form the glossary has as written is read as written
    expect(lex.translate('one adoption').map((t) => t.phrase)).toEqual(['adoption']);
  });

  it('the shipped glossary reads prefectures, regions and evaluation words in English questions', async () => {
    const glossary = JSON.parse(await readFile(new URL('../../src/core/data/glossary-en-ja.json', import.meta.url), 'utf8'));
    const lex = new Lexicon({ synonyms: [], names: [], glossary });
    const terms = analyzeQuery('Which Okinawa project got grade C in the interim evaluation, and which municipalities joined?', tokenizer, lex).morph.map((t) => t.term);
    for (const ja of ['沖縄', '中間', '自治体']) expect(terms).toContain(ja);
  });

  it('the shipped glossary reads meetings, quotas, operating costs and power electronics', async () => {
    const glossary = JSON.parse(await readFile(new URL('../../src/core/data/glossary-en-ja.json', import.meta.url), 'utf8'));
    const lex = new Lexicon({ synonyms: [], names: [], glossary });
    const terms = (q: string) => analyzeQuery(q, tokenizer, lex).morph.map((t) => t.term);
    expect(terms('Who chaired the liaison meeting held in November 2006?')).toEqual(expect.arrayContaining(['連絡', '会議']));
    expect(terms('What is the maximum grant under the regional quota?')).toContain('枠');
    expect(terms('What is the annual operating cost of the hub, and how much does the prefecture pay?')).toEqual(expect.arrayContaining(['運営', '負担']));
    expect(terms('How many companies are in the power electronics hub?')).toContain('パワーエレクトロニクス');
  });

  it('the shipped glossary reads who may apply and on what conditions', async () => {
    const glossary = JSON.parse(await readFile(new URL('../../src/core/data/glossary-en-ja.json', import.meta.url), 'utf8'));
    const lex = new Lexicon({ synonyms: [], names: [], glossary });
    const terms = analyzeQuery('Can a foreign-owned company apply, and under what conditions?', tokenizer, lex).morph.map((t) => t.term);
    for (const ja of ['海外', '企業', '応募', '条件']) expect(terms).toContain(ja);
  });

  it('the shipped glossary reads a consortium\'s member companies now (会員, 現在)', async () => {
    const glossary = JSON.parse(await readFile(new URL('../../src/core/data/glossary-en-ja.json', import.meta.url), 'utf8'));
    const lex = new Lexicon({ synonyms: [], names: [], glossary });
    const terms = analyzeQuery('How many member companies does the recycling consortium have now?', tokenizer, lex).morph.map((t) => t.term);
    for (const ja of ['会員', '現在']) expect(terms).toContain(ja);
  });

  it('the shipped glossary reads an office and a department of a ministry (室, 課, 部)', async () => {
    const glossary = JSON.parse(await readFile(new URL('../../src/core/data/glossary-en-ja.json', import.meta.url), 'utf8'));
    const lex = new Lexicon({ synonyms: [], names: [], glossary });
    const terms = (q: string) => analyzeQuery(q, tokenizer, lex).morph.map((t) => t.term);
    expect(terms('Which office of the ministry announced the selected hubs?')).toContain('室');
    expect(terms('Which department of the prefecture runs the subsidy?')).toContain('部');
  });

  it('the shipped informal words reach the official ones: 途中のチェック → 中間評価, 落ちた → 不採択, 持ち出し → 負担', async () => {
    const abbreviations = JSON.parse(await readFile(new URL('../../src/core/data/abbreviations-ja.json', import.meta.url), 'utf8'));
    const lex = new Lexicon({ synonyms: [], names: [], glossary: {}, abbreviations });
    const q = analyzeQuery('途中のチェックで落ちた提案は、持ち出しが足りなかったの？', tokenizer, lex);
    const terms = q.morph.map((t) => t.term);
    for (const official of ['中間', '評価', '不', '採択', '負担', '不足']) expect(terms).toContain(official);
    // and they count as the question's own words when a sentence is weighed
    expect(q.aspect.some((alts) => alts.includes('チェック') && alts.includes('評価'))).toBe(true);
    // お金 is asked of as budget, funds, a contribution or support
    const money = analyzeQuery('県や市にもお金を出してもらわないとダメ？', tokenizer, lex);
    expect(money.aspect.find((alts) => alts.includes('お金'))).toEqual(expect.arrayContaining(['予算', '資金', '負担']));
    // a subsidy's everyday words: what was bought, sold, earned and paid back
    const terms2 = analyzeQuery('補助で買った機械を売ったり、儲かったら返すことになるの？', tokenizer, lex).morph.map((t) => t.term);
    for (const official of ['機器', '処分', '収益', '返還']) expect(terms2).toContain(official);
    // how a plan is kept track of, and money received twice
    const terms3 = analyzeQuery('ビジョンの進み具合は誰がチェックしてるの？国の補助金と二重にもらえる？', tokenizer, lex).morph.map((t) => t.term);
    for (const official of ['進捗', '点検', '重複']) expect(terms3).toContain(official);
    const terms4 = analyzeQuery('建てた建物は、事業が終わったらタダで誰の手に渡るの？', tokenizer, lex).morph.map((t) => t.term);
    for (const official of ['無償', '譲渡']) expect(terms4).toContain(official);
    // who took part (参加) is said 参画; a company (会社) is written 企業, 事業者 or (株)
    const taking = analyzeQuery('拠点に参加していた会社はどこ？', tokenizer, lex);
    expect(taking.aspect.find((alts) => alts.includes('参加'))).toContain('参画');
    expect(taking.aspect.find((alts) => alts.includes('会社'))).toEqual(expect.arrayContaining(['企業', '株式会社']));
  });

  it('a region standing as a word reaches its prefectures (四国 → 徳島, 愛媛); one inside a name does not', async () => {
    const areas = JSON.parse(await readFile(new URL('../../src/core/data/areas-ja.json', import.meta.url), 'utf8'));
    const lex = new Lexicon({ synonyms: [], names: [], glossary: {}, areas });
    const alts = (question: string) => analyzeQuery(question, tokenizer, lex).aspect.flat();
    expect(alts('地域産学官連携拠点のうち、四国にある拠点はどれですか。')).toEqual(expect.arrayContaining(['徳島', '香川', '愛媛', '高知']));
    expect(alts('九州医療機器連携拠点の連携機関はどこ？')).not.toContain('佐賀');
    expect(alts('東北大学の拠点の代表者は誰？')).not.toContain('岩手');
  });

  it('maps a word the corpus lacks to a synonym it has, and only then', () => {
    const lex = new Lexicon({ synonyms: [['特許', 'パテント']], names: [], glossary: {} });
    const known = new Set(['特許', '件数']);
    const q = analyzeQuery('パテントの件数', tokenizer, lex, (t) => known.has(t));
    expect(q.morph.find((t) => t.term === '特許')?.weight).toBeLessThan(1);
    const q2 = analyzeQuery('特許の件数', tokenizer, lex, (t) => known.has(t));
    expect(q2.morph.map((t) => t.term)).not.toContain('パテント');
  });
});

describe('a passage defining a term', () => {
  it('is a legend that sets the term equal to what it is (「構造化光」＝パターン投影式3Dスキャナ), as well as 〜とは', () => {
    const defines = definitionPattern('構造化光');
    expect(defines.test(normalizeText('# 凡例：「写真測量」＝フォトグラメトリ。「構造化光」＝パターン投影式3Dスキャナ。'))).toBe(true);
    expect(defines.test('構造化光とは、縞模様を投影して形を測る方式である。')).toBe(true);
    expect(defines.test('構造化光で計測した。')).toBe(false);
  });
});
