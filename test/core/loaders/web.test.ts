// Saved web pages and Markdown notes: the main content without navigation and footers, headings
// kept as heading paths, markup gone from the text, legacy charsets decoded.
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../../eval/format-fixtures.js';
import { extract } from '../../../src/core/loaders/index.js';
import { locate } from '../../../src/core/loaders/places.js';
import { HTML_CHROME, mejiroHtml } from '../../helpers/formats.js';

const ARTICLE = '地域の大学と企業が共同で研究開発を進める拠点を整備し、成果の事業化を支援する。'.repeat(4);

describe('html', () => {
  it('takes the marked main content, with its heading levels, and drops navigation, sidebar and footer', async () => {
    const ex = await extract('seeds/m.html', Buffer.from(mejiroHtml()));
    const text = ex.lines.join('\n');
    for (const chrome of HTML_CHROME) expect(text).not.toContain(chrome);
    expect(ex.title).toBe('めじろ研究成果展開事業');
    // a line break of the source between Japanese characters is no break in the text
    expect(ex.lines).toContain('大学等の研究成果を地域の企業へ展開し、新たな事業を生み出すための支援事業です。');
    const at = ex.lines.indexOf('めじろ研究成果展開事業では、1課題あたり最大3,000万円を3年間支援します。') + 1;
    expect(locate(ex.places, at, at)).toEqual({ heading_path: ['めじろ研究成果展開事業', '支援内容'] });
    expect(ex.lines).toContain('・対象：大学と地域企業の共同研究');
  });

  it('finds the content of a page without <main> by Readability, and decodes the charset it declares', async () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>拠点整備事業</title></head><body>
      <div id="menu"><a href="/">トップページ</a> | <a href="/list">事業一覧</a></div>
      <div id="content"><h2>拠点整備事業の概要</h2><p>${ARTICLE}</p><p>${ARTICLE}</p>
      <table><tr><th>区分</th><th>金額</th></tr><tr><td>補助</td><td>2億円</td></tr></table></div>
      <div id="footer">Copyright 架空県 産業振興課</div></body></html>`;
    const ex = await extract('seeds/kyoten.html', encodeText(page, 'SJIS'));
    expect(ex.encoding).toBe('shift_jis');
    expect(ex.lines).toContain('区分：補助 / 金額：2億円');
    expect(ex.lines.join('\n')).not.toMatch(/トップページ|Copyright/);
    const at = ex.lines.indexOf('区分：補助 / 金額：2億円') + 1;
    expect(locate(ex.places, at, at)?.heading_path?.at(-1)).toBe('拠点整備事業の概要');
  });
});

describe('markdown', () => {
  it('keeps headings, list items and table rows; emphasis, links and front matter are gone', async () => {
    const md = ['---', 'author: x', '---', '# 会議メモ', '', '## 決定事項', '', '- 公募は**4月15日**に開始', '- 締切は[5月31日](https://example.jp)', '', '| 項目 | 金額 |', '|---|---|', '| 旅費 | 120万円 |', '', '長い段落が', '折り返されている。', ''].join('\n');
    const ex = await extract('seeds/memo.md', Buffer.from(md));
    // each line stands at its line of the file (a table's header on the delimiter line under it): front matter,
    // markup-only lines and blank lines become blank lines
    expect(ex.lines).toEqual(['', '', '', '会議メモ', '', '決定事項', '', '・公募は4月15日に開始', '・締切は5月31日', '', '', '項目 / 金額', '項目：旅費 / 金額：120万円', '', '長い段落が折り返されている。']);
    expect(ex.title).toBe('会議メモ');
    expect(locate(ex.places, 8, 13)).toEqual({ heading_path: ['会議メモ', '決定事項'] });
  });

  it('cites a Markdown line by its number in the file, after a table, a list and a code block', async () => {
    const md = ['# 事務処理マニュアル', '', '## 1. 制度', '', '| 項目 | 一般枠 |', '|---|---|', '| 補助率 | 2/3 |', '', '```', 'コード', '```', '', '## 2. 審査', '', '- 審査会は外部委員5名で構成', '- 60点未満は不採択', ''].join('\n');
    const file = md.split('\n');
    const ex = await extract('seeds/manual.md', Buffer.from(md));
    for (const [line, text] of [[7, '補助率'], [10, 'コード'], [13, '2. 審査'], [15, '審査会は外部委員5名'], [16, '60点未満']] as const) {
      expect(ex.lines[line - 1]).toContain(text);
      expect(file[line - 1]).toContain(text);
    }
    expect(locate(ex.places, 15, 16)).toEqual({ heading_path: ['事務処理マニュアル', '2. 審査'] });
  });

  it('reads a Markdown file in EUC-JP', async () => {
    const ex = await extract('seeds/memo.md', encodeText('# 見出し\n\n本文です。\n', 'EUCJP'));
    expect(ex).toMatchObject({ lines: ['見出し', '', '本文です。'], encoding: 'euc-jp' });
  });
});
