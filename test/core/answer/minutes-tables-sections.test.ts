// Answers on a small corpus written for these tests (ingested with the seeds through the real
// pipeline): speakers of an assembly's minutes and a press conference (labels without a colon),
// the reply to a question put in minutes and the question a reply answers, a value under a section
// heading that names what it is of, a numbered field heading with its value on the line below, the
// line that gives where a meeting is held, the line that gives an e-mail address or a phone number (and none for a programme whose contact is not given),
// an as-of date that closes a fiscal year, a review sheet's table with rows of dashes and a row of
// percentages, and a programme's whole budget against the grants to one hub.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/core/answer/answerer.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const ASSEMBLY = `令和６年９月定例会（第２号）　本会議会議録
令和６年９月１８日（水曜日）

（前略）

○議長　引き続き一般質問を行います。田村浩二君。
○田村浩二君　かもしか湾の海洋センサー拠点についてお伺いいたします。
　国の支援が終わった後、拠点の運営費は誰が負担するのか、伺います。

○議長　当局の答弁を求めます。商工労働部長。
○商工労働部長（北川　誠君）　拠点の運営費につきましては、会員企業の会費と県の補助で賄う計画でございます。

○議長　次に、山口明子君。
○山口明子君　研究開発補助金の今年度の状況はどうか、伺います。
○商工労働部長（北川　誠君）　研究開発補助金の採択につきましては、応募２４件のうち９件を採択いたしました。
`;

const NOTICE = `令和６年度かもしか県研究開発加速補助金の公募について（周知依頼）
令和６年３月２９日
かもしか県商工労働部産業技術課

標記補助金について、令和６年度の公募を下記のとおり実施しますので、管内企業への周知をお願いします。

記
1　公募期間
　令和６年４月１５日（月）から令和６年５月２０日（月）１７時まで（必着）
2　対象と上限額
　試作開発型：上限500万円（補助率1/2）
3　問合せ先
　産業技術課　技術振興班（電話　０９９－２８６－３３１５）
　担当：山田　kamoshika-gijutsu@pref.kamoshika.example.jp
4　説明会の日時　令和６年４月２２日（月）午後２時から
5　説明会の場所　かもしか県庁本庁舎８階　第３会議室
`;

const PRESS = `知事定例記者会見（令和６年２月８日）
会見場所　県庁本館５階　会見室

発表事項
（知事）
　令和６年度当初予算案から、新しい研究開発補助金についてご説明します。これまでのものづくり補助金は上限が300万円で、
試作の先の段階で資金が続かないという声が多くありました。そこで「かもしか県研究開発加速補助金」を創設します。上限は2,000万円とし、予算は6,000万円を計上しました。
　また、海洋センサー拠点については、国の支援の終了後も活動が続くよう、運営組織の立ち上げを支援します。

質疑応答
（記者）
　新しい補助金は何件くらいの採択を見込んでいますか。
（知事）
　初年度は12件程度を想定しています。

（記者）
　従来のものづくり補助金は廃止になるのですか。
（知事）
　はい。令和５年度限りで募集を終え、新しい制度に一本化します。すでに交付決定した案件は最後まで支援します。

（記者）
　海洋センサー拠点について、国に支援の延長を要望する考えは。
（知事）
　制度上は5年で終了と聞いていますので、地元で自立して回る仕組みを作ることが大事だと考えています。
`;

const RESULTS = `令和５年度　主要施策の成果に関する説明書（商工労働部）
令和6年9月

（１）かもしか共同開発補助金
予算現額　　　45,000千円
実績
　応募22件、採択8件

（２）かもしか海洋センサーコンソーシアム運営費補助金
事業の目的・概要
　国の拠点事業の成果を継承し、かもしか湾で地元主体の研究開発・人材育成を継続するため、運営費の一部を補助した。
予算現額　　　15,000千円
決算額　　　　15,000千円
実績
　会員企業数　37社（令和6年3月末。発足時25社）
　共同研究テーマ　6件、人材育成講座修了者　128人
`;

const REVIEW = `令和５年度行政事業レビューシート　　　　　　　　　　事業番号 0101　かもしか省
事業名	海洋センサー拠点形成支援事業	担当部局庁	海洋局
事業開始年度	令和2年度	事業終了（予定）年度	令和6年度

予算額・執行額（単位：百万円）
区分	令和2年度	令和3年度	令和4年度	令和5年度要求
当初予算	300	320	310	290
補正予算	-	-	-	-
前年度から繰越し	-	-	-	-
計	300	320	310	290
執行額	281	305	296
執行率（％）	93.7	95.3	95.5

単位当たりコスト	1拠点当たりの補助額（令和4年度）　約1.0億円 = 執行額296百万円／3拠点
`;

const HUB_REPORT = `海洋センサー拠点形成支援事業　かもしか湾拠点　成果報告書
令和７年３月　かもしか湾海洋センサー拠点

１．拠点の概要
　中核機関　（一財）かもしか海洋技術センター

