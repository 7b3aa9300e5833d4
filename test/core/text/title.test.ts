// Titles of documents the manifest does not describe: the first title-like line.
import { describe, expect, it } from 'vitest';
import { titleFromLines } from '../../../src/core/text/title.js';

describe('titleFromLines', () => {
  it('passes over a press release’s date and issuing office', () => {
    const lines = ['令和元年５月３１日', '国土交通省都市局', '都市計画課都市計画調査室', '', 'スマートシティモデル事業の選定について', '～先行モデルプロジェクト１５事業を選定～'];
    expect(titleFromLines(lines)).toBe('スマートシティモデル事業の選定について');
  });

  it('takes the line after a programme name set alone in brackets', () => {
    expect(titleFromLines(['平成２８年９月２３日', '', '「地域イノベーション・エコシステム形成プログラム」', '平成２８年度新規採択地域の決定について'])).toBe(
      '「地域イノベーション・エコシステム形成プログラム」平成２８年度新規採択地域の決定について',
    );
  });

  it('keeps a first line that is a title, and reads a doubled heading once', () => {
    expect(titleFromLines(['新しい文書', '', '本文です。'])).toBe('新しい文書');
    expect(titleFromLines(['リサーチコンプレックス推進プログラムリサーチコンプレックス推進プログラム'])).toBe('リサーチコンプレックス推進プログラム');
  });
});
