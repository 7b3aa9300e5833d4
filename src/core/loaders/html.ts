// Saved web pages (.html): the page's main content by Mozilla's Readability over a linkedom DOM,
// after navigation, banners, sidebars and footers are removed; headings are kept as heading paths.
import { Readability } from '@mozilla/readability';
import { BadDocumentError } from '../errors.js';
import { decodeText } from './decode.js';
import { collapse, DomWalker, parseDocument, type DomNode } from './dom-lines.js';
import type { Loader } from './types.js';

/** Page chrome that is never the content. */
const CHROME = 'nav, footer, aside, form, [role=navigation], [role=contentinfo], [role=banner], [role=complementary], [role=search], body > header, [hidden], [aria-hidden=true]';

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

/** Decodes a page by the charset it declares, else as any text file. */
function decodeHtml(source: string, bytes: Uint8Array): { text: string; encoding: string } {
  const declared = CHARSET.exec(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'))?.[1];
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) {
    try {
      const decoder = new TextDecoder(declared, { fatal: true });
      return { text: decoder.decode(bytes), encoding: decoder.encoding };
    } catch {
      // an unknown or wrong label: detect instead
    }
  }
  return decodeText(source, bytes);
}

function textLength(node: DomNode | null | undefined): number {
  return (node?.textContent ?? '').replace(/\s+/g, '').length;
}

export const htmlLoader: Loader = {
  format: 'html',
  extensions: ['html', 'htm', 'xhtml'],
  sizeFactor: 4,
  async load({ source, bytes }) {
    const { text, encoding } = decodeHtml(source, bytes);
    const withoutChrome = () => {
      const { document } = parseDocument(text);
      for (const el of Array.from(document.querySelectorAll(CHROME))) el.remove();
      return document;
    };
    const document = withoutChrome();
    const pageTitle = collapse(document.title ?? '');
    const bodyLength = textLength(document.body);
    let content: DomNode = document.body;
    let title = pageTitle;
    const main = document.querySelector('main, [role=main], article');
    if (main && textLength(main) >= bodyLength * 0.5) {
      // the page marks its main content: taken as it stands, heading levels intact
      content = main;
    } else {
      // else Readability finds it; it rewrites the tree it is given, so it gets a second copy
      const article = new Readability(withoutChrome() as never, { charThreshold: 100 }).parse();
      if (article?.content) {
        const { document: found } = parseDocument(article.content);
        for (const el of Array.from(found.querySelectorAll(CHROME))) el.remove();
        // Readability sometimes keeps too little of a short page: then the page without its chrome
        if (textLength(found.body) >= bodyLength * 0.6) {
          content = found.body;
          title = collapse(article.title ?? '') || pageTitle;
        }
      }
    }
    const walker = new DomWalker();
    const h1 = (content as unknown as { querySelector(s: string): DomNode | null }).querySelector('h1');
    // the page's own h1 is its title; without one, the title heads the content
    if (h1) title = collapse(h1.textContent ?? '') || title;
    else if (title !== '') walker.heading(1, title);
    walker.walk(content);
    const { lines, places } = walker.out.finish();
    if (lines.every((l) => l.trim() === '')) throw new BadDocumentError(source, 'the page holds no text once navigation and footers are removed; save the page with its content, or as PDF');
    return { lines, places, layout: 'lines', ...(title !== '' && { title }), ...(encoding !== 'utf-8' && { encoding }) };
  },
};
