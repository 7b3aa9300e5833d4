// Walks an HTML tree (a saved web page's main content, or a Word file converted by mammoth) into
// lines: headings open a place with their heading path, paragraphs and list items become lines,
// tables become rows written with their header. Markup never reaches the text.
import { parseHTML } from 'linkedom';
import { HeadingPath, LinesBuilder } from './lines-builder.js';
import { tableLines } from './tables.js';

/** The parts of a DOM node the walk reads (linkedom's nodes have them). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'HEAD', 'IMG', 'VIDEO', 'AUDIO', 'MAP']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;

function children(node: DomNode): DomNode[] {
  return Array.from(node.childNodes);
}

/**
 * Collapses whitespace as a browser shows it: a line break of the source between two Japanese
 * characters disappears (CSS segment-break rules), other runs of white space become one space.
 */
export function collapse(text: string): string {
  return text
    .replace(/[ \t\f\u00a0]*[\r\n][ \t\r\n\f\u00a0]*/gu, (m, offset: number, all: string) => (CJK.test(all[offset - 1] ?? '') && CJK.test(all[offset + m.length] ?? '') ? '' : ' '))
    .replace(/[ \t\r\n\f\u00a0]+/gu, ' ')
    .trim();
}

/** Stands for a <br> until the source's own line breaks are collapsed. */
const BREAK = '\u2028';

/** The text of inline content, with <br> as a line break. */
function inlineText(nodes: readonly DomNode[]): string {
  let out = '';
  const visit = (n: DomNode) => {
    if (n.nodeType === TEXT_NODE) out += n.textContent ?? '';
    else if (n.nodeType === ELEMENT_NODE && !SKIP.has(n.nodeName.toUpperCase())) {
      if (n.nodeName.toUpperCase() === 'BR') out += BREAK;
      else children(n).forEach(visit);
    }
  };
  nodes.forEach(visit);
  return out.split(BREAK).map(collapse).filter((l) => l !== '').join('\n');
}

function hasBlock(node: DomNode): boolean {
  return children(node).some((c) => c.nodeType === ELEMENT_NODE && (BLOCK.has(c.nodeName.toUpperCase()) || hasBlock(c)));
}

function tableRows(table: DomNode): string[][] {
  const rows: string[][] = [];
  const visit = (n: DomNode) => {
    const name = n.nodeName.toUpperCase();
    if (name === 'TR') rows.push(children(n).filter((c) => ['TD', 'TH'].includes(c.nodeName.toUpperCase())).map((c) => inlineText(children(c)).replace(/\n/g, ' ')));
    else if (name !== 'TABLE' || n === table) children(n).forEach((c) => c.nodeType === ELEMENT_NODE && visit(c));
  };
  visit(table);
  return rows;
}

/** Walks a DOM subtree into lines and heading-path places. */
export class DomWalker {
  readonly out = new LinesBuilder();
  private readonly headings = new HeadingPath();

  constructor() {
    this.out.place({ heading_path: [] });
  }

  /** Enters a heading: a new place under it, the heading itself its first line. */
  heading(level: number, text: string): void {
    const t = collapse(text.replace(/\n/g, ' '));
    if (t === '') return;
    const path = this.headings.enter(level, t);
    this.out.blank();
    this.out.place({ heading_path: path }, path.join(' > '));
    this.out.push(t);
  }

  walk(node: DomNode, listDepth = 0): void {
    this.walkNodes(children(node), listDepth);
  }

  private walkNodes(nodes: readonly DomNode[], listDepth: number): void {
    let inline: DomNode[] = [];
    const flushInline = () => {
      const text = inlineText(inline);
      if (text !== '') this.out.push(text);
      inline = [];
    };
    for (const child of nodes) {
      if (child.nodeType === TEXT_NODE) {
        inline.push(child);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = child.nodeName.toUpperCase();
      if (SKIP.has(name)) continue;
      if (!BLOCK.has(name) && !hasBlock(child)) {
        inline.push(child);
        continue;
      }
      flushInline();
      this.block(child, name, listDepth);
    }
    flushInline();
  }

  private block(el: DomNode, name: string, listDepth: number): void {
    const h = /^H([1-6])$/.exec(name);
    if (h) return this.heading(Number(h[1]), inlineText(children(el)));
    switch (name) {
      case 'BR':
      case 'HR':
        return;
      case 'TABLE':
        this.out.blank();
        for (const line of tableLines(tableRows(el))) this.out.push(line);
        this.out.blank();
        return;
      case 'UL':
      case 'OL': {
        let n = 0;
        for (const li of children(el)) {
          if (li.nodeType !== ELEMENT_NODE || li.nodeName.toUpperCase() !== 'LI') continue;
          n++;
          const own = children(li).filter((c) => !['UL', 'OL'].includes(c.nodeName.toUpperCase()));
          const marker = name === 'OL' ? `${n}. ` : '・';
          if (!hasBlockList(own)) {
            const text = inlineText(own);
            if (text !== '') this.out.push(`${marker}${text.replace(/\n/g, ' ')}`);
          } else {
            const from = this.out.lines.length;
            this.walkNodes(own, listDepth + 1);
            const first = this.out.lines.findIndex((l, i) => i >= from && l !== '');
            if (first >= 0) this.out.lines[first] = `${marker}${this.out.lines[first]}`;
          }
          for (const sub of children(li)) if (['UL', 'OL'].includes(sub.nodeName.toUpperCase())) this.block(sub, sub.nodeName.toUpperCase(), listDepth + 1);
        }
        if (listDepth === 0) this.out.blank();
        return;
      }
      case 'P':
      case 'PRE':
      case 'DT':
      case 'DD':
      case 'CAPTION':
      case 'FIGCAPTION':
      case 'SUMMARY':
      case 'ADDRESS':
        if (hasBlock(el)) this.walk(el, listDepth);
        else this.out.push(name === 'PRE' ? (el.textContent ?? '') : inlineText(children(el)));
        if (name === 'P' || name === 'PRE') this.out.blank();
        return;
      default:
        this.walk(el, listDepth);
        if (['DIV', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'FIGURE'].includes(name)) this.out.blank();
    }
  }
}

function hasBlockList(nodes: readonly DomNode[]): boolean {
  return nodes.some((c) => c.nodeType === ELEMENT_NODE && (BLOCK.has(c.nodeName.toUpperCase()) || hasBlock(c)));
}

/** Parses an HTML string (a whole page or a fragment) into a document. */
export function parseDocument(html: string): {
  document: DomNode & { body: DomNode; title: string; querySelector(sel: string): DomNode | null; querySelectorAll(sel: string): ArrayLike<DomNode & { remove(): void }> };
} {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped) as unknown as ReturnType<typeof parseDocument>;
}
