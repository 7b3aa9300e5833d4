// PowerPoint decks (.pptx): per slide, its title, the text of its shapes in reading order (top to
// bottom, left to right), its tables (rows with their header) and its speaker notes. Slide numbers,
// dates and footers are dropped. jszip opens the package, fast-xml-parser reads the slide XML.
import JSZip from 'jszip';
import { BadDocumentError } from '../errors.js';
import { LinesBuilder } from './lines-builder.js';
import { at, attr, child, childAt, descendants, kids, readPart, relationships, tagOf, textOf, type XNode } from './ooxml.js';
import { tableLines } from './tables.js';
import type { Loader } from './types.js';

/** Placeholders that repeat on every slide and say nothing of its content. */
const CHROME = new Set(['sldNum', 'dt', 'ftr', 'hdr', 'sldImg']);

interface Shape {
  title: boolean;
  y: number;
  x: number;
  order: number;
  lines: string[];
}

/** A paragraph's text: runs and fields, line breaks kept. */
function paragraphText(p: XNode): string {
  let out = '';
  for (const k of kids(p)) {
    const tag = tagOf(k);
    if (tag === 'a:r' || tag === 'a:fld') out += textOf(child(k, 'a:t'));
    else if (tag === 'a:br') out += '\n';
  }
  return out;
}

function bodyLines(txBody: XNode | undefined): string[] {
  return txBody ? descendants(txBody, 'a:p').map(paragraphText).filter((t) => t.trim() !== '') : [];
}

function offset(xfrm: XNode | undefined): { x: number; y: number } | undefined {
  const off = child(xfrm, 'a:off');
  return off ? { x: Number(attr(off, 'x') ?? 0), y: Number(attr(off, 'y') ?? 0) } : undefined;
}

/** The shapes of a shape tree (groups and alternate content entered), in document order. */
function collectShapes(tree: XNode, out: Shape[] = []): Shape[] {
  for (const k of kids(tree)) {
    const tag = tagOf(k);
    if (tag === 'p:sp') {
      const ph = childAt(k, 'p:nvSpPr', 'p:nvPr', 'p:ph');
      const type = ph ? (attr(ph, 'type') ?? 'body') : undefined;
      if (type !== undefined && CHROME.has(type)) continue;
      const pos = offset(childAt(k, 'p:spPr', 'a:xfrm'));
      const lines = bodyLines(child(k, 'p:txBody'));
      if (lines.length > 0) out.push({ title: type === 'title' || type === 'ctrTitle', y: pos?.y ?? -1, x: pos?.x ?? -1, order: out.length, lines });
    } else if (tag === 'p:graphicFrame') {
      const table = descendants(k, 'a:tbl')[0];
      if (!table) continue;
      const rows = descendants(table, 'a:tr').map((tr) => descendants(tr, 'a:tc').map((tc) => bodyLines(child(tc, 'a:txBody')).join(' ')));
      const pos = offset(child(k, 'p:xfrm'));
      out.push({ title: false, y: pos?.y ?? -1, x: pos?.x ?? -1, order: out.length, lines: tableLines(rows) });
    } else if (tag === 'p:grpSp') {
      collectShapes(k, out);
    } else if (tag === 'mc:AlternateContent') {
      const choice = child(k, 'mc:Choice') ?? child(k, 'mc:Fallback');
      if (choice) collectShapes(choice, out);
    }
  }
  return out;
}

/** The speaker notes of a slide: the body placeholder of its notes slide. */
async function notesLines(zip: JSZip, slidePart: string): Promise<string[]> {
  const rels = await relationships(zip, slidePart);
  const notes = [...rels.values()].find((r) => r.type.endsWith('/notesSlide'));
  if (!notes) return [];
  const tree = at(await readPart(zip, notes.target), 'p:notes', 'p:cSld', 'p:spTree');
  if (!tree) return [];
  return collectShapes(tree)
    .filter((s) => !s.title)
    .flatMap((s) => s.lines);
}

export const pptxLoader: Loader = {
  format: 'pptx',
  extensions: ['pptx', 'pptm', 'ppsx'],
  sizeFactor: 20,
  async load({ source, bytes }) {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (cause) {
      throw new BadDocumentError(source, `cannot be read as a PowerPoint file (${(cause as Error).message}); open it in PowerPoint or LibreOffice and save it again as .pptx`, { cause });
    }
    const presentation = 'ppt/presentation.xml';
    const rels = await relationships(zip, presentation);
    const slideIds = kids(at(await readPart(zip, presentation), 'p:presentation', 'p:sldIdLst') ?? {}).filter((n) => tagOf(n) === 'p:sldId');
    const out = new LinesBuilder();
    let deckTitle: string | undefined;
    for (const [i, sld] of slideIds.entries()) {
      const part = rels.get(attr(sld, 'r:id') ?? '')?.target;
      if (part === undefined) continue;
      const tree = at(await readPart(zip, part), 'p:sld', 'p:cSld', 'p:spTree');
      if (!tree) continue;
      const shapes = collectShapes(tree).sort((a, b) => Number(b.title) - Number(a.title) || a.y - b.y || a.x - b.x || a.order - b.order);
      const title = shapes.find((s) => s.title)?.lines.join(' ').replace(/\s+/g, ' ').trim();
      deckTitle ??= title;
      out.blank();
      out.place({ slide: i + 1 }, title);
      for (const s of shapes) {
        for (const line of s.lines) out.push(line);
        out.blank();
      }
      const notes = await notesLines(zip, part);
      if (notes.length > 0) {
        out.push('［ノート］');
        for (const line of notes) out.push(line);
      }
    }
    const { lines, places } = out.finish();
    return { lines, places, layout: 'lines', ...(deckTitle !== undefined && { title: deckTitle }) };
  },
};
