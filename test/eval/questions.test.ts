// Question files: evidence as line ranges or as quoted phrases found in the indexed documents
// (across line breaks, after NFKC), sources as written mapped to the indexed ones, and errors that
// name the question and what is wrong.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseFolders, prepareCorpus, sourceMapper } from '../../eval/corpus.js';
import { findQuote, loadQuestions, readQuestionFile } from '../../eval/questions.js';
import { ROOT, SEEDS } from '../helpers/corpus.js';
import { tempDir } from '../helpers/index-home.js';

const doc = { source: 'docs/a.txt', lines: ['知的クラスター創成', '事業の予算は', '１地域当たり５億円です。', '', '知的クラスター創成事業'] };

describe('findQuote', () => {
  it('finds a phrase across line breaks, with full-width digits matched after NFKC', () => {
    expect(findQuote(doc, '創成事業の予算')).toEqual([{ line_start: 1, line_end: 2 }]);
    expect(findQuote(doc, '1地域当たり5億円')).toEqual([{ line_start: 3, line_end: 3 }]);
  });

  it('gives every place a phrase stands, and none for one it does not', () => {
    expect(findQuote(doc, '知的クラスター創成')).toEqual([
      { line_start: 1, line_end: 1 },
      { line_start: 5, line_end: 5 },
    ]);
    expect(findQuote(doc, '都市エリア')).toEqual([]);
  });
});

describe('loadQuestions', () => {
  it('loads the project set unchanged', async () => {
    const qs = await loadQuestions(path.join(ROOT, 'eval', 'questions.json'));
    expect(qs).toHaveLength(154);
    expect(qs[0]).toMatchObject({ id: 'q001', category: 'fact', lang: 'ja', abstain: false });
  });

  it('resolves quotes and sources written as the office writes them', async () => {
    const dir = await tempDir('questions');
    const file = path.join(dir, 'mine.json');
    await writeFile(
      file,
      JSON.stringify([
        { id: 'm1', question: 'マッチングプランナープログラムの基準額は？', evidence: [{ source: '003_d3747c4912f9c266.txt', quote: '基準額：１課題当たり170万円/年' }], facts: [['170万円']] },
        { id: 'm2', category: 'history', question: 'When was the 2nd Basic Plan decided?', evidence: [{ source: 'seeds/002_a7140ebd4c3b8454.txt', line_start: 9, line_end: 9 }] },
        { id: 'm3', question: '令和20年度の予算は？', abstain: true },
      ]),
    );
    const corpus = await prepareCorpus([SEEDS]);
    const documents = [
      { source: 'seeds/003_d3747c4912f9c266.txt', lines: ['', 'マッチングプランナープログラム〈拡充〉', '（基準額：１課題当たり170万円/年）'] },
      { source: 'seeds/002_a7140ebd4c3b8454.txt', lines: [] },
    ];
    const qs = await loadQuestions(file, { documents, mapSource: sourceMapper(corpus, documents.map((d) => d.source), baseFolders(file)) });
    expect(qs[0]).toMatchObject({ category: 'general', lang: 'ja', evidence: [{ source: 'seeds/003_d3747c4912f9c266.txt', line_start: 3, line_end: 3 }] });
    expect(qs[1]).toMatchObject({ category: 'history', lang: 'en', evidence: [{ source: 'seeds/002_a7140ebd4c3b8454.txt', line_start: 9, line_end: 9 }] });
    expect(qs[2]).toMatchObject({ abstain: true, evidence: [], facts: [] });
  });

  it('says which question is wrong and how', async () => {
    const dir = await tempDir('questions-bad');
    const write = async (items: unknown) => {
      const file = path.join(dir, `q${Math.random()}.json`);
      await writeFile(file, JSON.stringify(items));
      return file;
    };
    await expect(readQuestionFile(await write([{ id: 'x1', question: '予算は？' }]))).rejects.toThrow(/x1\.evidence: an answerable question needs evidence/);
    await expect(readQuestionFile(await write([{ id: 'x2', question: 'q', evidence: [{ source: 'a.txt', line_start: 5, line_end: 2 }] }]))).rejects.toThrow(/x2\.evidence\.0: line_end 2 is before line_start 5/);
    await expect(readQuestionFile(await write([{ id: 'x3', question: 'q', abstain: true }, { id: 'x3', question: 'r', abstain: true }]))).rejects.toThrow(/two questions have the id x3/);
    const missing = await write([{ id: 'x4', question: 'q', evidence: [{ source: 'docs/a.txt', quote: '存在しない句' }] }]);
    await expect(loadQuestions(missing, { documents: [doc] })).rejects.toThrow(/x4: the quote "存在しない句" is not in docs\/a\.txt/);
  });
});
