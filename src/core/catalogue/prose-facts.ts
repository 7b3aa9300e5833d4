// Facts stated in ordinary sentences and label lines of any document, read clause by clause:
// when a programme started (平成２８年度より「…」を開始, 令和２年度に開始した…) and ended (…をもって終了),
// its period (事業期間：…から…まで), support per region or site (１地域当たり年間最大１．３億円程度),
// budgets (令和３年度当初予算額は…), totals (支援総額は約…), durations (原則５年間, 最長１０年度),
// how many regions it selected (９地域を採択), and who runs it (文部科学省は…, 所管：…, 実施機関：…).
import { findYearMentions, type YearMention } from '../era.js';
import type { Citation } from '../schemas.js';
import { MINISTRY_NAME } from './delimited-names.js';
import { findAmounts, writtenEnd } from './money.js';
import type { Clause } from './prose.js';
import { selectedEntries } from './selected.js';
import type { CountKey, MoneyKey, RawFact } from './raw-fact.js';

export const START_VERB = /開始|実施|スタート|展開|創設|設立|発足|導入|始ま|立ち上げ/u;
/** Words between a year and 開始/実施 that make it the start of something else (a call, a review, a new strand, a facility's use). */
export const NOT_START = /公募|募集|採択|新設|申請|受付|評価|審査|調査|ヒアリング|選定|認定|決定|提案|説明会|会議|委員会|閣議|改正|施行|移行|まで|中止|見直し|検討|供用|運用|稼働|開所|開館/u;
/** The verb says when an event it names took place: 2023年度に実施した事後評価, 令和５年度に開始した公募. */
const EVENT_DATED = new RegExp(`^(?:し|され)?(?:た|る)\\s?[\\p{Script=Han}\\p{Script=Katakana}ー]{0,6}?(?:${NOT_START.source})`, 'u');
/** A label line that only says a year started it: ・平成28年度開始 (the year cut out as 「|」). */
const LABEL_START_LINE = /^[\s・■□◆◇○●※-]*\|(?:度)?\s?(?:開始|創設|発足|スタート)\s?$/u;
/** The verb tells of regions or sites, not the programme: …に発足し、…に事業期間を終了した次の６地域を対象. */
const COHORT = /^(?:[^。]*?(?:した|された)\s?(?:次の|以下の|下記の)|(?:した|された))\s?\d*\s?(?:地域|エリア|拠点|課題|機関|大学|クラスター)(?:を|が|は|に|の|で)/u;
/** A count of regions or sites between the year and the verb: 平成１５年度に９エリアで事業を開始 is when those began. */
const COUNTED = /\d+\s?(?:地域|エリア|拠点|課題|機関|大学|クラスター)/u;
const sentenceAfter = (c: Clause, pos: number) => c.n.slice(pos).split('。')[0]!;
/** The verb's clause modifies the quoted name after it: …実施してきた「…」, …開始された『…』. */
const RUNS_INTO_QUOTE = /^[\p{Script=Hiragana}]{0,8}[「『]/u;
/** What the verb makes it from, however long: 令和3年度に、それまでの「…」と「…」を統合して創設した. */
const MERGED = /を\s?(?:統合|再編|統合・再編|一本化)\s?し(?:て)?[、,]?\s?$/u;
/** The object of the verb is one strand of a programme (…育成型を開始): its start, not the programme's. */
const STRAND_OBJECT = /[\p{Script=Han}\p{Script=Katakana}ー](?:型|枠|部門|コース|タイプ|ステージ|メニュー)を\s?$/u;
const NOT_END = /新規|公募|募集|採択|受付|申請/u;
const AGENCY = '(?:国立研究開発法人|独立行政法人)?(?:[\\p{Script=Han}\\p{Script=Katakana}ー・]{2,16}?(?:機構|振興会))|JST|JSPS|NEDO|AMED';
export const AGENCY_NAME: Record<string, string> = { JST: '科学技術振興機構', JSPS: '日本学術振興会', NEDO: '新エネルギー・産業技術総合開発機構', AMED: '日本医療研究開発機構' };
const ORG = `(?:${MINISTRY_NAME}|${AGENCY})`;
const PER_UNIT = /(?:1|一)\s?(地域|拠点|件|課題|大学|プロジェクト|事業|機関|グループ|テーマ|クラスター|自治体|団体|チーム|法人)\s?(?:当たり|あたり|につき)/gu;
const PER_WORD: Record<string, MoneyKey['per']> = {
  地域: 'region', 自治体: 'region', 団体: 'region', 拠点: 'site', 件: 'project', プロジェクト: 'project', 事業: 'project', テーマ: 'project', チーム: 'project', 課題: 'task',
  大学: 'institution', 機関: 'institution', 法人: 'institution', グループ: 'institution', クラスター: 'cluster',
};
const COUNT_RE = /(計|全国で?|新たに|合計|累計で?|のべ)?\s?(\d+)\s?(地域|拠点|件|大学|プロジェクト|機関|事業|地区|市町村|自治体|団体|課題|クラスター|テーマ)(の[\p{Script=Han}\p{Script=Katakana}ー・]{1,10})?\s?(?:を|が|に)?\s?(?:新たに)?\s?(採択|選定|決定|認定|採用|整備|支援)/gu;
const COUNT_UNIT: Record<string, CountKey['unit']> = {
  地域: 'region', 地区: 'region', 市町村: 'region', 自治体: 'region', 団体: 'region', 拠点: 'site', 件: 'project', プロジェクト: 'project', 事業: 'project', テーマ: 'project',
  課題: 'task', 大学: 'institution', 機関: 'institution', クラスター: 'cluster',
};
const BUDGET_RE = /(当初|第\d+次補正|補正)?\s?(予算額|予算|概算要求額|要求・要望額|要求額|要望額|概算要求)\s?(?:は|:|として|で)?\s?(?:約)?\s?/gu;

