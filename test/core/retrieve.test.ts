// The ranking features on a small corpus of their own: three made-up documents in the shapes an
// office holds (a press release, an outline page, a white-paper section), real kuromoji, BM25 on
// both fields, no vectors. Each test names the passage a question must find first.
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkCorpus, indexChunks } from '../../ingest/stages.js';
import type { LoadedDocument } from '../../src/core/corpus.js';
import { Lexicon } from '../../src/core/lexicon.js';
import { DEFAULT_WEIGHTS, Retriever } from '../../src/core/retrieve.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';

const PROGRAMME = '瀬戸内ものづくり共創プログラム';

function doc(id: string, lines: string[]): LoadedDocument {
  return { meta: { id, title: lines[0]!, source: `docs/${id}.txt`, line_count: lines.length, sha256: id }, lines };
}

const DOCS = [
  doc('press', [
    '令和４年７月１日',
    '文部科学省',
    `「${PROGRAMME}」の採択地域の決定について`,
    '',
    '１．審査の経過',
    '公募には全国から２４件の提案があり、審査委員会（主査：山田　一郎　瀬戸内大学教授）において書面審査及びヒアリング審査を行った。',
    '',
    '２．採択地域',
    '○岡山県地域　岡山大学',
    '○広島県地域　広島大学',
    '○香川県地域　香川大学',
  ]),
  doc('outline', [
    `${PROGRAMME}の概要`,
    '',
    '【目的】',
    '地域の大学と企業が共同で新しい製品を生み出す拠点を形成する。',
    '',
    '【事業開始】',
    '令和３年度より開始',
    '',
    '【支援規模】',
    '１地域当たり年間最大１億円程度',
  ]),
  doc('white-paper', [
    '第２節　地域の科学技術振興',
    '',
    '地方公共団体は令和３年度に科学技術振興指針を改定し、審査委員会の委員を公募した。',
    '',
    '産学連携拠点とは、大学と企業が共同研究を進めるための施設をいう。',
  ]),
  doc('evaluation', [
    `${PROGRAMME}　中間評価結果について`,
    '',
    '１．評価の概要',
    '令和３年度に採択した地域について、中間評価を行い、各地域の取組の進捗を総合的に評価した。',
    '',
    '２．評価結果',
    '地域名　　中核機関　　総合評価',
    '岡山県地域　　岡山大学　　Ｓ',
    '広島県地域　　広島大学　　Ｂ',
    '香川県地域　　香川大学　　Ａ',
  ]),
];

let retriever: Retriever;
let deps: ConstructorParameters<typeof Retriever>[0];
beforeAll(async () => {
  const tokenizer = await JapaneseTokenizer.create();
  const chunks = chunkCorpus(DOCS, { maxChars: 80, minChars: 20 });
  const lexical = await indexChunks(chunks, tokenizer, { workers: 0 });
  const lexicon = new Lexicon({ synonyms: [], names: [[PROGRAMME]], glossary: {} });
  deps = { chunks, documents: DOCS.map((d) => d.meta), ...lexical, vectors: null, tokenizer, lexicon };
  retriever = new Retriever(deps);
});

async function first(question: string): Promise<string> {
  const hits = await retriever.search(question, { k: 3, passage: 0 });
  const c = hits[0]!.chunk;
  return `${c.document_id}:${c.line_start}`;
}

describe('retrieval features', () => {
  it('finds the passage that answers what is asked about a programme, not the title that names it', async () => {
    expect(await first(`${PROGRAMME}の審査委員会の主査は誰ですか`)).toBe('press:5');
  });

  it('credits a passage of a document whose title names the programme over a passage of another', async () => {
    // both say 審査委員会; only the press release is about the programme
    const hits = await retriever.search(`${PROGRAMME}の審査委員会`, { k: 5, passage: 0 });
    const press = hits.findIndex((h) => h.chunk.document_id === 'press' && h.chunk.line_start === 5);
    const other = hits.findIndex((h) => h.chunk.document_id === 'white-paper' && h.chunk.text.includes('審査委員会'));
    expect(press).toBeGreaterThanOrEqual(0);
    expect(other === -1 || press < other).toBe(true);
  });

  it('answers a start question with the sentence that says when it started', async () => {
    expect(await first(`${PROGRAMME}はいつから始まったの？`)).toBe('outline:6');
  });

  it('answers which got the best grade with the rows that give grades, not the summary of the evaluation', async () => {
    const hits = await retriever.search(`${PROGRAMME}の中間評価で最高ランクだった地域はどこ？`, { k: 3, passage: 0 });
    expect(hits[0]!.chunk.document_id).toBe('evaluation');
    expect(hits[0]!.chunk.text).toContain('岡山県地域　　岡山大学　　Ｓ');
  });

  it('credits a passage that lists the places asked for (○岡山県地域…) as answering which were chosen, in part', async () => {
    const found = await retriever.candidates(`${PROGRAMME}で採択された地域はどこ？`, {});
    const at = (line: number) => found.find((c) => deps.chunks[c.id]!.document_id === 'press' && deps.chunks[c.id]!.line_start === line)!.features.answerType;
    expect(at(8)).toBeGreaterThan(0);
    expect(at(8)).toBeLessThan(1);
    expect(at(5)).toBe(0);
  });

  it('prefers the passage that defines the term a definition question asks about', async () => {
    expect(await first('産学連携拠点とは何ですか')).toBe('white-paper:5');
  });

  it('weighs the opening chunks (title, date, issuer) down: without that weight one ranks second', async () => {
    const openings = async (r: Retriever) =>
      (await r.search(`${PROGRAMME}の審査`, { k: 10, passage: 0 })).flatMap((h, i) => (h.chunk.line_start === 1 ? [i] : []));
    expect(Math.min(...(await openings(retriever)))).toBeGreaterThanOrEqual(4);
    expect(Math.min(...(await openings(new Retriever({ ...deps, weights: { ...DEFAULT_WEIGHTS, opening: 0 } }))))).toBe(1);
  });
});

