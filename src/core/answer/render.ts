// Renders a drafted answer: numbers its citations, writes each sentence with its markers in the
// question's language (quotes stay as the documents write them), lists both values where the
// documents disagree, and says plainly when the documents do not hold the answer.
import { findYearMentions, westernToEra } from '../era.js';
import type { Engine } from '../engine.js';
import { questionCore } from '../query.js';
import type { Citation } from '../schemas.js';
import { squashWhitespace } from '../text/normalize.js';
import type { FactPick } from './catalogue-facts.js';
import type { AnswerQuery } from './question.js';
import { sentenceProblems } from './check.js';
import type { Answer, AnswerCitation, AnswerConflict, AnswerSentence, NearestPassage } from './schema.js';
import { rankedSentence, type Ranked } from './superlative.js';
import { citeUnit, type AnswerUnit } from './units.js';
import { locate } from '../loaders/places.js';

/** What the answer will say, before it is numbered and written. */
export interface Draft {
  facts: FactPick[];
  passages: AnswerUnit[];
  /** Set when the answer abstains: why. */
  reason?: string | undefined;
  /** Parts of the question the documents never mention: said plainly after the answer. */
  missing?: string[] | undefined;
  /** The row of a table found with the most or least asked: stated first, citing its row and header. */
  ranked?: Ranked | undefined;
}

/** Numbers citations in order of first use; the same lines get the same marker. */
class Citations {
  readonly list: AnswerCitation[] = [];

  constructor(private readonly engine: Engine) {}

  marker(c: Citation): number {
    const found = this.list.find((x) => x.source === c.source && x.line_start === c.line_start && x.line_end === c.line_end && x.quote === c.quote);
    if (found) return found.marker;
    const doc = this.engine.documents.find((d) => d.meta.source === c.source);
    const lines = doc?.lines.slice(c.line_start - 1, c.line_end).join('\n') ?? '';
    // a quote must stand at its lines; if a catalogue quote does not, cite the lines whole
    const quote = squashWhitespace(lines).includes(squashWhitespace(c.quote)) && c.quote.trim() !== '' ? c.quote : lines.trim();
    const marker = this.list.length + 1;
    const location = doc ? locate(doc.places, c.line_start, c.line_end) : undefined;
    this.list.push({ marker, source: c.source, line_start: c.line_start, line_end: c.line_end, quote, ...(location && { location }), document_id: doc?.meta.id ?? '', title: doc?.meta.title ?? '' });
    return marker;
  }
}

function valueText(v: { display: string; label?: string | undefined }, en: boolean): string {
  if (!v.label) return v.display;
  return en ? `${v.display} (${v.label})` : `${v.display}（${v.label}）`;
}

/** The topic of a question, for saying that the documents do not cover it. */
export function questionTopic(question: string): string {
  return questionCore(question)
    .replace(/[\s%％?？、。・]+$/u, '')
    .replace(/(?:は|を|が|って|とは|について|具体的に)+$/u, '')
    .trim();
}

/** A sentence before its citations are numbered. */
interface Pending {
  text: string;
  citations: Citation[][];
  from: AnswerSentence['from'];
}