type Bound = { name: string; ref?: { from: number; to: number } };

/** The programme a fact at [from, to) of a clause is about: the name right after it (relative clause), the object of its verb, or the clause's subject. */
function bind(c: Clause, from: number, to: number, opts: { section?: boolean; carried?: boolean; object?: [number, number] } = {}): Bound | undefined {
  const after = c.refs.find((r) => r.from >= to && /^[\p{Script=Hiragana}]{0,6}[「『]?$/u.test(c.n.slice(to, r.from)) && !/[はがを]/u.test(c.n.slice(to, r.from)));
  if (after && !after.name.startsWith('plan:')) return { name: after.name, ref: after };
  if (opts.object) {
    const [a, b] = opts.object;
    const obj = c.refs.find((r) => r.from >= a && r.to <= b && /^[」』]?(?:\([^()]*\))?\s?を/u.test(c.n.slice(r.to)));
    if (obj && !obj.name.startsWith('plan:')) return { name: obj.name, ref: obj };
  }
  if (!c.subject) return undefined;
  if (c.subjectFrom === 'section' && !opts.section) return undefined;
  if (c.subjectFrom === 'carried' && opts.carried === false) return undefined;
  const ref = c.refs.find((r) => r.name === c.subject);
  return { name: c.subject, ...(ref && { ref }) };
}

function citeFor(c: Clause, b: Bound, from: number, to: number): Citation {
  return c.cite(Math.min(from, b.ref?.from ?? from), Math.max(to, b.ref?.to ?? to));
}

/** A clause short enough to be a label line or table row of an outline: its section's programme may be meant. */
const isShort = (c: Clause) => Array.from(c.n).length <= 80;

/** A short name defined in brackets after a name: (以下「光実装補助金」という。). */
const SHORT_NAME_ASIDE = /\(以下[^()]{0,40}\)/u;

/** Whether a start whose verb runs on into `rest` is the bound programme's: not when it runs into a quote of another name. */
function startsOf(b: Bound, rest: string, verbEnd: number): boolean {
  const into = RUNS_INTO_QUOTE.exec(rest);
  if (!into || (b.ref && b.ref.from >= verbEnd)) return true;
  const quoted = rest.slice(into[0].length).split(/[」』]/u)[0]!;
  return quoted === '' || b.name.startsWith(quoted) || quoted.startsWith(b.name);
}

