// What a staff question asks of a programme, read from how it is asked rather than from the verb
// the text happens to use: "…はいつ始まった？", "開始年度は", "when did … start" all ask for the
// year it started, which a text states as 「平成N年度より…を展開」 or 「（平成N年度～）」.
import { NOT_START, START_VERB } from '../catalogue/prose-facts.js';
import { MONTHS_EN } from '../era.js';
import { normalizeText } from '../text/normalize.js';

/** The questions staff ask most of a programme. */
export type Ask = 'start' | 'end' | 'plan' | 'regions' | 'list' | 'successor' | 'predecessor' | 'runner';
export const ASKS: readonly Ask[] = ['start', 'end', 'plan', 'regions', 'list', 'successor', 'predecessor', 'runner'];
/** Asks answered by a list of names (regions, universities, projects). */
export const LIST_ASKS: ReadonlySet<Ask> = new Set(['regions', 'list']);

/** Asking for a table of all of them (一覧で, 一覧を): not a table named as a source (県の一覧表と国の資料で). */
export const AS_A_LIST = /一覧(?!表(?:と|の|では|には))/u;

/** How each is asked (NFKC, lower case). A deadline (いつまでに何％にする) is no end of the programme, nor is the final year a value is of (最終年度に加算される額). */
const ASK_PATTERNS: Record<Ask, RegExp> = {
  start: /(?:いつ|何年|時期|年度は|年は)[^、。]*(?:始ま|始め|開始|スタート|創設|発足)|(?:始まった|開始した|開始された)年度|(?:始ま|始め|開始|スタート|創設|発足)[^、。]*(?:いつ|何年|時期)|開始(?:年度|時期|年)|(?:実施|事業)(?:年度|期間)(?:は|を|と|$)|初年度は(?![^、。？?]{0,8}(?:いくら|何\s*(?:件|人|名|社|か所|億|万|円)|どれ(?:だけ|くらい|ぐらい)|どのくらい))|いつから|何年度から|(?:始ま|開始し|スタートし|創設され|発足し)(?:った|りました|ましたか|たの|た)(?:の|んです)?(?:か|\?|？|$)|\b(?:when|what year|which year|since when)\b.*\b(?:start|started|starts|begin|began|begun|launch|launched|introduced|established)\b|\bstart(?:ing)? (?:year|date)\b/u,
  end: /(?:いつ|何年|時期|年度は|年は)[^、。]*(?:終了|終わ|廃止)|(?:終了|終わ|廃止)[^、。]*(?:いつ|何年|時期)|終了(?:年度|時期|年)|(?:実施|事業)(?:年度|期間)(?:は|を|と|$)|最終年度(?=\s*(?:は|が)?\s*(?:いつ|何|[?？]|$))|いつまで(?!に)|何年度まで(?!に)|(?:終了し|終わっ|廃止され)(?:た|ました)(?:の|んです)?(?:か|\?|？|$)|\b(?:when|what year|which year|until when)\b.*\b(?:end|ended|ends|finish|finished|terminated|close|closed)\b|\bend (?:year|date)\b/u,
  plan: /どの(?:科学技術)?(?:・イノベーション)?基本計画|(?:第?何期|どの期)の?(?:科学技術)?(?:・イノベーション)?基本計画|基本計画の(?:第?何期|どの期)|(?:which|what) (?:science and technology |s&t )?(?:basic )?plan|under which plan/u,
  regions: /どの地域(?!も|でも)|どこの地域|[sabc]\s*評価[^、。？?]{0,6}のはどこの(?:拠点|エリア)|(?:地域|エリア)(?:名)?を(?:挙げ|教え|列挙)|どこ(?:が|で|に)?(?:選|採択|実施(?!機関|主体)|参加)|(?:地域|エリア|拠点|クラスター|コンソーシアム)(?:名)?は(?:全部で|すべて|全て)?(?:どこ|何(?![をがにのと年月日件人名社回円億万]|か所|拠点|地域)|[？?]|$)|(?:選定|採択|実施|参加)(?:された|した|する)?(?:[0-9]+\s*)?(?:地域|エリア|自治体)(?:は|を|$)|\b(?:which|what) (?:regions?|areas?|clusters?|cities|prefectures|places)\b/u,
  list: new RegExp(`${AS_A_LIST.source}|${/(?:全部|すべて|全て)(?:挙げ|教え|列挙)|列挙|(?:名前|名称)を(?:全部|すべて|全て)(?:教え|挙げ)|(?:採択|選定|選抜|選ばれ|参加|移行|認定|対象(?:と|に)なっ|に(?:なっ|決まっ))(?:された|した|た)?[^、。？?]{0,12}?(?:県|市|町|村|大学|機関|拠点|プロジェクト|課題|事業者|事業|計画|団体|企業|会社)(?:名|の名称|の名前)?(?:は(?:全部で|すべて|全て)?(?:どこ|何|誰|[？?]|$)|を(?:全部|すべて|教え|挙げ))|[0-9]+\s*(?:地域|県|都市|市|大学|拠点|機関|エリア|ハブ)(?:って|は|が)?[^。？?]{0,8}どこ|[0-9]+\s*(?:県|都市|市|大学|拠点|機関|ハブ|課題|プロジェクト)(?:の名前|の名称)?を(?:全部|すべて|全て)?(?:教え|挙げ)|\b(?:which|what) (?:universities|institutions|projects|hubs|sites|organi[sz]ations)\b.*\b(?:selected|chosen|adopted|took part|participat)|(?:採択|選定|選ばれ|認められ|対象と|指定)[^。？?]{0,16}(?:事業|プログラム|拠点|大学|機関|地域|プロジェクト|ハブ)(?:は|が)どれ|(?:採択|選定|選ばれ|決まっ|認定|指定)(?:され|し)?たの(?:は|って)(?:どこ|どれ)|[0-9]+\s*(?:つ|点|個)(?:すべて|全部|全て)?(?:挙げ|教え|列挙)|\blist (?:of|all|the)\b/u.source}`, 'u'),
  successor: /統合|引き継|後継|移行し|その後|後に(?:どう|何)|何に(?:なった|変わ|移)|(?:merged|integrated|folded|absorbed) into|succeeded|followed by|replaced|successor|came after|what happened to/u,
  predecessor: /前身|もと(?:に|と)なった|元(?:に|と)なった|predecessor|preceded|came before|based on which/u,
  runner: /誰が|だれが|どこが(?:実施|運営|所管|担当|実施主体)|所管|実施主体|実施機関|担当(?:省|府|機関|部署)|どの(?:省|府|機関)|どこの(?:省|府|機関)|\bwho (?:runs|ran|manages|managed|administers|implements|is responsible)|which (?:ministry|ministries|agency|agencies|organi[sz]ation)|run by/u,
};

