// What an answer must contain, read from the question: the terms of what it asks about (its
// aspect), the programmes and years it names, and the kind of value it wants (an amount for
// いくら, a count of regions for 何地域, a year for いつ), each with the pattern that value has.
import { findYearMentions, MONTHS_EN } from '../era.js';
import type { Lexicon } from '../lexicon.js';
import { ANSWER_PATTERNS, type AnalyzedQuery } from '../query.js';
import { chosenFor, heldByPost, PERSON_NAME, POST_HOLDER, ROLE_WORDS } from '../roles.js';
import { roundsIn } from '../rounds.js';
import { escapeRegExp, normalizeText } from '../text/normalize.js';
import { ASK_WORDS, CALL_ASKED, CALL_WORDS, END_YEAR, SPOKEN_OF, START_YEAR, WHO, questionAsks, type Ask } from './intent.js';
import { matchKey } from './units.js';

export { WHO };

export type NeedKind = 'money' | 'count' | 'time' | 'percent' | 'definition' | 'organisation' | 'assessment' | 'person' | 'venue' | 'email' | 'phone' | 'name';

/** A kind of value the question asks for, and what such a value looks like in text. */
export interface Need {
  kind: NeedKind;
  pattern: RegExp;
}

/** One thing the question asks about: alternatives (any counts), weighted by rarity. */
export interface TermGroup {
  alts: string[];
  weight: number;
}

export interface AnswerQuery {
  question: string;
  language: 'ja' | 'en';
  analyzed: AnalyzedQuery;
  /** The question's aspect terms; for English questions also their Japanese glossary terms (`translated`). */
  groups: TermGroup[];
  translated: TermGroup[];
  /** Each named programme or plan, as all its names in match-key form. */
  entities: string[][];
  years: number[];
  needs: Need[];
  /** What it asks of a programme (start, end, plan, regions, …), however it is worded. */
  asks: Ask[];
  /** True when the question has no terms besides the names it names (its groups are those names). */
  namesOnly: boolean;
  /** The role a who-question asks after (主査, 委員長), if it names one. */
  role: RegExp | undefined;
  /** The rounds it names (第２回公募 → 2). */
  rounds: number[];
  /** What it counts in 件, with the words for the same thing (countedNoun). */
  counted: string[] | undefined;
}

/** An amount asked in a unit: 何百万円, 何億円, 何千円. */
const ASKED_UNIT = /何\s*((?:兆|億|千万|百万|万|千|百)?\s*円)/u;

/** Conversational words that say nothing about what is asked. */
export const FILLERS: ReadonlySet<string> = new Set([
  'ん', 'の', 'そう', 'ざっくり', '新任', '全部', '具体', 'まとめる', 'いったん', 'それぞれ', 'うち', 'あと', 'くらい', 'ぐらい',
  'ほう', '一言', 'いう', 'だっけ', 'て', 'ない', '資料', '各', 'ある', 'いる', 'よい', 'いい', 'ほしい', '欲しい', 'やる',
  // (the calendar the answer is asked in — 西暦でいうと — is no word the passage must hold)
  '西暦', '和暦', '元号',
  'tell', 'me', 'according', 'data', 'materials', 'get', 'did', 'used',
]);

const NUMBER = '[0-9０-９][0-9０-９,，.．]*';
/** A count, also written with 万, 千 or 百 (約1万2千人, 3千件). */
const COUNT_NUMBER = `${NUMBER}(?:[万千百](?:${NUMBER})?)*`;
/** A count of those selected stated as proposals (採択件数　５件): how many regions or hubs were chosen. */
const SELECTED_PROPOSALS = `(?:採択|選定)(?:件数|数)[\\s：:は]*${NUMBER}\\s*件`;

