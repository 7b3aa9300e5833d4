// Questions that ask two things at once (「ハブ長は誰だった？あとデータ販売の収入は？」, 「令和元年度は
// いくらで、令和2年度ではどうなった？」, "Who chaired it? What did it decide?"): each part is answered on its
// own, with what the first part is about carried to the parts that leave it out, and the answers
// are joined into one, citations numbered afresh. A part the documents do not answer is said to be
// missing; the rest is answered.
import { normalizeText } from '../text/normalize.js';
import { askedGrade, rowGrades } from './lists.js';
import { answerText } from './render.js';
import type { Answer, AnswerCitation } from './schema.js';

/** その that points back at what was found (その拠点, その中核機関), not その後, その他, その際. */
const THAT_ONE = 'その(?!後|他|ほか|際|時|まま|うち|ため|結果)';
/** Where a question goes on to ask a second thing. */
const JA_BREAK = new RegExp(String.raw`[？?](?=\s*\S{4,})|と、(?=${THAT_ONE})|(?<=(?:だった|になった|を受けた|をもらった|を取った|がついた|とされた)(?:地域|拠点|エリア|ハブ|大学)(?:は|について))、(?![^。？?]*どう(?:なる|なっ|扱))|[、。](?:あと|それと(?!も)|それから|また|ついでに)[、,]?|(?<=(?:いくら|誰|だれ|どこ|いつ|何[^、。？?]{0,4}))(?:で|か)、`, 'gu');
const EN_BREAK = /\?(?=\s*\S{4,})/gu;
/** Which got a grade run on into what is asked of it: 「事後評価で唯一Ｓだった拠点の中核機関は？」 (which, then its 中核機関; not …拠点の中で, one among them). */
const GRADED_ONES_OF = /^(.{4,}?(?:だった|になった|となった|を受けた|がついた|とされた)(地域|拠点|エリア|ハブ|大学))の(?!中で|中の|中に|うち)(.{2,})$/u;
/** A question that asks two things side by side to compare them: AとBを比べたい, AとBを比較すると. */
const COMPARED = /^(.{4,}?)と[、,]?\s*(.{2,}?)を(?:比べ|くらべ|比較)/u;
/** A question how two things differ, after any sentence that only says who asks: (新任です。)AとBは、Cがどう違う. */
const DIFFER = /^(?:[^。？?]*。)*?\s*([^。？?]{2,}?)と([^。？?]{2,}?)(?:は|って)[、,]?\s*(?:(.{2,}?)(?:が|は|の|で))?(?:どう|どのように|何が|どこが)違/u;
/** What a part that asks something holds: a question word, or a question's ending. */
const JA_ASKS = /何|なに|なん|いつ|どこ|誰|だれ|いくら|どの|どう|どれ|いくつ|か[。？?]?$|[はの][？?]?$|って[？?]?$|[？?]$|教えて|知りたい|ますか|ですか|たの|んだっけ|っけ|(?:思う|んです|のです)(?:が|けど|けれど)[。]?$/u;
const EN_ASKS = /\b(?:what|when|where|who|which|how|why|is|are|was|were|did|does|do|can)\b|\?$/iu;
/** A part shorter than this asks nothing on its own ("When and where …" is one question). */
const MIN_PART_JA = 6;
const MIN_PART_EN = 12;
/** What a Japanese question is about, before it asks: 「海洋データのハブ、」「卓越研究者プログラムの予算、」. */
const JA_TOPIC = /^(.{2,30}?)(?:、|は|って)/u;
/** What an English question is about, in its opening phrase: "In the 2021 call of the … programme, ". */
const EN_TOPIC = /^((?:in|for|under|of|about)\s[^,?]{4,80}),/iu;

/**
 * The parts of a question that asks several things, each able to stand alone (what the first is
 * about carried to a part that names nothing of its own); one part for a simple question.
 */
