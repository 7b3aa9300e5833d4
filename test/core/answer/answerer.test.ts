// Answers to real questions: the expected values with citations that hold, both values where the
// documents disagree, and abstention when the documents do not hold the answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../../src/core/answer/answerer.js';
import { unsupportedClaims } from '../../../src/core/answer/check.js';
import { AnswerSchema, type Answer } from '../../../src/core/answer/schema.js';
import { citationProblem } from '../../../src/core/citations.js';
import type { Engine } from '../../../src/core/engine.js';
import { ROOT } from '../../helpers/corpus.js';
import { testEngine } from '../../helpers/server.js';

let engine: Engine;
let answerer: Answerer;
beforeAll(async () => {
  engine = await testEngine();
  answerer = new Answerer(engine);
});

const flat = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Every citation's quote stands at its lines, and no sentence states what its citations do not. */
async function expectSound(a: Answer): Promise<void> {
  AnswerSchema.parse(a);
  for (const c of a.citations) expect(await citationProblem(ROOT, c), `${c.source}:${c.line_start}`).toBeUndefined();
  expect(unsupportedClaims(engine.catalogue, a)).toEqual([]);
  const markers = new Set(a.citations.map((c) => c.marker));
  for (const s of a.sentences) for (const m of s.markers) expect(markers.has(m)).toBe(true);
}

/** The citations of the sentences that contain `value`. */
function citationsFor(a: Answer, value: string) {
  const markers = new Set(a.sentences.filter((s) => flat(s.text).includes(flat(value))).flatMap((s) => s.markers));
  return a.citations.filter((c) => markers.has(c.marker));
}