function startFacts(c: Clause, years: readonly YearMention[]): RawFact[] {
  const out: RawFact[] = [];
  for (const y of years) {
    const after = c.n.slice(y.end);
    if (/^\s?\d{1,2}\s?月/u.test(after) || /[~-]\s?$/u.test(c.n.slice(0, y.start))) continue;
    // 平成２８年度から実施, 令和元年度に創設, and a label line's 平成28年度開始 with no particle
    // (after the year glossed in the other calendar: 1997年度(平成9年度)に創設した…)
    const particle = /^(?:\s?\(\s?(?:\d{4}|(?:平成|令和|昭和)\s?(?:\d{1,2}|元))\s?年度?\s?\))?\s?(より|から|に|以降|(?=開始|創設|発足|スタート))/u.exec(after);
    const supplementary = /^(?:第\d+次)?補正予算(?:\([^()]*\))?(?:により|で)/u.exec(after);
    if (!particle && !supplementary) continue;
    // with no particle, only a label line that is nothing else: ・平成28年度開始 (not 平成１６年度開始地域を…)
    if (particle?.[1] === '' && !LABEL_START_LINE.test(c.n.slice(0, y.start) + '|' + after)) continue;
    const head = (particle ?? supplementary)![0];
    const rest = after.slice(head.length);
    if (particle?.[1] === 'から' && /^.{0,4}?(?:平成|令和|\d{4})/u.test(rest) && years.some((z) => z.start > y.end && z.start - y.end < 12)) continue; // a range
    // (a short name defined on the way is an aside: 「…補助金」(以下「光実装補助金」という。)を創設)
    const aside = SHORT_NAME_ASIDE.exec(rest)?.[0].length ?? 0;
    const windowEnd = Math.min(rest.length, 60 + aside, ...[rest.indexOf('。', aside ? rest.search(SHORT_NAME_ASIDE) + aside : 0)].filter((i) => i >= 0));
    const window = rest.slice(0, windowEnd);
    const verb = START_VERB.exec(window);
    if (!verb) continue;
    const between = window.slice(0, verb.index);
    // (what it was made from is named, not dated: それまでの「…」を統合して)
    const merged = MERGED.test(between);
    if ((!merged && NOT_START.test(between)) || STRAND_OBJECT.test(between) || COUNTED.test(between)) continue;
    if (particle?.[1] === 'に' && verb.index - aside > 30 && !merged) continue;
    const verbEnd = y.end + head.length + verb.index + verb[0].length;
    if (COHORT.test(sentenceAfter(c, verbEnd)) || EVENT_DATED.test(c.n.slice(verbEnd))) continue;
    // (what was merged is the verb's object, not what it made: that is the clause's subject)
    const b = bind(c, y.start, verbEnd, { section: isShort(c) && !hasOtherSubject(c, y.start), carried: !hasOtherSubject(c, y.start), ...(!merged && { object: [y.end, verbEnd] as [number, number] }) });
    if (!b) continue;
    // (a start said of a quoted name it runs into — 平成26年度から実施してきた「…」 — is that name's, not the subject's)
    if (!startsOf(b, c.n.slice(verbEnd), verbEnd)) continue;
    out.push({ subject: { type: 'programme', name: b.name }, field: 'period', value: { start_fy: y.year, end_fy: null }, citations: [citeFor(c, b, y.start, verbEnd)], as_written: c.n.slice(y.start, verbEnd), origin: 'rule', label: '開始', ...(supplementary && { note: '補正予算により実施' }) });
  }
  return out;
}

function endFacts(c: Clause, years: readonly YearMention[]): RawFact[] {
  const out: RawFact[] = [];
  for (const y of years) {
    const m = /^(?:度)?\s?(?:\([^()]*\))?\s?(?:を|で|に|の)?\s?(?:もって|限りで|末で|末をもって|末に|まで)?(.{0,14}?)(終了|廃止|完了)/u.exec(c.n.slice(y.end));
    if (!m || NOT_END.test(m[1]!) || /[。]/u.test(m[1]!)) continue;
    const before = c.n.slice(Math.max(0, y.start - 20), y.start);
    if (NOT_END.test(before) || /[~-]\s?$/u.test(before)) continue;
    const end = y.end + m[0].length;
    // (nor a year before another one that the verb follows, H29〜R3、終了済; nor a point of time, 終了時, 終了後)
    if (years.some((o) => o.start > y.start && o.start < end) || /^[時後前]/u.test(c.n.slice(end))) continue;
    if (COHORT.test(sentenceAfter(c, end))) continue;
    const b = bind(c, y.start, end, { section: isShort(c) && !hasOtherSubject(c, y.start), carried: !hasOtherSubject(c, y.start) });
    if (!b) continue;
    out.push({ subject: { type: 'programme', name: b.name }, field: 'end_fy', value: y.year, citations: [citeFor(c, b, y.start, end)], as_written: c.n.slice(y.start, end), origin: 'rule' });
  }
  return out;
}

