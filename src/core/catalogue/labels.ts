// The one table of labels for the catalogue's kinds of money and counts, in Japanese and English,
// and the renderings of values (yen, periods, counts), shared by the catalogue, answers and tools.
import { formatFiscalYear } from '../era.js';
import type { CountFact, Duration, Money, MoneyFact, Period } from './schema.js';

/** A label in both languages: [Japanese, English]. */
export type Label = readonly [ja: string, en: string];

const MONEY_KIND_LABEL: Record<MoneyFact['kind'], Label> = {
  budget: ['予算額', 'budget'],
  request: ['要求・要望額', 'budget request'],
  request_priority: ['優先課題推進枠要望額', 'priority-track request'],
  special_account: ['特別会計計上額', 'special-account amount'],
  scale: ['事業規模', 'scale of support'],
  benchmark: ['基準額', 'base amount'],
  investment: ['投資目標額', 'investment target'],
};

const MONEY_PER_LABEL: Record<MoneyFact['per'], Label> = {
  programme: ['', ''],
  region: ['地域当たり', 'per region'],
  site: ['拠点当たり', 'per site'],
  project: ['件当たり', 'per project'],
  task: ['課題当たり', 'per task'],
  cluster: ['クラスター当たり', 'per cluster'],
  institution: ['機関（大学）当たり', 'per institution'],
};

const MONEY_PERIOD_LABEL: Record<MoneyFact['period'], Label> = {
  per_year: ['年額', 'per year'],
  total: ['総額', 'in total'],
  unspecified: ['', ''],
};

const COUNT_UNIT_LABEL: Record<CountFact['unit'], Label> = {
  region: ['地域数', 'number of regions'],
  cluster: ['クラスター数', 'number of clusters'],
  site: ['拠点数', 'number of sites'],
  task: ['課題数', 'number of tasks'],
  project: ['件数', 'number of projects'],
  institution: ['機関数（大学数）', 'number of institutions'],
};

/** How an answer names a kind of value asked that the documents do not give (資料には「金額」の記載が見当たりません). */
const UNSAID_LABEL: Record<'money' | 'count' | 'time' | 'percent', Label> = {
  money: ['金額', 'the amount'],
  count: ['件数・数', 'the number'],
  time: ['時期', 'the date'],
  percent: ['割合', 'the percentage'],
};

/** The label of a kind of value asked and not given; undefined for a kind an answer never says is missing. */
export function unsaidLabel(kind: string, en = false): string | undefined {
  const label = (UNSAID_LABEL as Record<string, Label | undefined>)[kind];
  return label?.[en ? 1 : 0];
}

/** The counter word a count is written with: 18地域, 3拠点, 120件. */
const COUNT_COUNTER: Record<CountFact['unit'], Label> = {
  region: ['地域', 'regions'],
  cluster: ['クラスター', 'clusters'],
  site: ['拠点', 'sites'],
  task: ['課題', 'tasks'],
  project: ['件', 'projects'],
  institution: ['機関', 'institutions'],
};

const COUNT_SCOPE_LABEL: Record<CountFact['scope'], Label> = {
  total: ['', ''],
  started: ['（開始）', ' (started)'],
  selected: ['（選定）', ' (selected)'],
  trial: ['（試行）', ' (trial)'],
};

const lang = (l: Label, en: boolean) => (en ? l[1] : l[0]);

/** A money fact's heading: 「2016年度の要求・要望額」, 「地域当たり事業規模（年額）」, "FY2016 budget request". */
export function moneyLabel(m: Pick<MoneyFact, 'kind' | 'per' | 'period' | 'fiscal_year'>, en = false): string {
  // the period is said only where it is not a fiscal year's own amount
  const [periodJa, periodEn] = MONEY_PERIOD_LABEL[m.period === 'per_year' && m.fiscal_year !== null ? 'unspecified' : m.period];
  if (en) {
    const per = MONEY_PER_LABEL[m.per][1];
    return `${m.fiscal_year === null ? '' : `FY${m.fiscal_year} `}${MONEY_KIND_LABEL[m.kind][1]}${per ? ` ${per}` : ''}${periodEn ? ` ${periodEn}` : ''}`;
  }
  return `${m.fiscal_year === null ? '' : `${m.fiscal_year}年度の`}${MONEY_PER_LABEL[m.per][0]}${MONEY_KIND_LABEL[m.kind][0]}${periodJa ? `（${periodJa}）` : ''}`;
}

/** A count fact's heading: 「2002年度の地域数（開始）」, "number of regions (selected) in FY2019". */
export function countLabel(c: Pick<CountFact, 'unit' | 'scope' | 'fiscal_year'>, en = false): string {
  if (en) return `${COUNT_UNIT_LABEL[c.unit][1]}${COUNT_SCOPE_LABEL[c.scope][1]}${c.fiscal_year === null ? '' : ` in FY${c.fiscal_year}`}`;
  return `${c.fiscal_year === null ? '' : `${c.fiscal_year}年度の`}${COUNT_UNIT_LABEL[c.unit][0]}${COUNT_SCOPE_LABEL[c.scope][0]}`;
}

function yenPart(yen: number): string {
  if (yen >= 1e8) {
    const oku = yen / 1e8;
    const whole = Math.floor(oku);
    const man = Math.round((yen - whole * 1e8) / 1e4);
    if (Number.isInteger(oku) || man === 0) return `${whole.toLocaleString('en-US')}億`;
    if (Number.isInteger((yen - whole * 1e8) / 1e4)) return `${whole.toLocaleString('en-US')}億${man.toLocaleString('en-US')}万`;
    return `${Number(oku.toFixed(2))}億`;
  }
  if (yen >= 1e4) return `${Number((yen / 1e4).toFixed(1)).toLocaleString('en-US')}万`;
  return yen.toLocaleString('en-US');
}

/** 500000000 → 「5億円」, 2483000000 → 「24億8,300万円」, a range 「1億～2億円」. */
export function formatYen(m: Money): string {
  return m.yen_max === undefined ? `${yenPart(m.yen)}円` : `${yenPart(m.yen)}～${yenPart(m.yen_max)}円`;
}

/** {start 2002, end 2008} → 「2002年度（平成14年度）～2008年度（平成20年度）」; an open end says so. */
export function formatPeriod(p: Period): string {
  if (p.end_fy === p.start_fy) return formatFiscalYear(p.start_fy);
  return `${formatFiscalYear(p.start_fy)}～${p.end_fy === null ? '（終了年度の記載なし）' : formatFiscalYear(p.end_fy)}`;
}

/** 「5年間」, 「3～5年間」. */
export function formatDuration(d: Duration): string {
  return d.years_min === d.years_max ? `${d.years_min}年間` : `${d.years_min}～${d.years_max}年間`;
}

/** 「18地域」. */
export function formatCount(n: number, unit: CountFact['unit']): string {
  return `${n}${COUNT_COUNTER[unit][0]}`;
}
