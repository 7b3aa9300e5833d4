// Turns a question into weighted terms for the two lexical fields: question words dropped,
// Japanese era years and Western years made one token, synonyms, programme aliases and
// English glossary terms added at lower weight.
import { CALL_ASKED, LIST_ASKS, listedNoun, questionAsks } from './answer/intent.js';
import type { WeightedTerm } from './bm25.js';
import { findYearMentions, MONTHS_EN } from './era.js';
import type { Lexicon } from './lexicon.js';
import { PLAN_NUMBER } from './plan-number.js';
import { PERSON_NAME, ROLE_WORDS } from './roles.js';
import { escapeRegExp, normalizeText } from './text/normalize.js';
import { bigrams, type JapaneseTokenizer } from './text/tokenize.js';

export interface AnalyzedQuery {
  /** The question with its question words removed (NFKC). */
  core: string;
  morph: WeightedTerm[];
  bigram: WeightedTerm[];
  /** Fiscal years the question names, as Western years. */
  years: number[];
  /** True when the question is mostly English. */
  english: boolean;
  /** True when the question asks when something started (its answer type is then 'time'). */
  asksStart: boolean;
  /** True when the question asks which 基本計画 (第何期) something started under or belongs to. */
  asksPlan: boolean;
  /** What a list question asks to list (大学, 地域, 機関; '' for any), when it asks which places or bodies. */
  listed: string | undefined;
  /** What kind of answer the question asks for, when it says (いくら → money). */
  answerType: AnswerType | undefined;
  /** The question's own content terms (before expansion). */
  terms: string[];
  /** For a definition question, what it asks to define (「知的クラスター」とは → 知的クラスター). */
  defines: string | undefined;
  /** Programmes or plans the question names, each with all its names (for context matching). */
  entities: string[][];
  /** The core less the names of the programmes it names: what it asks about them. */
  aspectText: string;
  /**
   * What the question asks about the programme it names: its own terms less the programme's
   * name, each with the alternatives that also count (expansions, synonyms).
   */
  aspect: string[][];
}

export type AnswerType = 'money' | 'count' | 'date' | 'person' | 'time' | 'organisation' | 'assessment' | 'definition' | 'grade';

/**
 * A question asking what was judged, said or decided of something: 何が足りなかった, どう直せと,
 * 何と言われた, なぜ, この先どうなる, what was lacking, why.
 */
const ASSESSMENT_ASKED =
  /何が(?:足りな|不足|欠け|まず|ダメ|だめ|問題|課題|弱|遅れ|悪|よくな|良くな|いけな|必要)|(?:どこ|どういうところ|どんなところ|どの点)が(?:足りな|不足|欠け|まず|ダメ|だめ|問題|弱|悪)|何と(?:言|い[わっ]|書|指摘|評|述べ|説明)|どう(?:直|改め|変え|す(?:べき|れば|るよう)|した(?:ら|方)|言われ|評価され|指摘され|書かれ|説明|述べ|なる|なっ)|どのように(?:評価|指摘|改善|見直)|悩み|問題点|反省|理由|なぜ|どうして|指摘され|勧め|\bwhy\b|what (?:was|were) (?:lacking|missing)|criticis|criticiz|recommend|weakness/iu;

const ANSWER_TYPES: [AnswerType, RegExp][] = [
  ['money', /いくら|予算|金額|[^総]額|何億|何円|億円|百万円|how much|budget|amount|cost|funding|yen/iu],
  ['count', /何地域|何拠点|何件|何人|何名|何社|何か所|何箇所|何ヶ所|何クラスター|何エリア|いくつ|何課題|数は|how many|number of/iu],
  // a person (誰, どなた, who chaired): a line that names one by a role
  ['person', /誰|だれ|どなた|どの方|\bwho\b/iu],
  // a day or a month (何月何日, 何月, what date): the dated line, not any year
  ['date', /何月|何日|\bwhat (?:date|day|month)\b|\bwhich (?:date|day|month)\b|\bon what date\b/iu],
  ['time', /いつ|何年|when|what year|how long/iu],
  ['organisation', /どこの(?:省|府|機関|組織)|どの(?:省|府|機関|組織)|省庁|府省|which ministr|which organi[sz]ation|who (?:runs|selects|funds)/iu],
  // what was judged, said or decided of it: what was lacking, how to fix it, why, what becomes of it (also of
  // the places of one grade: 最低ランクの地域はどうなる)
  ['assessment', ASSESSMENT_ASKED],
  // a grade of an evaluation: which got S, the best rank, 評価区分
  ['grade', /(?<![A-Za-z])[SABC]\s*評価|評価(?:が|で|は)\s*[SABC](?![A-Za-z])|(?:最高|最低|一番(?:上|下|高|低|良|悪))(?:の)?(?:ランク|評価)|ランク|評価区分|\b(?:grade|graded|rated|rating)\b/iu],
  ['definition', /とは|どういう|どのような(?:もの|施設|仕組み|制度|事業|役割)|どんな(?:もの|施設|仕組み|制度|役割)|定義|意味|目的|what is|what are|define|definition|purpose/iu],
];

