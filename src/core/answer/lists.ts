// Lists in the documents, for questions that ask which regions, universities or projects: a
// bulleted or one-a-line list under its heading (○山形県地域…, ・富山県…, 筑波大学 / 東京農工大学),
// or a sentence that names several in brackets (「三重・伊勢湾岸エリア」・「びわこ南部エリア」,
// ３地域（富山・高岡、名古屋、徳島）). A list comes whole, with its heading, every line cited.
import { findYearMentions } from '../era.js';
import { normalizeText } from '../text/normalize.js';
import { GRADE_CELL, spacedCells } from './tables.js';
import type { AnswerUnit } from './units.js';

/** A list a unit belongs to (or names), with what stands over it. */
export interface ListEvidence {
  /** The section heading above the list (３．採択地域一覧), if any. */
  heading?: AnswerUnit | undefined;
  /** The line or sentence the list stands under (以下の１２件を採択した。), if any. */
  lead?: AnswerUnit | undefined;
  /** Its entries in order (one unit for a sentence that names them). */
  items: AnswerUnit[];
  /** How many entries. */
  size: number;
  /** Fiscal years its heading, lead and the document's title give: the year the list is of. */
  years: number[];
}

/** A count of entries the question states: 「５地域はどこ」, 「２３事業の一覧」, 「１０件の…名称」. */
export function statedCount(question: string): number | undefined {
  const m = /([0-9]+)\s*(?:つの|か所の|ヶ所の)?\s*(?:地域|件|県|都市|市|大学|拠点|事業|機関|プロジェクト|団体|社|ハブ|エリア|ネットワーク)/u.exec(normalizeText(question).replace(/[0-9]{4}\s*年度?|(?:平成|令和|昭和)\s*[0-9元]+\s*年度?/gu, ''));
  return m ? Number(m[1]) : undefined;
}

/** The grade a question asks the entries of (Ｃ評価になったのは, 評価がAだった地域, で S だった, で総合Ｓだった, で唯一Ｓだった, received an A grade). */
export function askedGrade(question: string): string | undefined {
  const m = /(?<![A-Za-z])([SABC])\s*評価|評価(?:が|で|は)\s*([SABC])(?![A-Za-z])|(?:で|が)\s*(?:唯一の?|総合(?:評価)?(?:で|が|は)?)?\s*([SABC])\s*(?:だった|となった|になった|がついた|を(?:受け|得))|\ban?\s+([SABC])(?:\s+|-)(?:grade|rating)|\b(?:graded|rated)\s+([SABC])\b|\b(?:got|get|gets|received|receive|earned|was given|were given|awarded)\s+(?:the\s+only\s+|only\s+|an?\s+|the\s+)?([SABC])\b(?!\s*(?:&|and))/u.exec(normalizeText(question));
  return m ? m.slice(1).find((g) => g !== undefined) : undefined;
}

/** The grades a table row gives in cells of their own (…　Ａ　　Ｓ), in order. */
export function rowGrades(text: string): string[] {
  return text.split(/\s+/u).filter((c) => GRADE_CELL.test(c)).map((c) => normalizeText(c).charAt(0));
}

/** The grade a table row gives in a cell of its own (…　Ｂ), if any: its first. */
export function rowGrade(text: string): string | undefined {
  return rowGrades(text)[0];
}

/** How far above a row its table's header may stand, in units (the rows between, a line of sub-labels). */
const HEADER_REACH = 12;

/**
 * The column of a graded table's header a question asks the grade from: the label it names
 * (事後評価, 総合評価 as 総合, （参考）中間評価 as 中間評価; of two, the one named nearer the grade asked),
 * else the 総合 column; undefined when the header has neither.
 */
export function gradeColumn(header: string, question: string): number | undefined {
  const q = normalizeText(question);
  const labels = spacedCells(header).map((l) => normalizeText(l).replace(/[（(][^）)]*[）)]/gu, '').replace(/(?:評価|結果)$/u, ''));
  const named = labels
    .map((label, i) => ({ i, at: Array.from(label).length >= 2 && i > 0 ? q.lastIndexOf(label) : -1 }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => b.at - a.at)[0];
  if (named) return named.i;
  const overall = labels.findIndex((l, i) => i > 0 && l.startsWith('総合'));
  return overall > 0 ? overall : undefined;
}

