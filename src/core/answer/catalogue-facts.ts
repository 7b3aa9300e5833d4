// Picks the catalogue's cited facts that answer a question: when it names a programme or plan
// and asks for an amount, a count, a period or a date, the matching facts (each value with its
// citations, both values where documents disagree) come before any passage.
import { countLabel, moneyLabel } from '../catalogue/labels.js';
import { namedProgrammes, programmeNames, resolvePlan } from '../catalogue/query.js';
import type { Catalogue, CountFact, MoneyFact, Plan, Programme } from '../catalogue/schema.js';
import type { Citation } from '../schemas.js';
import { findPlanMentions, parsePlanNumber, PLAN_NUMBER } from '../plan-number.js';
import { normalizeText } from '../text/normalize.js';
import { askPicks } from './catalogue-asks.js';
import type { AnswerQuery } from './question.js';
import { matchKey } from './units.js';

/** One value of a picked fact: how the documents write it, and where. */
export interface PickedValue {
  display: string;
  label?: string | undefined;
  citations: Citation[];
}

/** A fact the answer states first. */
export interface FactPick {
  subject: string;
  subjectEn: string;
  /** Machine-readable field, e.g. "count region total". */
  field: string;
  label: { ja: string; en: string };
  conflict: boolean;
  values: PickedValue[];
  /** Shown as a list, one value a line (the regions of a programme). */
  list?: boolean;
}

type AnyFact = { values: { as_written: string[]; citations: Citation[]; label?: string | undefined }[]; conflict: boolean };

/**
 * Words a question may use besides a programme's name when it asks for one of its catalogue fields
 * (and nothing else): anything more (中間評価, 提出, 参加) means it asks about something the field is not.
 */
const FIELD_WORDS: Record<'common' | 'money' | 'count' | 'time', readonly string[]> = {
  common: ['実施', '事業', 'プログラム', '施策', '全部', '全体', '合計', '総', '全国', 'それぞれ', '年度', '年', '月', '平成', 'h', 'fy', '当初', '政府', '対象', '教える', 'まとめる', '規模', 'program', 'programme', 'total', 'each', 'per', 'year', 'years'],
  money: ['予算', '額', '金額', '年間', '1', '一', '地域', '拠点', '課題', '件', 'あたり', '当たり', '要求', '要望', '基準', '支援', '総額', '億', '円', '程度', '補助', '助成', '資金', '経費', '費', '優先', '推進', '枠', '投資', '目標', 'budget', 'annual', 'funding', 'fund', 'amount', 'area', 'areas', 'region', 'cluster', 'project', 'site', 'base', 'money', 'request', 'provide', 'yen', 'much'],
  count: ['地域', '数', '拠点', '課題', '件', 'クラスター', 'エリア', '選定', '選ぶ', '採択', '試行', '開始', '始まる', '最初', '始め', '本格', 'いくつ', 'areas', 'regions', 'clusters', 'sites', 'number', 'started', 'selected', 'many', 'cover', 'covered', 'implemented', 'run', 'take', 'part'],
  time: ['期間', '開始', '始まる', '終了', '終わる', 'いつ', '何年', 'スタート', '年間', '支援', '1', '地域', 'あたり', '当たり', 'when', 'start', 'started', 'began', 'period', 'duration', 'long', 'run'],
};

/** True when the question's terms besides the programme's name all belong to the fields asked for. */
function asksOnlyFields(q: AnswerQuery): boolean {
  if (q.namesOnly) return true;
  const kinds = new Set<'money' | 'count' | 'time'>(q.needs.flatMap((n) => (n.kind === 'money' || n.kind === 'count' || n.kind === 'time' ? [n.kind] : [])));
  // the regions a programme selected are asked in the words of its counts (選定, 採択, 実施)
  if (q.asks.includes('regions')) kinds.add('count');
  const allowed = new Set([...FIELD_WORDS.common, ...[...kinds].flatMap((k) => FIELD_WORDS[k])]);
  return q.groups.every((g) => g.alts.some((a) => allowed.has(a)));
}

/**
 * Each value as the documents write it; where a value other than an amount was also read from a line
 * with an amount (a start from 平成28年度要求・要望額：2,260百万円（新規）), that line is cited, not shown.
 */
