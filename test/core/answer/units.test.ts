// Answer units: sentences of the repaired text that cite exactly the original lines they stand on.
import { beforeAll, describe, expect, it } from 'vitest';
import { citeUnit, documentUnits, type AnswerUnit } from '../../../src/core/answer/units.js';
import { citationProblem } from '../../../src/core/citations.js';
import type { LoadedDocument } from '../../../src/core/corpus.js';
import { loadSeeds, ROOT } from '../../helpers/corpus.js';

let docs: LoadedDocument[];
const unitsOf = (prefix: string): { doc: LoadedDocument; units: AnswerUnit[] } => {
  const doc = docs.find((d) => d.meta.source.startsWith(`seeds/${prefix}`))!;
  return { doc, units: documentUnits(doc) };
};

/** The units of a document made of these lines. */
function unitsOfLines(lines: string[]): AnswerUnit[] {
  const doc: LoadedDocument = { meta: { id: 'w', title: 'w', source: 'docs/w.txt', line_count: lines.length, sha256: 'w' }, lines };
  return documentUnits(doc);
}
beforeAll(async () => {
  docs = (await loadSeeds()).documents;
});

describe('documentUnits', () => {
  it('undoubles 001 for display but cites the doubled original line, and the quote stands there', async () => {
    const { doc, units } = unitsOf('001');
    // 「（２）（２）地域ブロック協議会の設置等地域ブロック協議会の設置等に関することに関すること」
    const u = units.find((x) => x.text === '（２）地域ブロック協議会の設置等に関すること' && x.line_start === 883)!;
    const c = citeUnit(doc, u);
    expect([c.line_start, c.line_end]).toEqual([883, 883]);
    expect(c.quote).toContain('（２）（２）');
    expect(await citationProblem(ROOT, c)).toBeUndefined();
    // where the repaired words do stand in the doubled line, they are the quote
    const law = units.find((x) => x.line_start === 9)!;
    expect(law.text).toBe('平成７年 科学技術基本法の制定');
    expect(citeUnit(doc, law).quote).toBe(law.text);
    expect(await citationProblem(ROOT, citeUnit(doc, law))).toBeUndefined();
  });

  it('joins the narrow slide box of 003 into one unit citing lines 28–30', () => {
    const { units } = unitsOf('003');
    const u = units.find((x) => x.text.startsWith('知的クラスター創成事業（５億円/年'))!;
    expect(u.text).toBe('知的クラスター創成事業（５億円/年×31地域：５年）');
    expect([u.line_start, u.line_end]).toEqual([28, 30]);
  });

  it('rejoins a phrase cut by a blank line (「育成 / 段階」の事業) and keeps list items apart', () => {
    const { units } = unitsOf('001');
    expect(units.some((x) => x.text === '○地域自らが目指す「知的クラスター」形成のための「育成段階」の事業' && x.line_start === 83 && x.line_end === 85)).toBe(true);
    const budget = units.find((x) => x.text.startsWith('○予算：１地域あたり約５億円'))!;
    expect([budget.line_start, budget.line_end]).toEqual([91, 91]);
  });

  it('joins a sentence wrapped at a fixed width onto lines opening with a space, and keeps a new page apart', () => {
    const lines = [
      'A. 事業プロデューサーとは、地域の大学等の技術シーズと市場のニーズを踏まえて事業化プロジ',
      ' ェクト全体を企画・統括し、知的財産戦略の策定、資金調達、企業との交渉等を主導する、事業',
      ' 化経験を有する専門人材です。',
      '地域イノベーション施策の概要',
      ' ・支援期間は５年間',
    ];
    const units = unitsOfLines(lines);
    const answer = units.find((u) => u.text.startsWith('A. '))!;
    expect(answer.text).toBe('A. 事業プロデューサーとは、地域の大学等の技術シーズと市場のニーズを踏まえて事業化プロジェクト全体を企画・統括し、知的財産戦略の策定、資金調達、企業との交渉等を主導する、事業化経験を有する専門人材です。');
    expect([answer.line_start, answer.line_end]).toEqual([1, 3]);
    // a short title line does not run on into the bullet under it
    expect(units.find((u) => u.text.includes('支援期間'))!.line_start).toBe(5);
  });

  it('reads one-a-line entries whose names are letter-spaced as one list, the spaces not counting toward a cell\'s length', () => {
    const lines = [
      '平成２０年度採択地域',
      '　福　島　県　　次世代医療福祉機器の研究開発',
      '　岐　阜　県　　ナノ構造制御セラミックスの研究開発',
      '　滋　賀　県　　琵琶湖の水環境保全技術の研究開発',
      '　鳥　取　県　　中海・宍道湖圏域の機能性食品素材の研究開発',
    ];
    const units = unitsOfLines(lines);
    const lead = units.find((u) => u.text === '平成２０年度採択地域')!;
    expect(units.filter((u) => u.lead === lead.id).map((u) => u.line_start)).toEqual([2, 3, 4, 5]);
  });

  it('reads a table whose header and first row share a block and whose other rows stand a block each', () => {
    const lines = [
      '■ 事業の概要',
      ' 湖国リサーチ拠点推進プログラムは、大学を中核とする研究拠点の形成を支援するものです。',
      ' 支援期間は最長５年間です。',
      '',
      '■ 採択拠点',
      ' 区分     拠点名             地区            中核機関             採択年度',
      ' 本格拠点   湖北ライフRC        長浜市          湖北大学             2015',
      ' 本格拠点   湖南情報RC          草津市          湖南工業大学          2015',
      ' 試行拠点   湖西環境RC（試行）    高島市          湖西大学             2016',
    ];
    const units = unitsOfLines(lines);
    expect(units.filter((u) => u.line_start >= 6).map((u) => [u.line_start, u.table])).toEqual([[6, 'header'], [7, 'row'], [8, 'row'], [9, 'row']]);
  });

  it('gives list items the heading their list stands under', () => {
    const { units } = unitsOf('003');
    const item = units.find((x) => x.text === '◇産業界ネットワークの形成支援')!;
    expect(item.lead).toBeDefined();
    expect(units.find((x) => x.id === item.lead)!.text).toContain('経済産業省');
  });

  it('gives a list the sentence that says it follows (次の観点から審査する。) as its lead, the last entry too', () => {
    const units = unitsOfLines([
      '第７　審査',
      '　外部有識者で構成する審査会において、書面審査及びプレゼンテーション',
      '審査により、次の観点から審査する。',
      '　（１）技術の新規性・優位性',
      '　（２）事業化の可能性と市場性',
      '　（３）県内産業への波及効果',
      '　大学・公設試連携枠では、上記に加えて連携の必要性を審査する。',
    ]);
    const lead = units.find((u) => u.text.endsWith('次の観点から審査する。'))!;
    const entries = units.filter((u) => u.lead === lead.id).map((u) => u.text);
    expect(entries).toEqual(['（１）技術の新規性・優位性', '（２）事業化の可能性と市場性', '（３）県内産業への波及効果']);
  });

  it('every unit of every document cites lines whose text holds its quote', async () => {
    for (const doc of docs) {
      for (const u of documentUnits(doc)) expect(await citationProblem(ROOT, citeUnit(doc, u)), `${doc.meta.id}:${u.line_start}`).toBeUndefined();
    }
  });
});
