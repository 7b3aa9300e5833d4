// People in the documents: the roles they hold (主査, 委員長, 室長, コーディネーター, …) and how their
// names are set. One list, read by who-questions (the role asked), by the person answer type (a name
// beside a role), by abstention (a name at all) and by the speaker labels of minutes (○堀江委員：).

/**
 * A person's name as these documents set it: family and given name apart (須藤　正和); a table
 * row's first cells (阿蘇地域　火山灰素材, 熊本大学　半導体) are set the same way, and end in the kind of place.
 */
export const PERSON_NAME = '[\\p{Script=Han}]{1,4}(?<!地域|地区|拠点|大学|県|市|町|村|機関|事業)[ \\u3000][\\p{Script=Han}\\p{Script=Hiragana}]{1,4}';

/** A role held by whoever holds a post, named by the post (会長：高岡市長, 座長　富山県知事). */
export const POST_HOLDER = '[\\p{Script=Han}]{1,6}(?:知事|市長|町長|村長|区長|部長|局長|学長|総長|理事長|会頭|所長)(?![\\p{Script=Han}])';

/** Role words, longest first where one holds another (委員長代理 before 委員長). */
export const ROLE_WORDS =
  '委員長代理|副委員長|委員長|主査代理|副主査|主査|副座長|座長|副議長|議長|部会長|会長|理事長|学長|総長|館長|センター長|所長|室長|課長|部長|局長|本部長|事業総括|研究統括|総括責任者|代表者|代表|責任者|プロジェクトリーダー|リーダー|コーディネーター|コーディネータ';