/** What a count asked is counted in (何拠点 → 拠点), and any other way the documents state that count. */
const COUNT_UNITS: [RegExp, string, string?][] = [
  [/何\s*(?:人|名)|how many (?:people|researchers|persons|staff|students)/iu, '(?:人|名)'],
  [/(?:参加|出席|来場|受講|回答)者数|従業員数|人数|how many (?:participants|attendees|employees|respondents)/iu, '(?:人|名|者)'],
  [/何\s*地域|地域数|how many (?:regions|areas)/iu, '(?:地域|areas?|regions?)', SELECTED_PROPOSALS],
  [/何\s*拠点|拠点数|how many (?:sites|centers|centres|hubs)/iu, '(?:拠点|sites?)', SELECTED_PROPOSALS],
  [/何\s*クラスター|how many clusters/iu, '(?:クラスター|clusters?|地域)'],
  [/何\s*件|件数|how many (?:projects|cases|patents|proposals|applications|submissions)/iu, '(?:件)'],
  [/何\s*社|how many (?:companies|firms|startups|spin)/iu, '(?:社)'],
  [/何\s*課題|課題数/iu, '(?:課題)'],
  [/何\s*大学|大学数|how many universities/iu, '(?:大学)'],
  [/何\s*段階/iu, '(?:段階)'],
  [/何\s*(?:か所|ヶ所|箇所)/iu, '(?:か所|ヶ所|箇所)'],
  [/何\s*年ぶり/iu, '(?:年ぶり)'],
];
/** The basic plans in general (no ordinal). */
const GENERAL_PLAN = /^(?:科学技術(?:・イノベーション)?基本計画|基本計画|(?:science and technology )?basic plan)$/u;

/** The kinds of value the question asks for, most specific first. */
export function questionNeeds(question: string): Need[] {
  const q = normalizeText(question).replace(SPOKEN_OF, '');
  const needs: Need[] = [];
  // (いくつの地域から counts regions as 何地域 does)
  const unit = COUNT_UNITS.find(([re]) => re.test(q.replace(/いくつの\s*/gu, '何')));
  // 規模 asks an amount unless a count is asked (規模（地域数）); a "budget screening" is no amount
  // (how an amount changes — 支援額がどうなりますか — is answered by 増額, 減額, not by a sum)
  const change = /どう(?:なる|なっ|なり|変わ)/u.test(q) && !/いくら|何億|何円|how much/iu.test(q);
  // (why a budget was not requested — 予算を要求しないのはどういう理由 — asks a reason, not a sum)
  const reason = /なぜ|どうして|理由|\bwhy\b/iu.test(q);
  // (which budget asks a kind of budget — どの予算に計上する方針 — not a sum)
  const whichBudget = /(?:どの|何の|どんな|どういう)\s*予算/u.test(q) && !/いくら|何億|何円|how much/iu.test(q);
  const money = !change && !reason && !whichBudget && (/いくら|予算|金額|額|何億|何円|億円|百万円|年俸|給与|給料|報酬|how much|budget(?! screening|(?: [a-z]+)? rates?\b)|amount|cost|funding|yen|money/iu.test(q) || (/規模/u.test(q) && !unit));
  if (money) {
    needs.push({ kind: 'money', pattern: new RegExp(`${NUMBER}\\s*(?:兆|億|百万|千万|万|千)?\\s*円|[¥￥]\\s*${NUMBER}|${NUMBER}\\s*(?:million|billion)\\s*yen|\\b(?:JPY|yen)\\s*${NUMBER}`, 'iu') });
  }
  if (unit) needs.push({ kind: 'count', pattern: new RegExp(`${COUNT_NUMBER}\\s*${unit[1]}${unit[2] ? `|${unit[2]}` : ''}`, 'iu') });
  // (any number that is no date's or amount's: 令和６年９月, ９億８,０００万円 count nothing)
  // (a grade asked as いくつ, 総合評価いくつ, is a letter, not a count)
  else if (/いくつ|数は|how many|number of/iu.test(q) && !/(?:評価|評点|ランク)\s*(?:は|が)?\s*いくつ/u.test(q)) needs.push({ kind: 'count', pattern: new RegExp(`${NUMBER}(?![0-9０-９,，.．])\\s*(?![年月日時分円億万兆千百])\\S`, 'u') });
  // (a share as a percentage, in 割, or as a fraction: ２分の１, 1/2, 半額)
  if (/何\s*[%％]|割合|率は|percent|what share|\b[a-z]{4,} rates?\b/iu.test(q)) needs.push({ kind: 'percent', pattern: new RegExp(`${NUMBER}\\s*[%％]|${NUMBER}\\s*割|[0-9０-９一二三四五六七八九十]+\\s*分の\\s*[0-9０-９一二三四五六七八九十]+|[0-9０-９]+\\s*[/／]\\s*[0-9０-９]+|半額|半分`, 'u') });
  if (/いつ|何年|何月|何日|日付|日にち|期日|締め?切り?日|期間|(?:実施|開始|終了)年度|when|what year|what date|how long|period|duration/iu.test(q)) {
    needs.push({ kind: 'time', pattern: new RegExp(`(?:平成|昭和|令和|[HＨ])\\s*[0-9０-９元]+|[0-9０-９]{4}\\s*年|[0-9０-９]{1,2}\\s*月\\s*(?:[0-9０-９]{1,2}\\s*日|上旬|中旬|下旬|末|頃)|[0-9０-９]+\\s*(?:[かヵケカヶ箇]\\s*)?年(?:間|度)?|[0-9０-９]+\\s*-?\\s*years?|FY\\s*[0-9]{4}|(?:${MONTHS_EN})`, 'iu') });
  }
  for (const { kind, asked, pattern } of PLAIN_VALUES) if (asked.test(q)) needs.push({ kind, pattern });
  return needs;
}