/**
 * The grade a row of one of a document's tables gives in the column the question asks (see
 * gradeColumn): the header is the line above with as many cells and no grade; a row under no such
 * header gives its first grade.
 */
export function askedRowGrade(doc: readonly AnswerUnit[], question: string): (unit: AnswerUnit) => string | undefined {
  // (a whole document's rows are read against the same lines above them: where each unit stands, and its cells, once)
  const position = new Map(doc.map((u, i) => [u.id, i]));
  const cellsAt: string[][] = [];
  const cellsOf = (i: number) => (cellsAt[i] ??= spacedCells(doc[i]!.text));
  return (unit) => {
    const cells = spacedCells(unit.text);
    const at = position.get(unit.id) ?? -1;
    for (let i = at - 1; cells.length >= 3 && i >= 0 && i >= at - HEADER_REACH; i--) {
      const head = cellsOf(i);
      if (head.length !== cells.length || head.some((c) => GRADE_CELL.test(c))) continue;
      const column = gradeColumn(doc[i]!.text, question);
      if (column === undefined) break;
      const cell = cells[column];
      return cell !== undefined && GRADE_CELL.test(cell) ? normalizeText(cell).charAt(0) : undefined;
    }
    return entryGrade(unit.text);
  };
}

/** One grade label and what follows it up to the next: Ｓ：つくば・土浦, Ａ評価：札幌・江別、熊本・菊陽. */
const GRADE_SEGMENT = /(?<![A-Za-z])([SABCDE])\s*(?:評価)?\s*[:：]\s*(.+?)(?=\s*(?<![A-Za-z])[SABCDE]\s*(?:評価)?\s*[:：]|$)/gu;
/** A place or body named under a grade: short, no sentence, not ending as a phrase does (計画どおり, 一部遅れ). */
const LABELLED_NAME = /^[^\s。0-9]{2,15}$/u;

/**
 * The names a line gives under each of three or more grade labels (Ｓ：つくば・土浦　　Ａ：札幌・江別、熊本・菊陽　　Ｂ：…),
 * by grade; empty when it labels fewer, or when what a label says is no list of names (Ｓ：計画を上回る is a scale's legend).
 */
export function gradeLabelledNames(text: string): Map<string, string[]> {
  const segments = [...normalizeText(text).trim().matchAll(GRADE_SEGMENT)];
  const named = segments.map((m) => [m[1]!, m[2]!.split(/[、，,]|\s{2,}/u).map((x) => x.trim()).filter((x) => x !== '')] as const);
  const names = (ns: readonly string[]) => ns.length > 0 && ns.every((n) => LABELLED_NAME.test(n) && !/\p{Script=Hiragana}$/u.test(n));
  return segments.length >= 3 && named.every(([, ns]) => names(ns)) ? new Map(named) : new Map();
}

/** A sheet's rows are picked by a value of theirs the question names only when there are at least this many. */
const MIN_PICKED_FROM = 4;
/** A cell a question may name to pick rows by: a short word or code (寒冷地, 実装, R5), not a number or a sentence. */
const PICKING_CELL = /^(?![0-9０-９,，.．]+$)[^\s。]{2,10}$/u;

/**
 * The rows of a sheet the question picks out by values it names in their columns (R5 and 寒冷地 of
 * 「R5に寒冷地実証枠で採択された事業者」, a fiscal year however written): the rows holding every value so
 * named; all of them when it names none. A column counts only where its values repeat and differ.
 */
export function rowsPicked(question: string, rows: readonly AnswerUnit[]): AnswerUnit[] {
  return pickedRows(question, rows.map((u) => spacedCells(u.text))).map((i) => rows[i]!);
}

