// Resolution by alias, English name and near spelling; list, timeline and conflicts over the real catalogue.
import { beforeAll, describe, expect, it } from 'vitest';
import { aliasLexicon, getProgramme, listConflicts, listProgrammes, namedProgrammes, resolveProgramme, timeline } from '../../../src/core/catalogue/query.js';
import { ProgrammeSummarySchema, TimelineEntrySchema, type Catalogue } from '../../../src/core/catalogue/schema.js';
import { NotFoundError } from '../../../src/core/errors.js';
import { realCatalogue } from './helpers.js';

let cat: Catalogue;
beforeAll(async () => {
  ({ cat } = await realCatalogue());
});

const name = (q: string) => {
  const r = resolveProgramme(cat, q);
  return 'suggestions' in r ? { suggestions: r.suggestions } : r.name;
};

describe('resolveProgramme', () => {
  it.each([
    ['知クラ', '知的クラスター創成事業'],
    ['Knowledge Cluster Initiative', '知的クラスター創成事業'],
    ['knowledge cluster initiative', '知的クラスター創成事業'],
    ['City Area program', '都市エリア産学官連携促進事業'],
    ['CITY AREA PROGRAMME', '都市エリア産学官連携促進事業'],
    ['都市エリア', '都市エリア産学官連携促進事業'],
    ['知的クラスタ創成事業', '知的クラスター創成事業'], // near spelling
    ['都市エリア産学官連携推進事業', '都市エリア産学官連携促進事業'], // near spelling
    ['知的クラスター創成事業 第2期', '知的クラスター創成事業（第Ⅱ期）'],
    ['知的クラスター創成事業(第I期)', '知的クラスター創成事業（第Ⅰ期）'],
    ['リサーチコンプレックス', '世界に誇る地域発研究開発・実証拠点（リサーチコンプレックス）推進プログラム'],
    ['世界に誇る地域発研究開発・実証拠点推進プログラム', '世界に誇る地域発研究開発・実証拠点（リサーチコンプレックス）推進プログラム'],
    ['特許化支援', '技術移転支援センター事業'],
    ['知的クラスタ', '知的クラスター創成事業'], // part of the name of a programme and of its phases
    ['地域イノベ戦略支援', '地域イノベーション戦略支援プログラム'], // pieces of the name, in order
    ['都市エリア事業', '都市エリア産学官連携促進事業'],
  ])('%s → %s', (q, expected) => {
    expect(name(q)).toBe(expected);
  });

  it('gives the closest names for an unknown or ambiguous name', () => {
    const r = name('クラスター');
    expect(r).toHaveProperty('suggestions');
    expect((r as { suggestions: string[] }).suggestions).toContain('知的クラスター創成事業');
    expect(() => getProgramme(cat, '全く別の事業')).toThrow(NotFoundError);
    expect(() => getProgramme(cat, '全く別の事業')).toThrow(/closest: /);
  });
});

describe('listProgrammes', () => {
  it('filters by fiscal year in any form', () => {
    const fy2008 = listProgrammes(cat, { active_in_fy: '平成20年度' }).map((p) => p.name);
    expect(fy2008).toEqual(expect.arrayContaining(['知的クラスター創成事業（第Ⅰ期）', '知的クラスター創成事業（第Ⅱ期）', '都市エリア産学官連携促進事業']));
    expect(fy2008).not.toContain('地域イノベーション戦略支援プログラム');
    expect(listProgrammes(cat, { active_in_fy: 2008 }).map((p) => p.name)).toEqual(fy2008);
    expect(listProgrammes(cat, { active_in_fy: 'H20' }).map((p) => p.name)).toEqual(fy2008);
    expect(listProgrammes(cat, { active_in_fy: 2016 }).map((p) => p.name)).toEqual(expect.arrayContaining(['マッチングプランナープログラム', '地域イノベーション・エコシステム形成プログラム']));
    expect(() => listProgrammes(cat, { active_in_fy: 'someday' })).toThrow(/fiscal year/);
  });

  it('filters by plan, ministry and text, returning summaries with a citation', () => {
    const third = listProgrammes(cat, { plan: '第3期' });
    expect(third.map((p) => p.name)).toEqual(expect.arrayContaining(['知的クラスター創成事業（第Ⅱ期）', '地域イノベーションクラスタープログラム']));
    for (const s of third) expect(() => ProgrammeSummarySchema.parse(s)).not.toThrow();
    expect(listProgrammes(cat, { ministry: '経済産業省' }).map((p) => p.name)).toEqual(expect.arrayContaining(['産業クラスター計画', '地域イノベーション戦略支援プログラム']));
    expect(listProgrammes(cat, { query: 'マッチング' }).map((p) => p.name)).toContain('マッチングプランナープログラム');
    const summary = listProgrammes(cat, { query: 'Knowledge Cluster' })[0]!;
    expect(summary).toMatchObject({ name: '知的クラスター創成事業', period: { start_fy: 2002, end_fy: 2009 } });
  });
});