/**
 * Words that ask a time only when nothing else is asked: 開始年度は？ asks a year, but
 * 「H18開始のエリアはどこ」 asks which areas (開始 tells them apart).
 */
const TIME_WORDS = /期間|年度から|開始|始ま|終了|period|duration/iu;
/** Question words asking something other than a time. */
const OTHER_ASK = /どこ|どれ|どの(?!くらい|ぐらい)|誰|だれ|どなた|何(?!年|月|日)|いくら|いくつ|\b(?:which|who|where|what(?! year)|how (?:much|many))\b/iu;

/** The kind of value a question asks for, if any. */
function answerTypeOf(question: string): AnswerType | undefined {
  const q = normalizeText(question);
  return ANSWER_TYPES.find(([, re]) => re.test(q))?.[0] ?? (TIME_WORDS.test(q) && !OTHER_ASK.test(q) ? 'time' : undefined);
}

/** A question about when something started (いつから, 開始年度, 始まった, when did … start). */
const ASKS_START = /いつから|開始|始ま|始め|スタート|創設|発足|創立|立ち上げ|when did .*(?:start|begin|launch)|since when|start(?:ed|ing)? (?:year|date)|first year|launched/iu;

/**
 * A passage that states when something started: 平成28年度より, 令和２年度から実施, （平成２３年度～）,
 * 平成30年度創設, or the year and the start apart in one sentence (令和3年度に、…を統合して創設した).
 */
export const START_PATTERN =
  /(?:(?:平成|昭和|令和|[HＨR])\s*[0-9０-９元]+|[0-9０-９]{4})\s*年度?\s*(?:[（(][^）)]{0,12}[）)])?\s*(?:から|より|に[^。]{0,60}?(?:開始|創設|発足|創立|スタート|新設)|(?:を|の)?(?:開始|創設|発足|創立|新設|スタート)|[~〜～]|-\s*[）)])/u;

/** A question asking which 基本計画 something started under or belongs to (どの基本計画, 第何期の科学技術基本計画, which basic plan). */
const ASKS_PLAN = /(?:どの|いずれの|第?何期の)[^。？?]{0,12}基本計画|which (?:[\w&-]+ ){0,4}plan/iu;

/**
 * A passage that answers it: one naming a plan by its ordinal (第３期科学技術基本計画), or one saying
 * when the programme started (the plan then follows from the year).
 */
export const PLAN_ANSWER = new RegExp(`第\\s*${PLAN_NUMBER}\\s*期[^。\\n]{0,16}基本計画|${START_PATTERN.source}`, 'u');

/** The words an entry of a list of each kind names (a list of 機関 names 大学, 財団, 機構; of 地域, 県 and エリア). */
const ENTRY_NOUNS: Record<string, string> = {
  大学: '大学',
  県: '県|都|道|府',
  市: '市|町|村',
  拠点: '拠点|大学|センター|機構',
  プロジェクト: 'プロジェクト|構想|拠点|クラスター',
  課題: '課題|プロジェクト|研究',
  地域: '地域|エリア|地区|県|都|道|府|市|クラスター',
  機関: '大学|機関|センター|財団|法人|機構|研究所',
};
const ANY_ENTRY = '大学|県|都|道|府|市|町|村|地域|エリア|地区|拠点|機関|センター|財団|法人|機構|クラスター|ハブ';

/** Per kind listed, the pattern below, built once: every list question asks for one. */
const LIST_ANSWERS = new Map<string, RegExp>();

