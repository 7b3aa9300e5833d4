// Readable renderings of catalogue facts for the tools' text content: each value itself (an amount,
// a fiscal-year period, a count), with the file and lines it comes from, conflicts flagged.
import { formatFiscalYear } from '../core/era.js';
import { countLabel, formatCount, formatDuration, formatPeriod, formatYen, moneyLabel } from '../core/catalogue/labels.js';
import type { AnyFactValue, ClusterSummary, Programme, ProgrammeSummary, TimelineEntry } from '../core/catalogue/schema.js';
import { describeLocation } from '../core/loaders/places.js';
import { planName } from '../core/plan-number.js';
import type { Citation } from '../core/schemas.js';

/** "seeds/003_….txt:28-30" */
export function where(c: Citation): string {
  const at = describeLocation(c.location);
  return `${c.source}:${c.line_start}${c.line_end !== c.line_start ? `-${c.line_end}` : ''}${at ? ` (${at})` : ''}`;
}

/** One value rendered by `show`, with what it refers to and its sources. */
function valueLine<T>(v: Omit<AnyFactValue, 'value'> & { value: T }, show: (value: T) => string): string {
  const derived = v.origins.length === 1 && v.origins[0] === 'derived' ? '（導出）' : '';
  return `${show(v.value)}${v.label ? `（${v.label}）` : ''}${derived} [${v.citations.map(where).join(', ')}]`;
}

function values<T>(vs: readonly (Omit<AnyFactValue, 'value'> & { value: T })[], show: (value: T) => string): string {
  return vs.map((v) => valueLine(v, show)).join('; ');
}

function period(p: { start_fy: number; end_fy: number | null; end_unknown?: boolean; known_through?: number | null } | null | undefined): string {
  if (!p) return '期間の記載なし';
  if (p.end_fy === null) return `${p.start_fy}–（終了年度の記載なし${p.known_through ? `、資料は${p.known_through}年度まで` : ''}）`;
  return `${p.start_fy}–${p.end_fy}年度`;
}

export function programmeSummaryText(p: ProgrammeSummary): string {
  const names = [...p.english_names, ...p.aliases];
  return `- ${p.name}${names.length ? `（${names.join('、')}）` : ''}: ${period(p.period)}${p.plans.length ? `, ${p.plans.join('・')}` : ''}${p.ministries.length ? `, ${p.ministries.join('・')}` : ''} [${where(p.citation)}]`;
}

const text = (s: string) => s;

/** The whole record of a programme, fact by fact: each value, its sources, conflicts flagged. */
export function programmeText(p: Programme): string {
  const out: string[] = [`${p.name}（${p.kind}）`];
  const conflict = (c: boolean) => (c ? '【資料間で相違】' : '');
  const list = (label: string, vs: AnyFactValue[]) => {
    if (vs.length > 0) out.push(`${label}: ${values(vs as (AnyFactValue & { value: string })[], text)}`);
  };
  list('英語名', p.english_names);
  list('別名・略称', p.aliases);
  if (p.variant_of) out.push(`位置づけ: ${p.variant_of} の一部`);
  if (p.variants.length) out.push(`区分: ${p.variants.join('、')}`);
  if (p.period) out.push(`期間${conflict(p.period.conflict)}: ${values(p.period.values, formatPeriod)}`);
  if (p.end) out.push(`終了年度${conflict(p.end.conflict)}: ${values(p.end.values, formatFiscalYear)}`);
  if (p.period && p.period.values.every((v) => v.value.end_fy === null) && p.last_mentioned_fy !== null) {
    out.push(`終了年度: 資料に記載なし（資料上の最終言及は${formatFiscalYear(p.last_mentioned_fy)}）`);
  }
  if (p.duration) out.push(`事業期間${conflict(p.duration.conflict)}: ${values(p.duration.values, formatDuration)}`);
  if (p.parent_plans.length) out.push(`基本計画: ${values(p.parent_plans, (v) => planName(v.ordinal))}`);
  list('府省', p.ministries);
  list('実施機関', p.agencies);
  for (const m of p.money) out.push(`${moneyLabel(m)}${conflict(m.conflict)}: ${values(m.values, formatYen)}`);
  for (const c of p.counts) out.push(`${countLabel(c)}${conflict(c.conflict)}: ${values(c.values, (v) => formatCount(v.count, c.unit))}`);
  list('目的', p.purpose);
  list('選定', p.selection);
  if (p.predecessors.length) out.push(`前身: ${values(p.predecessors, (r) => r.programme)}`);
  if (p.successors.length) out.push(`後継: ${values(p.successors, (r) => r.programme)}`);
  list('備考', p.notes);
  return out.join('\n');
}

export function timelineText(entries: readonly TimelineEntry[]): string {
  if (entries.length === 0) return 'No plan or programme falls in that range.';
  return entries
    .map((e) => `${e.start_fy}–${e.end_fy ?? '（終了年度の記載なし）'}  ${e.type === 'plan' ? '■' : '・'} ${e.name}${e.plan ? `（${e.plan}）` : ''}${e.successors.length ? ` → ${e.successors.join('、')}` : ''} [${where(e.citation)}]`)
    .join('\n');
}

export function clusterText(c: ClusterSummary): string {
  return `- ${c.region}: ${c.cluster_name ?? c.names.join(' / ')}${c.fields.length ? ` [${c.fields.join('、')}]` : ''}${c.start_fy ? `, ${c.start_fy}年度開始` : ''} — ${c.programme} [${c.citations.map(where).join(', ')}]`;
}