function periodFacts(c: Clause, years: readonly YearMention[]): RawFact[] {
  const out: RawFact[] = [];
  for (let i = 0; i + 1 < years.length; i++) {
    const a = years[i]!;
    const b2 = years[i + 1]!;
    const sep = c.n.slice(a.end, b2.start);
    if (!/^(?:度)?\s?(?:から|より|~|-)\s?$/u.test(sep) || b2.year <= a.year) continue;
    const tail = c.n.slice(b2.end);
    if (/^(?:度)?\s?までに/u.test(tail)) continue; // a window for counts, not the programme's period
    const cue = PERIOD_LABEL.test(c.n.slice(Math.max(0, a.start - 12), a.start)) || (c.label !== undefined && PERIOD_LABEL.test(c.label)) || /^(?:度)?\s?(?:まで)?\s?(?:の\d+年間|\(\d+年間\))?\s?(?:にわたり|にわたって)?\s?(?:実施|支援|事業|継続)/u.test(tail) || /^(?:度)?\s?\(\d+(?:か|カ|ヶ)?年間?\)/u.test(tail);
    if (!cue || strandSupport(c.n.slice(0, a.start))) continue;
    const end = b2.end;
    const bd = bind(c, a.start, end, { section: isShort(c) });
    if (!bd) continue;
    out.push({ subject: { type: 'programme', name: bd.name }, field: 'period', value: { start_fy: a.year, end_fy: b2.year }, citations: [citeFor(c, bd, a.start, end)], as_written: c.n.slice(a.start, end), origin: 'rule' });
  }
  return out;
}

/** One strand's support period: ＜ネットワーク構築型＞（３地域）　支援期間：… (a 支援期間 after other words on its line). */
function strandSupport(before: string): boolean {
  const m = /支援期間\s?[:：]?\s?$/u.exec(before);
  return m !== null && before.slice(0, m.index).replace(/^[\s・■□◆◇○●※]+/u, '').trim() !== '';
}

/** A label that gives a programme's period: 事業期間, 実施期間, 支援期間. */
const PERIOD_LABEL = /(?:事業|実施|支援|計画|補助|交付)?期間/u;
/** A label that gives the programme's own period or start (not one project's support: 支援期間). */
const OWN_PERIOD_LABEL = /(?:事業|実施)期間|事業開始|開始年度|実施年度/u;

/**
 * An open period under a label (事業期間：令和２年度～, ■事業期間 / 令和２年度（2020年度）～,
 * 開始年度：平成23年度): the programme's start, its end not stated.
 */