export function splitQuestion(question: string, language: 'ja' | 'en', namesItsOwn: (part: string) => boolean = () => false): string[] {
  const en = language === 'en';
  const paired = en ? undefined : sideBySide(question, namesItsOwn) ?? ofGradedOnes(question) ?? eachOfTwo(question);
  if (paired) return paired;
  // (「…だった拠点と、その連携機関を教えて」: the part before その asks which ones)
  const which = !en && /と、その/u.test(question);
  const parts = question
    .split(en ? EN_BREAK : JA_BREAK)
    .map((p) => p.trim())
    .filter((p) => Array.from(p).length >= (en ? MIN_PART_EN : MIN_PART_JA))
    .map((p, i, all) => (which && i + 1 < all.length && !JA_ASKS.test(p) ? `${p}はどこ？` : p))
    // (「…Ｃになった拠点について、…」: the part before asks which ones)
    .map((p) => (en ? p : p.replace(/(?<=地域|拠点|エリア|ハブ|大学)について$/u, 'はどこ？')));
  // every part must ask something of its own (not a bracketed aside: …は？（令和５年度）)
  if (parts.length < 2 || !parts.every((p) => (en ? EN_ASKS : JA_ASKS).test(p))) return [question];
  return carryTopic(parts, en, namesItsOwn);
}

/**
 * The parts of a question that sets two things side by side: to compare them (AとBを比べたい asks A,
 * and B), or to ask how they differ (AとBは、規模と始まった時期がどう違う asks that of each).
 */
function sideBySide(question: string, namesItsOwn: (part: string) => boolean): string[] | undefined {
  const q = normalizeText(question);
  const compared = COMPARED.exec(q);
  if (compared) return carryTopic([`${compared[1]!}は？`, `${compared[2]!}は？`], false, namesItsOwn);
  const differ = DIFFER.exec(q);
  return differ ? [differ[1]!, differ[2]!].map((x) => (differ[3] ? `${x}の${differ[3]}は？` : `${x}は？`)) : undefined;
}

/** Two things of one kind asked それぞれ: 令和4年度と令和5年度でそれぞれ, 宮城の拠点と焼津の拠点は、…それぞれ (the first one back to a break). */
const EACH_OF_TWO = /^(.*?)([^、。？?はをがも\s]{2,})と(.+?)それぞれ(?:の)?(.*)$/u;

/**
 * The parts of a question that asks the same of two things of one kind, それぞれ (…予算額は、令和4年度と令和5年度で
 * それぞれいくら？ asks …令和4年度でいくら？ and …令和5年度でいくら？): the second is the shortest run after と that
 * ends as the first does (年度, 拠点, 評価), and what stands between it and それぞれ goes with each.
 */
function eachOfTwo(question: string): string[] | undefined {
  const [, before = '', first = '', between = '', after = ''] = EACH_OF_TWO.exec(question.trim()) ?? [];
  // (indexOf from 1: the second is two characters at least)
  const end = first === '' ? -1 : between.indexOf(Array.from(first).at(-1)!, 1);
  const second = between.slice(0, end + 1);
  if (end < 0 || /[、。？?]/u.test(second)) return undefined;
  const rest = `${between.slice(end + 1)}${after}`;
  return [`${before}${first}${rest}`, `${before}${second}${rest}`];
}

/** The parts of a question asking something of the ones that got a grade: which they are, and that of them. */
function ofGradedOnes(question: string): string[] | undefined {
  const m = GRADED_ONES_OF.exec(question.trim());
  return m && askedGrade(m[1]!) !== undefined ? [`${m[1]!}はどこ？`, `その${m[2]!}の${m[3]!}`] : undefined;
}

/** Parts after the first that name nothing of their own get what the first is about. */
function carryTopic(parts: string[], en: boolean, namesItsOwn: (part: string) => boolean): string[] {
  const topic = (en ? EN_TOPIC : JA_TOPIC).exec(parts[0]!)?.[1]?.trim();
  return parts.map((p, i) => (i === 0 || !topic || p.includes(topic) || namesItsOwn(p) ? p : en ? `${topic}, ${p}` : `${topic}、${p}`));
}

