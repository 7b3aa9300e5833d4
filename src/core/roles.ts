// The roles people hold in the documents (主査, 委員長, 室長, コーディネーター, …): one list, read by
// who-questions (the role asked), by the person answer type (a name beside a role) and by the speaker
// labels of minutes (○堀江委員：).

/** Role words, longest first where one holds another (委員長代理 before 委員長). */
export const ROLE_WORDS =
  '委員長代理|副委員長|委員長|主査代理|主査|座長|議長|部会長|会長|理事長|学長|総長|館長|センター長|所長|室長|課長|部長|局長|本部長|事業総括|研究統括|総括責任者|代表者|代表|責任者|プロジェクトリーダー|リーダー|コーディネーター|コーディネータ';