/** A thing's name asked: 何という会議体, 何という名前 after the thing (県の戦略は何という名前, 交付金の名前は, 正式名称は). */
const KIND_NAMED = /(?:何|なん)という([\p{Script=Han}\p{Script=Katakana}ー]{2,8})/u;
const NAME_OF = /([\p{Script=Han}\p{Script=Katakana}ー]{2,8})(?:の|は[、,]?\s*(?:何|なん)という)?(?:正式)?(?:名前|名称)/u;
/** Kinds that are a person or a post (センター長, 記者, 委員), a grade (評価) or a name itself: no thing's name is asked. */
const NOT_A_KIND = /(?:長|者|員|人|氏|官|役|手|評価|名前|名称|名)$/u;

/** A name of the kind asked as names stand (quoted, or a label's value), other than those the question itself names. */
function namePattern(kind: string, question: string): RegExp {
  const k = escapeRegExp(kind);
  const own = [...question.matchAll(new RegExp(`[\\p{Script=Han}\\p{Script=Katakana}ー・]{1,40}?${k}`, 'gu'))].map((m) => escapeRegExp(m[0]));
  const notOwn = own.length === 0 ? '' : `(?!(?:${own.join('|')})[」』])`;
  return new RegExp(`[「『]${notOwn}[^「」『』]{1,40}${k}[」』]|[:：]\\s*[^\\s:：/、。]{1,40}${k}(?=\\s|/|$)`, 'u');
}

/** The kind of thing whose name a question asks, as its last word (戦略, 交付金, 講座 of 人材育成講座); none when it asks none. */
function nameAsked(question: string): string | undefined {
  // (何というクラスター名: the kind is クラスター)
  const named = KIND_NAMED.exec(question)?.[1]?.replace(/(?<=[\p{Script=Han}\p{Script=Katakana}ー]{2})名$/u, '');
  const run = [named, NAME_OF.exec(question)?.[1]].find((r) => r !== undefined && !NOT_A_KIND.test(r));
  if (!run) return undefined;
  const chars = Array.from(run);
  // (a katakana word whole: プラットフォーム; else its last two characters when it is long: 人材育成講座 → 講座)
  return /^[\p{Script=Katakana}ー]+$/u.test(run) || chars.length <= 3 ? run : chars.slice(-2).join('');
}