/** A passage that answers a list question of that kind: three short lines in a row, each naming one (○道央地域（北海道）, 岡山大学　　Ｓ). */
export function listAnswer(noun: string): RegExp {
  let pattern = LIST_ANSWERS.get(noun);
  if (!pattern) {
    const entry = `^[^\\n]{0,48}(?:${ENTRY_NOUNS[noun] ?? ANY_ENTRY})[^\\n]{0,24}$`;
    pattern = new RegExp(`(?:${entry}\\n){2}${entry}`, 'mu');
    LIST_ANSWERS.set(noun, pattern);
  }
  return pattern;
}

/** Patterns a passage that answers each kind of question contains. */
export const ANSWER_PATTERNS: Record<AnswerType, RegExp> = {
  money: /[0-9０-９][0-9０-９,，.．]*\s*(?:兆|億|百万|千万|万|千)?\s*円/u,
  count: /[0-9０-９]+\s*(?:地域|拠点|件|人|名|社|か所|箇所|クラスター|エリア|課題|大学|機関)/u,
  organisation: /(?:文部科学|経済産業|農林水産|総務|国土交通|厚生労働|環境)省|内閣府|振興機構|JST|財団|協議会|本部/u,
  // a judgement, a recommendation or a measure: 不十分, …にとどまり, 示されていない, 求める, 必要, 減額
  assessment:
    /不十分|不明確|にとどま|(?:され|示され|見られ|でき|進ん|図られ|行われ)て(?:い|お)(?:ない|らず)|至らな|弱い|弱く|遅れ|課題|不足|欠け|欠如|乏し|依存|求め(?:る|た|られ)|必要(?:が|で|と|な)|べき|望まれ|望まし|見直|改善|懸念|困難|難し|ため[、，,]|理由|指摘|留意|十分で(?:は)?な|減額|増額|縮減|行わない|認めない|打ち切|中止|廃止|統合|再編|縮小|移行/u,
  definition: /とは[、,]|をいう|をいい|を指す|のことを|と定義|ための施設|を目的と/u,
  // a role with a name beside it (主査：井口　泰彦, 委員長　宮之原 克己), or a name set out family and given apart before a role
  person: new RegExp(`(?:${ROLE_WORDS})\\s*[:：（(]?\\s*[\\p{Script=Han}]{1,4}[ \\u3000]?[\\p{Script=Han}\\p{Script=Hiragana}]{1,4}|${PERSON_NAME}\\s*(?:${ROLE_WORDS}|委員)`, 'u'),
  date: new RegExp(`[0-9０-９]{1,2}\\s*月\\s*(?:[0-9０-９]{1,2}\\s*日|[（(]|[~〜～]|$)|\\b(?:${MONTHS_EN})\\b`, 'mu'),
  time: /(?:平成|昭和|令和|[HＨ])\s*[0-9０-９元]+|[0-9０-９]{4}\s*年|[0-9０-９]+\s*年間|[0-9０-９]+\s*年(?:[）)]|$)/u,
  // a grade letter standing alone (…　Ａ, 【Ｓ】, Ｂ評価)
  grade: /(?<=^|[\s\u3000【（(：:])[SABCＳＡＢＣ](?=$|[\s\u3000】）)、。]|\s*評価)/mu,
};

const QUESTION_TAIL = [
  /(?:について|に関して|に関する|の)?(?:を|は)?(?:詳しく)?(?:(?:教|おし)えて(?:ください|下さい|ほしい|欲しい)?|(?:知|し)りたい(?:です)?|説明して(?:ください)?|調べて(?:ください)?)(?:ますか)?$/u,
  /(?:と|って)?(?:は|とは)?(?:何|なに|なん|どういうもの|どのようなもの|どんなもの)(?:です|でした|でしょう|だった)?か?$/u,
  /(?:です|でしょう|ました|ます|ですか|だった|でした)か?$/u,
  /(?:ある|いる|する|した|なる|なった)(?:の)?(?:です)?か$/u,
];
const INTERROGATIVES = /(?:何|なん)(?=年間|年度|年|地域|拠点|件|人|名|社|回|億円|百万円|万円|円|か所|ヶ所|箇所|段階|期|倍|割|%|クラスター|エリア|課題)|どのような|どのように|どういう|どんな|どれくらい|どれぐらい|どのくらい|いくら|いつから|いつまで|いつ|どこ|だれ|誰|どなた|何年|何件|何地域|何億|何か所|何箇所|何|なぜ|どうして|どの|どう/gu;

