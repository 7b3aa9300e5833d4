// What a question asks that the documents never mention. 「マッチングプランナーの採用条件と給与水準
// は？」 names a thing the documents know and asks about it in words they never use: no sentence
// about the thing covers any of them, so the answer abstains whatever else it shares with them.
// A question with several parts (「AとB」, 「…は？…は？」) answers the parts it can and says
// plainly which part the documents do not mention.
import { normalizeText } from '../text/normalize.js';
import { FILLERS, type AnswerQuery, type TermGroup } from './question.js';

/** Words that name the kind of value asked (地域数, 予算額, 実施年度): the answer's value stands for them. */
const VALUE_WORD = /(?:数|額|年度|期間|時期|規模|率|割合|予算|金額|年数|件数|人数|期|年|日付|期日)$/u;
/** Words that only say what kind of answer is wanted (名前, 内容, 理由): never what a part is about. */
const QUESTION_NOUN = /^(?:名前|名称|内容|理由|意味|違い|特徴|概要|詳細|状況|方法|仕組み|役割|種類|類型|一覧|結果|点|対象)$/u;
/** A part of a question that is a noun phrase (「AとB」) is at most this long once names are taken out. */
const PART_CHARS = 20;
/** Runs of kanji or katakana of two or more characters. */
const TERM = /[\p{Script=Han}\p{Script=Katakana}ー・]{2,}/gu;
/** Where one part of a question ends and the next begins. */
const PART_BREAK = /(?<=[\p{Script=Han}\p{Script=Katakana}ー])と(?=[\p{Script=Han}\p{Script=Katakana}])|及び|および|並びに|？|\?/u;

/** How the corpus is looked up: a compound as written, a morpheme's unit count, a text's morphemes. */
export interface TermLookup {
  has(key: string): boolean;
  df(term: string): number;
  morphemes(text: string): string[];
}

/**
 * The parts of a Japanese question (short noun phrases: 「AとB」) that the documents never mention:
 * the term a part asks about (its last kanji or katakana compound that is no name, no question
 * word and no word for the value asked) stands nowhere, and neither does any word it is made of
 * or their synonyms. Empty when the question has one part, or when no part is left to answer.
 */
export function missingParts(q: AnswerQuery, lookup: TermLookup): string[] {
  if (q.language !== 'ja') return [];
  const names = q.entities.flat();
  const parts = normalizeText(q.question)
    .toLowerCase()
    .split(PART_BREAK)
    .map((p) => p.trim())
    .filter((p) => /[\p{Script=Han}\p{Script=Katakana}]/u.test(p));
  if (parts.length < 2) return [];
  const missing: string[] = [];
  for (const part of parts) {
    const bare = names.reduce((t, n) => t.split(n).join(''), part.replace(/\s+/gu, ''));
    if (Array.from(bare).length > PART_CHARS) continue;
    const terms = [...bare.matchAll(TERM)].map((m) => m[0]).filter((t) => !t.startsWith('何'));
    const head = terms.at(-1);
    // (a part that only says how to answer — 全部。 — asks nothing the documents could lack)
    if (head === undefined || FILLERS.has(head) || VALUE_WORD.test(head) || QUESTION_NOUN.test(head) || lookup.has(head)) continue;
    // the part ends on what it asks about (…の給与水準は): nothing it says of it comes after
    if (/[\p{Script=Han}\p{Script=Katakana}]/u.test(bare.slice(bare.lastIndexOf(head) + head.length))) continue;
    // absent as written, and so is the first word it is made of, with any synonym the reading added
    const first = lookup.morphemes(head).find((m) => Array.from(m).length >= 2);
    const alts = (w: string) => [w, ...q.groups.filter((g) => g.alts.includes(w)).flatMap((g) => g.alts)];
    if (first !== undefined && alts(first).every((a) => lookup.df(a) === 0)) missing.push(head);
  }
  return missing.length < parts.length ? missing : [];
}

/** The noun a question asks of (…の傍聴者は何人, …の電話番号を教えて): the compound right before は, を or の and a question word. */
const ASKED_HEAD = /([\p{Script=Han}\p{Script=Katakana}ー・]{2,})[）)]?\s*(?:は|って|を|の)\s*(?:何|なん|いくら|どこ|いつ|誰|だれ|どの|どう|どれ|教え|いくつ)/gu;

/**
 * The noun a one-part Japanese question asks of, when the documents never use it: not as written,
 * and no word of two or more characters it is made of, nor a synonym the reading added
 * (傍聴者 in 「…の傍聴者は何人でしたか」). Undefined when they do, or when it only names the kind of
 * value or answer asked (予算額, 名称).
 */
