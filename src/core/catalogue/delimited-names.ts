// Programme names whose bounds the text makes plain, so they may hold kana (共創の場形成支援プログラム,
// 地域中核・特色ある研究大学強化促進事業, 世界に誇る…推進プログラム): a name in 「」 or 『』, and a name
// standing alone on its line (after bullets, numbering or a ministry), or heading it (「…事業の概要」).
import type { NameMention } from './names.js';
import { segmentBounds, type PreparedDocument } from './source-text.js';

/**
 * The ministries and agencies of the central government (every external agency of a ministry, and some of the past),
 * as a name may be prefixed with on a list line.
 */
export const MINISTRY_NAME =
  '(?:内閣府|内閣官房|復興庁|デジタル庁|こども家庭庁|科学技術庁|(?:中小企業|資源エネルギー|特許|文化|スポーツ|林野|水産|観光|気象|消防|海上保安|国税|金融|消費者|警察|宮内|公安調査|出入国在留管理|防衛装備)庁|(?:文部科学|経済産業|農林水産|総務|国土交通|環境|厚生労働|外務|財務|法務|防衛|文部|通商産業)省)';

/** What may stand before a name at the start of its line: bullets, numbering (（１）, １．, ①), a ministry, a title's fiscal year and spaces. */
export const LEAD_PREFIX = new RegExp(
  `^[\\s　]*(?:(?:[■□◆◇○●・※▪＊*\\-－―>＞<＜「『【〔(（]|[（(][0-9０-９一二三四五六七八九十ⅰ-ⅹ]{1,3}[)）]|[（(〈＜<【](?:新|新規|拡充|継続|一部新規)[)）〉＞>】]|[0-9０-９]{1,2}[．.、)）]?|[①-⑳]|${MINISTRY_NAME}|(?:平成|令和)[0-9０-９元]{1,2}年度(?=[\\s　]))[\\s　]*)*$`,
  'u',
);

/** The government a name is said of, before it: 国の, 県の, 本県の, 市の. */
const OWNER_BEFORE = /^(?:国|県|市|町|村|府|都|本県|当県|同県|本市|当市|同市)の(?=[\p{Script=Han}\p{Script=Katakana}])/u;

/** What may follow a name on a heading line about it: の概要, の推進, の選定について, による支援. */
export const TOPIC_REST = /^(?!.*(?:[をがは]|ます|した|する|である))(?:の[^、。，,「」『』\s　]{1,20}|に(?:よる|おける|係る|関する|ついて)[^、。，,]{0,12}|について)$/u;

/** A character that, standing before an opening quote, makes the quote part of a longer name. */
const NAME_BEFORE_QUOTE = /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9Ａ-Ｚａ-ｚ０-９]/u;

/** The words a name the text delimits (quoted, or alone on its line) may end with; running text's are in names.ts. */
const DELIMITED_SUFFIXES = '事業|プログラム|計画|交付金|構想|制度|補助金|負担金';
/** A delimited name's suffix at the end of a string. */
export const DELIMITED_SUFFIX_END = new RegExp(`(?:${DELIMITED_SUFFIXES})$`, 'u');
const DELIMITED_SUFFIX = new RegExp(DELIMITED_SUFFIXES, 'gu');
const CLAUSE = /[をはがでへ]|から|まで|より|として|について|による|により|における|に関する|ための|する|した|して|され|させ|ます|です/u;

/** The particles a formal name may hold between its words (海事産業集積地域における次世代船舶…事業, …に関する…事業, …及び…). */
const ATTRIBUTIVE = /における|に関する|に係る|のための|による|及び|並びに/gu;

/**
 * True for a string that can be a programme's name: no punctuation or spaces, a few kana at most, no clause;
 * in quotes, where its bounds are plain, the particles that join a formal name's words (における) are allowed.
 */
