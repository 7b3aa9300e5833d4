import { describe, expect, it } from 'vitest';
import { extremeGradeAsked, gradeScale, nameExtremeGrade } from '../../src/core/grades.js';

describe('grades asked by rank', () => {
  it('reads which end of the scale a question asks, only when it names no letter', () => {
    expect(extremeGradeAsked('中間評価で最低ランクを付けられた地域は？')).toBe('lowest');
    expect(extremeGradeAsked('評価がいちばん悪かったエリアは？')).toBe('lowest');
    expect(extremeGradeAsked('事後評価で一番上の評価を取った拠点は？')).toBe('highest');
    expect(extremeGradeAsked('Which area got the top grade in the ex-post evaluation?')).toBe('highest');
    // judged (判定) with little to show asks the bottom of the scale; 成績 is a grade's word too
    expect(extremeGradeAsked('実証したグループのうち、ほとんど成果が出なかったと判定されたのはどこ？')).toBe('lowest');
    expect(extremeGradeAsked('途中の確認で一番いい成績だった大学は？')).toBe('highest');
    expect(extremeGradeAsked('Ａ評価の3拠点の中で、いちばん進捗が良かったのは？')).toBeUndefined();
    expect(extremeGradeAsked('学外利用が一番多かったところは？')).toBeUndefined();
  });

  it('reads the scale an evaluation uses: defined (Ｓ：…), named (Ｃ評価), listed (Ｓ・Ａ・Ｂ) or ending table rows', () => {
    expect(gradeScale('Ｓ：計画を上回る\nＡ：計画どおり\nＢ：一部遅れ')).toEqual(['S', 'A', 'B']);
    expect(gradeScale('評価区分はＡ・Ｂ・Ｃ・Ｄの４段階')).toEqual(['A', 'B', 'C', 'D']);
    expect(gradeScale('甲府地域　果樹　Ａ\n松本地域　精密　Ｂ\n米子地域　海洋　Ｃ')).toEqual(['A', 'B', 'C']);
    // (a legend whose lines were joined where they wrap: …得られているＡ　：当初計画どおり…)
    expect(gradeScale('Ｓ　：当初計画を大きく上回る成果が得られているＡ　：当初計画どおりの成果が得られているＢ　：一部に遅れＣ　：成果が不十分')).toEqual(['S', 'A', 'B', 'C']);
    // (a scale set out with what each letter means, in brackets)
    expect(gradeScale('評価はＳ（特に優れている）、Ａ（優れている）、Ｂ（妥当である）、Ｃ（不十分である）の４段階とした。')).toEqual(['S', 'A', 'B', 'C']);
    expect(gradeScale('Type A (basic) and Type B (advanced), Plan C (reserve)')).toEqual([]);
    // (no web address or clock is a grade)
    expect(gradeScale('http://www.example.jp\n10:00～12:00\nＡ：計画どおり')).toEqual([]);
    // a letter or two in passing is no scale
    expect(gradeScale('Ａ評価の地域は支援額を維持する。Plan A')).toEqual([]);
  });

  it('names the letter after the words that ranked it', () => {
    expect(nameExtremeGrade('最低ランクを付けられた地域は？', 'lowest', ['S', 'A', 'B', 'C'])).toBe('最低ランク（C評価）を付けられた地域は?');
    expect(nameExtremeGrade('一番上の評価を取った拠点は？', 'highest', ['A', 'B', 'C', 'D'])).toBe('一番上の評価（A評価）を取った拠点は?');
    expect(nameExtremeGrade('Which area got the lowest grade?', 'lowest', ['A', 'B', 'C', 'D'])).toBe('Which area got the lowest grade (grade D)?');
  });
});
