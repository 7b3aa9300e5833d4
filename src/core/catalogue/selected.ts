// The regions, sites or institutions a programme selected, where a document lists them: named in
// the sentence that counts them (川崎殿町地区、神戸地区及びけいはんな地区の３拠点を採択), or as a list after
// it (９地域を決定 … ○山形県地域 … ○熊本県地域). A list is taken only when it has exactly as many
// entries as the sentence counts, so a list of something else is not mistaken for them.
import { findYearMentions } from '../era.js';
import { normalizeText } from '../text/normalize.js';
import type { RawFact } from './raw-fact.js';
import { cite, repairedAfter, type PreparedDocument } from './source-text.js';

/** How far below a count its list may stand. */
const LIST_REACH = 60;
const BULLET = /^[○●◎・◇◆□▪]/u;
const ITEM_MAX = 40;

interface Item {
  name: string;
  rest: string;
  line: number;
}

function itemOf(text: string, line: number): Item | undefined {
  const t = normalizeText(text).replace(BULLET, '').trim();
  const [name, ...rest] = t.split(/\s+/u);
  if (!name || Array.from(name).length > 24 || /[。、:：]/u.test(name)) return undefined;
  return { name, rest: rest.join(' '), line };
}

/** Runs of list entries below a line: bulleted lines with one bullet (continuation lines skipped), or short plain lines in one block. */
function listsBelow(doc: PreparedDocument, after: number): Item[][] {
  const lines = repairedAfter(doc, after, LIST_REACH).filter((r) => r.line_start <= after + LIST_REACH && r.line_end === r.line_start);
  const runs: Item[][] = [];
  let bulleted: { bullet: string; items: Item[] } | undefined;
  let plain: Item[] = [];
  let prevLine = after;
  const closePlain = () => {
    if (plain.length >= 2) runs.push(plain);
    plain = [];
  };
  for (const r of lines) {
    const raw = r.text;
    const t = raw.trim();
    if (t === '') {
      closePlain();
      prevLine = r.line_start;
      continue;
    }
    const bullet = BULLET.exec(t)?.[0];
    if (bullet) {
      closePlain();
      const item = itemOf(t, r.line_start);
      if (bulleted && bulleted.bullet === bullet && item) bulleted.items.push(item);
      else {
        if (bulleted && bulleted.items.length >= 2) runs.push(bulleted.items);
        bulleted = item ? { bullet, items: [item] } : undefined;
      }
    } else if (bulleted && /^[\s　]/u.test(raw)) {
      // a continuation of the item above
    } else {
      if (bulleted && bulleted.items.length >= 2) runs.push(bulleted.items);
      bulleted = undefined;
      // a plain entry is a short name: no sentence, number, year or note mark
      const plainName = Array.from(t).length <= ITEM_MAX && !/[。、，,：:]/u.test(t) && !/^[■□◆※【〔(（<＜\d０-９]/u.test(t) && findYearMentions(t).length === 0;
      const item = plainName && r.line_start === prevLine + 1 ? itemOf(t, r.line_start) : undefined;
      if (item && item.rest === '') plain.push(item);
      else closePlain();
    }
    prevLine = r.line_start;
  }
  closePlain();
  if (bulleted && bulleted.items.length >= 2) runs.push(bulleted.items);
  return runs;
}

/**
 * The entries a count names: in the clause before it (an enumeration ending in の), or the first list
 * below it with exactly `count` entries.
 */
export function selectedEntries(
  doc: PreparedDocument,
  programme: string,
  count: number,
  before: string,
  lines: { start: number; end: number },
  fiscalYear: number | null,
): RawFact[] {
  const facts: RawFact[] = [];
  const emit = (name: string, rest: string, at: { start: number; end: number }, as_written: string) => {
    const subject = { type: 'cluster' as const, programme, region: name, kind: 'selected' as const };
    const citations = [cite(doc, at.start, at.end)];
    facts.push({ subject, field: 'region_name', value: name, citations, as_written, origin: 'rule' });
    if (rest !== '' && Array.from(rest).length <= ITEM_MAX) facts.push({ subject, field: 'cluster_name', value: rest, citations, as_written: rest, origin: 'rule' });
    if (fiscalYear !== null) facts.push({ subject, field: 'start_fy', value: fiscalYear, citations: [cite(doc, Math.min(at.start, lines.start), Math.max(at.end, lines.end))], as_written: as_written, origin: 'rule', note: 'selected in this fiscal year' });
  };
  // 川崎殿町地区、神戸地区及びけいはんな地区の３拠点
  const enumeration = /([^、。:：]{2,20}(?:[、,]|及び|並びに|と)[^。:：]{2,120})の\s?$/u.exec(before);
  if (enumeration) {
    const tail = enumeration[1]!.split(/[はがにで]、/u).at(-1)!;
    const items = tail.split(/[、,]|及び|並びに/u).map((x) => x.trim()).filter(Boolean);
    if (items.length === count && items.every((x) => Array.from(x).length <= 20 && !/[をはがでにへ]$/u.test(x))) {
      for (const x of items) emit(x, '', lines, x);
      return facts;
    }
  }
  for (const run of listsBelow(doc, lines.end)) {
    if (run.length !== count) continue;
    for (const it of run) emit(it.name, it.rest, { start: it.line, end: it.line }, `${it.name}${it.rest ? ` ${it.rest}` : ''}`);
    break;
  }
  return facts;
}
