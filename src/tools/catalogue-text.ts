// Readable renderings of catalogue facts for the tools' text content: every value with the
// file and lines it comes from, conflicts flagged.
import type { AnyFactValue, ClusterSummary, Programme, ProgrammeSummary, TimelineEntry } from '../core/catalogue/schema.js';
import { describeLocation } from '../core/loaders/places.js';
import type { Citation } from '../core/schemas.js';

/** "seeds/003_….txt:28-30" */
export function where(c: Citation): string {
  const at = describeLocation(c.location);
  return `${c.source}:${c.line_start}${c.line_end !== c.line_start ? `-${c.line_end}` : ''}${at ? ` (${at})` : ''}`;
}

/** A fact value as written, with its sources. */
export function factLine(v: AnyFactValue): string {
  const written = v.as_written.length > 0 ? v.as_written.join(' / ') : JSON.stringify(v.value);
  return `${v.label ? `${v.label}: ` : ''}${written} [${v.citations.map(where).join(', ')}]`;
}

function period(p: { start_fy: number; end_fy: number | null } | null | undefined): string {
  if (!p) return '期間不明';
  return `${p.start_fy}–${p.end_fy ?? ''}年度`;
}

export function programmeSummaryText(p: ProgrammeSummary): string {
  const names = [...p.english_names, ...p.aliases];
  return `- ${p.name}${names.length ? `（${names.join('、')}）` : ''}: ${p.period ? period(p.period) : '期間の記載なし'}${p.plans.length ? `, ${p.plans.join('・')}` : ''}${p.ministries.length ? `, ${p.ministries.join('・')}` : ''} [${where(p.citation)}]`;
}

const MONEY_KIND: Record<string, string> = { budget: '予算額', request: '要求・要望額', request_priority: 'うち優先課題推進枠', special_account: '特別会計', scale: '支援規模', benchmark: '基準額', investment: '投資目標' };
const PER: Record<string, string> = { programme: '事業全体', region: '1地域当たり', site: '1拠点当たり', project: '1件当たり', task: '1課題当たり', cluster: '1クラスター当たり' };
const COUNT_UNIT: Record<string, string> = { region: '地域数', cluster: 'クラスター数', site: '拠点数', task: '課題数', project: '件数' };

/** The whole record of a programme, fact by fact, with sources and conflicts. */
export function programmeText(p: Programme): string {
  const out: string[] = [`${p.name}（${p.kind}）`];
  const list = (label: string, values: AnyFactValue[]) => {
    if (values.length > 0) out.push(`${label}: ${values.map(factLine).join('; ')}`);
  };
  list('英語名', p.english_names);
  list('別名・略称', p.aliases);
  if (p.variant_of) out.push(`位置づけ: ${p.variant_of} の一部`);
  if (p.variants.length) out.push(`区分: ${p.variants.join('、')}`);
  if (p.period) out.push(`期間${p.period.conflict ? '（資料間で相違）' : ''}: ${p.period.values.map(factLine).join('; ')}`);
  if (p.duration) out.push(`事業期間${p.duration.conflict ? '（資料間で相違）' : ''}: ${p.duration.values.map(factLine).join('; ')}`);
  list('基本計画', p.parent_plans);
  list('府省', p.ministries);
  list('実施機関', p.agencies);
  for (const m of p.money) {
    out.push(`${MONEY_KIND[m.kind] ?? m.kind}（${PER[m.per] ?? m.per}${m.period === 'per_year' ? '・年' : ''}${m.fiscal_year ? `・${m.fiscal_year}年度` : ''}）${m.conflict ? '【資料間で相違】' : ''}: ${m.values.map(factLine).join('; ')}`);
  }
  for (const c of p.counts) {
    out.push(`${COUNT_UNIT[c.unit] ?? c.unit}（${c.scope}${c.fiscal_year ? `・${c.fiscal_year}年度` : ''}）${c.conflict ? '【資料間で相違】' : ''}: ${c.values.map(factLine).join('; ')}`);
  }
  list('目的', p.purpose);
  list('選定', p.selection);
  list('前身', p.predecessors);
  list('後継', p.successors);
  list('備考', p.notes);
  return out.join('\n');
}

export function timelineText(entries: readonly TimelineEntry[]): string {
  if (entries.length === 0) return 'No plan or programme falls in that range.';
  return entries
    .map((e) => `${e.start_fy}–${e.end_fy ?? ''}  ${e.type === 'plan' ? '■' : '・'} ${e.name}${e.plan ? `（${e.plan}）` : ''}${e.successors.length ? ` → ${e.successors.join('、')}` : ''} [${where(e.citation)}]`)
    .join('\n');
}

export function clusterText(c: ClusterSummary): string {
  return `- ${c.region}: ${c.cluster_name ?? c.names.join(' / ')}${c.fields.length ? ` [${c.fields.join('、')}]` : ''}${c.start_fy ? `, ${c.start_fy}年度開始` : ''} — ${c.programme} [${c.citations.map(where).join(', ')}]`;
}