describe('timeline', () => {
  it('orders plans and programmes by their first fiscal year, plans first', () => {
    const t = timeline(cat);
    for (const e of t) expect(() => TimelineEntrySchema.parse(e)).not.toThrow();
    const names = t.map((e) => e.name);
    expect(names.indexOf('第２期科学技術基本計画')).toBeLessThan(names.indexOf('知的クラスター創成事業（第Ⅰ期）'));
    expect(names.indexOf('知的クラスター創成事業（第Ⅰ期）')).toBeLessThan(names.indexOf('地域イノベーションクラスタープログラム'));
    expect(names.indexOf('地域イノベーションクラスタープログラム')).toBeLessThan(names.indexOf('地域イノベーション戦略支援プログラム'));
    const first = t.find((e) => e.name === '知的クラスター創成事業（第Ⅰ期）')!;
    expect(first).toMatchObject({ plan: '第２期科学技術基本計画', label: '2002年度（平成14年度）～2008年度（平成20年度）', successors: ['知的クラスター創成事業（第Ⅱ期）'] });
  });

  it('keeps only entries overlapping the range', () => {
    const t = timeline(cat, { from_fy: '平成22年度', to_fy: 2010 }).map((e) => e.name);
    expect(t).toContain('地域イノベーションクラスタープログラム');
    expect(t).toContain('第３期科学技術基本計画');
    expect(t).not.toContain('知的クラスター創成事業（第Ⅰ期）');
  });
});

describe('aliasLexicon and conflicts', () => {
  it('lists every name for query expansion', () => {
    const chikura = aliasLexicon(cat).find((e) => e.canonical === '知的クラスター創成事業')!;
    expect(chikura.names).toEqual(expect.arrayContaining(['知的クラスター創成事業', '知クラ', '知的クラスター', 'Knowledge Cluster Initiative']));
    expect(aliasLexicon(cat).find((e) => e.canonical === '第２期科学技術基本計画')!.names).toContain('第Ⅱ期科学技術基本計画');
  });

  it('lists the conflicts with both citations', () => {
    const c = listConflicts(cat);
    const budget = c.find((x) => x.subject === '知的クラスター創成事業' && x.field.includes('FY2003'))!;
    expect(budget.values.map((v) => v.citations[0]!.source)).toEqual(['seeds/001_c2ec72ae5d580e88.txt', 'seeds/002_a7140ebd4c3b8454.txt']);
    expect(c.map((x) => x.subject)).toEqual(expect.arrayContaining(['第２期科学技術基本計画', '都市エリア産学官連携促進事業']));
  });
});

describe('namedProgrammes', () => {
  it('finds the programme a question names by alias or English name', () => {
    expect(namedProgrammes(cat, '知クラの予算はいくらですか').map((p) => p.name)).toEqual(['知的クラスター創成事業']);
    expect(namedProgrammes(cat, 'How much did the City Area program give per area?').map((p) => p.name)).toEqual(['都市エリア産学官連携促進事業']);
    expect(namedProgrammes(cat, '知的クラスター創成事業（第Ⅰ期）の期間は').map((p) => p.name)).toEqual(['知的クラスター創成事業（第Ⅰ期）']);
  });
});

describe('namedProgrammes by a short form', () => {
  it('reads a programme named by the tail of its name', () => {
    expect(namedProgrammes(cat, 'エコシステム形成プログラムの採択地域は').map((p) => p.name)).toEqual(['地域イノベーション・エコシステム形成プログラム']);
    expect(aliasLexicon(cat).find((e) => e.canonical === '地域イノベーション・エコシステム形成プログラム')?.names).toContain('エコシステム形成プログラム');
  });
});