/** The indices of the rows, given as their cells, that a question picks as rowsPicked does (all of them when it picks none). */
export function pickedRows(question: string, rows: readonly (readonly string[])[]): number[] {
  const cells = rows.map((r) => r.map((c) => normalizeText(c)));
  // (a row's last cells may be blank: 備考 left empty)
  const width = Math.min(...cells.map((r) => r.length));
  const all = rows.map((_, i) => i);
  if (rows.length < MIN_PICKED_FROM || width < 3) return all;
  const q = normalizeText(question);
  const years = new Set(findYearMentions(q).map((m) => m.year));
  const named = (cell: string) => PICKING_CELL.test(cell) && (q.includes(cell) || findYearMentions(cell).some((m) => years.has(m.year)));
  let picked = all;
  for (let j = 0; j < width; j++) {
    const values = new Set(cells.map((r) => r[j]!));
    if (values.size < 2 || values.size === rows.length) continue;
    const asked = [...values].filter(named);
    if (asked.length > 0) picked = picked.filter((i) => asked.includes(cells[i]![j]!));
  }
  return picked.length > 0 ? picked : all;
}

/** A grade that labels the names after it: ●Ｓ評価：浜松地域（静岡県）、山梨地域（山梨県）, 【Ａ】… */
const GRADE_LABEL = /^[^\p{L}\p{N}]?\s*[【［\[]?([SABC])\s*(?:評価)?\s*[】］\]:：]/u;

/** The grade an entry gives: in a cell of its own (a table row), or as the label of the names after it. */
export function entryGrade(text: string): string | undefined {
  return rowGrade(text) ?? GRADE_LABEL.exec(normalizeText(text).trim())?.[1];
}

/** How many names a sentence gives in brackets: 「A」・「B」, or （A、B、C）. */
export function enumerated(text: string): number {
  const quoted = (text.match(/「[^「」]{2,30}」/gu) ?? []).length;
  let listed = 0;
  for (const m of text.matchAll(/[（(]([^（）()]{2,80})[）)]/gu)) {
    const parts = m[1]!.split(/[、，,]/u).filter((p) => p.trim() !== '');
    if (parts.length >= 2 && parts.every((p) => Array.from(p.trim()).length <= 15 && !/[0-9０-９]/u.test(p))) listed = Math.max(listed, parts.length);
  }
  return Math.max(quoted >= 2 ? quoted : 0, listed);
}

/** A name in a run of names a sentence sets apart by 、: no clause (no particle-ending run, no bracket, no sentence end). */
const RUN_NAME = '[^、。，,「」（）()\\s]{1,15}';
/** A run of two or more such names, and the names of one. */
const NAME_RUN = `(?:${RUN_NAME}[、，,])+${RUN_NAME}`;
const runNames = (run: string) => run.split(/[、，,]/u);

/**
 * The names a sentence sets before their count (札幌・江別、函館、帯広・十勝の3エリアが…指定された): the last
 * as many as it counts, in `nouns` (エリア, 地域); undefined when it sets none so, or fewer than it counts.
 */
export function namesBeforeCount(text: string, nouns: string): string[] | undefined {
  const m = new RegExp(`(${NAME_RUN})の\\s*([0-9]+)\\s*(?:つの)?\\s*(?:${nouns})`, 'u').exec(normalizeText(text));
  if (!m) return undefined;
  const names = runNames(m[1]!);
  const count = Number(m[2]);
  return count >= 2 && names.length >= count ? names.slice(-count) : undefined;
}

/**
 * The names a labelled line sets apart by 、 after its label (③ 参画大学等　富山大学、富山県立大学、富山高専), when the
 * label names the kind asked (`nouns`: 大学); undefined for any other line.
 */
export function labelledNames(text: string, nouns: string): string[] | undefined {
  const m = new RegExp(`^\\s*(?:[①-⑳]|[(（]?[0-9]+[)）.．]?)?\\s*([^\\s、。:：]{1,12})(?:\\s+|[:：]\\s*)(${NAME_RUN})\\s*$`, 'u').exec(normalizeText(text));
  return m && new RegExp(nouns, 'u').test(m[1]!) ? runNames(m[2]!) : undefined;
}

/** How far above a list's lead what introduces it may stand: units, and lines from the lead. */
const INTRO_UNITS = 2;
const INTRO_LINES = 4;