/** People counted by what they did or are: 参加者数, 出席者数, 従業員数. */
const PEOPLE_COUNTED = /(参加|出席|来場|受講|回答|従業員)者?数/u;

/** Words for one kind of thing counted in 件: applications are 応募, 申請 or 提案 by turns. */
const COUNTED_ALIKE: readonly (readonly string[])[] = [['応募', '申請', '提案']];

/** Words that say a count is a total (特許出願は合計何件, 累計採択件数): not what is counted. */
const TOTAL_WORDS = '合計|累計|総計|延べ';
/** The noun before 何件, a total's word or 全部で between (特許出願は合計何件); not 件数 (事業化件数は何件 counts 事業化). */
const COUNTED_BEFORE = new RegExp(`((?:(?!件)\\p{Script=Han}){2,4}?)\\s*(?:は|が|も)?\\s*(?:${TOTAL_WORDS}|全部で|全体で|計)?\\s*何\\s*件`, 'u');
/** A total's word, wherever it stands (累計事業化件数 counts 事業化). */
const TOTAL_ANYWHERE = new RegExp(TOTAL_WORDS, 'gu');
/** A total's word opening the noun read (累計採択 → 採択). */
const TOTAL_FIRST = new RegExp(`^(?:${TOTAL_WORDS})`, 'u');

/**
 * What a question counts in 件 (申請は何件, 特許出願は合計何件, 何件の応募, 提案件数, how many proposals), with the words the documents use
 * for the same thing; undefined when it names nothing counted.
 */
export function countedNoun(question: string): string[] | undefined {
  const q = normalizeText(question);
  if (/how many (?:proposals|applications|submissions)/iu.test(q)) return [...COUNTED_ALIKE[0]!];
  // (people counted by what they did: 参加者数 counts those who took part, not a firm's 従業員 or a hall's 定員)
  const people = PEOPLE_COUNTED.exec(q);
  if (people) return [people[1]!];
  const m = /何\s*件\s*の?\s*(\p{Script=Han}{2,4})/u.exec(q) ?? COUNTED_BEFORE.exec(q) ?? /(\p{Script=Han}{2,4}?)件数/u.exec(q.replace(TOTAL_ANYWHERE, ''));
  // (the kind counted, less a total's word and the word for a count: 累計採択件数 counts 採択)
  const noun = m?.[1]?.replace(TOTAL_FIRST, '').replace(/件?数$/u, '');
  if (!noun || noun.length < 2 || /^(?:何|件)/u.test(noun)) return undefined;
  return [...(COUNTED_ALIKE.find((alike) => alike.includes(noun)) ?? [noun])];
}

/** Words that end the noun phrase after "how many": verbs and prepositions. */
const PHRASE_END = /^(?:did|do|does|has|have|had|is|are|was|were|will|would|can|could|in|of|for|at|on|under|from|with|by|that|which|who|to|took|take|kept|received|got|per)$/u;

/**
 * The thing an English question counts, by the head of the noun phrase after "how many" (how many
 * start-ups has…, how many first-phase … regions kept…), in the glossary's Japanese.
 */
function englishCounted(question: string, lexicon: Lexicon): string[] | undefined {
  const m = /\bhow many ((?:[a-z][a-z-]*\s*){1,5})/u.exec(question.toLowerCase());
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/u);
  const end = words.findIndex((w) => PHRASE_END.test(w));
  const head = (end < 0 ? words : words.slice(0, end)).at(-1);
  const found = head ? lexicon.translate(head)[0] : undefined;
  return found && found.japanese.length > 0 ? [...found.japanese] : undefined;
}