function nameShape(whole: string, quoted = false): boolean {
  const name = quoted ? whole.replace(ATTRIBUTIVE, '・') : whole;
  const chars = Array.from(whole);
  if (chars.length < 4 || chars.length > 60 || !DELIMITED_SUFFIX_END.test(name)) return false;
  if (/[、。，．：:\s　「」『』<>＜＞〈〉【】]/u.test(name) || /^[（(・]/u.test(name)) return false;
  // a name may open with a short place name in kana (とちぎ…), not with a phrase
  if (/^\p{Script=Hiragana}/u.test(name) && !/^\p{Script=Hiragana}{2,3}[\p{Script=Han}\p{Script=Katakana}]/u.test(name)) return false;
  const kana = name.match(/\p{Script=Hiragana}+/gu) ?? [];
  // (ものづくり, まちづくり: one word in kana of up to five)
  if (kana.join('').length > 6 || kana.some((k) => k.length > 5)) return false;
  if (kana.length > 0 && CLAUSE.test(name.replace(/[^\p{Script=Hiragana}]+/gu, '|'))) return false;
  // (two names joined are no name, 「A事業及びB事業」; in quotes, words joined inside one are: 実用化研究開発及び人材育成支援事業)
  if (quoted ? /又は|または|(?:事業|プログラム|計画|交付金)(?:及び|並びに)/u.test(whole) : /及び|並びに|又は|または/u.test(name)) return false;
  const open = (name.match(/[（(]/g) ?? []).length;
  return open === (name.match(/[）)]/g) ?? []).length;
}

type ReadTrailing = (text: string, pos: number) => { groups: NameMention['trailing']; end: number };

/** The longest name at the start of `text` that ends in a suffix and is followed only by brackets (and `rest`). */
function longestName(text: string, readTrailing: ReadTrailing, quoted = false): { name: string; end: number } | undefined {
  const ends = [...text.matchAll(DELIMITED_SUFFIX)].map((m) => m.index! + m[0].length).reverse();
  for (const to of ends) {
    const name = text.slice(0, to);
    if (nameShape(name, quoted)) return { name, end: readTrailing(text, to).end };
  }
  return undefined;
}

/** Names in quotes and names alone on (or heading) their line, as strong mentions. */
export function delimitedMentions(doc: PreparedDocument, readTrailing: ReadTrailing): NameMention[] {
  const out: NameMention[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    const text = block.text;
    const push = (from: number, to: number, lineEnd: number, lineStart: number) => {
      // (the brackets after a quoted name, too: 「…交付金」（2018年度～）, unless the quote is part of a longer
      // name whose brackets they are: ポスト「…事業」（H１９～）)
      const inner = readTrailing(text, to);
      const quoted = /[」』]/u.test(text[to] ?? '') && !NAME_BEFORE_QUOTE.test(text[from - 2] ?? '');
      const { groups, end } = inner.groups.length === 0 && quoted ? readTrailing(text, to + 1) : inner;
      const after = text.slice(end, lineEnd).replace(/^[」』]/u, '').trim();
      const lead = LEAD_PREFIX.test(text.slice(lineStart, from));
      const heading = lead && (after === '' || /^[0-9０-９][0-9０-９,，．.]*\s?(兆|億|百万|万)?円/u.test(after));
      const topic = lead && !heading && TOPIC_REST.test(after);
      const base = text.slice(from, to);
      out.push({ name: base, base, blockIndex, from, to, trailing: groups, end, lead, heading, strong: true, ...(topic && { topic }) });
    };
    block.segments.forEach((seg, si) => {
      if (seg.line_end > seg.line_start) return; // vertical text: labels of a figure
      const { from: lineStart, to: lineEnd } = segmentBounds(block, si);
      const line = text.slice(lineStart, lineEnd);
      // alone on its line or heading it
      const prefix = /^[\s　]*(?:(?:[■□◆◇○●・※▪＊*\-－―>＞<＜【〔]|[（(][0-9０-９一二三四五六七八九十ⅰ-ⅹ]{1,3}[)）]|[（(〈＜<【](?:新|新規|拡充|継続|一部新規)[)）〉＞>】]|[0-9０-９]{1,2}[．.、)）]|[①-⑳])[\s　]*)*/u.exec(line)![0];
      // (nor the government it is said of: 国の地域…事業 is 国's programme, not one named so)
      const owner = OWNER_BEFORE.exec(line.slice(prefix.length))?.[0] ?? '';
      const rest = line.slice(prefix.length + owner.length);
      if (!/^[「『]/u.test(rest)) {
        const found = longestName(rest, readTrailing);
        if (found) {
          const after = rest.slice(found.end).trim();
          const from = lineStart + prefix.length + owner.length;
          // a name the run-of-characters rule cannot read (kana inside, 構想, 制度) alone on a line may be a label
          // in a figure: taken when it has brackets, opens the document, heads a topic or is named again
          const unusual = /\p{Script=Hiragana}|構想$|制度$/u.test(found.name);
          const trusted = !unusual || found.end > found.name.length || blockIndex <= 2 || text.indexOf(found.name, from + 1) >= 0 || doc.blocks.some((b, i) => i !== blockIndex && b.text.includes(found.name));
          const topicOk = after !== '' && TOPIC_REST.test(after) && !/構想$|制度$/u.test(found.name);
          if (trusted && (after === '' || topicOk)) push(from, from + found.name.length, lineEnd, lineStart);
        }
      }
    });
    // in quotes (a quote may run over a line break: the block joins the lines)
    for (const q of text.matchAll(/[「『]([^「」『』。]{4,70}?)[」』]/gu)) {
      const content = q[1]!;
      const found = longestName(content, readTrailing, true);
      if (!found || content.slice(found.end).trim() !== '') continue;
      const from = q.index! + 1;
      const segFrom = block.segments.filter((s) => s.offset <= from).at(-1)!;
      const si = block.segments.indexOf(segFrom);
      const { from: lineStart } = segmentBounds(block, si);
      const lastSeg = block.segments.filter((s) => s.offset < from + content.length).length - 1;
      push(from, from + found.name.length, segmentBounds(block, lastSeg).to, lineStart);
    }
  });
  return out;
}