/**
 * Words (kuromoji base forms and English words) that only say which of these is asked: a sentence
 * giving the value need not repeat them (「平成N年度より…を展開」 answers "…はいつ始まった").
 */
export const ASK_WORDS: Record<Ask, readonly string[]> = {
  start: ['始まる', '始める', '始め', '開始', '使う', '使える', '利用', '適用', '時期', '時点', 'ころ', '頃', '期間', '計画', '予定', 'スタート', '創設', '発足', '初年度', '年度', '年', 'いつ', 'から', 'start', 'started', 'starts', 'begin', 'began', 'begun', 'launch', 'launched', 'introduced', 'established', 'since', 'first', 'year', 'when', 'fiscal', 'fy'],
  end: ['終了', '終わる', '時期', '時点', 'ころ', '頃', '期間', '計画', '予定', '終える', '終わり', '廃止', '最終', '続く', '続ける', '年度', '年', 'いつ', 'まで', 'end', 'ended', 'ends', 'finish', 'finished', 'terminated', 'until', 'last', 'year', 'when', 'fiscal', 'fy'],
  plan: ['基本', '計画', '基本計画', '科学技術', '科学', '技術', 'イノベーション', '第', '期', '始まる', '始める', '開始', 'スタート', 'どの', '何', '下', 'もと', 'basic', 'plan', 'which', 'under', 'science', 'technology', 'start', 'started', 'began', 'launched', 'period'],
  regions: ['どこ', '名', 'which', 'what', 'took', 'take', 'part', 'participate', 'participated'],
  list: ['一覧', '全部', 'すべて', '全て', '挙げる', '列挙', '名前', '名称', 'どこ', '教える', 'which', 'what', 'list', 'all', 'name', 'names'],
  successor: ['統合', '引き継ぐ', '引継ぐ', '後継', '移行', 'その後', '後', 'なる', '変わる', '移る', 'merged', 'integrated', 'folded', 'absorbed', 'into', 'succeeded', 'followed', 'replaced', 'successor', 'came', 'after', 'happened'],
  predecessor: ['前身', 'もと', '元', 'なる', 'predecessor', 'preceded', 'came', 'before', 'based'],
  runner: ['誰', '実施', '運営', '所管', '担当', '主体', '実施主体', '機関', '省', '府', '省庁', '府省', 'who', 'runs', 'ran', 'run', 'manages', 'managed', 'administers', 'implements', 'responsible', 'ministry', 'ministries', 'agency', 'agencies', 'organisation', 'organization', 'by'],
};