function pickValues(f: AnyFact, field: string): PickedValue[] {
  return f.values.map((v) => {
    const written = [...new Set(v.as_written)];
    const plain = field.startsWith('money') ? written : written.filter((w) => !/円/u.test(w));
    return { display: (plain.length > 0 ? plain : written).join(' / '), label: v.label, citations: v.citations };
  });
}

function pick(subject: string, subjectEn: string, field: string, label: [string, string], f: AnyFact): FactPick {
  return { subject, subjectEn, field, label: { ja: label[0], en: label[1] }, conflict: f.conflict, values: pickValues(f, field) };
}

/** The money facts a question asks for, or none when it is not clear which. */
function moneyPicks(p: Programme, q: AnswerQuery, text: string, parent: Programme | undefined): MoneyFact[] {
  // a phase or type of a programme shares its design (scale per region) when it states none of its own
  let ms = p.money.length > 0 || !parent ? p.money : parent.money.filter((m) => m.kind === 'scale' || m.kind === 'benchmark');
  const per = /(?:1|一)\s*(?:地域|拠点|課題|件|クラスター)|あたり|当たり|規模|per |each /iu.test(text);
  if (q.years.length > 0) ms = ms.filter((m) => m.fiscal_year !== null && q.years.includes(m.fiscal_year));
  else ms = ms.filter((m) => m.fiscal_year === null);
  // the kinds of amount the question names (a request and a budget may both be asked)
  const kinds = new Set<MoneyFact['kind']>();
  if (/要求|要望|request/iu.test(text)) kinds.add(/優先/u.test(text) ? 'request_priority' : 'request');
  if (/基準額|base amount/iu.test(text)) kinds.add('benchmark');
  if (/投資|investment/iu.test(text)) kinds.add('investment');
  if (/予算額|予算[^要]|予算$|budget(?! request)/iu.test(text) && q.years.length > 0) kinds.add('budget');
  if (kinds.size > 0) ms = ms.filter((m) => kinds.has(m.kind));
  else if (per) ms = ms.filter((m) => m.kind === 'scale' || m.kind === 'benchmark');
  else ms = ms.filter((m) => m.kind === 'budget' || (q.years.length === 0 && m.kind !== 'special_account'));
  const unit = /地域|area|region/iu.test(text) ? ['region'] : /拠点|site|center|centre/iu.test(text) ? ['site'] : /課題|task/iu.test(text) ? ['task'] : /件|project/iu.test(text) ? ['project'] : /cluster/iu.test(text) ? ['cluster', 'region'] : undefined;
  if (per && unit) ms = ms.filter((m) => unit.includes(m.per));
  return ms.length <= 3 ? ms : [];
}

/** The count facts a question asks for. */
function countPicks(p: Programme, q: AnswerQuery, text: string): CountFact[] {
  const unit: CountFact['unit'] = /拠点|sites?\b/iu.test(text) ? 'site' : /課題/u.test(text) ? 'task' : /何\s*件|件数|projects?\b/iu.test(text) ? 'project' : /何\s*クラスター|clusters?\b/iu.test(text) && !/地域|areas?\b|regions?\b/iu.test(text) ? 'cluster' : 'region';
  const scope: CountFact['scope'] = /試行|trial/iu.test(text) ? 'trial' : /開始|始ま|スタート|started|began/iu.test(text) ? 'started' : /選定|選ば|採択|selected/iu.test(text) ? 'selected' : 'total';
  return p.counts.filter((c) => c.unit === unit && c.scope === scope && (q.years.length === 0 ? scope === 'total' || c.fiscal_year === null : c.fiscal_year !== null && q.years.includes(c.fiscal_year)));
}

/** A run of plans asked: 基本計画の第1期から第6期まで, 第１期～第３期の科学技術基本計画. */
const PLAN_RANGE = new RegExp(`第\\s?(${PLAN_NUMBER})\\s?期\\s?(?:から|[～〜~－-])\\s?第?\\s?(${PLAN_NUMBER})\\s?期`, 'u');

/** The plans a question asks about: the first it names, or each of a run it names (第1期から第6期まで) beside the word 基本計画. */
function plansAsked(question: string): number[] {
  const range = /基本計画/u.test(question) ? PLAN_RANGE.exec(normalizeText(question)) : null;
  const [from, to] = range ? [parsePlanNumber(range[1]!), parsePlanNumber(range[2]!)] : [undefined, undefined];
  if (from !== undefined && to !== undefined && from < to) return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const first = findPlanMentions(question)[0];
  return first ? [first.ordinal] : [];
}