/** A part that asks of what the part before it found: その拠点の連携機関, その中核機関 (not その後). */
export const BACK_REFERENCE = new RegExp(`${THAT_ONE}(?:(?:拠点|地域|エリア|大学|機関|ハブ|県|市|クラスター)の?)?`, 'u');
/** A part that asks for a value or a thing (いくら, どこ, 誰, 何, いつ, どんな), not whether or how something went (その後も支援を受けられたの？). */
export const VALUE_ASKED = /いくら|いくつ|いつ|どこ|誰|だれ|どなた|何|なに|どの|どれ|どんな|どういう/u;
/** A name of a place or body standing first in a row or an entry: 宇部エリア, 九州医療機器連携拠点. */
const ROW_NAME = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,24}?(?:地域|エリア|拠点|ハブ|クラスター|大学)$/u;

/** A place's name alone in a graded row's first cell: 銚子, 富山・高岡. */
const GRADED_ROW_NAME = /^[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}$/u;

/** The places or bodies an answer lists, each the first cell of its row or entry (giving the grade asked in some column, if one was; at most `max`). */
export function rowNames(answer: Answer, max: number, grade?: string): string[] {
  const names = answer.sentences
    .filter((s) => grade === undefined || rowGrades(s.text).includes(grade))
    .map((s) => s.text.normalize('NFKC').replace(/^[\s○●◎・■□◆◇\-－]+/u, '').split(/\s{2,}|\u3000|\s(?=\S+\s+\S)/u)[0]!.replace(/[（(][^）)]*[）)]$/u, '').trim())
    // (a row of the grade asked names its place in its first cell, with or without its kind: 四日市　Ｓ　Ｓ　Ａ　Ｓ)
    .filter((n) => ROW_NAME.test(n) || (grade !== undefined && GRADED_ROW_NAME.test(n)));
  return [...new Set(names)].slice(0, max);
}

/**
 * The part asked of a name the part before found: from its back reference on (what was carried to
 * it from the first part dropped), the reference replaced by the name, under the programme asked.
 */
export function aboutFound(part: string, name: string, programme: string | undefined): string {
  // (with no reference, what follows the first part's words carried to it: 「…地域、採択時は…」)
  const at = part.search(BACK_REFERENCE);
  const asked = at >= 0 ? part.slice(at).replace(BACK_REFERENCE, `${name}の`) : `${name}の${part.slice(part.lastIndexOf('、') + 1)}`;
  return programme ? `${programme}の${asked}` : asked;
}

/** The answers to the parts of `question`, joined: markers renumbered, parts not answered said to be missing. */
export function joinAnswers(question: string, parts: readonly Answer[]): Answer {
  const citations: AnswerCitation[] = [];
  const same = (a: AnswerCitation, b: AnswerCitation) => a.source === b.source && a.line_start === b.line_start && a.line_end === b.line_end && a.quote === b.quote;
  const renumber = (part: Answer) => {
    const map = new Map<number, number>();
    for (const c of part.citations) {
      let found = citations.find((x) => same(x, c));
      if (!found) citations.push((found = { ...c, marker: citations.length + 1 }));
      map.set(c.marker, found.marker);
    }
    return (m: number) => map.get(m)!;
  };
  const answered = parts.filter((p) => p.status === 'answered').map((p) => ({ p, to: renumber(p) }));
  // a sentence two parts both give is said once
  const sentences = answered
    .flatMap(({ p, to }) => p.sentences.map((s) => ({ ...s, markers: [...new Set(s.markers.map(to))] })))
    .filter((s, i, all) => all.findIndex((o) => o.text === s.text) === i);
  const conflicts = answered.flatMap(({ p, to }) => p.conflicts.map((c) => ({ ...c, values: c.values.map((v) => ({ ...v, markers: v.markers.map(to) })) })));
  const missing = [...new Set(parts.flatMap((p) => p.not_in_documents))];
  return {
    question,
    language: parts[0]!.language,
    status: 'answered',
    answer: answerText(sentences, missing, parts[0]!.language === 'en'),
    sentences,
    citations,
    conflicts,
    not_in_documents: missing,
    nearest: parts.flatMap((p) => p.nearest).filter((n, i, all) => all.findIndex((o) => o.citation.source === n.citation.source && o.citation.line_start === n.citation.line_start) === i).slice(0, Math.max(...parts.map((p) => p.nearest.length))),
  };
}
