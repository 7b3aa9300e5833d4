// From lines back to the original: the place (page, slide, sheet and row, heading path) that a
// run of a document's lines stands at, and how a place reads in a citation.
import type { Location, Place } from '../schemas.js';

/** The index of the place holding `line` (places sorted by line), or -1 when none does. */
function placeIndex(places: readonly Place[], line: number): number {
  let lo = 0;
  let hi = places.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]!.line <= line) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Where lines start..end stand in the original: the first place's location, with `*_end` when they run on. */
export function locate(places: readonly Place[] | undefined, start: number, end: number): Location | undefined {
  if (!places || places.length === 0) return undefined;
  const first = placeIndex(places, start);
  const last = placeIndex(places, end);
  if (first < 0 && last < 0) return undefined;
  const from = places[Math.max(first, 0)]!.location;
  const to = places[Math.max(last, 0)]!.location;
  const loc: Location = { ...from };
  if (from.page !== undefined && to.page !== undefined && to.page > from.page) loc.page_end = to.page;
  if (from.slide !== undefined && to.slide !== undefined && to.slide > from.slide) loc.slide_end = to.slide;
  if (from.sheet !== undefined) {
    const rows = places
      .slice(Math.max(first, 0), last + 1)
      .filter((p) => p.location.sheet === from.sheet && p.location.row !== undefined)
      .map((p) => p.location.row!);
    if (rows.length > 0) loc.row = rows[0]!;
    if (rows.length > 1 && rows[rows.length - 1]! > rows[0]!) loc.row_end = rows[rows.length - 1]!;
  }
  return loc;
}

/** A location as a person reads it: "p. 2", "slides 3–4", "sheet 予算, rows 5–9", "§ 第2章 > 予算". */
export function describeLocation(loc: Location | undefined): string {
  if (!loc) return '';
  const range = (a: number, b: number | undefined) => (b !== undefined && b !== a ? `${a}–${b}` : `${a}`);
  if (loc.page !== undefined) return `${loc.page_end !== undefined ? 'pp.' : 'p.'} ${range(loc.page, loc.page_end)}`;
  if (loc.slide !== undefined) return `${loc.slide_end !== undefined ? 'slides' : 'slide'} ${range(loc.slide, loc.slide_end)}`;
  if (loc.sheet !== undefined) return loc.row === undefined ? `sheet ${loc.sheet}` : `sheet ${loc.sheet}, ${loc.row_end !== undefined ? 'rows' : 'row'} ${range(loc.row, loc.row_end)}`;
  if (loc.heading_path && loc.heading_path.length > 0) return `§ ${loc.heading_path.join(' > ')}`;
  return '';
}

/** The key of the unit a place belongs to (page, slide, sheet, section): rows of one sheet share it. */
export function unitKey(loc: Location): string {
  if (loc.page !== undefined) return `p${loc.page}`;
  if (loc.slide !== undefined) return `s${loc.slide}`;
  if (loc.sheet !== undefined) return `x${loc.sheet}`;
  return `h${JSON.stringify(loc.heading_path ?? [])}`;
}

/** A page, slide, sheet or section of a structured document and the lines it holds. */
export interface DocumentPart {
  location: Location;
  line_start: number;
  line_end: number;
}

/** The parts of a structured document in order (rows of a sheet are one part); empty for text. */
export function documentParts(places: readonly Place[] | undefined, lineCount: number): DocumentPart[] {
  const parts: DocumentPart[] = [];
  let key: string | undefined;
  for (const p of places ?? []) {
    const k = unitKey(p.location);
    if (k === key) continue;
    key = k;
    const prev = parts[parts.length - 1];
    if (prev) prev.line_end = p.line - 1;
    const { row: _row, row_end: _rowEnd, ...location } = p.location;
    parts.push({ location, line_start: p.line, line_end: lineCount });
  }
  return parts;
}

/** Where a citation points, for people: "seeds/a.pdf:12-14 (p. 2)", "seeds/b.txt:3-3". */
export function describeCitation(c: { source: string; line_start: number; line_end: number; location?: Location | undefined }): string {
  const at = describeLocation(c.location);
  return `${c.source}:${c.line_start}-${c.line_end}${at ? ` (${at})` : ''}`;
}
