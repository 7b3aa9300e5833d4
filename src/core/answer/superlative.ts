// Which row of a table has the most or the least of what is asked (交付決定額が一番少なかった企業, 予算が一番
// 多かったのは何年度, "the most adoptions"): the rows of a table the search found are compared in the column
// asked (or a table read across, its year columns; or the several a sentence counts by name, 仙台圏5件、…), and
// the one that wins is named with the lines that show it (its row and the header above it); on a tie, each of them.
import { findYearMentions } from '../era.js';
import type { Citation } from '../schemas.js';
import { normalizeText } from '../text/normalize.js';
import { findAmounts } from '../catalogue/money.js';
import { rowLineCells } from '../loaders/tables.js';
import { pickedRows } from './lists.js';
import { termIn, type AnswerQuery } from './question.js';
import { lineCells, NUMBER_CELL, TOTAL_ROW } from './tables.js';
import { matchKey } from './units.js';

/** A ranking asked of a quantity: the most (一番多い, 最も大きい, 最多, most) or the least (一番少ない, 最少, fewest). */
const MOST = /(?:一番|いちばん|最も|もっとも)(?:多|大き|高)|最多|\b(?:most|largest|highest|biggest)\b/iu;
const LEAST = /(?:一番|いちばん|最も|もっとも)(?:少な|小さ|低)|最少|\b(?:least|fewest|smallest|lowest)\b/iu;
/** How near a ranking a word for a grade makes it one by grade (characters either side). */
const GRADE_REACH = 6;
/** A ranking by grade or score (一番高い評価, 一番いい点, highest grade): the evaluation's letters rank it, not a column of numbers. */
const BY_GRADE = /評価|ランク|評点|点数|点を|点が|\bgrades?\b|\bratings?\b|\bscores?\b/iu;

/** A ranking that names a year (一番多かったのは何年度, どの年度, which year): the rows compared are years. */
const YEAR_NAMED = /何年度|どの年度|何年|いつ|\b(?:which|what) (?:fiscal )?year\b/iu;
/** The kind of thing a ranking names, written after it (一番少なかった企業, 最も多い分野) or as what it ranks among (理由で一番多かったのは). */
const KIND_AFTER = /(?:一番|いちばん|最も|もっとも)(?:多|大き|高|少な|小さ|低)(?:かった|い)([\p{Script=Han}\p{Script=Katakana}ー]{2,6})/u;
const KIND_AMONG = /([\p{Script=Han}\p{Script=Katakana}ー]{2,6})(?:で|の中で|のうち)(?:一番|いちばん|最も|もっとも)/u;

/** An English ranking that names a kind of thing: "which of the four areas", "which company". */
const WHICH_KIND = /\bwhich\s+(?:of\s+the\s+)?(?:\w+\s+)?(?!year)[a-z]+s?\b/iu;

/** What a ranking asks to be named: years, a kind of thing (企業, 分野; in English a thing but no year), or anything (undefined). */
function namedKind(question: string): string | undefined {
  const q = normalizeText(question);
  // (not a year it ranks in: 令和5年度で一番多かった企業)
  const among = KIND_AMONG.exec(q)?.[1];
  return YEAR_NAMED.test(q) ? YEAR : (KIND_AFTER.exec(q)?.[1] ?? (among && !/年度?$/u.test(among) ? among : undefined) ?? (WHICH_KIND.test(q) ? THING : undefined));
}
const YEAR = 'year';
const THING = 'thing';
/** A row that sums or is part of the others (合計, 採択計, うち重点型): no row of its own. */
const SUM_ROW = /計$|^うち/u;
/** A column of sums over the years (計, 合計, 累計). */
const SUM_COLUMN = /^(?:合|累|総)?計$/u;

/** A ranking, then what is asked of the one ranked first: …一番少なかった地域は、中間評価でどうなった？, …一番少なかった圏域はどこで、その圏域で… */
const RANKED_THEN = new RegExp(`^(.*?${KIND_AFTER.source})(?:は(?:どこ|どれ)(?:で|か)?|は|について|と)[、,]\\s*(.{4,})$`, 'u');

/** The two parts of a question asking which has the most or least and then something of it: which (…地域は？), and the rest. */
export function rankedThen(question: string): [string, string] | undefined {
  const m = RANKED_THEN.exec(question.trim());
  return m && rankingAsked(m[1]!) !== undefined ? [`${m[1]!}は？`, m[3]!] : undefined;
}

