// One document of every format shisaku reads, each stating a fact no seed states, written by the
// libraries that make such files (see eval/format-fixtures.ts), plus files it must report: an
// image, an archive and a scanned PDF without a text layer.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeText, makeDocx, makePdf, makePptx, makeXlsx, makeZip, PNG_1PX } from '../../eval/format-fixtures.js';
import type { Location } from '../../src/core/schemas.js';

/** A fact a question must find in the top 3, with where the citation must point. */
export interface FormatFact {
  file: string;
  question: string;
  /** Text the found passage holds. */
  holds: string;
  /** What the citation's location must contain (undefined: a text file, no location). */
  location: Partial<Location> | undefined;
}

export const FACTS: FormatFact[] = [
  { file: 'hakusho-2024.pdf', question: 'はやぶさ地域連携研究拠点事業の予算額は？', holds: '１２億円', location: { page: 2 } },
  { file: 'jigyo-hokoku.docx', question: 'かもめ技術移転プログラムの採択件数は？', holds: '42件', location: { heading_path: ['令和５年度 事業報告', '採択状況'] } },
  { file: 'seminar-deck.pptx', question: 'つばめ産学共創プラットフォームの参加企業数は？', holds: '137社', location: { slide: 3 } },
  { file: 'yosan-ichiran.xlsx', question: 'ひばり地域イノベーション事業の2023年度の予算額は？', holds: '予算額（百万円）：850', location: { sheet: '予算一覧' } },
  { file: 'mejiro-jigyo.html', question: 'めじろ研究成果展開事業の1課題あたりの支援額は？', holds: '3,000万円', location: { heading_path: ['めじろ研究成果展開事業', '支援内容'] } },
  { file: 'uguisu-memo.md', question: 'うぐいす地域科学技術会議で決まった次年度の公募の開始日は？', holds: '4月15日', location: { heading_path: ['うぐいす地域科学技術会議メモ', '決定事項'] } },
  { file: 'suzume-keikaku-sjis.txt', question: 'すずめ科学技術振興計画の計画期間は？', holds: '令和５年度から令和９年度', location: undefined },
  { file: 'komadori-eucjp.txt', question: 'こまどり産業クラスター構想の参加機関数は？', holds: '８８機関', location: undefined },
  { file: 'tsugumi-utf16.txt', question: 'つぐみ地域研究開発センターはいつ設立されましたか？', holds: '２０１９年', location: undefined },
];

/** The row of the budget sheet that holds the ひばり fact, as Excel numbers it. */
export const HIBARI_ROW = 5;

/** Files that must be reported by name, and what the reason says. */
export const REPORTED: { file: string; reason: RegExp }[] = [
  { file: 'scan-photo.png', reason: /PNG image.*OCR/ },
  { file: 'old-documents.zip', reason: /ZIP archive.*unpack/ },
  { file: 'scanned-report.pdf', reason: /no text layer.*OCR/ },
];

const NAV = 'ホーム サイトマップ 採用情報 English';
const FOOTER = '© 2024 架空省 地域科学技術課 著作権表示';