function planFacts(plan: Plan, text: string): FactPick[] {
  const picks: FactPick[] = [];
  const en = plan.name;
  if (/閣議|決定|decided|adopted|approved|approval|cabinet/iu.test(text)) {
    if (plan.decided) picks.push(pick(plan.name, en, 'decided', ['閣議決定', 'cabinet decision'], plan.decided));
  } else if (/いつ|期間|何年度|from when|when|period|years/iu.test(text)) {
    if (plan.period) picks.push(pick(plan.name, en, 'period', ['計画期間', 'period'], plan.period));
  }
  if (/テーマ|柱|theme/iu.test(text) && plan.theme) picks.push(pick(plan.name, en, 'theme', ['地域施策のテーマ', 'regional theme'], plan.theme));
  if (/投資|investment/iu.test(text)) {
    for (const m of plan.money.filter((x) => x.kind === 'investment')) picks.push(pick(plan.name, en, 'money investment', ['投資目標額', 'investment target'], m));
  }
  return picks;
}

/** Catalogue facts that answer the question, most specific first; empty when none clearly does. */
export function catalogueFacts(cat: Catalogue, q: AnswerQuery): FactPick[] {
  const text = normalizeText(q.question);
  const picks: FactPick[] = [];
  for (const ordinal of plansAsked(q.question)) {
    const plan = resolvePlan(cat, ordinal);
    if (plan) picks.push(...planFacts(plan, text));
  }
  if (!asksOnlyFields(q)) return picks;
  const needs = new Set(q.needs.map((n) => n.kind));
  const byName = namedProgrammes(cat, q.question).flatMap(({ name }) => cat.programmes.filter((x) => x.name === name));
  // (an English question may name one by describing it: the programme the reading resolved)
  const named = byName.length > 0 || q.language !== 'en' ? byName : cat.programmes.filter((x) => q.entities.some((names) => names[0] === matchKey(x.name)));
  // what the question says besides the names (地域 in 地域イノベーション… is not a unit)
  let rest = text.toLowerCase();
  for (const n of named.flatMap(programmeNames).sort((a, b) => b.length - a.length)) rest = rest.split(normalizeText(n).toLowerCase()).join(' ');
  for (const p of named) {
    const en = p.english_names[0]?.value ?? p.name;
    if (needs.has('money')) {
      const parent = p.variant_of === null ? undefined : cat.programmes.find((x) => x.name === p.variant_of);
      for (const m of moneyPicks(p, q, rest, parent)) {
        const label: [string, string] = [moneyLabel(m), moneyLabel(m, true)];
        picks.push(pick(p.name, en, `money ${m.kind} per ${m.per} ${m.period}${m.fiscal_year ? ` FY${m.fiscal_year}` : ''}`, label, m));
      }
    }
    if (needs.has('count')) {
      for (const c of countPicks(p, q, rest)) {
        const label: [string, string] = [countLabel(c), countLabel(c, true)];
        picks.push(pick(p.name, en, `count ${c.unit} ${c.scope}${c.fiscal_year ? ` FY${c.fiscal_year}` : ''}`, label, c));
      }
    }
    // a start or an end asked alone, the plan it started under, its regions, successors, who runs it
    const edge = q.asks.includes('start') !== q.asks.includes('end');
    const asked = q.asks.filter((a) => (a !== 'start' && a !== 'end') || edge);
    picks.push(...askPicks(cat, p, q, asked));
    if (needs.has('time') && !q.asks.includes('plan')) {
      // (事業期間は何年度から何年度まで asks the years it ran, not how long)
      const duration = (/何年間|事業期間|支援期間|how long|duration|how many years/iu.test(rest) || /(?:あたり|当たり)の?(?:事業)?期間/u.test(rest)) && !/何年度(?:から|まで)|いつ(?:から|まで)/u.test(rest);
      if (edge && !duration) continue;
      const asksPeriod = /いつ|何年度|期間|実施年度|年度|始ま|開始|スタート|when|what year|period/iu.test(rest);
      // per-region duration or the programme's period, whichever the question asks (the other when only it is known)
      if (p.duration && (duration || (asksPeriod && !p.period))) picks.push(pick(p.name, en, 'duration', ['事業期間', 'duration'], p.duration));
      else if (p.period && (asksPeriod || duration)) picks.push(pick(p.name, en, 'period', ['実施期間', 'period'], p.period));
    }
  }
  return picks;
}