/** Roles a who-question asks after (主査, 委員長, 座長, …): the person stands next to the role. */
const ROLE = new RegExp(`(?:${ROLE_WORDS})`, 'gu');
/** The name of a role's holder asked without 誰: 室長の氏名は, 室長として名前が出ていたのは. */
const ROLE_NAME_ASKED = new RegExp(`(?:${ROLE_WORDS})(?:の|として|を務め[^。？?]{0,6}の)?(?:氏名|名前|お名前)`, 'u');

/** The roles of a body's chair. */
const CHAIR_ROLES = ['委員長', '主査', '座長', '議長', '部会長', '会長'];
/** The roles an English question (or a plain word, トップ) may name, and the Japanese roles each stands for. */
const ROLES_BY_WORD: [RegExp, string[]][] = [
  [/\bvice[- ]?chair/iu, ['副委員長', '副座長', '副議長', '副会長', '主査代理', '委員長代理']],
  [/\b(?<!vice[- ]?)chair(?:ed|s|man|woman|person)?\b/iu, CHAIR_ROLES],
  [/\bproject leader\b/iu, ['プロジェクトリーダー']],
  [/\bcoordinator\b/iu, ['コーディネーター', 'コーディネータ']],
  // (a Japanese word for the head of a body, トップ, stands for the same roles as chair)
  [/トップ/u, [...CHAIR_ROLES, '本部長']],
];

/** A question asking where a person works (鳴海主査の所属は, どこの大学の先生): the affiliation asked. */
const AFFILIATION = /所属|勤務先|どこの(?:大学|機関|組織|会社)の(?:人|方|先生)|\baffiliat/iu;

/**
 * The person whose affiliation a question asks (鳴海主査の所属は → 鳴海, 須藤正和委員の所属 → 須藤正和);
 * undefined when it asks none or names no one by name and role.
 */
export function affiliationAsked(question: string): string | undefined {
  const q = normalizeText(question);
  if (!AFFILIATION.test(q)) return undefined;
  const person = `(?<![\\p{Script=Han}])([\\p{Script=Han}]{1,6}?)(?:${ROLE.source}|委員|先生|氏|さん)`;
  // (in English, the person named anywhere: Which organisation is 土岐委員 … affiliated with?)
  const m = new RegExp(`${person}(?:の|は|って)?[、，,]?\\s*(?:どこ|どちら)?の?\\s*(?:所属|勤務先)`, 'u').exec(q) ?? (/\baffiliat/iu.test(q) ? new RegExp(person, 'u').exec(q) : null);
  return m?.[1];
}

/** The roles a who-question names (主査, 委員長), as a pattern; undefined when it names none. */
export function roleAsked(question: string): RegExp | undefined {
  const q = normalizeText(question);
  if (!WHO.test(q) && !ROLE_NAME_ASKED.test(q)) return undefined;
  // (the roles a word stands for: who chaired, トップ → 委員長, 主査, 座長, …)
  const byWord = ROLES_BY_WORD.filter(([word]) => word.test(q)).flatMap(([, roles]) => roles);
  const roles = [...new Set([...(q.match(ROLE) ?? []), ...byWord])].sort((a, b) => b.length - a.length);
  return roles.length === 0 ? undefined : new RegExp(`(?:${roles.join('|')})`, 'u');
}

/** For a who-question naming a role: the role with a person's name beside it (主査：須藤　正和, 杉浦　恒一　委員長, 須賀主査、). */
export function personNeed(asked: RegExp | undefined): Need | undefined {
  if (!asked) return undefined;
  const role = asked.source;
  // (minutes call a member by family name and role: 須賀主査、 / 須賀主査：ただ今から…; a list of those present by
  // the whole name unspaced, the affiliation after: 松尾和美委員長（…大学　副学長）)
  return { kind: 'person', pattern: new RegExp(`${role}\\s*[:：（(]?\\s*${PERSON_NAME}|${PERSON_NAME}\\s*${role}|(?<![\\p{Script=Han}])[\\p{Script=Han}]{1,4}(?<!副)${role}(?=\\s*[：:、，,（(])|${role}\\s*[:：]?\\s*${POST_HOLDER}|${heldByPost(role)}|${chosenFor(role)}`, 'u') };
}