/** Whether a question asks which has the most (true) or the least (false) of a quantity; undefined when it asks neither. */
export function rankingAsked(question: string): boolean | undefined {
  const q = normalizeText(question);
  const most = MOST.exec(q);
  const least = LEAST.exec(q);
  const found = most ?? least;
  if (!found || (most && least)) return undefined;
  // (a grade or score next to it ranks by grade: 評価が一番低い, 一番高い評価; a grade asked elsewhere does not: …地域は、中間評価でどうなった)
  const near = q.slice(Math.max(0, found.index - GRADE_REACH), found.index + found[0].length + GRADE_REACH);
  return BY_GRADE.test(near) ? undefined : most !== null;
}

/** What a ranking asks: the most or the least, and what it names (years, a kind of thing, or anything). */
interface Asked {
  most: boolean;
  kind: string | undefined;
}

/** The winning row of a table, as the answer states it. */
export interface Ranked {
  /** What the row is (its name cell), or the header's label of the column that wins in a table read across; on a tie, each. */
  names: string[];
  /** What the value is: the column's label (in a table read across, the row's); none for a sentence's count. */
  label: string | undefined;
  value: string;
  most: boolean;
  citations: Citation[];
}

/** One cell of a row, with the label its header or the row itself gives it. */
interface Cell {
  text: string;
  label: string | undefined;
}

/** A table: its rows (line numbers, 1-based) and the header line above them, if it has one. */
interface Table {
  header: { line: number; labels: string[] } | undefined;
  rows: { line: number; cells: Cell[] }[];
  /** The lines just above it (a heading: ２．交付額の推移): what its values are of. */
  above: string;
}

/** The lines above a table (blank ones aside) read as what it is of. */
const ABOVE_LINES = 2;
/** A table has at least this many rows compared. */
const MIN_ROWS = 2;
/** A table that starts this many lines below a passage found (under the heading it found) is read too. */
const REACH = 3;
/** A column of a row's number, not of a value: No., 番号. */
const NUMBERING = /^(?:no\.?|番号|#|順位|整理番号)$/iu;

/**
 * The cells of a line of a table, each with the label the line itself gives it: as the loaders write a row with its header
 * (事業名：X / 年度：2024 / 予算額：3億円) and the header itself, or as a text file sets cells apart.
 */
function cellsOf(line: string): Cell[] {
  return rowLineCells(line) ?? lineCells(line).map((text) => ({ text: text.trim(), label: undefined }));
}

const isNumber = (cell: string) => NUMBER_CELL.test(normalizeText(cell).trim());
const isRow = (cells: readonly Cell[]) => cells.length >= 2 && cells.some((c) => isNumber(c.text));

/** The table whose rows stand on or next to line `at` of `lines` (1-based), if one does. */
function tableAt(lines: readonly string[], at: number): Table | undefined {
  const rowAt = (n: number) => {
    const cells = n >= 1 && n <= lines.length ? cellsOf(lines[n - 1]!) : [];
    return isRow(cells) ? cells : undefined;
  };
  if (!rowAt(at)) return undefined;
  // (a cell wrapped onto a line of its own stands between two rows: 地域イノベーション戦略支援プログラム under 知的クラスター（第Ⅰ期・第Ⅱ期）)
  const wrapped = (n: number) => n >= 1 && n <= lines.length && lines[n - 1]!.trim() !== '' && cellsOf(lines[n - 1]!).length === 1;
  const next = (n: number, step: number) => (rowAt(n + step) ? n + step : wrapped(n + step) && rowAt(n + 2 * step) ? n + 2 * step : undefined);
  let first = at;
  for (let n = next(first, -1); n !== undefined; n = next(n, -1)) first = n;
  let last = at;
  for (let n = next(last, 1); n !== undefined; n = next(n, 1)) last = n;
  const rows = [];
  for (let n = first; n <= last; n++) {
    const cells = rowAt(n);
    if (cells) rows.push({ line: n, cells });
  }
  const headCells = first > 1 ? cellsOf(lines[first - 2]!) : [];
  const header = headCells.length >= 2 && !headCells.some((c) => isNumber(c.text)) ? { line: first - 1, labels: headCells.map((c) => c.text) } : undefined;
  const above = lines
    .slice(0, first - 1)
    .filter((l) => l.trim() !== '')
    .slice(-ABOVE_LINES - (header ? 1 : 0))
    .join(' ');
  return { header, rows, above };
}

/** The line `n` (1-based) of a document, cited whole. */
const lineCitation = (source: string, lines: readonly string[], n: number): Citation => ({ source, line_start: n, line_end: n, quote: lines[n - 1]!.trim() });

/** Those of several values that are the most (or the least): one, or those tied. */
function winners<T extends { v: number }>(values: readonly T[], most: boolean): T[] {
  const best = values.reduce((a, b) => ((most ? b.v > a.v : b.v < a.v) ? b : a));
  return values.filter((x) => x.v === best.v);
}

/** A number as it compares: yen where it is an amount (５，０００万円, 2億2,200万円), else the figure itself. */
function numberOf(cell: string): number | undefined {
  const text = normalizeText(cell).trim();
  const yen = findAmounts(text)[0];
  if (yen) return yen.money.yen;
  const m = /^([△▲\-－])?\s*([0-9][0-9,]*(?:\.[0-9]+)?)/u.exec(text);
  return m ? Number(m[2]!.replace(/,/gu, '')) * (m[1] ? -1 : 1) : undefined;
}

/** A label without its unit in brackets: 交付決定額（千円） → 交付決定額. */
const bare = (label: string) => normalizeText(label).replace(/[（(][^）)]*[）)]/gu, '').trim();