describe('answers with cited facts', () => {
  it('知的クラスター創成事業: about 5億円 per region per year, cited where the documents say it', async () => {
    const a = await answerer.answer('知的クラスター創成事業の1地域当たりの年間予算はどれくらい？');
    expect(a.status).toBe('answered');
    expect(a.language).toBe('ja');
    const cites = citationsFor(a, '5億円');
    expect(cites.length).toBeGreaterThan(0);
    for (const c of cites) expect(flat(c.quote)).toContain('5億円');
    expect(cites.some((c) => c.source.startsWith('seeds/003') && c.line_start <= 29 && 29 <= c.line_end)).toBe(true);
    await expectSound(a);
  });

  it('都市エリア: 1億円 per year per region, the 003 box that also gives ×89地域', async () => {
    const a = await answerer.answer('都市エリア事業は１地域あたり年いくら？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('1億円');
    const box = a.citations.find((c) => c.source.startsWith('seeds/003') && c.line_start <= 39 && 39 <= c.line_end);
    expect(box, 'cites 003 lines 37–40').toBeDefined();
    expect(flat(box!.quote)).toContain('89地域');
    await expectSound(a);
  });

  it('a sentence cites only the lines it stands on, not its whole passage', async () => {
    const a = await answerer.answer('知的クラスター本部にはどんなポストを置くことになっていますか。');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('研究統括');
    for (const c of citationsFor(a, '研究統括')) expect(c.line_end - c.line_start).toBeLessThanOrEqual(2);
    await expectSound(a);
  });

  it('where documents disagree (知的クラスター regions: 18 vs 31), gives both values with their sources', async () => {
    const a = await answerer.answer('知的クラスター創成事業は全部で何地域で実施された？');
    expect(a.status).toBe('answered');
    const conflict = a.conflicts.find((c) => c.field.startsWith('count region'));
    expect(conflict).toBeDefined();
    const byValue = (v: string) => conflict!.values.find((x) => flat(x.value).includes(v));
    const eighteen = byValue('18');
    const thirtyOne = byValue('31');
    expect(eighteen && thirtyOne).toBeTruthy();
    const sourcesOf = (markers: number[]) => a.citations.filter((c) => markers.includes(c.marker)).map((c) => c.source.slice(6, 9));
    expect(sourcesOf(eighteen!.markers)).toContain('001');
    expect(sourcesOf(thirtyOne!.markers)).toContain('003');
    expect(a.answer).toContain('資料によって記載が異なります');
    await expectSound(a);
  });

  it('answers an English question with English framing and Japanese quotes', async () => {
    const a = await answerer.answer('What was the annual budget per cluster of the Knowledge Cluster Initiative?');
    expect(a.status).toBe('answered');
    expect(a.language).toBe('en');
    expect(a.sentences[0]!.text).toMatch(/Knowledge Cluster Initiative/);
    expect(flat(a.answer)).toMatch(/5億円|¥500million/);
    await expectSound(a);
  });
});

describe('abstains when the documents do not hold the answer', () => {
  it.each([
    ['令和5年度の地域イノベーション・エコシステム形成プログラムの予算額は？', /2023/],
    ['第6期科学技術・イノベーション基本計画では地域施策はどう位置付けられていますか', /第6期/],
    ['産業クラスター計画の平成17年度予算額は？', /money/],
    ['J-PEAKS（地域中核・特色ある研究大学強化促進事業）の1大学あたりの支援額は？', /J-PEAKS/],
    ['札幌ITカロッツェリアクラスターの本部長は誰でしたか？', /who/],
  ])('%s', async (question, reason) => {
    const a = await answerer.answer(question);
    expect(a.status).toBe('abstained');
    expect(a.reason).toMatch(reason);
    expect(a.sentences).toEqual([]);
    expect(a.answer).toMatch(/^資料には「.+」の記載が見当たりません。/);
    expect(a.nearest.length).toBeGreaterThan(0);
    for (const p of a.nearest) expect(await citationProblem(ROOT, p.citation)).toBeUndefined();
  });

  it('says so in English for an English question', async () => {
    const a = await answerer.answer('What was the total budget of the Super Cluster Program?');
    expect(a.status).toBe('abstained');
    expect(a.answer).toMatch(/^The documents do not say/);
  });
});

describe('the questions staff ask most', () => {
  it('a start year asked without the text’s verb (開始年度は？): 平成23年度, cited at the line 「（平成２３年度～）」', async () => {
    const a = await answerer.answer('地域イノベーション戦略支援プログラムの開始年度は？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('平成23年度');
    const cites = citationsFor(a, '平成23年度');
    expect(cites.some((c) => c.source.startsWith('seeds/000') && flat(c.quote).includes(flat('平成２３年度～')))).toBe(true);
    await expectSound(a);
  });

  it('知的クラスター創成事業の開始年度 is 平成14年度, cited where a line says 平成１４, with no other programme’s years', async () => {
    const a = await answerer.answer('知的クラスター創成事業の開始年度は？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('平成14年度');
    expect(citationsFor(a, '平成14年度').some((c) => /平成[1１][4４]/u.test(c.quote))).toBe(true);
    expect(a.answer).not.toMatch(/平成１３年度開始/);
    await expectSound(a);
  });

  it('the basic plan a programme started under comes from the catalogue: 第２期, cited with the plan’s period', async () => {
    const a = await answerer.answer('知的クラスター創成事業はどの科学技術基本計画で始まりましたか？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toMatch(/第[2２]期科学技術基本計画/);
    expect(a.citations.some((c) => /第[2２Ⅱ]期/u.test(c.quote) && /平成１３/u.test(c.quote))).toBe(true);
    // with the start year it follows from, cited where a document states it
    expect(flat(a.answer)).toMatch(/開始年度.*平成14年度/u);
    expect(citationsFor(a, '平成14年度').some((c) => /平成[1１][4４]/u.test(c.quote))).toBe(true);
    await expectSound(a);
  });

  it('the plan asked as 「…の期間に始まった施策」 or 「第何期基本計画の下」 is the catalogue\'s too', async () => {
    for (const question of ['知的クラスター創成事業は、どの科学技術基本計画の期間に始まった施策ですか。', '知的クラスター創成事業は第何期基本計画の下での事業？']) {
      const a = await answerer.answer(question);
      expect(a.status, question).toBe('answered');
      expect(flat(a.answer).split('\n')[0], question).toMatch(/開始時の科学技術基本計画.*第[2２]期科学技術基本計画/u);
    }
  });

  it('「基本計画の第1期から第4期までの計画期間を一覧で」: each plan of the run with its period, cited', async () => {
    const a = await answerer.answer('科学技術基本計画の第1期から第4期までの計画期間を一覧で教えてください。');
    expect(a.status).toBe('answered');
    const lines = a.answer.split('\n').map(flat);
    for (const [i, period] of [[1, '平成8~12年度'], [2, '平成13~17年度'], [3, '平成18~22年度'], [4, '平成23~27年度']] as const) {
      expect(lines[i - 1]).toContain(`第${i}期科学技術基本計画の計画期間:${period}`);
    }
    await expectSound(a);
  });

  it('which regions took part (English): the region names the catalogue has, each line with its own citation', async () => {
    const a = await answerer.answer('Which regions took part in the Knowledge Cluster Initiative?');
    expect(a.status).toBe('answered');
    expect(a.language).toBe('en');
    for (const region of ['Sapporo', 'Hamamatsu', '富山・高岡', '徳島']) expect(a.answer).toContain(region);
    const entries = a.sentences.filter((s) => s.text.startsWith('・'));
    expect(entries.length).toBeGreaterThanOrEqual(15);
    for (const s of entries) {
      const region = s.text.slice(1).split('（')[0]!;
      expect(a.citations.filter((c) => s.markers.includes(c.marker)).some((c) => flat(c.quote).includes(flat(region))), region).toBe(true);
    }
    await expectSound(a);
  });

  it('what a programme was merged into: 地域イノベーションクラスタープログラム, cited', async () => {
    const a = await answerer.answer('知的クラスター創成事業はその後どうなった？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('地域イノベーションクラスタープログラム');
    expect(a.citations.some((c) => flat(c.quote).includes('統合'))).toBe(true);
    await expectSound(a);
  });

  it('abstains on マッチングプランナーの採用条件と給与水準, although the documents name マッチングプランナー', async () => {
    const a = await answerer.answer('マッチングプランナーの採用条件と給与水準は？');
    expect(a.status).toBe('abstained');
    expect(a.sentences).toEqual([]);
    expect(a.answer).toMatch(/^資料には「マッチングプランナーの採用条件と給与水準」の記載が見当たりません。/);
  });

  it('a partly answerable question answers its part and says plainly what the documents do not say', async () => {
    const a = await answerer.answer('知的クラスター創成事業の開始年度と給与水準は？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('平成14年度');
    expect(a.not_in_documents).toEqual(['給与水準']);
    expect(a.answer).toMatch(/資料には「給与水準」の記載が見当たりません。$/);
    await expectSound(a);
  });
});