２．国庫補助額の推移
　年度　　　　　　　交付額　　　　　備考
　令和２年度　　　　4,800万円　　　初年度
　令和３年度　　　　5,200万円
　令和４年度　　　　5,000万円
　令和６年度　　　　4,600万円　　　最終年度
`;

let fixture: FixtureAnswerer;
let answerer: Answerer;

beforeAll(async () => {
  fixture = await fixtureAnswerer('minutes-tables', {
    'n70_assembly.txt': ASSEMBLY,
    'n71_press.txt': PRESS,
    'n72_results.txt': RESULTS,
    'n73_review.txt': REVIEW,
    'n74_hub_report.txt': HUB_REPORT,
    'n75_notice.txt': NOTICE,
  });
  answerer = fixture.answerer;
});

afterAll(() => fixture.close());

const ask = (question: string) => answerer.answer(question);

describe('speakers of an assembly and a press conference', () => {
  it('a member called by name opens a turn without a colon (○田村浩二君　…): who asked is answered', async () => {
    const a = await ask('令和6年9月の本会議で海洋センサー拠点について一般質問したのは誰？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('田村浩二');
  });

  it('who asked: the member whose question a reply answers, though the reply holds the words asked about', async () => {
    const a = await ask('研究開発補助金の採択について本会議で質問したのはどの議員？');
    expect(a.status).toBe('answered');
    // (the asker's turn first: the reply alone names only who answered)
    expect(a.answer.split('\n')[0]).toContain('山口明子');
  });

  it('a question put at a press conference comes with the reply to it, which shares no word with the question', async () => {
    const a = await ask('従来のものづくり補助金は廃止になるのかという記者の質問に、知事は何と答えましたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('令和５年度限りで募集を終え');
  });
});

describe('a field heading and its value', () => {
  it('a numbered heading line (3　問合せ先) comes with the value set under it, which shares no word with the question', async () => {
    const a = await ask('研究開発加速補助金について問い合わせたいのですが、どこに連絡すればいいですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('技術振興班');
  });
});

describe('where a meeting is held', () => {
  it('the line that gives the room comes before others, in Japanese and in English', async () => {
    for (const question of ['公募の説明会はどこの部屋で開かれますか。', 'Where will the briefing session on the subsidy be held?']) {
      const a = await ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer.split('\n').slice(0, 3).join('\n')).toContain('第３会議室');
    }
  });
});

describe('an e-mail address asked', () => {
  it('the line that gives one comes first, though it shares no word with the question', async () => {
    const a = await ask('研究開発加速補助金の問合せ先のメールアドレスは？');
    expect(a.status).toBe('answered');
    expect(a.answer.split('\n')[0]).toContain('kamoshika-gijutsu@pref.kamoshika.example.jp');
  });
});

describe('a phone number or an address asked', () => {
  it('the line that gives the programme\'s phone number comes first (after its heading)', async () => {
    const a = await ask('研究開発加速補助金の問合せ先の電話番号は？');
    expect(a.status).toBe('answered');
    expect(a.answer.split('\n').slice(0, 2).join('\n')).toContain('０９９－２８６－３３１５');
  });

  it('another programme\'s contact line is no answer: the documents give none for the one asked', async () => {
    for (const question of ['コンソーシアム運営費補助金の問い合わせ先の電話番号を教えてください。', '海洋センサー拠点形成支援事業の問合せ先のメールアドレスは？']) {
      const a = await ask(question);
      expect(a.status, question).toBe('abstained');
    }
  });
});

describe('when a meeting was held', () => {
  it('asked when the press conference that announced a subsidy was held: the date its record\'s title gives', async () => {
    const a = await ask('知事がかもしか県研究開発加速補助金の創設を発表した記者会見はいつ？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('令和６年２月８日');
  });
});

describe('what a section is of, and the fiscal year an as-of date closes', () => {
  it('a count under a section heading that names what it is of ((２)…コンソーシアム運営費補助金 / 会員企業数　37社)', async () => {
    const a = await ask('コンソーシアムの会員企業数は令和6年3月末で何社？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('37社');
  });

  it('a count of 令和5年度 is given by a line dated 令和6年3月末, the end of that fiscal year', async () => {
    const a = await ask('令和5年度、海洋センサーコンソーシアムの人材育成講座は何人修了した？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('128人');
  });
});

describe('tables of a review sheet, and a whole budget against one hub\'s grants', () => {
  it('rows of dashes do not end the table: the percentages of 執行率（％） are read under the header of years', async () => {
    const a = await ask('海洋センサー拠点形成支援事業の令和3年度の執行率は？');
    expect(a.status).toBe('answered');
    const lines = a.answer.split('\n');
    const row = lines.findIndex((l) => l.includes('95.3'));
    expect(row).toBeGreaterThan(0);
    expect(lines.slice(0, row).some((l) => l.includes('令和3年度'))).toBe(true);
  });

  it('a row that leaves a year\'s column empty gives nothing for that year (執行率 of the year only requested)', async () => {
    const a = await ask('海洋センサー拠点形成支援事業の令和5年度の執行率は？');
    expect(a.status).toBe('abstained');
    const given = await ask('海洋センサー拠点形成支援事業の令和4年度の執行額は？');
    expect(given.status).toBe('answered');
    expect(given.answer).toContain('296');
  });

  it('a line naming its own year (補助額（令和4年度）…執行額296百万円) is not of the year its sheet\'s title names', async () => {
    const a = await ask('海洋センサー拠点形成支援事業の令和5年度の執行額は？');
    expect(a.status).toBe('abstained');
  });

  it('the budget of the whole programme (国全体) is not the grant to one hub in a year the review sheet does not cover', async () => {
    const a = await ask('海洋センサー拠点形成支援事業の令和6年度の国全体の予算額はいくらですか。');
    expect(a.status).toBe('abstained');
  });
});