/** Writes a drafted answer in the question's language; a sentence its citations do not support is dropped. */
export function renderAnswer(engine: Engine, q: AnswerQuery, draft: Draft, nearest: NearestPassage[]): Answer {
  const en = q.language === 'en';
  if (draft.reason !== undefined) return abstained(q, draft.reason, nearest);
  const pending: Pending[] = [];
  const conflicts: { fact: FactPick; first: number }[] = [];
  for (const f of draft.facts) {
    const subject = en ? f.subjectEn : f.subject;
    if (f.list) {
      pending.push({ text: en ? `${f.label.en[0]!.toUpperCase()}${f.label.en.slice(1)} (${subject}):` : `${subject}の${f.label.ja}：`, citations: [f.values[0]!.citations], from: 'catalogue' });
      for (const v of f.values) pending.push({ text: `・${valueText(v, en)}`, citations: [v.citations], from: 'catalogue' });
    } else if (f.conflict) {
      conflicts.push({ fact: f, first: pending.length });
      pending.push({
        text: en ? `The documents differ on the ${f.label.en} of ${subject}:` : `${subject}の${f.label.ja}は、資料によって記載が異なります。`,
        citations: [f.values.flatMap((v) => v.citations)],
        from: 'conflict',
      });
      for (const v of f.values) pending.push({ text: `・${valueText(v, en)}`, citations: [v.citations], from: 'catalogue' });
    } else {
      const values = f.values.map((v) => valueText(v, en)).join(en ? '; ' : '、');
      pending.push({ text: en ? `${subject} — ${f.label.en}: ${values}` : `${subject}の${f.label.ja}：${values}`, citations: [f.values.flatMap((v) => v.citations)], from: 'catalogue' });
    }
  }
  if (draft.ranked) pending.push({ text: rankedSentence(draft.ranked, en), citations: [draft.ranked.citations], from: 'comparison' });
  const calendar = calendarAsked(q.question);
  let converted = false;
  for (const u of draft.passages) {
    const doc = engine.documents.find((d) => d.meta.id === u.documentId)!;
    pending.push({ text: u.text, citations: [[citeUnit(doc, u)]], from: 'passage' });
    // the years of the first passage that gives them in the other calendar, in the one asked
    const notes: string[] = calendar && !converted ? yearsIn(calendar, u.text, en) : [];
    if (notes.length > 0) pending.push({ text: notes.join(en ? '; ' : '、'), citations: [[citeUnit(doc, u)]], from: 'passage' });
    converted ||= notes.length > 0;
  }
  // last guard: every number and programme name must stand in the sentence's own citations
  const supported = pending.map((p) => sentenceProblems(engine.catalogue, p.text, p.citations.flat().map((c) => c.quote), q.question).length === 0);
  const cites = new Citations(engine);
  const sentences: AnswerSentence[] = [];
  const index = new Map<number, number>();
  pending.forEach((p, i) => {
    if (!supported[i]) return;
    index.set(i, sentences.length);
    sentences.push({ text: p.text, markers: [...new Set(p.citations.flat().map((c) => cites.marker(c)))], from: p.from });
  });
  if (sentences.length === 0) return abstained(q, 'no sentence of the evidence could be stated with its citations', nearest);
  const answerConflicts: AnswerConflict[] = [];
  for (const { fact, first } of conflicts) {
    const values = fact.values.flatMap((v, i) => {
      const s = index.get(first + 1 + i);
      return s === undefined ? [] : [{ value: v.display, markers: sentences[s]!.markers }];
    });
    if (values.length >= 2) answerConflicts.push({ subject: fact.subject, field: fact.field, values });
  }
  const missing = draft.missing ?? [];
  return { question: q.question, language: q.language, status: 'answered', answer: answerText(sentences, missing, en), sentences, citations: cites.list, conflicts: answerConflicts, not_in_documents: missing, nearest };
}

/** The calendar a question asks its years in: 西暦だと何年度, in the Western calendar; 和暦で, 令和だと何年度. */
function calendarAsked(question: string): 'western' | 'era' | undefined {
  if (/西暦|western calendar|gregorian/iu.test(question)) return 'western';
  if (/和暦|元号|(?:平成|令和|昭和)(?:だと|で言うと|でいうと|では|に直すと)|japanese (?:era|calendar)/iu.test(question)) return 'era';
  return undefined;
}

/** A year written in Western reckoning: 2025年度, ２０２１年, FY2019 (any other is an era's: 令和７年度, H23). */
const WESTERN_WRITTEN = /^(?:fy\s*)?[0-9０-９]/iu;

/** Each year of a passage written in another reckoning than the one asked, with the same year in that one: 令和７年度 = 2025年度, 平成３３年度 = 令和3年度. */
function yearsIn(calendar: 'western' | 'era', text: string, en: boolean): string[] {
  const out = new Map<string, string>();
  for (const m of findYearMentions(text)) {
    const { era, year } = westernToEra(m.year);
    // (an era year past its era's end — 平成３３年度 for 2021 — is written again in the era of that year)
    if (calendar === 'western' ? WESTERN_WRITTEN.test(m.raw) : m.raw.startsWith(era)) continue;
    const unit = /年度/u.test(m.raw) ? '年度' : '年';
    const asked = calendar === 'western' ? (en ? `${unit === '年度' ? 'FY' : ''}${m.year}` : `${m.year}${unit}`) : `${era}${year === 1 ? '元' : year}${unit}`;
    out.set(m.raw, `${m.raw} = ${asked}`);
  }
  return [...out.values()];
}

/** The answer as text: each sentence with its markers, then what the documents do not say. */
export function answerText(sentences: readonly AnswerSentence[], missing: readonly string[], en: boolean): string {
  const lines = sentences.map((s) => `${s.text} ${s.markers.map((m) => `[${m}]`).join('')}`);
  if (missing.length > 0) lines.push(en ? `The documents do not say: ${missing.map((m) => `“${m}”`).join(', ')}.` : `資料には${missing.map((m) => `「${m}」`).join('・')}の記載が見当たりません。`);
  return lines.join('\n');
}

function abstained(q: AnswerQuery, reason: string, nearest: NearestPassage[]): Answer {
  const topic = questionTopic(q.question) || q.question;
  const answer =
    q.language === 'en'
      ? `The documents do not say this (“${topic}”). The nearest passages are listed below; they do not answer the question.`
      : `資料には「${topic}」の記載が見当たりません。近い箇所を以下に示しますが、質問への答えにはなっていません。`;
  return { question: q.question, language: q.language, status: 'abstained', answer, sentences: [], citations: [], conflicts: [], reason, not_in_documents: [topic], nearest };
}
