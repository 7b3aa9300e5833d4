// People in the documents: the roles they hold (主査, 委員長, 室長, コーディネーター, …), the posts one
// person holds (知事, 室長) and how their names are set. Read by who-questions (the role asked), by the
// person answer type (a name beside a role), by abstention (a name at all; a post's holder asked by name)
// and by the speaker labels of minutes (○堀江委員：).

/**
 * A person's name as these documents set it: family and given name apart (須藤　正和); a table
 * row's first cells (阿蘇地域　火山灰素材, 熊本大学　半導体) are set the same way, and end in the kind of place.
 */
export const PERSON_NAME = '[\\p{Script=Han}]{1,4}(?<!地域|地区|拠点|大学|県|市|町|村|機関|事業)[ \\u3000][\\p{Script=Han}\\p{Script=Hiragana}]{1,4}';

/** Posts one person holds (知事, 室長, 代表取締役): a role may be held by whoever holds one, and a question may ask its holder by name. */
const POST_WORDS = '知事|市長|町長|村長|区長|大臣|長官|参事官|局長|部長|課長|課長補佐|係長|室長|センター長|所長|館長|学長|総長|理事長|会頭|代表取締役|社長';

/** A post as a text writes it, with up to six kanji of its place before it (富山県知事): at least `least` of them. */
const postWritten = (least: number) => `[\\p{Script=Han}]{${least},6}(?:${POST_WORDS})`;

/** A role held by whoever holds a post, named by the post (会長：高岡市長, 座長　富山県知事). */
export const POST_HOLDER = `${postWritten(1)}(?![\\p{Script=Han}])`;
/** A role said in a sentence to be held by a post, bare or not: 本部長は知事で, 知事を本部長とする (`role`: the role's pattern). */
export function heldByPost(role: string): string {
  const post = `(?<![\\p{Script=Han}])${postWritten(0)}`;
  return `${role}(?:は|が)${post}(?![\\p{Script=Han}])|${post}を${role}と(?:する|して|し)`;
}

/** Titles set after a name run together with it (岡田信夫取締役, 佐々木隆一学長, 山田氏). */
const TITLE_AFTER = `(?:氏|さん|教授|准教授|取締役|${POST_WORDS})`;
/**
 * A role said in a sentence to go to a person, named unspaced with a title and perhaps with where
 * they come from: 会長に瀬戸内重工業(株)の岡田信夫取締役, 副会長には本学の佐々木隆一学長 (`role`: the role's pattern).
 */
export function chosenFor(role: string): string {
  return `${role}(?:に|には)(?:[^、。]{0,24}?の)?(?<![\\p{Script=Han}])[\\p{Script=Han}]{2,6}${TITLE_AFTER}`;
}

/** Role words, longest first where one holds another (委員長代理 before 委員長). */
export const ROLE_WORDS =
  '委員長代理|副委員長|委員長|主査代理|副主査|主査|副座長|座長|副議長|議長|部会長|会長|理事長|学長|総長|館長|センター長|所長|室長|課長|部長|局長|本部長|事業総括|研究統括|総括責任者|代表者|代表|責任者|プロジェクトリーダー|リーダー|コーディネーター|コーディネータ';

/** A post asked of by name: not 本部長 or 副知事 (a body's head may be a post, 本部長：知事; 副 is another person). */
const POSTS = `(?<![本副])(?:${POST_WORDS})`;
/** The same posts asked in English, with the words documents write them in. */
const POSTS_EN: [RegExp, string][] = [
  [/\bgovernor\b/iu, '知事|[Gg]overnor'],
  [/\bmayor\b/iu, '(?:市|町|村)長|[Mm]ayor'],
  [/\bminister\b/iu, '大臣|[Mm]inister'],
];
/** A person's name asked of a post: 知事の氏名, 室長は誰, 室長として名前が出ていた, 参事官（地域実装担当）の名前. */
const HOLDER_ASKED = new RegExp(`(${POSTS})(?:[（(][^）)]{1,12}[）)])?(?:として|を務めた(?:の|人|方)?|だった(?:の|人|方)?)?(?:の|は|って|が)?(?:氏名|名前|お名前|フルネーム|誰|だれ|どなた)`, 'u');

/** The post whose holder a question asks by name, as a pattern source (知事の氏名は, who was the governor); undefined when it asks none. */
export function holderAsked(question: string): string | undefined {
  const ja = HOLDER_ASKED.exec(question);
  if (ja) return ja[1]!;
  if (!/\bwho\b|\bname\b/iu.test(question)) return undefined;
  return POSTS_EN.find(([asked]) => asked.test(question))?.[1];
}

/** Words set where a name would stand that are no name (岡山県知事　殿, 各位). */
const NO_NAME = '(?!殿|様|宛|あて|御中|各位)';
/** A name as it follows a post or a label, spaced or not (大河内 誠, 伊原木隆太君). */
const NAME = `${NO_NAME}[\\p{Script=Han}]{1,4}[ \\u3000]?[\\p{Script=Han}\\p{Script=Hiragana}]{0,4}`;
/** A row's name cell (職名：室長 / 氏名：大森 健二): its holder's name where the row holds the post. */
const NAME_CELL = new RegExp(`(?:氏名|お?名前)[ \\u3000]*[:：][ \\u3000]*(${NAME})`, 'gu');

/** A post's patterns: the post itself, and a name after it (知事（伊原木隆太君）, 室長　大河内 誠, Governor Sato) or before it (北川直樹室長, 浜口室長; not 岡山県知事). */
interface PostPatterns {
  held: RegExp;
  word: RegExp;
  beside: RegExp;
}
const postPatterns = new Map<string, PostPatterns>();
/** A post's patterns, compiled once per post rather than once for each passage a question is checked against. */
function patternsOf(post: string): PostPatterns {
  let p = postPatterns.get(post);
  if (!p) {
    const after = `(?:${post})(?:[ \\u3000]+|[ \\u3000]*[:：（(][ \\u3000]*)(?:${NAME}|${NO_NAME}[A-Z][a-z]+(?: [A-Z][a-z]+)?)`;
    const before = `(?<![\\p{Script=Han}0-9０-９])[\\p{Script=Han}]{1,4}(?<![県府都道市町村区省庁局部課室係班所館会団校学院社度])(?:${post})`;
    p = { held: new RegExp(post, 'u'), word: new RegExp(post, 'gu'), beside: new RegExp(`${after}|${before}`, 'gu') };
    postPatterns.set(post, p);
  }
  return p;
}

/** The names a text sets beside the post (its holder's, or a title's words mistaken for one), those of `known` (the question's own) left out. */
export function holdersNamed(post: string, text: string, known: string): string[] {
  const { held, word, beside } = patternsOf(post);
  const named = [...text.matchAll(beside)].map((m) => m[0].replace(word, ''));
  const cells = held.test(text) ? [...text.matchAll(NAME_CELL)].map((m) => m[1]!) : [];
  // (a name the question gives, whole or its first two characters — 浜口室長 of 室長　浜口　達也 — is not the one asked)
  const given = (name: string) => known.includes(name) || known.includes(name.slice(0, 2));
  // (a list of posts is no name: 本部長：白浜県知事　副本部長：…部長)
  const isPost = (name: string) => /(?:長|官|員|者|課|部|室|局|係)$/u.test(name);
  // (a name runs to の at most: ○知事　青木議員の御質問に… names the member addressed, 青木議員, no governor)
  return [...named, ...cells].map((name) => name.replace(/[\s:：（()）]/gu, '').split('の')[0]!).filter((name) => name.length > 0 && !given(name) && !isPost(name));
}