export function unmentionedHead(q: AnswerQuery, lookup: TermLookup): string | undefined {
  if (q.language !== 'ja') return undefined;
  const head = [...normalizeText(q.question).matchAll(ASKED_HEAD)].at(-1)?.[1];
  if (head === undefined || VALUE_WORD.test(head) || QUESTION_NOUN.test(head) || lookup.has(head.toLowerCase())) return undefined;
  const words = lookup.morphemes(head).filter((m) => Array.from(m).length >= 2);
  const alts = (w: string) => [w, ...q.groups.filter((g) => g.alts.includes(w)).flatMap((g) => g.alts)];
  return words.length > 0 && words.every((w) => alts(w).every((a) => lookup.df(a) === 0)) ? head : undefined;
}

/**
 * True when the question is about a thing the documents name (its focus, a name-like term) and
 * asks about it only in words they never use: most of the rest of what it asks stands nowhere,
 * and no sentence that names the thing covers any of the rest.
 */
export function asksUnmentioned(q: AnswerQuery, focus: TermGroup | undefined, lookup: TermLookup, keysNamingFocus: readonly string[], minAbsent: number): boolean {
  if (!focus || q.language !== 'ja' || q.analyzed.answerType === 'definition') return false;
  // the nouns it asks about (a verb or an adjective, 置く or 高い, says how it asks)
  const rest = q.groups.filter((g) => g !== focus && g.alts.some((a) => /^[\p{Script=Han}\p{Script=Katakana}ー]{2,}$/u.test(a)));
  if (rest.length < 2) return false;
  const total = rest.reduce((a, g) => a + g.weight, 0);
  const absent = rest.filter((g) => g.alts.every((a) => lookup.df(a) === 0) && !g.alts.some((a) => QUESTION_NOUN.test(a))).reduce((a, g) => a + g.weight, 0);
  if (absent / total < minAbsent) return false;
  return !keysNamingFocus.some((k) => rest.some((g) => g.alts.some((a) => k.includes(a))));
}

/** What closes the compound a value is asked of by naming only the value's kind or a whole (提出率 → 提出, 販売価格 → 販売). */
const VALUE_SUFFIX = /(?:金額|総額|合計|件数|人数|社数|価格|割合|比率|額|数|率|費|金|計)$/u;

/** Where one thing asked ends and the next begins (落札金額（税抜）と、最低制限価格は). */
const VALUE_PARTS = /(?<=[\p{Script=Han}\p{Script=Katakana}ー）)])と[、，]?(?=[\p{Script=Han}\p{Script=Katakana}])|及び|および|並びに|？|\?/u;
/** The words a question asks with. */
const ASKING = /いつ|どこ|何|誰|だれ|いくら|いくつ|どの|どれ|どう|どんな/gu;

/** The compound an amount, a count or a share is asked of: 販売価格は（それぞれ）いくら, 提出率は何％, 参加者数はいくつ. */
const VALUE_HEAD = /([\p{Script=Han}\p{Script=Katakana}ー・]{2,})[）)]?\s*(?:は|って|が)\s*(?:それぞれ|合わせて|全部で|(?:合計|総額|総計|年額|月額|年間)で?)?\s*(?:いくら|いくつ|何\s*(?:[%％割件人社円名]|千|百|万|億|か所|箇所|カ所)|どれ(?:くらい|ぐらい|だけ)|どのくらい|どのぐらい)/u;

/**
 * The words of the compound an amount, a count or a share is asked of (販売 for …の販売価格はいくら,
 * 提出 for 提出率は何％), less the word for the value's kind, with their synonyms: a sentence that gives
 * the value of something else (交付決定額 for 販売価格) holds none of them. Empty when the compound only
 * names the value's kind (予算額, 件数) or a name the question gives, when the question asks several
 * things, or when it is English.
 */
export function valueAskedOf(q: AnswerQuery, lookup: TermLookup): string[] {
  const text = normalizeText(q.question);
  // (one thing asked: a question of several parts — 落札金額と最低制限価格は, どの企業で、いくら — may be answered in part)
  const parts = text.split(VALUE_PARTS).filter((p) => /[\p{Script=Han}\p{Script=Katakana}]/u.test(p));
  if (q.language !== 'ja' || parts.length > 1 || (text.match(ASKING) ?? []).length > 1) return [];
  const head = VALUE_HEAD.exec(text)?.[1];
  if (head === undefined || q.entities.flat().some((n) => n.includes(head) || head.includes(n))) return [];
  const stem = head.replace(VALUE_SUFFIX, '');
  if (Array.from(stem).length < 2 || VALUE_WORD.test(stem) || QUESTION_NOUN.test(stem) || FILLERS.has(stem)) return [];
  const words = lookup.morphemes(stem).filter((w) => Array.from(w).length >= 2 && !VALUE_WORD.test(w));
  return [...new Set(words.flatMap((w) => [w, ...q.groups.filter((g) => g.alts.includes(w)).flatMap((g) => g.alts)]))];
}