/** Kinds of value asked by a phrase alone, each with how the question asks it and what a line that gives it holds. */
const PLAIN_VALUES: { kind: NeedKind; asked: RegExp; pattern: RegExp }[] = [
  // where a meeting or an event is held (説明会はどこで開かれますか, 会場は, どこの部屋, where will … be held): a venue's
  // label, a building, a room or online
  {
    kind: 'venue',
    asked: /どこで(?:開|行わ|行う|実施|開催)|(?:開催|開かれ|行われ)[^。？?]{0,8}どこ|会場|場所|どこの(?:部屋|会議室)|\bvenue\b|\bwhich room\b|\bwhere\b[^?]*\b(?:held|take place|opened)\b/iu,
    pattern: /会場|場所|センター|庁舎|会議室|ホール|会館|役所|県庁|[0-9０-９]+\s*階|プラザ|ホテル|オンライン|\bonline\b|\bvenue\b/iu,
  },
  // an address to write or call (メールアドレスは, 電話番号, 何番にかければ, 内線; not 何番の議員): nothing else stands for
  // one, so where no line gives one the documents do not say it (a web address is a statement asked: abstain.ts)
  { kind: 'email', asked: /メールアドレス|\be-?mail(?: address)?\b/iu, pattern: /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/iu },
  {
    kind: 'phone',
    asked: /電話番号|電話で|何番に(?:かけ|電話|連絡)|内線|ファクス|\b(?:tele)?phone\b|\b(?:tel|fax)\b/iu,
    pattern: /[(（]?[0０][0-9０-９]{0,4}[)）]?\s*[-－‐−ー―)）]\s*[0-9０-９]{1,4}\s*[-－‐−ー―]\s*[0-9０-９]{3,4}|内線\s*[0-9０-９]{2,5}|\+81[\s0-9-]{8,}/u,
  },
];

/** Kinds of value that are an address (to write or call): given on a contact line that need not repeat what is asked. */
export const ADDRESS_NEEDS: ReadonlySet<NeedKind> = new Set(['email', 'phone']);

/** Kinds of value that guide the choice of sentences but never make the answer abstain. */
export const SOFT_NEEDS: ReadonlySet<NeedKind> = new Set(['definition', 'organisation', 'assessment', 'person', 'venue', 'name']);

/** Rarity weight of a term among the units: ln(1 + N / (df + 1)). */
export type TermWeight = (term: string) => number;

/** True when a term (a kuromoji base form or an English word) stands in a match key. */
export function termIn(term: string, key: string): boolean {
  if (key.includes(term)) return true;
  // a verb or adjective base form (選ぶ, 始まる, 高い): its stem, when it holds a kanji
  const stem = term.replace(/[\u3041-\u3093]+$/u, '');
  return stem !== term && /[\u3400-\u9fff]/u.test(stem) && key.includes(stem);
}

/** The question's `n` rarest groups (by weight): the words that say what it is about (特許出願, シンポジウム). */
export function rarestGroups(q: Pick<AnswerQuery, 'groups'>, n: number): TermGroup[] {
  return [...q.groups].sort((a, b) => b.weight - a.weight).slice(0, n);
}