/** The kind of thing a list question asks for, as the documents name it (大学, 県, 地域, 拠点, …). */
const LISTED_NOUNS: [RegExp, string][] = [
  [/代表機関|中核機関/u, '機関'],
  [/大学|universit/u, '大学'],
  [/県|prefecture/u, '県'],
  [/市|cit(?:y|ies)\b/u, '市'],
  [/拠点|hubs?\b|sites?\b|centers?\b|centres?\b/u, '拠点'],
  [/プロジェクト|projects?\b/u, 'プロジェクト'],
  [/課題/u, '課題'],
  [/地域|エリア|regions?\b|areas?\b/u, '地域'],
  [/機関|institutions?\b|organi[sz]ations?\b/u, '機関'],
];

/** What a list question asks to list: the noun its entries name (大学 for 採択された大学はどこ). */
export function listedNoun(question: string): string | undefined {
  const q = normalizeText(question).toLowerCase();
  // the one named last: 地方大学・…交付金で採択された県 lists 県, not 大学
  let best: { at: number; noun: string } | undefined;
  for (const [re, noun] of LISTED_NOUNS) {
    for (const m of q.matchAll(new RegExp(re.source, 'gu'))) if (!best || m.index + m[0].length > best.at) best = { at: m.index + m[0].length, noun };
  }
  return best?.noun;
}

/** Every kind of thing a list question names (大学 and 機関 in 参加した大学や研究機関はどこ). */
export function listedNouns(question: string): string[] {
  const q = normalizeText(question).toLowerCase();
  return [...new Set(LISTED_NOUNS.filter(([re]) => re.test(q)).map(([, noun]) => noun))];
}

/** A call for proposals, whose opening and closing are dates of the call, not of the programme. */
export const CALL_ASKED = /公募|受付|募集|応募|\b(?:call for|calls for|applications? (?:open|opened|closed))\b/u;
/** A meeting asked about by its kind (記者会見はいつ, 委員会が開かれたのは): when it was held, not when a programme started. */
export const MEETING_ASKED = /(記者会見|会見|本会議|委員会|審議会|検討会|説明会|協議会|会議)(?:は|が|を|の日|で)?[^。？?]{0,12}(?:いつ|何月何日|日付|開かれ|開催)/u;
/** Words that only say a call's opening or closing is asked (受付が始まった): the call's line need not repeat them. */
export const CALL_WORDS: readonly string[] = ['始まる', '始める', '開始', 'スタート', '終わる', '終了', '締切', '締め切る', '受付', '受け付ける', 'いつ', 'から', 'まで', 'when', 'open', 'opened', 'close', 'closed'];
/** A year asked in its own words, beside the plan: 何年度に, いつ, 始まった年度は, which year. */
const YEAR_ASKED = /何年度|何年に|いつ|(?:始まった|開始した|開始された)年度|開始年度|\b(?:what|which) (?:fiscal )?year\b/u;
const COUNT_ASKED = /何\s*(?:件|地域|県|市|大学|拠点|機関|事業|プロジェクト|か所|箇所|人|名|社)|いくつ|数は|割合|how many|number of/u;

/** A question that asks who (a person): 誰, だれ, どなた, 何という人, who. */
export const WHO = /誰|だれ|どなた|どの方|何という人|\bwho\b/iu;
/** Words for putting a question: 質問した, 尋ねた, 問いかけた. */
const ASKING = '質問し|尋ね|たずね|問いかけ';
/** A question of what someone said (発言したのは誰, who suggested): minutes answer it by the speaker of a turn. */
export const SAID = new RegExp(`発言|言った|言って|述べ|指摘し|主張し|提案し|求めた|${ASKING}|答弁|答えた|答えて|回答し|\\b(?:said|say|suggested|proposed|argued|remarked|answered|replied)\\b`, 'iu');
/** A question of who put a question (質問したのはどの委員, who asked): minutes answer it by the turn a reply answers. */
export const ASKED_BY = new RegExp(`${ASKING}|質した|\\b(?:asked|questioned)\\b`, 'iu');
/** What a speaker was asked or talked about (負担の割合について質問した, 割合を尋ねた): its words ask no value. */
export const SPOKEN_OF = /[^、。,]*?(?:について|に関して|を)\s*(?:質問|尋ね|たずね|問いかけ|指摘|発言)/u;
/** A word for the saying itself (指摘, 質問): a speaker's turn holds what was said, not that word. */
export const SPEECH_TERM = /^(?:発言|指摘|主張|提案|質問|要望|述べる|言う|尋ねる|たずねる|求める|答弁|回答|答える)$/u;