describe('the opening', () => {
  it('weighs a first chunk down only in the share of it that is the title block, when it runs on into the body', async () => {
    const tokenizer = await JapaneseTokenizer.create();
    const page = doc('page', [
      '湖北ものづくり技術橋渡し事業（事業概要）',
      '最終更新日：2024年3月29日　経済産業省',
      '「湖北ものづくり技術橋渡し事業」は、地域の中小企業が公設試験研究機関の技術シーズや設備を活用して行う試作開発や性能評価を支援する補助事業です。平成30年度に創設されました。中小企業単独では難しい評価設備の利用を通じて、研究成果を製品化へと橋渡しすることを目指しています。',
      '',
      '支援の内容',
      '補助上限額は１件当たり年間３，０００万円です。',
    ]);
    const chunks = chunkCorpus([...DOCS, page], { maxChars: 400, minChars: 20 });
    const own = { chunks, documents: [...DOCS, page].map((d) => d.meta), ...(await indexChunks(chunks, tokenizer, { workers: 0 })), vectors: null, tokenizer, lexicon: Lexicon.empty() };
    const candidates = await new Retriever(own).candidates('湖北ものづくり技術橋渡し事業はいつ創設されましたか', {});
    const opening = (id: string) => candidates.find((c) => chunks[c.id]!.document_id === id && chunks[c.id]!.line_start === 1)?.features.opening;
    expect(opening('page')).toBeGreaterThan(0);
    expect(opening('page')).toBeLessThan(0.75);
    const [hit] = await new Retriever(own).search('湖北ものづくり技術橋渡し事業はいつ創設されましたか', { k: 1, passage: 0 });
    expect(hit!.chunk.text).toContain('平成30年度に創設されました');
  });
});

describe('the title feature', () => {
  it('measures how much of what is asked a passage\'s document title says (継続審査地域の再審査)', async () => {
    const tokenizer = await JapaneseTokenizer.create();
    const body = ['１．結果', '次の２地域を実施地域とした。', '○長浜地域　滋賀県立大学', '○木之本地域　立命館大学'];
    const twins = [
      ...DOCS,
      doc('selection', ['湖北クラスター事業の令和６年度実施地域の決定について', '', ...body]),
      doc('deferred', ['湖北クラスター事業　継続審査地域の再審査結果について', '', ...body]),
    ];
    const chunks = chunkCorpus(twins, { maxChars: 80, minChars: 20 });
    const own = { chunks, documents: twins.map((d) => d.meta), ...(await indexChunks(chunks, tokenizer, { workers: 0 })), vectors: null, tokenizer, lexicon: Lexicon.empty() };
    const candidates = await new Retriever(own).candidates('湖北クラスター事業で、継続審査の再審査を経て実施地域になったのは？', {});
    const title = (id: string) => candidates.find((c) => chunks[c.id]!.document_id === id && chunks[c.id]!.text.includes('次の２地域'))!.features.title;
    expect(title('deferred')).toBeGreaterThan(title('selection'));
  });
});

