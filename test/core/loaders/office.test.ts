// Word, PowerPoint and Excel files written by the libraries that make them: headings, lists and
// tables from Word; per slide title, body, tables and notes (no slide numbers) from PowerPoint;
// per sheet rows written with their header and cited by row number from Excel.
import { describe, expect, it } from 'vitest';
import { makeDocx, makePptx, makeXlsx } from '../../../eval/format-fixtures.js';
import { extract } from '../../../src/core/loaders/index.js';
import { locate } from '../../../src/core/loaders/places.js';

describe('docx', () => {
  it('keeps headings as heading paths, list items and table rows with their header', async () => {
    const ex = await extract(
      'seeds/r.docx',
      await makeDocx([
        { heading: '事業報告', paragraphs: ['概要の段落。'] },
        { heading: '実施体制', level: 2, bullets: ['大学', '企業'], table: [['機関', '役割'], ['北大', '研究'], ['札幌市', '支援']] },
      ]),
    );
    expect(ex.lines).toEqual(['事業報告', '概要の段落。', '', '実施体制', '・大学', '・企業', '', '機関 / 役割', '機関：北大 / 役割：研究', '機関：札幌市 / 役割：支援']);
    expect(ex.title).toBe('事業報告');
    expect(locate(ex.places, 9, 9)).toEqual({ heading_path: ['事業報告', '実施体制'] });
    expect(locate(ex.places, 2, 2)).toEqual({ heading_path: ['事業報告'] });
  });

  it('reports a file that is not a Word document inside', async () => {
    await expect(extract('seeds/bad.docx', Buffer.from('PK\u0003\u0004 not really a zip'))).rejects.toThrow(/seeds\/bad\.docx: /);
  });
});

describe('pptx', () => {
  it('reads each slide: title first, body, table rows with their header, notes; no slide numbers', async () => {
    const ex = await extract(
      'seeds/d.pptx',
      await makePptx([
        { title: '表紙', body: ['地域セミナー'] },
        { title: '実績', body: ['参加は20社'], table: [['年度', '件数'], ['2023', '5件']], notes: '補足の説明' },
      ]),
    );
    expect(ex.lines).toEqual(['表紙', '', '地域セミナー', '', '実績', '', '参加は20社', '', '年度 / 件数', '年度：2023 / 件数：5件', '', '［ノート］', '補足の説明']);
    expect(ex.places).toEqual([
      { line: 1, location: { slide: 1 }, title: '表紙' },
      { line: 5, location: { slide: 2 }, title: '実績' },
    ]);
    expect(locate(ex.places, 10, 13)).toEqual({ slide: 2 });
  });
});

describe('xlsx', () => {
  it('writes each row with the header row, cites sheet and row, and formats numbers as the sheet does', async () => {
    const ex = await extract(
      'seeds/b.xlsx',
      await makeXlsx([
        { name: '予算', rows: [['地域科学技術予算（架空）'], [], ['事業名', '年度', '予算額（千円）'], ['ひばり事業', 2023, 1250000], ['もず事業', 2024, 30000]], numFmt: { 2: '#,##0' } },
        { name: '備考', rows: [['メモ', '担当'], ['確認済み', '田中']] },
      ]),
    );
    expect(ex.lines).toEqual([
      '予算',
      '地域科学技術予算（架空）',
      '事業名 / 年度 / 予算額（千円）',
      '事業名：ひばり事業 / 年度：2023 / 予算額（千円）：1,250,000',
      '事業名：もず事業 / 年度：2024 / 予算額（千円）：30,000',
      '',
      '備考',
      'メモ / 担当',
      'メモ：確認済み / 担当：田中',
    ]);
    expect(ex.title).toBe('地域科学技術予算（架空）');
    expect(locate(ex.places, 4, 4)).toEqual({ sheet: '予算', row: 4 });
    expect(locate(ex.places, 1, 5)).toEqual({ sheet: '予算', row: 1, row_end: 5 });
    expect(locate(ex.places, 9, 9)).toEqual({ sheet: '備考', row: 2 });
  });

  it('takes the header under a note that reads like one, and a second table under its own header', async () => {
    const ex = await extract(
      'seeds/naiji.xlsx',
      await makeXlsx([
        {
          name: '内示',
          rows: [['内示日：2025/01/24', '単位：千円'], ['事業名', '区分', 'R6当初', 'R7内示'], ['みなと補助金', '継続', 58000, 55000], [], ['参考：応募・採択の実績'], ['区分', 'R3', 'R4'], ['応募件数', 14, 17]],
        },
      ]),
    );
    expect(ex.lines).toEqual([
      '内示',
      '内示日：2025/01/24 単位：千円',
      '事業名 / 区分 / R6当初 / R7内示',
      '事業名：みなと補助金 / 区分：継続 / R6当初：58000 / R7内示：55000',
      '参考：応募・採択の実績',
      '区分 / R3 / R4',
      '区分：応募件数 / R3：14 / R4：17',
    ]);
    expect(locate(ex.places, 7, 7)).toEqual({ sheet: '内示', row: 7 });
  });

  it('reports a workbook without values', async () => {
    await expect(extract('seeds/empty.xlsx', await makeXlsx([{ name: 'Sheet1', rows: [] }]))).rejects.toThrow(/seeds\/empty\.xlsx: the workbook has no cells with values/);
  });
});