/** The web page of the HTML fact: navigation, a main article and a footer. */
export function mejiroHtml(): string {
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>めじろ研究成果展開事業 | 架空省</title></head><body>
<header><div class="logo">架空省</div><nav><ul>${NAV.split(' ').map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></nav></header>
<main><article>
<h1>めじろ研究成果展開事業</h1>
<p>大学等の研究成果を地域の企業へ展開し、
新たな事業を生み出すための支援事業です。</p>
<h2>支援内容</h2>
<p>めじろ研究成果展開事業では、1課題あたり最大3,000万円を3年間支援します。</p>
<ul><li>対象：大学と地域企業の共同研究</li><li>公募：年2回</li></ul>
<h2>お問い合わせ先</h2><p>地域科学技術課 めじろ担当</p>
</article></main>
<aside><h3>関連リンク</h3><a href="#">他の事業</a></aside>
<footer><p>${FOOTER}</p></footer>
</body></html>`;
}
export const HTML_CHROME = [...NAV.split(' '), FOOTER, '関連リンク'];

/** The text that the PDF's running header repeats on every page. */
export const PDF_HEADER = '令和６年度 地域科学技術白書（架空）';

/** The white paper: three pages, the fact on page 2, a running header, page numbers, two columns on page 3. */
export function hakushoPdf(): Promise<Buffer> {
  return makePdf({
    title: '地域科学技術白書 2024',
    header: PDF_HEADER,
    pageNumbers: true,
    pages: [
      [{ heading: '第１章 地域科学技術の現状' }, { text: '本白書は、地域における科学技術振興の取組と成果を概観するものである。各地域の大学、公設試験研究機関、企業の連携が進んでいる。' }],
      [
        { heading: '第２章 研究拠点の形成' },
        { text: 'はやぶさ地域連携研究拠点事業は、地域の大学を核として産学官の共同研究拠点を形成する事業である。' },
        { text: 'はやぶさ地域連携研究拠点事業の令和６年度予算額は１２億円であり、全国で５拠点を支援している。' },
      ],
      [
        { heading: '第３章 今後の展望' },
        { columns: ['左段：地域の研究開発人材の育成が課題である。'.repeat(4), '右段：国際的な連携の強化が求められている。'.repeat(4)] },
        { text: '以上の展望を踏まえ、施策の見直しを進める。' },
      ],
    ],
  });
}

/** Writes every fixture into `dir`. */
export async function writeFormatFixtures(dir: string): Promise<void> {
  const files: Record<string, Buffer | string> = {
    'hakusho-2024.pdf': await hakushoPdf(),
    'jigyo-hokoku.docx': await makeDocx([
      { heading: '令和５年度 事業報告', paragraphs: ['本報告は、令和５年度に実施した技術移転関係事業の概要をまとめたものである。'] },
      { heading: '事業の目的', level: 2, bullets: ['大学の技術シーズを地域企業へ移転する', '技術移転人材を育成する'] },
      {
        heading: '採択状況',
        level: 2,
        paragraphs: ['各プログラムの採択状況は次の表のとおり。'],
        table: [
          ['事業名', '実施期間', '採択件数'],
          ['かもめ技術移転プログラム', '2021〜2025年度', '42件'],
          ['しぎ技術相談事業', '2022〜2024年度', '17件'],
        ],
      },
    ]),
    'seminar-deck.pptx': await makePptx([
      { title: '地域産学連携セミナー', body: ['令和６年度 第２回'] },
      { title: '本日の内容', body: ['背景', '取組の紹介', '今後の予定'] },
      {
        title: 'つばめ産学共創プラットフォーム',
        body: ['参加企業は137社、参画大学は12校に達した', '共同研究の件数は前年度から倍増'],
        table: [['年度', '参加企業数'], ['2023', '98社'], ['2024', '137社']],
        notes: '参加企業数は令和６年１２月末時点の速報値。',
      },
      { title: '今後の予定', body: ['次年度も継続して公募を行う'] },
    ]),
    'yosan-ichiran.xlsx': await makeXlsx([
      { name: '概要', rows: [['地域科学技術関係予算の一覧（架空）'], ['単位：百万円']] },
      {
        name: '予算一覧',
        rows: [
          ['事業名', '年度', '予算額（百万円）'],
          ['かけす地域研究事業', 2022, 420],
          ['かけす地域研究事業', 2023, 410],
          ['ひばり地域イノベーション事業', 2022, 800],
          ['ひばり地域イノベーション事業', 2023, 850],
          ['ひばり地域イノベーション事業', 2024, 905],
          ['むくどり人材育成事業', 2023, 120],
        ],
        numFmt: { 2: '#,##0' },
      },
    ]),
    'mejiro-jigyo.html': mejiroHtml(),
    'uguisu-memo.md': [
      '# うぐいす地域科学技術会議メモ',
      '',
      '出席者：科学技術振興課、**地域連携室**',
      '',
      '## 決定事項',
      '',
      '- 次年度の公募は**4月15日**に開始する',
      '- 締切は[5月31日](https://example.jp/koubo)とする',
      '',
      '## 予算',
      '',
      '| 項目 | 金額 |',
      '|---|---|',
      '| 旅費 | 120万円 |',
      '| 会議費 | 30万円 |',
      '',
    ].join('\n'),
    'suzume-keikaku-sjis.txt': encodeText('すずめ科学技術振興計画\n\nすずめ科学技術振興計画の計画期間は令和５年度から令和９年度までの５年間である。\n重点分野はバイオとものづくりである。\n', 'SJIS'),
    'komadori-eucjp.txt': encodeText('こまどり産業クラスター構想\n\nこまどり産業クラスター構想の参加機関数は８８機関である。\n中核機関は地域の国立大学である。\n', 'EUCJP'),
    'tsugumi-utf16.txt': encodeText('つぐみ地域研究開発センター\n\nつぐみ地域研究開発センターは２０１９年に設立された。\n研究員は４５名である。\n', 'UTF16LE-BOM'),
    'scan-photo.png': PNG_1PX,
    'old-documents.zip': await makeZip({ 'memo.txt': '古い資料' }),
    'scanned-report.pdf': await makePdf({ pages: [[]] }),
  };
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
}