/** Words of the question (its terms, and for an English one their Japanese) that a text holds. */
function asks(q: AnswerQuery, text: string): boolean {
  const key = matchKey(text);
  return [...q.groups, ...q.translated].some((g) => g.alts.some((a) => Array.from(a).length >= 2 && termIn(a, key)));
}

/** The one fiscal year the question names, if it names exactly one. */
function yearAsked(question: string): number | undefined {
  const years = [...new Set(findYearMentions(question).map((m) => m.year))];
  return years.length === 1 ? years[0] : undefined;
}

/** The column compared: of the year asked, labelled with a word the question uses, or the only column of numbers. */
function columnOf(q: AnswerQuery, labels: readonly (string | undefined)[], numeric: readonly number[]): number | undefined {
  const year = yearAsked(q.question);
  // (over a span of years, 2021年度から2024年度まで: the column that sums them)
  const sums = numeric.filter((j) => SUM_COLUMN.test(bare(labels[j] ?? '')));
  if (findYearMentions(q.question).length >= 2 && sums.length === 1) return sums[0];
  const ofYear = numeric.filter((j) => year !== undefined && findYearMentions(labels[j] ?? '').some((m) => m.year === year));
  if (ofYear.length === 1) return ofYear[0];
  const text = normalizeText(q.question);
  // (a label the question writes out, 採択件数, before one it shares a word with, 応募件数; the longest first)
  const label = (j: number) => bare(labels[j] ?? '');
  const longest = (js: number[]) => js.sort((a, b) => label(b).length - label(a).length)[0];
  const written = numeric.filter((j) => label(j) !== '' && text.includes(label(j)));
  if (written.length > 0) return longest(written);
  const shared = numeric.filter((j) => label(j) !== '' && asks(q, labels[j]!));
  if (shared.length > 0) return longest(shared);
  return numeric.length === 1 ? numeric[0] : undefined;
}

