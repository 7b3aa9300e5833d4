// Questions that ask two things at once (「ハブ長は誰だった？あとデータ販売の収入は？」, 「令和元年度は
// いくらで、令和2年度ではどうなった？」, "Who chaired it? What did it decide?"): each part is answered on its
// own, with what the first part is about carried to the parts that leave it out, and the answers
// are joined into one, citations numbered afresh. A part the documents do not answer is said to be
// missing; the rest is answered.
import { answerText } from './render.js';
import type { Answer, AnswerCitation } from './schema.js';

/** Where a question goes on to ask a second thing. */
const JA_BREAK = /[？?](?=\s*\S{4,})|[、。](?:あと|それと(?!も)|それから|また|ついでに)[、,]?|(?<=(?:いくら|誰|だれ|どこ|いつ|何[^、。？?]{0,4}))(?:で|か)、/gu;
const EN_BREAK = /\?(?=\s*\S{4,})/gu;
/** What a part that asks something holds: a question word, or a question's ending. */
const JA_ASKS = /何|なに|なん|いつ|どこ|誰|だれ|いくら|どの|どう|どれ|いくつ|か[。？?]?$|[はの][？?]?$|って[？?]?$|[？?]$|教えて|知りたい|ますか|ですか|たの|んだっけ|っけ/u;
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
  const parts = question
    .split(en ? EN_BREAK : JA_BREAK)
    .map((p) => p.trim())
    .filter((p) => Array.from(p).length >= (en ? MIN_PART_EN : MIN_PART_JA));
  // every part must ask something of its own (not a bracketed aside: …は？（令和５年度）)
  if (parts.length < 2 || !parts.every((p) => (en ? EN_ASKS : JA_ASKS).test(p))) return [question];
  const topic = (en ? EN_TOPIC : JA_TOPIC).exec(parts[0]!)?.[1]?.trim();
  return parts.map((p, i) => (i === 0 || !topic || p.includes(topic) || namesItsOwn(p) ? p : en ? `${topic}, ${p}` : `${topic}、${p}`));
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