/** The calendar an answer is asked in (和暦で, 西暦でいうと): how to answer, not what passages say. */
const CALENDAR_ASKED = /(?:西暦|和暦|元号)(?:で|に)?(?:言う|いう|直す|換算する)?(?:と|なら|して)?/gu;

/** How much each kind of added query term weighs in BM25, against 1 for the question's own terms. */
export interface ExpansionWeights {
  /** Full forms of an abbreviation the question uses (知クラ → 知的クラスター創成事業). */
  abbreviation: number;
  /** Corpus words synonymous with a question word the corpus never uses. */
  synonym: number;
  /** The canonical name of a programme the question names by another name. */
  name: number;
  /** Japanese glossary terms for English words in a mostly Japanese question. */
  translation: number;
  /** The named programme's own terms (the entity features match it once; in BM25 it would drown the aspect). */
  entityTerm: number;
}

/** Measured with npm run tune (see eval/tune.ts --fit-expansion). */
export const DEFAULT_EXPANSION: ExpansionWeights = { abbreviation: 0.8, synonym: 0.7, name: 0.6, translation: 0.6, entityTerm: 0.6 };

/** The words of a question that carry its content, for bigram matching. */
export function questionCore(question: string): string {
  let q = normalizeText(question).replace(CALENDAR_ASKED, '').replace(/[?？!！。．.、\s]+$/u, '');
  for (let pass = 0; pass < 3; pass++) {
    for (const re of QUESTION_TAIL) q = q.replace(re, '');
    q = q.replace(/[?？!！。．.、\s]+$/u, '');
  }
  return q.replace(INTERROGATIVES, ' ').replace(/\s+/g, ' ').trim();
}

const DEFINED = /(?:^|[、。\s「『])「?([^「」『』、。\s]{2,30}?)」?(?:とは|って(?:何|なに|どういう|どんな)|はどういう|はどんな|の定義|の意味)/u;

/** The term a definition question asks about, without quotes. */
function definitionTarget(question: string): string | undefined {
  const m = DEFINED.exec(question);
  return m?.[1]?.replace(/^(?:そもそも|ところで)/u, '');
}

/** A pattern for text that defines `term`: 「term」とは, termとは、, term（…）とは, …をtermという, である「term」. */
export function definitionPattern(term: string): RegExp {
  const t = escapeRegExp(term);
  return new RegExp(`${t}」?\\s*(?:[（(][^）)]{0,40}[）)])?\\s*とは|を「?${t}」?という|${t}」?\\s*[:：=＝]|${t}」?\\s*[（(][^）)]{6,}[）)]|である「${t}」`, 'u');
}

/** Tokens that make 平成14年度, H14 and 2002年度 the same term in the index and in queries. */
export function yearTerms(text: string): string[] {
  return findYearMentions(normalizeText(text)).map((m) => `y${m.year}`);
}

/** Capitalised words of an English question, hyphenated ones apart (Uwajima-Nanyo → Uwajima, Nanyo): the names in it. */
function romanisedNames(text: string): string[] {
  return [...new Set(text.match(/(?<![A-Za-z])[A-Z][a-z]+(?![A-Za-z])/gu) ?? [])];
}

/** Whether a text is written in English: Latin letters make up at least 60% of what is not space. */
export function writtenInEnglish(text: string): boolean {
  const lower = text.toLowerCase();
  const ascii = (lower.match(/[a-z]/g) ?? []).length;
  return ascii > 0 && ascii >= lower.replace(/\s/g, '').length * 0.6;
}