describe('the document title as context', () => {
  it('counts what the title says toward the coverage and proximity of each passage under it (令和４年度の本格型採択拠点)', async () => {
    const tokenizer = await JapaneseTokenizer.create();
    const LEAD = '大学等が自治体や企業と連携し、社会課題の解決と経済的発展を同時に実現する拠点の形成を支援します。';
    const body = ['１．採択拠点一覧', '【本格型】', '○瀬戸内海事共創拠点　広島大学', '○信州水循環共創拠点　信州大学'];
    const twins = [
      ...DOCS,
      doc('r4', ['令和４年９月２９日', '科学技術振興機構', '令和４年度　地域共創分野の新規採択拠点について', '', LEAD, '', ...body]),
      doc('r5', ['令和４年９月２９日', '科学技術振興機構', '共創の場の公募について', '', LEAD, '', ...body]),
    ];
    const chunks = chunkCorpus(twins, { maxChars: 80, minChars: 20 });
    const own = { chunks, documents: twins.map((d) => d.meta), ...(await indexChunks(chunks, tokenizer, { workers: 0 })), vectors: null, tokenizer, lexicon: Lexicon.empty() };
    const candidates = await new Retriever(own).candidates('令和４年度の地域共創分野で、本格型に採択された拠点はどこ？', {});
    const features = (id: string) => candidates.find((c) => chunks[c.id]!.document_id === id && chunks[c.id]!.text.includes('【本格型】') && chunks[c.id]!.line_start > 1)!.features;
    expect(features('r4').coverage).toBeGreaterThan(features('r5').coverage);
    expect(features('r4').proximity).toBeGreaterThan(features('r5').proximity);
  });
});

describe('passages', () => {
  it('widens a result with the following chunk of its document, within the budget, quoting both', async () => {
    const [hit] = await retriever.search(`${PROGRAMME}はいつから始まった？`, { k: 1, passage: 120 });
    expect(hit!.chunk.document_id).toBe('outline');
    expect(hit!.chunk.line_start).toBeLessThanOrEqual(6);
    expect(hit!.chunk.line_end).toBeGreaterThan(7);
    expect(hit!.chunk.text).toContain('令和３年度より開始');
    expect(hit!.chunk.text).toContain('【支援規模】');
    expect(hit!.chunk.text.replace(/\s+/g, '').length).toBeLessThanOrEqual(120);
  });

  it('never gives a chunk twice, nor crosses into another document or unit', async () => {
    const units = deps.chunks.map((c) => (c.document_id === 'press' && c.line_start >= 8 ? 'list' : ''));
    const r = new Retriever({ ...deps, units });
    const hits = await r.search(`${PROGRAMME}の審査委員会と採択地域`, { k: 10, passage: 500 });
    const lines = hits.flatMap((h) => Array.from({ length: h.chunk.line_end - h.chunk.line_start + 1 }, (_, i) => `${h.chunk.document_id}:${h.chunk.line_start + i}`));
    expect(new Set(lines).size).toBe(lines.length);
    const press = hits.filter((h) => h.chunk.document_id === 'press');
    expect(press.length).toBeGreaterThanOrEqual(2);
    for (const h of press) expect(h.chunk.line_start < 8 && h.chunk.line_end >= 8).toBe(false);
  });

  it('measures the dense similarity of every candidate, not only of those the dense search returned', async () => {
    // a vector index whose nearest-neighbour search returns one chunk, and which measures any other
    const measured: number[] = [];
    const vectors = {
      embedQuery: async () => [1, 0],
      search: async () => [{ id: 0, similarity: 0.5 }],
      similarities: (_: number[], ids: readonly number[]) => ids.map((id) => (measured.push(id), 0.25)),
    };
    const dense = new Retriever({ ...deps, vectors });
    const candidates = await dense.candidates(`${PROGRAMME}の審査委員会の主査は誰ですか`, {});
    const lexicalOnly = candidates.filter((c) => c.id !== 0);
    expect(lexicalOnly.length).toBeGreaterThan(0);
    for (const c of lexicalOnly) expect(c.features.dense).toBeCloseTo(0.5);
    expect(new Set(measured)).toEqual(new Set(lexicalOnly.map((c) => c.id)));
    expect(candidates.find((c) => c.id === 0)?.features.dense).toBe(1);
  });
});

describe('names in Latin letters', () => {
  it('finds the passage naming a place an English question writes in romaji (Onomichi → 尾道), with no glossary entry for it', async () => {
    const tokenizer = await JapaneseTokenizer.create();
    const hubs = doc('hubs', ['瀬戸内海洋拠点の代表機関について', '', '○倉敷拠点', '代表機関：岡山大学', '', '○尾道拠点', '代表機関：広島大学', '', '○高松拠点', '代表機関：香川大学']);
    const chunks = chunkCorpus([...DOCS, hubs], { maxChars: 20, minChars: 5 });
    const own = { chunks, documents: [...DOCS, hubs].map((d) => d.meta), ...(await indexChunks(chunks, tokenizer, { workers: 0 })), vectors: null, tokenizer, lexicon: Lexicon.empty() };
    const [hit] = await new Retriever(own).search('Which university leads the Onomichi hub?', { k: 1, passage: 0 });
    expect(hit!.chunk.text).toContain('尾道');
  });
});