const yearsOf = (units: readonly (AnswerUnit | undefined)[]) => [...new Set(units.flatMap((u) => (u ? findYearMentions(u.text).map((m) => m.year) : [])))];

/**
 * The list a unit is an entry or the lead of, or that it names in brackets; undefined when it is
 * none. `doc` is the units of its document, `byId` finds any unit.
 */
export function listAt(unit: AnswerUnit, doc: readonly AnswerUnit[], byId: (id: number) => AnswerUnit, isHeading: (u: AnswerUnit) => boolean): ListEvidence | undefined {
  const title = doc.slice(0, 2);
  const leadId = unit.lead ?? (doc.some((u) => u.lead === unit.id) ? unit.id : undefined);
  if (leadId !== undefined) {
    const lead = byId(leadId);
    const items = doc.filter((u) => u.lead === leadId);
    const at = doc.indexOf(lead);
    const before = doc[at - 1];
    const heading = lead.heading !== undefined ? byId(lead.heading) : before && isHeading(before) && lead.line_start - before.line_end <= 3 ? before : undefined;
    // the year may stand in the sentence that introduces the list just above its lead, under the
    // same heading (令和4年度は、…次の6拠点を採択しました。 over a table's header)
    const intro: AnswerUnit[] = [];
    for (let i = at - 1; !isHeading(lead) && i >= 0 && intro.length < INTRO_UNITS && lead.line_start - doc[i]!.line_end <= INTRO_LINES && !isHeading(doc[i]!); i--) intro.push(doc[i]!);
    return { heading, lead, items, size: items.length, years: yearsOf([heading, lead, ...intro, ...title]) };
  }
  const size = enumerated(unit.text);
  if (size < 2) return undefined;
  const heading = unit.heading !== undefined ? byId(unit.heading) : undefined;
  return { heading, items: [unit], size, years: yearsOf([unit, heading, ...title]) };
}

/** The entries of a list with the lines set deeper under each (中核機関：…, テーマ：…), in order. */
export function listLines(list: ListEvidence, doc: readonly AnswerUnit[]): AnswerUnit[] {
  const first = list.items[0];
  if (!first || list.items.length === 1) return [...list.items];
  const itemIds = new Set(list.items.map((u) => u.id));
  const out: AnswerUnit[] = [];
  let inItem = false;
  for (const u of doc) {
    if (u.id < first.id) continue;
    if (itemIds.has(u.id)) {
      out.push(u);
      inItem = true;
    } else if (inItem && u.indent > first.indent) {
      out.push(u);
    } else if (u.id > list.items[list.items.length - 1]!.id) {
      break;
    } else {
      inItem = false;
    }
  }
  return out;
}

/** A marker a member list explains in its heading or lead: ◎は委員長、○は副委員長. */
const LEGEND = /([◎○●◇◆△▲□■☆★※＊*])\s*(?:は|：|:|＝|=)\s*([\p{Script=Han}ー]{2,8})/gu;

/**
 * The entry of a member list that holds the role asked, where the list marks it (○伊勢谷　悟 under
 * 「◎は委員長、○は副委員長」): the role read from the legend (in the list's heading or lead, or on the
 * line just above it: `above`), the entry by the marker it opens with. Returns the legend's unit too.
 */
export function legendHolder(list: ListEvidence, role: RegExp, above: AnswerUnit | undefined): { legend: AnswerUnit; holder: AnswerUnit } | undefined {
  const entries = [list.lead, ...list.items].filter((u): u is AnswerUnit => u !== undefined);
  // the role as the legend writes it, whole: 委員長 is no 副委員長
  const whole = new RegExp(`^(?:${role.source})$`, 'u');
  for (const legend of [list.heading, list.lead, above]) {
    for (const m of legend?.text.matchAll(LEGEND) ?? []) {
      if (!whole.test(m[2]!)) continue;
      const holder = entries.find((u) => u !== legend && u.text.trimStart().startsWith(m[1]!));
      if (holder) return { legend: legend!, holder };
    }
  }
  return undefined;
}
