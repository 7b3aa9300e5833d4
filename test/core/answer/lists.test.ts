// Lists read from the documents: the rows of a sheet a question picks by values it names, and the
// names a line gives under each grade's label.
import { describe, expect, it } from 'vitest';
import { gradeLabelledNames, rowsPicked } from '../../../src/core/answer/lists.js';
import type { AnswerUnit } from '../../../src/core/answer/units.js';

const row = (text: string, id: number): AnswerUnit => ({ id, documentId: 'd', source: 'd.tsv', text, key: text, line_start: id, line_end: id, block: 0, indent: 0, table: 'row' });

const SHEET = [
  'R5\t1\t一般\t株式会社エゾ計測\t札幌市\t4,800\t',
  'R5\t2\t一般\t有限会社とかち技研\t帯広市\t3,950\t',
  'R5\t3\t寒冷地\t株式会社雪原センサー\t旭川市\t28,600\t2か年',
  'R5\t4\t寒冷地\t株式会社氷海フーズ\t函館市\t17,450\t2か年',
  'R6\t1\t一般\t株式会社ルスツ農機\t留寿都村\t3,300\t',
  'R6\t2\t寒冷地\t株式会社凍土エナジー\t名寄市\t21,000\t',
].map(row);

describe('rowsPicked', () => {
  it('keeps the rows holding every value the question names in a column (R5, 寒冷地)', () => {
    const picked = rowsPicked('R5に寒冷地実証枠で採択された事業者を教えて。', SHEET).map((u) => u.id);
    expect(picked).toEqual([2, 3]);
  });

  it('reads a year the question writes another way (令和５年度 for R5)', () => {
    expect(rowsPicked('令和５年度に一般枠で採択された事業者は？', SHEET).map((u) => u.id)).toEqual([0, 1]);
  });

  it('keeps every row when the question names no value of theirs', () => {
    expect(rowsPicked('採択された事業者を全部教えて。', SHEET)).toHaveLength(SHEET.length);
  });
});

describe('gradeLabelledNames', () => {
  it('gives the names under each grade of a line that labels them all', () => {
    const names = gradeLabelledNames('　Ｓ：北浜　　Ａ：南台、東岬　　Ｂ：西原、中洲　　Ｃ：奥谷');
    expect(names.get('B')).toEqual(['西原', '中洲']);
    expect(names.get('S')).toEqual(['北浜']);
  });

  it('reads no names from a scale\'s legend (Ｓ：計画を上回る)', () => {
    expect(gradeLabelledNames('Ｓ：計画を上回る　Ａ：計画どおり　Ｂ：一部遅れ').size).toBe(0);
  });
});