/** What the question asks of a programme, in the order of ASKS. */
export function questionAsks(question: string): Ask[] {
  const q = normalizeText(question).toLowerCase();
  let asks = ASKS.filter((a) => ASK_PATTERNS[a].test(q));
  // "how many were selected" asks a count, not the list; "who chaired the committee that chose the regions" a person
  if (COUNT_ASKED.test(q) || WHO.test(q)) asks = asks.filter((a) => !LIST_ASKS.has(a));
  // when a call opened or closed (公募の受付が始まった) asks the call's dates, not the programme's period
  // (so does when a meeting was held, 創設を発表した記者会見はいつ)
  if (CALL_ASKED.test(q) || MEETING_ASKED.test(q)) asks = asks.filter((a) => a !== 'start' && a !== 'end');
  // "which plan did it start under" asks the plan, not the start year; "…の何年度に始まった" asks both
  return asks.includes('plan') && !YEAR_ASKED.test(q) ? asks.filter((a) => a !== 'start') : asks;
}

const YEAR = '(?:(?:平成|昭和|令和|[HＨRＲ])\\s*[0-9０-９元]{1,2}|[12][0-9]{3})\\s*(?:年度|年)?';
const PAREN = '(?:\\s*[（(][^（）()]{0,16}[）)])?';
/** A month and day after a year (2015年9月, 平成31年4月1日): a body set up on a date, not in a fiscal year. */
const MONTH = '\\s*[0-9０-９]{1,2}\\s*月(?:\\s*[0-9０-９]{1,2}\\s*日)?';
/** Verbs that start or set something up, after its year (令和２年度に創設, 2015年9月設立). */
const SET_UP = '創設|開始|発足|設立|設置|開設';

/** A row of a table (西暦：2001 / 和暦：平成13年 / 国の主な動き：…) whose cell gives only a year: the year of what its other cells say. */
const YEAR_CELL = `(?:^|/)\\s*[^：:/]{0,8}[：:]\\s*${YEAR}${PAREN}\\s*/`;

/**
 * A year stated as a start: followed by より・から・開始・～ (平成２３年度～, 平成N年度より…を展開,
 * 令和２年度（２０２０年度）より開始), a date followed by 設立・発足 (2015年9月設立) or after 開始・創設・発足
 * (事業開始 令和２年度), or a timeline's row whose year cell dates a start in another cell (2001 / …（文部科学省発足）).
 */
export const START_YEAR = new RegExp(
  `${YEAR_CELL}[^。]*?(?:${SET_UP}|始動|スタート|新設)|${YEAR}${PAREN}\\s*(?:より|から|以降(?!の)|に(?:${SET_UP}|新設|始)|${SET_UP}|始動|スタート|新規|[～〜~\\-－‐]\\s*(?:[0-9０-９]|平成|令和|[）)]|$))|${YEAR}${MONTH}${PAREN}\\s*(?:より|から|に?(?:${SET_UP}|新設|始動))|(?:開始|創設|発足|スタート|事業化|新設|初年度)\\s*(?:年度|時期)?\\s*[:：]?\\s*${YEAR}|\\b(?:since|from|started in|launched in|began in)\\s+(?:(?:${MONTHS_EN})\\s+)?(?:fy\\s*)?[12][0-9]{3}`,
  'iu',
);

/**
 * True when the start a sentence states is of something else than the programme: a facility's use
 * (平成２４年度から順次供用を開始), a call, a review (the words the catalogue's start rule skips too).
 */
export function startsOther(text: string): boolean {
  const m = START_YEAR.exec(text);
  if (!m) return false;
  const rest = text.slice(m.index + m[0].length);
  const verb = START_VERB.exec(rest.slice(0, 30));
  return NOT_START.test(verb ? rest.slice(0, verb.index) : '');
}

/** A year stated as an end: ～平成N年度, 平成N年度まで・をもって終了, 終了 平成N年度, 2025年3月で終わりました (not a span of years ahead: 10年～15年先). */
export const END_YEAR = new RegExp(`[～〜~\\-－‐]\\s*(?:${YEAR}|[0-9０-９]{1,2}\\s*年度?(?![先後間以程前]))|${YEAR}(?:${MONTH})?${PAREN}\\s*(?:まで|をもって|に(?:終了|廃止|終わ)|で(?:終了|廃止|終わ)|終了|廃止)|(?:終了|廃止)\\s*(?:年度|時期)?\\s*[:：]?\\s*${YEAR}|\\b(?:until|ended in|through)\\s+(?:fy\\s*)?[12][0-9]{3}`, 'iu');

