// Comma- and tab-separated exports are read as tables (each row with its header) on the lines of the
// file where they stand, in the encodings Excel writes them, and a question finds the row that answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeText } from '../../../eval/format-fixtures.js';
import { extract } from '../../../src/core/loaders/index.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const INQUIRIES = [
  '令和７年度 研究開発補助金 問い合わせ記録',
  '番号,受付日,問い合わせ者,内容,回答,担当',
  '1,2025/04/15,県内中小企業,補助上限額は昨年度と同じか,"令和５年度から800万円に引き上げ、',
  '令和７年度も同額",山田',
  '',
  '2,2025/04/16,大学,大学が申請者になれるか,不可（共同研究の相手方として参加）,佐藤',
  '',
].join('\r\n');

const SELECTIONS = ['年度\t採択者\t所在地\t交付額（円）', 'R6\t株式会社みなと精機\t港北市\t4,800,000', 'R6\t北浜フーズ株式会社\t北浜町\t2,350,000', ''].join('\n');

describe('csv loader', () => {
  it('writes each row with its header on the line where it begins in the file, read from Shift_JIS', async () => {
    const ex = await extract('seeds/toiawase.csv', encodeText(INQUIRIES, 'SJIS'));
    expect(ex.format).toBe('csv');
    expect(ex.encoding).toBe('shift_jis');
    expect(ex.title).toBe('令和７年度 研究開発補助金 問い合わせ記録');
    expect(ex.lines).toEqual([
      '令和７年度 研究開発補助金 問い合わせ記録',
      '番号 / 受付日 / 問い合わせ者 / 内容 / 回答 / 担当',
      '番号：1 / 受付日：2025/04/15 / 問い合わせ者：県内中小企業 / 内容：補助上限額は昨年度と同じか / 回答：令和５年度から800万円に引き上げ、 令和７年度も同額 / 担当：山田',
      '',
      '',
      '番号：2 / 受付日：2025/04/16 / 問い合わせ者：大学 / 内容：大学が申請者になれるか / 回答：不可（共同研究の相手方として参加） / 担当：佐藤',
    ]);
  });

  it("takes the table's header under notes that read like one (内示日, 単位) but span fewer columns", async () => {
    const csv = ['令和７年度 内示結果一覧,,,,', '内示日：2025/01/24,単位：千円,,,', '事業名,区分,R6当初,R7要求,R7内示', 'みなと研究開発補助金,継続,58000,62000,55000', ''].join('\n');
    const ex = await extract('seeds/naiji.csv', Buffer.from(csv));
    expect(ex.lines[1]).toBe('内示日：2025/01/24 単位：千円');
    expect(ex.lines[2]).toBe('事業名 / 区分 / R6当初 / R7要求 / R7内示');
    expect(ex.lines[3]).toBe('事業名：みなと研究開発補助金 / 区分：継続 / R6当初：58000 / R7要求：62000 / R7内示：55000');
  });

  it('reads a second table under its own header, and rows after notes under the first', async () => {
    const tsv = [
      '番号\t計測年度\t対象\t所在地',
      '# 注：抜粋',
      'K-0001\tR2\t木造観音立像\t長浜市',
      '#',
      '# 年度別 計測件数',
      '年度\tR2\tR3',
      '計測件数\t38\t74',
      '',
    ].join('\n');
    const ex = await extract('seeds/keisoku.tsv', Buffer.from(tsv));
    expect(ex.lines).toEqual(['番号 / 計測年度 / 対象 / 所在地', '# 注：抜粋', '番号：K-0001 / 計測年度：R2 / 対象：木造観音立像 / 所在地：長浜市', '#', '# 年度別 計測件数', '年度 / R2 / R3', '年度：計測件数 / R2：38 / R3：74']);
  });

  it('splits a .tsv on tabs only, so a value with commas stays one cell', async () => {
    const ex = await extract('seeds/saitaku.tsv', Buffer.from(SELECTIONS));
    expect(ex.lines[1]).toBe('年度：R6 / 採択者：株式会社みなと精機 / 所在地：港北市 / 交付額（円）：4,800,000');
    expect(ex.title).toBe('saitaku');
  });

  it('reports a file with no values by name', async () => {
    await expect(extract('seeds/empty.csv', Buffer.from(',,\n,,\n'))).rejects.toThrow(/seeds\/empty\.csv: the file has no values/);
  });
});

describe('a question over a CSV export', () => {
  let fx: FixtureAnswerer;
  beforeAll(async () => {
    fx = await fixtureAnswerer('csv', { 'toiawase.csv': INQUIRIES, 'saitaku.tsv': SELECTIONS });
  }, 180_000);
  afterAll(() => fx?.close());

  it('finds the row that answers, cited at its line of the file', async () => {
    const hits = await fx.engine.retriever.search('みなと精機の交付額はいくら？', { k: 1 });
    expect(hits[0]!.chunk.source).toBe('seeds/saitaku.tsv');
    expect(hits[0]!.chunk.text).toContain('交付額（円）：4,800,000');
    const answer = await fx.answerer.answer('大学は補助金の申請者になれますか？');
    const cited = answer.citations.find((c) => c.source === 'seeds/toiawase.csv');
    expect(cited).toMatchObject({ line_start: 6 });
    expect(answer.answer).toContain('不可');
  });
});