/** Reads a question for answering. */
export function readQuestion(question: string, analyzed: AnalyzedQuery, lexicon: Lexicon, weight: TermWeight): AnswerQuery {
  const group = (alts: string[]): TermGroup => {
    const keys = [...new Set(alts.map(matchKey).filter((a) => a !== ''))];
    return { alts: keys, weight: Math.max(...keys.map(weight)) };
  };
  const norm = normalizeText(question).toLowerCase();
  const mentions = findYearMentions(normalizeText(question));
  // the pieces of a year mention (平成, 17, 年度, h, 28) are matched as years, not as terms
  const inYear = (t: string) => mentions.some((m) => m.raw.toLowerCase().includes(t));
  const asks = questionAsks(question);
  // "which basic plan" names the plans in general, not one of them
  const generalPlan = (names: string[]) => asks.includes('plan') && names.every((n) => GENERAL_PLAN.test(matchKey(n)));
  const entities = analyzed.entities.filter((names) => !generalPlan(names)).map((names) => [...new Set(names.map(matchKey).filter((n) => n.length >= 2))]);
  // the words that only say what is asked (始まった, 開始年度, which regions) need not stand in the answer
  const askWords = new Set([...asks.flatMap((a) => ASK_WORDS[a]), ...(CALL_ASKED.test(norm) ? CALL_WORDS : [])]);
  // the unit an amount is asked in (何百万円, 何億円) says how to write the value, not what it is of
  const unit = ASKED_UNIT.exec(norm)?.[1]?.replace(/\s+/gu, '') ?? '';
  let groups = analyzed.aspect
    .filter((alts) => !alts.every((a) => FILLERS.has(a) || askWords.has(a) || /^y\d{4}$/.test(a) || inYear(a) || (unit !== '' && unit.includes(a))))
    .map(group)
    .filter((g) => g.alts.length > 0);
  // a question that only names something ("知的クラスターとは") asks about the thing itself
  const namesOnly = groups.length === 0;
  if (namesOnly) groups = entities.map((names) => ({ alts: names, weight: Math.max(...names.map(weight)) }));
  const translated = analyzed.english ? lexicon.translate(analyzed.core.toLowerCase()).map((t) => group(t.japanese)) : [];
  const years = [...new Set(mentions.map((m) => m.year))];
  const needs = questionNeeds(question);
  // a start (or an end) asked alone wants a year stated as one: 平成N年度より, （平成N年度～）
  const edge = asks.includes('start') && !asks.includes('end') ? START_YEAR : asks.includes('end') && !asks.includes('start') ? END_YEAR : undefined;
  const time = needs.find((n) => n.kind === 'time');
  if (edge && time) time.pattern = edge;
  else if (edge) needs.push({ kind: 'time', pattern: edge });
  // a definition is looked for in sentences that define (…とは、…をいう), a ministry or body in ones that
  // name one; these guide the choice of sentences but are never a reason to abstain (SOFT_NEEDS)
  const soft = analyzed.answerType === 'definition' || analyzed.answerType === 'organisation' || analyzed.answerType === 'assessment' ? analyzed.answerType : undefined;
  if (soft && needs.length === 0) needs.push({ kind: soft, pattern: ANSWER_PATTERNS[soft] });
  // a thing's name asked (県の戦略は何という名前): a name of that kind, as a name stands (「おかやま医療機器イノベーション戦略」,
  // 名称：…交付金), not the kind said in passing (地域イノベーション戦略の実現)
  // (not one the question names itself: 「知的クラスター」 is no name of 高松地域の知的クラスター)
  const named = nameAsked(question);
  if (named) needs.push({ kind: 'name', pattern: namePattern(named, question) });
  const role = roleAsked(question);
  const person = personNeed(role);
  if (person) needs.push(person);
  // who runs it: a sentence naming a ministry or a body (■所管 / 環境省 …)
  else if (asks.includes('runner') && !needs.some((n) => n.kind === 'organisation')) needs.push({ kind: 'organisation', pattern: ANSWER_PATTERNS.organisation });
  return {
    question,
    language: analyzed.english ? 'en' : 'ja',
    analyzed,
    groups,
    translated,
    entities,
    years,
    needs,
    asks,
    namesOnly,
    role,
    rounds: roundsIn(normalizeText(question)),
    counted: countedNoun(question) ?? englishCounted(question, lexicon),
  };
}