/** The row that wins a table, its rows compared in the column asked (rows the question picks by a value of theirs only). */
function rankRows(q: AnswerQuery, table: Table, { most, kind }: Asked, source: string, lines: readonly string[]): Ranked | undefined {
  const width = Math.max(...table.rows.map((r) => r.cells.length));
  const labelAt = (j: number) => table.header?.labels[j] ?? table.rows.find((r) => r.cells[j]?.label)?.cells[j]?.label;
  const labels = Array.from({ length: width }, (_, j) => labelAt(j));
  // (a total row is no row of its own; 合計 sums them)
  // (nor one whose 区分 cell says it sums the others: 新,R5,2023,計,55000)
  const sums = (r: Table['rows'][number]) => TOTAL_ROW.test(r.cells[0]!.text) || SUM_ROW.test(normalizeText(r.cells[0]!.text).trim()) || r.cells.some((c) => SUM_COLUMN.test(bare(c.text).replace(/\s/gu, '')));
  const rows = table.rows.filter((r) => !sums(r));
  const picked = pickedRows(q.question, rows.map((r) => r.cells.map((c) => c.text))).map((i) => rows[i]!);
  // (a column of the rows' own numbers, No. 1, 2, 3, is no value)
  const at = (i: number, j: number) => numberOf(picked[i]!.cells[j]?.text ?? '');
  const numbered = (j: number) => NUMBERING.test(bare(labels[j] ?? '')) || picked.every((_, i) => i === 0 || at(i, j) === at(i - 1, j)! + 1);
  const numeric = labels.map((_, j) => j).filter((j) => j > 0 && picked.filter((r) => isNumber(r.cells[j]?.text ?? '')).length * 3 >= picked.length * 2 && !numbered(j));
  const column = columnOf(q, labels, numeric);
  if (column === undefined || !asks(q, `${table.above} ${labels[column] ?? ''} ${labels.join(' ')}`)) return undefined;
  const valued = picked.flatMap((r) => {
    const v = isNumber(r.cells[column]?.text ?? '') ? numberOf(r.cells[column]!.text) : undefined;
    return v === undefined ? [] : [{ r, v }];
  });
  if (valued.length < MIN_ROWS) return undefined;
  const won = winners(valued, most);
  const best = won[0]!;
  // (the row's name: its first cell of words that differs from row to row, 企業名 rather than the タイプ they share; of the
  // kind asked, by its header's label, or a year where years are asked)
  const isYear = (j: number) => valued.every(({ r }) => findYearMentions(r.cells[j]?.text ?? '').length > 0);
  const label = (j: number) => bare(labels[j] ?? '');
  const ofKind = (j: number) =>
    kind === undefined || (kind === YEAR ? isYear(j) : kind === THING ? !isYear(j) : label(j) !== '' && (label(j).includes(kind) || (Array.from(label(j)).length >= 2 && kind.includes(label(j)))));
  const names = Array.from({ length: width }, (_, j) => j).filter((j) => j !== column && !isNumber(best.r.cells[j]?.text ?? '') && new Set(valued.map(({ r }) => r.cells[j]?.text)).size === valued.length);
  const nameAt = names.find(ofKind);
  if (nameAt === undefined || won.some(({ r }) => !r.cells[nameAt]?.text)) return undefined;
  const cited = [...(table.header ? [table.header.line] : []), ...won.map(({ r }) => r.line)].map((n) => lineCitation(source, lines, n));
  return { names: won.map(({ r }) => r.cells[nameAt]!.text), label: labels[column], value: best.r.cells[column]!.text, most, citations: cited };
}

/**
 * A table read across (年度　H30　R1　R2 over 予算額(百万円)　200　320　335): the columns are years, and the row asked
 * (labelled with a word the question uses) wins in the column with its most or least.
 */
function rankColumns(q: AnswerQuery, table: Table, { most, kind }: Asked, source: string, lines: readonly string[]): Ranked | undefined {
  const labels = table.header?.labels ?? [];
  const years = labels.map((l, j) => j > 0 && !SUM_COLUMN.test(bare(l)) && findYearMentions(l).length > 0);
  if (!table.header || years.filter(Boolean).length < 3 || (kind !== undefined && kind !== YEAR)) return undefined;
  const row = table.rows.find((r) => asks(q, r.cells[0]!.text));
  if (!row) return undefined;
  const valued = row.cells.flatMap((c, j) => (years[j] && isNumber(c.text) ? [{ j, v: numberOf(c.text)! }] : []));
  if (valued.length < MIN_ROWS) return undefined;
  const won = winners(valued, most);
  return { names: won.map(({ j }) => labels[j]!), label: row.cells[0]!.text, value: row.cells[won[0]!.j]!.text, most, citations: [table.header.line, row.line].map((n) => lineCitation(source, lines, n)) };
}

/** The document a passage found stands in: its source and lines. */
export interface FoundPassage {
  source: string;
  lines: readonly string[];
  line_start: number;
  line_end: number;
}

/** How many of the question's words a table's header, the lines above it and its rows' labels hold: how much it is what is asked. */
function aboutAsked(q: AnswerQuery, table: Table): number {
  const key = matchKey(`${table.above} ${table.header?.labels.join(' ') ?? ''} ${table.rows.map((r) => r.cells.map((c) => c.label ?? '').join(' ')).join(' ')}`);
  return [...q.groups, ...q.translated].filter((g) => g.alts.some((a) => Array.from(a).length >= 2 && termIn(a, key))).length;
}