function labelledStartFacts(c: Clause, years: readonly YearMention[]): RawFact[] {
  const y = years[0];
  if (!y || years.some((z) => z !== y && z.start - y.end < 16 && z.start > y.end && !/^\s?\(\s?$/u.test(c.n.slice(y.end, z.start)))) return [];
  const label = c.label !== undefined && c.n.slice(0, y.start).trim() === '' ? c.label : c.n.slice(0, y.start);
  if (!OWN_PERIOD_LABEL.test(label) || !/^[\s:：]*$/u.test(label.replace(/^.*(?:[:：]|期間|開始|年度)/u, ''))) return [];
  const after = /^(?:度)?\s?(?:\(\s?\d{4}\s?年度?\s?\))?\s?(?:~|から|より|開始)?\s?/u.exec(c.n.slice(y.end))!;
  const end = y.end + after[0].length;
  if (c.n.slice(end).trim() !== '' && !/^[。、(]/u.test(c.n.slice(end))) return [];
  const b = bind(c, y.start, end, { section: true });
  if (!b) return [];
  return [{ subject: { type: 'programme', name: b.name }, field: 'period', value: { start_fy: y.year, end_fy: null }, citations: [citeFor(c, b, y.start, end)], as_written: c.n.slice(y.start, end), origin: 'rule', label: '開始' }];
}

/** "令和５年度から３年間実施": a period from its start and length. */
function lengthFacts(c: Clause, years: readonly YearMention[]): RawFact[] {
  const out: RawFact[] = [];
  for (const y of years) {
    const m = /^(?:度)?\s?(?:から|より)\s?(\d{1,2})\s?(?:か|カ|ヶ)?年間\s?(?:の)?\s?(?:実施|支援|事業|継続)/u.exec(c.n.slice(y.end));
    if (!m) continue;
    const end = y.end + m[0].length;
    const b = bind(c, y.start, end, { section: isShort(c) && !hasOtherSubject(c, y.start) });
    if (!b) continue;
    const n = Number(m[1]);
    out.push({ subject: { type: 'programme', name: b.name }, field: 'period', value: { start_fy: y.year, end_fy: y.year + n - 1 }, citations: [citeFor(c, b, y.start, end)], as_written: c.n.slice(y.start, end), origin: 'rule' });
    out.push({ subject: { type: 'programme', name: b.name }, field: 'duration', value: { years_min: n, years_max: n }, citations: [citeFor(c, b, y.start, end)], as_written: c.n.slice(y.start, end), origin: 'rule' });
  }
  return out;
}

/** The clause has a subject of its own before `pos` (…制度が, …会議は) that is not a programme it names. */
function hasOtherSubject(c: Clause, pos: number): boolean {
  // only in its own phrase: after the last comma before it
  const cut = c.n.lastIndexOf('、', pos - 1);
  const head = c.n.slice(cut + 1, pos);
  const m = /[\p{Script=Han}\p{Script=Katakana}ー・)）]{2,}(?:が|は)(?![\p{Script=Hiragana}])/u.exec(head);
  if (m && /(?:年度?|月|日)(?:に)?[がは]$/u.test(m[0])) return false; // 令和元年度は…: when, not who
  return m !== null && !c.refs.some((r) => r.from <= cut + 1 + m.index! + m[0].length && r.to >= cut + 1 + m.index! + m[0].length - 2);
}

function durationFacts(c: Clause): RawFact[] {
  const found: { q: string; n: number; from: number; to: number }[] = [];
  for (const m of c.n.matchAll(/((?:支援|事業|実施|補助|交付)?期間\s?(?:は|:)?\s?|\()?(原則|最長|最大|概ね)?\s?(\d{1,2})\s?(?:か|カ|ヶ|ケ|箇)?\s?(?:年間|年度|年)(?![度目]|\d)(?!\s?(?:で|以内に))/gu)) {
    const cue = m[1] !== undefined && m[1] !== '(' ? 'period' : m[2];
    // "（５年間）" right after a period of fiscal years
    const afterPeriod = m[1] === '(' && /年間$/u.test(m[0]) && /^\)/u.test(c.n.slice(m.index! + m[0].length)) && /年度\s?$/u.test(c.n.slice(0, m.index!));
    if (!cue && !afterPeriod) continue;
    const n = Number(m[3]);
    if (n < 1 || n > 20) continue;
    found.push({ q: m[2] ?? '', n, from: m.index!, to: m.index! + m[0].length });
  }
  const out: RawFact[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    // 原則３か年度、最長５か年度: one duration from its usual to its longest
    const pair = f.q === '原則' && found[i + 1] && /^(?:最長|最大)$/u.test(found[i + 1]!.q) && found[i + 1]!.from - f.to <= 30 ? found[++i]! : undefined;
    const to = pair?.to ?? f.to;
    const b = bind(c, f.from, to, { section: true });
    if (!b) continue;
    const value = pair ? { years_min: f.n, years_max: pair.n } : { years_min: f.n, years_max: f.n };
    const label = labelOf(c, f.from);
    out.push({ subject: { type: 'programme', name: b.name }, field: 'duration', value, citations: [citeFor(c, b, f.from, to)], as_written: c.n.slice(f.from, to).replace(/^[(]/u, ''), origin: 'rule', ...(label && { label }) });
  }
  return out;
}

/** What a value in a row or label line refers to: the words before it on its line (地域共創分野 本格型), or the label line above. */
function labelOf(c: Clause, pos: number): string | undefined {
  const blockPos = c.at(pos);
  const lineStart = Math.max(c.from, ...c.block.segments.map((s) => s.offset).filter((o) => o <= blockPos));
  const before = c.block.text.slice(lineStart, blockPos).normalize('NFKC').split(/[(（]/u).at(-1)!.replace(/^[\s・■□◆◇○●※【〔<]+/u, '').replace(/[\s:：、,]+$/u, '').replace(/\s+/gu, ' ');
  const labelLike = before !== '' && Array.from(before).length <= 24 && !/[。、]|[をはがにでと](?![\p{Script=Han}])|ます|する/u.test(before) && !/\d{3}/u.test(before);
  return labelLike ? before : c.label;
}

function moneyFacts(c: Clause): RawFact[] {
  const out: RawFact[] = [];
  const amounts = findAmounts(c.n);
  // support per region, site, project or university
  for (const m of c.n.matchAll(PER_UNIT)) {
    const start = m.index! + m[0].length;
    const firstNear = amounts.find((a) => a.index >= start && a.index - start <= 20);
    if (!firstNear) continue;
    // and the amounts in brackets right after it: 5年間で最大55億円程度（年間最大11億円程度）
    const near = [firstNear];
    for (const a of amounts.filter((x) => x.index > firstNear.index)) {
      if (!/^(?:程度)?\s?\([^()]{0,8}$/u.test(c.n.slice(near.at(-1)!.end, a.index))) break;
      near.push(a);
    }
    const per = PER_WORD[m[1]!]!;
    near.forEach((a, k) => {
      const between = c.n.slice(k === 0 ? start : near[k - 1]!.end, a.index);
      if (k > 0 && !/^(?:程度)?\s?\(/u.test(between)) return;
      const yearly = (/年間|年額|毎年|年当たり/u.test(between) && !/\d\s?年間/u.test(between)) || /^(?:程度)?\s?[/／]\s?年/u.test(c.n.slice(a.end)) || /^(?:程度)?\s?[×、]\s?(?:原則)?\s?\d+\s?年間/u.test(c.n.slice(a.end));
      const total = /\d\s?(?:か|ヵ)?年間?で|総額|合計/u.test(between);
      const b = bind(c, m.index!, a.end, { section: true });
      if (!b) return;
      const label = labelOf(c, m.index!);
      out.push({
        subject: { type: 'programme', name: b.name },
        field: 'money',
        key: { kind: /基準額/u.test(`${label ?? ''}${c.n.slice(Math.max(0, m.index! - 6), m.index!)}`) ? 'benchmark' : 'scale', per, period: total ? 'total' : yearly ? 'per_year' : 'unspecified', fiscal_year: null },
        value: a.money,
        citations: [citeFor(c, b, m.index!, a.end)],
        as_written: c.n.slice(k === 0 ? m.index! : a.index - between.length, writtenEnd(c.n, a.end)).replace(/^(?:程度)?\s?\(/u, ''),
        origin: 'rule',
        ...(label && { label }),
      });
    });
  }
  // budgets and requests of a fiscal year, and totals
  const years = findYearMentions(c.n);
  for (const m of c.n.matchAll(BUDGET_RE)) {
    const at = m.index! + m[0].length;
    const direct = amounts.find((a) => a.index === at) ?? (/^\(/u.test(c.n.slice(at)) ? amounts.find((a) => a.index === at + 1) : undefined);
    if (!direct || (/^\s?うち/u.test(c.n.slice(Math.max(0, m.index! - 4), m.index!)))) continue;
    const year = years.filter((y) => y.end <= m.index! && m.index! - y.end <= 3).at(-1);
    if (!year && !m[1]) continue; // a budget of no stated year is read by the line rules
    const kind: MoneyKey['kind'] = /要求|要望/u.test(m[2]!) ? 'request' : 'budget';
    // (a budget line standing alone is read by the line rules, which tell a slide's total from a programme's budget)
    const b = bind(c, year?.start ?? m.index!, direct.end, { section: c.label !== undefined });
    if (!b) continue;
    const from = year?.start ?? m.index!;
    out.push({
      subject: { type: 'programme', name: b.name },
      field: 'money',
      key: { kind, per: 'programme', period: 'per_year', fiscal_year: year?.year ?? null },
      value: direct.money,
      citations: [citeFor(c, b, from, direct.end)],
      as_written: c.n.slice(from, direct.end),
      origin: 'rule',
      ...(m[1] && /補正/u.test(m[1]) && { label: '補正予算' }),
      ...(m[1] === '当初' && { label: '当初予算' }),
    });
  }
  for (const m of c.n.matchAll(/(支援総額|総事業費|事業費総額|総額|総事業規模)\s?(?:は|:)?\s?(?:約)?\s?/gu)) {
    const at = m.index! + m[0].length;
    const direct = amounts.find((a) => a.index === at);
    if (!direct || /投資/u.test(c.n.slice(Math.max(0, m.index! - 10), m.index!))) continue;
    const b = bind(c, m.index!, direct.end, { section: true });
    if (!b) continue;
    out.push({ subject: { type: 'programme', name: b.name }, field: 'money', key: { kind: 'budget', per: 'programme', period: 'total', fiscal_year: null }, value: direct.money, citations: [citeFor(c, b, m.index!, direct.end)], as_written: c.n.slice(m.index!, direct.end), origin: 'rule', label: m[1]! });
  }
  // a plan's investment target: 政府研究開発投資の総額の規模を約２６兆円
  for (const m of c.n.matchAll(/((?:官民合わせた|政府)?研究開発投資)の総額(?:の規模)?を\s?(?:約)?\s?/gu)) {
    const direct = amounts.find((a) => a.index === m.index! + m[0].length);
    const plan = c.refs.filter((r) => r.name.startsWith('plan:') && r.from < m.index!).at(-1);
    if (!direct || !plan) continue;
    out.push({ subject: { type: 'plan', ordinal: Number(plan.name.slice(5)) }, field: 'money', key: { kind: 'investment', per: 'programme', period: 'total', fiscal_year: null }, value: direct.money, citations: [c.cite(plan.from, direct.end)], as_written: c.n.slice(m.index!, direct.end), origin: 'rule', label: m[1]! });
  }
  return out;
}

function countFacts(c: Clause, years: readonly YearMention[]): RawFact[] {
  const out: RawFact[] = [];
  for (const m of c.n.matchAll(COUNT_RE)) {
    if (m[4] && /提案|応募|申請/u.test(m[4])) continue;
    if (/(?:うち|提案|応募|申請)\s?$/u.test(c.n.slice(Math.max(0, m.index! - 4), m.index!))) continue;
    const numAt = m.index! + m[0].indexOf(m[2]!);
    const prior = years.filter((y) => y.end <= m.index!).at(-1);
    const gap = prior ? c.n.slice(prior.end, m.index!) : '';
    const windowed = prior && /^(?:度)?\s?(?:まで|から|~)/u.test(gap);
    const fy = prior && !windowed && /^(?:度)?\s?(?:は|には|も|に|の|、)/u.test(gap) && gap.length <= 30 ? prior.year : null;
    // a count standing alone under a heading may be anything: only a clause or label line that names its programme counts
    const b = bind(c, m.index!, m.index! + m[0].length, { section: !hasOtherSubject(c, m.index!) });
    if (!b) continue;
    const before = c.n.slice(0, numAt);
    const type = /([\p{Script=Han}\p{Script=Katakana}]{1,6}型)\s?$/u.exec(before)?.[1] ?? /([\p{Script=Han}\p{Script=Katakana}ー・]{2,20})として\s?$/u.exec(before)?.[1];
    const scope: CountKey['scope'] = /試行\s?$/u.test(before) ? 'trial' : /整備|支援/u.test(m[5]!) ? 'total' : 'selected';
    const key: CountKey = { unit: COUNT_UNIT[m[3]!]!, scope, fiscal_year: fy };
    const end = m.index! + m[0].length;
    out.push({
      subject: { type: 'programme', name: b.name },
      field: 'count',
      key,
      value: { count: Number(m[2]) },
      citations: [citeFor(c, b, prior && fy !== null ? prior.start : numAt, end)],
      as_written: c.n.slice(m.index!, end).trim(),
      origin: 'rule',
      ...(type && { label: type }),
    });
    if (scope === 'selected') {
      const whole = c.cite(0, c.n.length);
      out.push(...selectedEntries(c.doc, b.name, Number(m[2]), c.n.slice(0, m.index!), { start: whole.line_start, end: whole.line_end }, fy));
    }
    // the counts listed before it with the same verb: 先行モデルプロジェクトとして１５事業、重点…として２３事業を選定
    let head = before.slice(0, before.length - (m[1]?.length ?? 0));
    for (;;) {
      const prev = new RegExp(`(?:([\\p{Script=Han}\\p{Script=Katakana}ー・]{2,20})として|([\\p{Script=Han}\\p{Script=Katakana}]{1,6}型))?\\s?(\\d+)\\s?${m[3]}\\s?、\\s?(?:[\\p{Script=Han}\\p{Script=Katakana}ー・]{2,20}として|[\\p{Script=Han}\\p{Script=Katakana}]{1,6}型)?\\s?$`, 'u').exec(head);
      if (!prev) break;
      const label = prev[1] ?? prev[2];
      const written = prev[0].slice(0, prev[0].indexOf(prev[3]!) + prev[3]!.length + (m[3]!.length)).trim();
      out.push({ subject: { type: 'programme', name: b.name }, field: 'count', key, value: { count: Number(prev[3]) }, citations: [citeFor(c, b, prev.index, end)], as_written: written, origin: 'rule', ...(label && { label }) });
      if (scope === 'selected') {
        const whole = c.cite(0, c.n.length);
        out.push(...selectedEntries(c.doc, b.name, Number(prev[3]), '', { start: whole.line_start, end: whole.line_end }, fy));
      }
      head = head.slice(0, prev.index);
    }
  }
  return out;
}

function orgValue(raw: string): { field: 'ministry' | 'agency'; value: string } {
  const name = raw.replace(/^(?:国立研究開発法人|独立行政法人)/u, '');
  if (new RegExp(`^${MINISTRY_NAME}$`, 'u').test(name)) return { field: 'ministry', value: name };
  return { field: 'agency', value: AGENCY_NAME[name] ?? name };
}

const ORG_LIST = `((?:${ORG})(?:\\([^()]*\\))?(?:\\s?(?:、|及び|と|並びに)\\s?(?:${ORG})(?:\\([^()]*\\))?)*)`;
/** The organisations the sentence is about: at its start (文部科学省は、/ 経済産業省が) or after its opening phrase (…を後押しするため、経済産業省は). */
const LEAD_ORGS = new RegExp(`^(?:なお|また|一方|さらに|このほか)?、?\\s?${ORG_LIST}\\s?(?:は|では|が)|^[^、。「」]{2,40}?、\\s?${ORG_LIST}\\s?(?:は|では)(?![\\p{Script=Hiragana}])`, 'u');
const ORG_G = new RegExp(ORG, 'gu');
const ORG_AT_START = new RegExp(`^(${ORG})`, 'u');
const ORG_DOES = new RegExp(`${ORG_LIST}\\s?が[^。、]{0,16}?(?:開始|実施|創設|所管|運営)`, 'gu');
const ORG_LABEL = new RegExp(`(所\\s?管|実施機関|実施主体|運営機関|事業主体)\\s?[:：]?\\s?(?:は)?\\s?(${ORG})`, 'gu');
const HAS_ORG_WORD = /省|府|庁|機構|振興会|JST|JSPS|NEDO|AMED/u;

function organisationFacts(c: Clause): RawFact[] {
  if (!HAS_ORG_WORD.test(c.n)) return [];
  const out: RawFact[] = [];
  const push = (raw: string, from: number, to: number, b: Bound | undefined) => {
    if (!b) return;
    const { field, value } = orgValue(raw);
    out.push({ subject: { type: 'programme', name: b.name }, field, value, citations: [citeFor(c, b, from, to)], as_written: c.n.slice(from, to), origin: 'rule' });
  };
  // the subject of the sentence: 文部科学省は、…「…」を実施 / 文部科学省及び科学技術振興機構は
  const lead = LEAD_ORGS.exec(c.n);
  if (lead && c.subjectFrom === 'clause' && c.refs.some((r) => r.explicit || r.from > 0) && /実施|開始|創設|推進|展開|所管|運営|設立|支援/u.test(c.n)) {
    const b = bind(c, 0, lead[0].length);
    const orgs = lead[1] ?? lead[2]!;
    const at = lead[0].lastIndexOf(orgs);
    for (const o of orgs.matchAll(ORG_G)) push(o[0], at + o.index!, lead[0].length, b);
  } else {
    // …省が（…年度に）開始し、…機構が実施した
    for (const m of c.n.matchAll(ORG_DOES)) {
      if (m.index! === 0 && c.subjectFrom !== 'clause') continue;
      // 文部科学省と経済産業省が共同で実施: each of them
      const b = bind(c, m.index!, m.index! + m[0].length);
      for (const o of m[1]!.matchAll(ORG_G)) push(o[0], m.index! + o.index!, m.index! + m[0].length, b);
    }
  }
  // the value line of a label line: ■所管 / 文部科学省…, 【実施機関】 / 独立行政法人日本学術振興会…
  const valueOf = c.label !== undefined && /所\s?管|実施機関|実施主体|運営機関|事業主体/u.test(c.label) ? ORG_AT_START.exec(c.n) : null;
  if (valueOf) push(valueOf[1]!, 0, valueOf[0].length, bind(c, 0, valueOf[0].length, { section: true }));
  // label lines: 所管：文部科学省…, 実施機関：国立研究開発法人科学技術振興機構（ＪＳＴ）
  for (const m of c.n.matchAll(ORG_LABEL)) {
    push(m[2]!, m.index!, m.index! + m[0].length, bind(c, m.index!, m.index! + m[0].length, { section: true }));
  }
  return out;
}

/** Every fact the rules read in one clause. */
/** What a programme was merged into, named right before the verb: 「…」に統合された, 「…」（厚労省）に統合. */
const MERGED_INTO = /^[」』]?\s?(?:\([^()]*\))?\s?に\s?(?:統合|一本化|再編統合)/u;

/**
 * The programme a clause is about, merged into the one it names (本事業は令和４年度から「…」に統合された;
 * under its section's heading, 後継の「…」に統合): the named one succeeds it.
 */
function mergedIntoFacts(c: Clause): RawFact[] {
  const from = c.subject;
  if (!from || from.startsWith('plan:') || (c.subjectFrom === 'section' && !isShort(c))) return [];
  return c.refs.flatMap((r): RawFact[] => {
    const verb = r.name === from || r.name.startsWith('plan:') ? null : MERGED_INTO.exec(c.n.slice(r.to));
    if (!verb) return [];
    const end = r.to + verb[0].length;
    return [{ subject: { type: 'programme', name: r.name }, field: 'relation', value: { programme: from, relation: 'integrated_into' }, citations: [c.cite(r.from, end)], as_written: c.n.slice(r.from, end), origin: 'rule' }];
  });
}

export function proseFacts(c: Clause): RawFact[] {
  // every rule but who-runs-it and what it was merged into needs a number (a year, an amount, a count)
  if (!/[0-9元]/u.test(c.n)) return [...organisationFacts(c), ...mergedIntoFacts(c)];
  const years = findYearMentions(c.n);
  return [...startFacts(c, years), ...labelledStartFacts(c, years), ...endFacts(c, years), ...periodFacts(c, years), ...lengthFacts(c, years), ...durationFacts(c), ...moneyFacts(c), ...countFacts(c, years), ...organisationFacts(c), ...mergedIntoFacts(c)];
}
