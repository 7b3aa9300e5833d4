// Markdown notes (.md): headings open places with their heading path; paragraphs, list items,
// table rows (with their header) and code become lines. markdown-it parses; markup is dropped.
import MarkdownIt from 'markdown-it';
import { decodeText } from './decode.js';
import { HeadingPath, LinesBuilder } from './lines-builder.js';
import { tableRowLines } from './tables.js';
import type { Loader } from './types.js';

type Token = ReturnType<MarkdownIt['parse']>[number];

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;

/** Inline content as plain text: links and emphasis lose their markup, images keep their alt text. */
function inlineText(token: Token | undefined): string {
  let out = '';
  for (const c of token?.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline') out += c.content;
    else if (c.type === 'image') out += c.children?.map((x) => x.content).join('') ?? c.content;
    else if (c.type === 'hardbreak') out += '\n';
    else if (c.type === 'softbreak') {
      // a wrapped source line: joined, with a space only between words of a spaced script
      const next = c.content;
      out += CJK.test(out.slice(-1)) || CJK.test(next) ? '\u0000' : ' ';
    }
  }
  // the soft-break marker vanishes between Japanese characters and becomes a space elsewhere
  return out.replace(/\u0000(?=(.))/gu, (_m, next: string) => (CJK.test(next) ? '' : ' ')).replace(/\u0000/gu, '');
}

const md = new MarkdownIt({ html: true, linkify: false });

export const markdownLoader: Loader = {
  format: 'markdown',
  extensions: ['md', 'markdown', 'mdown', 'mkd'],
  sizeFactor: 1,
  async load({ source, bytes }) {
    const { text, encoding } = decodeText(source, bytes);
    const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)?.[0] ?? '';
    const tokens = md.parse(text.slice(frontMatter.length), {});
    // each block's lines stand at its line of the file (a citation's lines are the file's)
    const skipped = frontMatter.split('\n').length - 1;
    // (0 for a token without a place: padding to it adds nothing)
    const fileLine = (t: Token): number => (t.map ? skipped + t.map[0] + 1 : 0);
    const out = new LinesBuilder();
    const headings = new HeadingPath();
    out.place({ heading_path: [] });
    const lists: { ordered: boolean; n: number }[] = [];
    let title: string | undefined;
    let table: string[][] | undefined;
    let row: string[] | undefined;
    let rowsAt: number[] = [];
    let itemOpen = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      switch (t.type) {
        case 'heading_open': {
          const level = Number(t.tag.slice(1));
          const heading = inlineText(tokens[i + 1]).replace(/\n/g, ' ').trim();
          i += 2;
          if (heading === '') break;
          if (level === 1 && title === undefined) title = heading;
          const path = headings.enter(level, heading);
          out.padTo(fileLine(t));
          out.place({ heading_path: path }, path.join(' > '));
          out.push(heading);
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open':
          lists.push({ ordered: t.type === 'ordered_list_open', n: Number(t.attrGet('start') ?? 1) - 1 });
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          lists.pop();
          break;
        case 'list_item_open':
          itemOpen = true;
          out.padTo(fileLine(t));
          break;
        case 'paragraph_open':
          out.padTo(fileLine(t));
          break;
        case 'inline': {
          const content = inlineText(t);
          if (table && row) {
            row.push(content.replace(/\n/g, ' '));
            break;
          }
          const list = lists[lists.length - 1];
          if (list && itemOpen) {
            list.n++;
            out.push(`${list.ordered ? `${list.n}. ` : '・'}${content}`);
            itemOpen = false;
          } else {
            out.push(content);
          }
          break;
        }
        case 'table_open':
          table = [];
          rowsAt = [];
          break;
        case 'tr_open':
          row = [];
          rowsAt.push(fileLine(t));
          break;
        case 'tr_close':
          if (table && row) table.push(row);
          row = undefined;
          break;
        case 'table_close':
          // (the header stands on the delimiter line under it, |---|, so that no blank line parts it from its rows)
          tableRowLines(table ?? []).forEach((line, r) => {
            if (line === undefined) return;
            out.padTo(r === 0 && rowsAt.length > 1 ? rowsAt[1]! - 1 : rowsAt[r]!);
            out.push(line);
          });
          table = undefined;
          break;
        case 'fence':
          // (the fence's own line comes first)
          out.padTo(fileLine(t) + 1);
          out.push(t.content);
          break;
        case 'code_block':
          out.padTo(fileLine(t));
          out.push(t.content);
          break;
        case 'html_block':
          out.padTo(fileLine(t));
          out.push(t.content.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' '));
          break;
        default:
      }
    }
    const { lines, places } = out.finish();
    return { lines, places, layout: 'lines', ...(title !== undefined && { title }), ...(encoding !== 'utf-8' && { encoding }) };
  },
};