/** The row (or the year) with the most or least of what is asked, from the table of the passages found most about it (the first, of those alike). */
export function rankedRow(q: AnswerQuery, passages: readonly FoundPassage[]): Ranked | undefined {
  const most = rankingAsked(q.question);
  if (most === undefined) return undefined;
  const asked: Asked = { most, kind: namedKind(q.question) };
  const seen = new Set<string>();
  let best: { ranked: Ranked; about: number } | undefined;
  for (const p of passages) {
    const from = Math.max(1, p.line_start);
    const to = Math.min(p.lines.length, p.line_end + REACH);
    for (let n = from; n <= to; n++) {
      const table = tableAt(p.lines, n);
      if (!table) continue;
      const key = `${p.source}:${table.rows[0]!.line}`;
      n = table.rows.at(-1)!.line;
      if (seen.has(key)) continue;
      seen.add(key);
      const ranked = rankRows(q, table, asked, p.source, p.lines) ?? rankColumns(q, table, asked, p.source, p.lines);
      const about = aboutAsked(q, table);
      if (ranked && (!best || about > best.about)) best = { ranked, about };
    }
    // (or a sentence that counts several by name: 圏域別では仙台圏5件、沿岸3件、県北2件、仙南1件)
    for (let n = from; n <= Math.min(p.lines.length, p.line_end) && !best; n++) {
      const ranked = rankCounted(p.lines[n - 1]!, asked, lineCitation(p.source, p.lines, n));
      if (ranked) best = { ranked, about: 0 };
    }
  }
  return best?.ranked;
}

/** One of several named and counted in a row, 、 between them: 仙台圏5件, 沿岸（石巻・気仙沼）3件, 島しょ部1件 (a name, then its figure and unit). */
const COUNTED = /(?<=^|[、，,。\s])([^、，,。\s0-9０-９]{1,24}?)\s*([0-9０-９][0-9０-９,，.．]*\s*(?:件|社|人|名|地域|拠点|か所|億円|万円|千円|円))/gu;
/** What leads into the first name of such a run: 地域別では東部4件 → 東部. */
const COUNTED_LEAD = /^.*?(?:では|は)/u;
/** What stands between two of those counted: 、 and spaces. */
const BETWEEN_COUNTED = /^[、，,\s]*$/u;
/** A sentence counts at least this many by name to be ranked. */
const MIN_COUNTED = 3;

/** The one a sentence counting several by name (of the kind asked, which the sentence names) gives the most or least. */
function rankCounted(line: string, { most, kind }: Asked, citation: Citation): Ranked | undefined {
  const text = normalizeText(line);
  // (the sentence names the kind, or counts by it: 地域別では for 地域区分)
  const byKind = kind !== undefined && (text.includes(kind) || text.includes(`${Array.from(kind).slice(0, 2).join('')}別`));
  if (kind === undefined || kind === THING || (kind !== YEAR && !byKind)) return undefined;
  // (the longest run of them set one after another)
  let run: RegExpMatchArray[] = [];
  let items: RegExpMatchArray[] = [];
  for (const m of text.matchAll(COUNTED)) {
    const last = run.at(-1);
    run = last && BETWEEN_COUNTED.test(text.slice(last.index! + last[0].length, m.index)) ? [...run, m] : [m];
    if (run.length > items.length) items = run;
  }
  const counted = items.map((m) => ({ name: m[1]!.replace(COUNTED_LEAD, ''), value: m[2]!, v: numberOf(m[2]!) ?? NaN }));
  // (all in one unit, and of years where years are asked)
  const units = new Set(counted.map((i) => i.value.replace(/[0-9,.\s]/gu, '')));
  if (counted.length < MIN_COUNTED || units.size !== 1 || counted.some((i) => Number.isNaN(i.v))) return undefined;
  if (kind === YEAR && !counted.every((i) => findYearMentions(i.name).length > 0)) return undefined;
  const won = winners(counted, most);
  return { names: won.map((i) => i.name), label: undefined, value: won[0]!.value, most, citations: [citation] };
}

/** The sentence that states a ranked row: 最も少ないのは(株)東城メディカルテック（交付決定額（千円）：1,600）; those tied, each (AとB). */
export function rankedSentence(r: Ranked, en: boolean): string {
  const value = r.label ? `${r.label}${en ? ': ' : '：'}${r.value}` : r.value;
  const names = r.names.join(en ? ' and ' : 'と');
  return en ? `${r.most ? 'Highest' : 'Lowest'}: ${names} (${value}${r.names.length > 1 ? ', tied' : ''})` : `最も${r.most ? '多い' : '少ない'}のは${names}（${value}${r.names.length > 1 ? '、同数' : ''}）`;
}