/** Analyses a question against the tokenizer and the lexicon; `spell` gives the corpus's words read as a romanised name. */
export function analyzeQuery(
  question: string,
  tokenizer: JapaneseTokenizer,
  lexicon: Lexicon,
  isKnown: (term: string) => boolean = () => true,
  w: ExpansionWeights = DEFAULT_EXPANSION,
  spell: (romanised: string) => string[] = () => [],
): AnalyzedQuery {
  const norm = normalizeText(question);
  const core = questionCore(question);
  const lower = core.toLowerCase();
  const english = writtenInEnglish(lower);
  const morph = new Map<string, number>();
  const bigram = new Map<string, number>();
  const add = (map: Map<string, number>, terms: string[], weight: number) => {
    for (const t of terms) map.set(t, Math.max(map.get(t) ?? 0, weight));
  };
  const primary = tokenizer.terms(core); // the question itself: not cached
  add(morph, primary, 1);
  const alternatives = new Map<string, Set<string>>(primary.map((t) => [t, new Set([t])]));
  // (read in the whole question: an entry may hold a question word the core leaves out, 最低いくら → 下限)
  for (const { abbreviation, expansions } of lexicon.expandAbbreviations(norm.toLowerCase())) {
    const sourceTerms = tokenizer.cachedTerms(abbreviation);
    for (const full of expansions) {
      const terms = tokenizer.cachedTerms(full);
      add(morph, terms, w.abbreviation);
      add(bigram, bigrams(full), w.abbreviation);
      for (const st of sourceTerms) for (const t of terms) alternatives.get(st)?.add(t);
    }
  }
  add(bigram, bigrams(core), 1);
  const years = [...new Set(findYearMentions(norm).map((m) => m.year))];
  add(morph, years.map((y) => `y${y}`), 1);

  // a word the corpus never uses is looked up among its synonyms that the corpus does use
  for (const term of primary) {
    if (isKnown(term)) continue;
    const synonyms = lexicon.synonyms(term).filter((s) => isKnown(s) && !/^[a-z]/.test(s));
    add(morph, synonyms, w.synonym);
    for (const s of synonyms) alternatives.get(term)?.add(s);
  }
  const named = lexicon.namesIn(lower, core);
  if (english) for (const hit of lexicon.englishNamesIn(lower)) if (!named.some((h) => h.names === hit.names)) named.push(hit);
  const entityTerms = new Set<string>();
  for (const hit of named) {
    for (const t of tokenizer.cachedTerms(hit.matched)) entityTerms.add(t);
    for (const name of hit.names.slice(0, 1)) {
      add(morph, tokenizer.cachedTerms(name), w.name);
      add(bigram, bigrams(name), w.name);
    }
  }
  if (/[a-z]/u.test(lower)) {
    for (const { phrase, japanese } of lexicon.translate(lower)) {
      const words = tokenizer.cachedTerms(phrase);
      for (const ja of japanese) {
        const terms = tokenizer.cachedTerms(ja);
        add(morph, terms, english ? 1 : w.translation);
        add(bigram, bigrams(ja), english ? 1 : w.translation);
        // the Japanese counts as the English word itself when measuring coverage
        for (const w of words) for (const t of terms) alternatives.get(w)?.add(t);
      }
    }
  }
  // a name in Latin letters the glossary does not know (the Hakodate hub) is looked up by reading among the corpus's words
  if (english) {
    for (const word of romanisedNames(norm)) {
      if (lexicon.translate(word).length > 0) continue;
      const words = tokenizer.cachedTerms(word);
      for (const ja of spell(word)) {
        const terms = tokenizer.cachedTerms(ja);
        add(morph, terms, 1);
        add(bigram, bigrams(ja), 1);
        for (const w of words) for (const t of terms) alternatives.get(w)?.add(t);
      }
    }
  }
  const toList = (m: Map<string, number>) => [...m].map(([term, weight]) => ({ term, weight }));
  const answerType = answerTypeOf(question);
  const defines = answerType === 'definition' ? definitionTarget(norm) : undefined;
  // the programme's own terms need matching once (the entity feature does that): in BM25 they
  // would drown what the question asks about it
  for (const t of entityTerms) if (morph.get(t) === 1) morph.set(t, w.entityTerm);
  for (const hit of named) for (const g of bigrams(hit.matched)) if (bigram.get(g) === 1) bigram.set(g, w.entityTerm);
  const aspect = [...new Set([...primary, ...years.map((y) => `y${y}`)])]
    .filter((t) => !entityTerms.has(t))
    .map((t) => [...(alternatives.get(t) ?? [t])]);
  const aspectText = named.reduce((text, h) => text.split(h.matched).join(' '), lower).trim();
  const asksStart = answerType === 'time' && ASKS_START.test(norm) && !CALL_ASKED.test(norm.toLowerCase());
  const asksPlan = ASKS_PLAN.test(norm);
  const listed = questionAsks(question).some((a) => LIST_ASKS.has(a)) ? (listedNoun(question) ?? '') : undefined;
  return { core, morph: toList(morph), bigram: toList(bigram), years, english, answerType, asksStart, asksPlan, listed, terms: primary, defines, entities: named.map((h) => h.names), aspect, aspectText };
}
