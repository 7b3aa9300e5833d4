import { describe, expect, it } from 'vitest';
import { repairLines, undouble } from '../../../src/core/text/repair.js';

describe('undouble', () => {
  it('collapses phrases doubled in place, as in 001', () => {
    expect(undouble('平成７年平成７年 科学技術基本法の制定科学技術基本法の制定')).toBe('平成７年 科学技術基本法の制定');
    expect(undouble('第第ⅠⅠ期科学技術基本計画期科学技術基本計画')).toBe('第Ⅰ期科学技術基本計画');
    expect(undouble('〔〔科学技術政策の枠組科学技術政策の枠組〕〕')).toBe('〔科学技術政策の枠組〕');
  });

  it('keeps genuine repeats inside a doubled phrase (しつつ, ２００２)', () => {
    const line = '（第２期科学技術基本計画（２００２年３月閣議決定）より）（第２期科学技術基本計画（２００２年３月閣議決定）より）';
    expect(undouble(line)).toBe('（第２期科学技術基本計画（２００２年３月閣議決定）より）');
    expect(undouble('企業の実用化ニーズが相互に刺激しつつ連鎖的に企業の実用化ニーズが相互に刺激しつつ連鎖的に')).toBe('企業の実用化ニーズが相互に刺激しつつ連鎖的に');
  });

  it('collapses a phrase tripled in place', () => {
    expect(undouble('知的クラスター創成事業の現状と課題知的クラスター創成事業の現状と課題知的クラスター創成事業の現状と課題')).toBe('知的クラスター創成事業の現状と課題');
  });

  it('leaves ordinary lines with incidental repeats alone', () => {
    for (const line of ['いろいろな地域でますます連携が進む', '都市エリア産学官連携促進事業', '札幌 30 34 16 40 0 2 0 5 7 0 66 11 56', '0 0 0 0 0 0']) expect(undouble(line)).toBe(line);
  });
});

describe('repairLines', () => {
  it('joins vertical text written one character per line and keeps its line range', () => {
    const lines = ['見出し', '重', '点', 'エ', 'リ', 'ア', '', '本文です。'];
    const out = repairLines(lines);
    expect(out[1]).toEqual({ text: '重点エリア', line_start: 2, line_end: 6 });
    expect(out.at(-1)).toEqual({ text: '本文です。', line_start: 8, line_end: 8 });
  });
});
