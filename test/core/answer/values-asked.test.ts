// What a value is asked of, and every value the documents give for it. An amount asked of one thing
// (販売価格) is not given by a sentence or a row that gives another's (交付決定額); a count two documents
// give differently is answered with both, each cited, and so is a deadline (６月１３日, ６月１２日); a member's
// remark in minutes that asks nothing outright comes with the reply to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/answer/schema.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const GRANTS = `令和5年度　わかば県実装補助金　交付決定一覧

令和5年度のわかば県実装補助金について、審査会を経て次の4件の交付を決定しました。

年度\tNo\t事業者名\t所在地\tテーマ\t交付決定額（千円）
R5\t1\t株式会社あおば計測\tあおば市\t路面凍結の光学センサー実証\t28,600
R5\t2\t株式会社みなと農機\tみなと町\t畑の土壌水分センサー\t3,300
R5\t3\t株式会社しらかば電子\tしらかば市\t牛舎環境の無線センサー網\t2,760
R5\t4\tかわせみ食品株式会社\tかわせみ市\t水産加工の品質検査装置\t5,100
`;

const PAGE = `わかば県シーズ加速補助金（産業振興課）

大学の研究シーズを県内企業の事業化につなげる補助金です。採択の実績は次のとおりです。

年度              予算額          応募件数      採択件数
令和2年度         4,000万円       22件          6件
令和3年度         5,000万円       27件          8件
令和4年度         6,500万円       31件          10件
令和5年度         7,000万円       33件          9件
令和6年度         8,000万円       38件          12件

令和6年度は応募38件から12件を採択し、採択件数・応募件数とも制度創設以来最多となりました。
`;

const MINUTES = `わかば県産学官連携推進委員会（令和6年度第2回）議事録

○事務局（古川課長補佐）：わかば県シーズ加速補助金の採択は、令和３年度８件、令和４年度１１件、令和５年度９件である。
○山本委員　補助金の事務、特に額の確定に時間がかかっているとの声がある。
○佐伯主幹　実績報告の受理から額の確定までの期間を短くするため、本年度から様式を見直したところでございます。
○事務局（古川課長補佐）：今年度の公募説明会は、県内３か所で開催し、延べ６０社が参加した。
○田中委員　補助金の審査の結果が出るまでの時間を、もう少し短くできないか。
○古川課長補佐　書面審査と面接審査の日程を見直し、結果の通知を２週間早めます。
○中村委員　県外の大学との共同研究も補助の対象になるのか。
○古川課長補佐　県内企業が主体であれば、県外の大学との共同研究も対象になります。
○森委員長　以上で報告事項を終わります。
`;

const SUBSIDY = `青葉県研究開発補助金のご案内（青葉県産業振興課）

青葉県研究開発補助金は、県内の中小企業が大学等と共同で行う研究開発を支援する制度です。
補助率は２分の１、補助上限額は３００万円です。
隣接する白川県に本社がある企業も、青葉県内に事業所があれば申請できます。
`;

const CALL = `令和７年度　わかば県シーズ加速補助金　公募要領（産業振興課）

１　公募期間
　令和７年５月９日（金）から令和７年６月１３日（金）17時必着
２　提出方法
　電子申請又は郵送
`;

const NEWSLETTER = `わかば県だより　第３８号（令和７年５月）

令和７年度のわかば県シーズ加速補助金の公募を５月９日に始めました。
締切は６月１２日（木）17時です。予算額は8,000万円です。
`;

let fixture: FixtureAnswerer;

/** The file names an answer cites. */
const citedFiles = (a: Answer) => new Set(a.citations.map((c) => c.source.split('/').at(-1)));

beforeAll(async () => {
  fixture = await fixtureAnswerer('values-asked', { 'v01_grants.tsv.txt': GRANTS, 'v02_seeds-page.txt': PAGE, 'v03_minutes.txt': MINUTES, 'v04_subsidy.txt': SUBSIDY, 'v05_call.txt': CALL, 'v06_newsletter.txt': NEWSLETTER });
}, 240_000);

afterAll(async () => {
  await fixture?.close();
});

describe('what an amount is asked of', () => {
  it('a row that gives a company\'s grant is no answer to the price of its product', async () => {
    const a = await fixture.answerer.answer('株式会社あおば計測の路面凍結センサーの販売価格はいくら？');
    expect(a.status).toBe('abstained');
  });

  it('the grant asked is given by that row, under its header', async () => {
    const a = await fixture.answerer.answer('株式会社あおば計測の路面凍結センサー実証の交付決定額はいくら？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('28,600');
  });

  it('a question of two amounts, one of them given, is answered in part', async () => {
    const a = await fixture.answerer.answer('株式会社あおば計測の交付決定額と、センサーの販売価格はいくらですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('28,600');
  });
});

describe('an amount of one prefecture\'s programme', () => {
  it('is given where that prefecture is named, not by another prefecture\'s programme', async () => {
    const own = await fixture.answerer.answer('青葉県の研究開発補助金の補助上限額はいくらですか。');
    expect(own.status).toBe('answered');
    expect(own.answer).toContain('３００万円');
    const other = await fixture.answerer.answer('白川県の研究開発補助金の補助上限額はいくらですか。');
    expect(other.status).toBe('abstained');
  });
});

describe('a count two documents give differently', () => {
  it('both, each with its source (the page\'s 10件, the minutes\' １１件)', async () => {
    const a = await fixture.answerer.answer('わかば県シーズ加速補助金の令和４年度の採択件数は何件？');
    expect(a.status).toBe('answered');
    expect(a.answer).toMatch(/10件/u);
    expect(a.answer).toMatch(/１１件/u);
    const sources = citedFiles(a);
    expect(sources).toContain('v02_seeds-page.txt');
    expect(sources).toContain('v03_minutes.txt');
  });
});

describe('a day two documents give differently', () => {
  it('both, each with its source (the call\'s ６月１３日, the newsletter\'s ６月１２日)', async () => {
    const a = await fixture.answerer.answer('令和７年度のわかば県シーズ加速補助金の申請締切日はいつ？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('６月１３日');
    expect(a.answer).toContain('６月１２日');
    const sources = citedFiles(a);
    expect(sources).toContain('v05_call.txt');
    expect(sources).toContain('v06_newsletter.txt');
  });
});

describe('a member\'s remark in minutes', () => {
  it('comes with the reply of the next speaker, though it asks nothing outright', async () => {
    const a = await fixture.answerer.answer('補助金の事務に時間がかかるという声に、県はどう対応したのか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('様式を見直した');
  });
});
