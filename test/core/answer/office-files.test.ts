// Answers from the files a prefectural office keeps: its own briefing says 本県 for the prefecture its
// heading names; a video caption gives a count written 約1万2千人; a
// Markdown table row names a hub of 彦根 (彦根拠点, no 根拠 asked); a schedule gives a day without a year
// (6月10日).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const BRIEFING = `令和６年６月定例会議　産業労働常任委員会
所管事項説明資料（商工労働部）
令和６年６月１８日
榛名県商工労働部　ものづくり振興課

説明者　ものづくり振興課長　松永　健

１．文化財デジタル技術を核とした産業振興の取組について

（１）国の「文化財デジタル拠点形成支援事業」の状況
　①　県内では東湖地域が令和２年７月１７日に選定され、「東湖文化財デジタル拠点」として取組を進めている。
　②　参画機関数は、令和５年度末時点で２７機関となっている。

２．今後の予定
　・令和６年７月　　　国の令和７年度概算要求の内容把握、後継事業の情報収集
　・令和７年２月　　　拠点成果報告会

（参考）本県では、平成１６年度から文部科学省「都市エリア産学官連携促進事業」において
　「みずほ南部エリア」が事業を実施した経緯があり、当時の産学官ネットワークが
　現在の拠点の基盤の一つとなっている。
`;

const CAPTIONS = `榛名県公式チャンネル　動画「文化財×デジタル」字幕テキスト
00:05　（ナレーション）榛名県では、文化財をデジタルで記録しています。
02:10　（テロップ）2023年秋 はるな考古博物館 企画展 来場者 約1万2千人
02:35　（ナレーション）県も、企業の研究開発を後押ししています。
`;

const SCHEDULE = `# 令和7年度 かすみ係 年間業務スケジュール

## B. 予算の整理（令和7年度）

| 事業 | 区分 | 金額 | 備考 |
|---|---|---|---|
| かすみ実装事業（国） | 国予算 | 385百万円 | 要求時410百万円 |
| 同 湖東・彦根 拠点分 | 事業費 | 48,000千円 | 国24,000千円＋県12,000千円 |

## C. はるな技術補助金の年間の流れ

1. 一次募集：4月14日～5月16日
2. 審査会（書面＋ヒアリング）：6月10日
3. 採択通知：6月20日
`;

describe('files a prefectural office keeps', () => {
  let fixture: FixtureAnswerer;
  beforeAll(async () => {
    fixture = await fixtureAnswerer('office-files', { 'o01_iinkai.txt': BRIEFING, 'o02_jimaku.txt': CAPTIONS, 'o03_schedule.md': SCHEDULE });
  }, 240_000);
  afterAll(async () => fixture?.close());

  it('read 本県 in a prefecture own briefing as the prefecture its heading names', async () => {
    const a = await fixture.answerer.answer('2004年度に始まった都市エリア事業で、榛名のエリアの名前は？');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source.endsWith('o01_iinkai.txt') && c.quote.includes('みずほ南部エリア'))).toBe(true);
  });

  it('count written with 万 and 千 (約1万2千人)', async () => {
    const a = await fixture.answerer.answer('2023年秋のはるな考古博物館の企画展には何人くらい来た？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('約1万2千人');
  });

  it('take 彦根拠点 in a question as a hub of 彦根, not as a reason (根拠) asked', async () => {
    const a = await fixture.answerer.answer('かすみ実装事業の湖東・彦根拠点分の事業費と国の負担額は？');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source.endsWith('o03_schedule.md') && c.quote.includes('48,000千円') && c.line_start === 8)).toBe(true);
  });

  it('give when something takes place by a day without a year (6月10日)', async () => {
    const a = await fixture.answerer.answer('はるな技術補助金の審査会っていつ頃？（令和7年度）');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('6月10日');
  });
});
