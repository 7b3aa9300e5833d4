// Concrete facts of the catalogue built from the real seeds: periods, money, counts, conflicts, relations.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/core/catalogue/schema.js';
import { at, count, money, programme, realCatalogue } from './helpers.js';

let cat: Catalogue;
beforeAll(async () => {
  ({ cat } = await realCatalogue());
});

describe('plans', () => {
  it('reads the five 科学技術基本計画 with periods and regional themes', () => {
    const periods = cat.plans.map((p) => [p.ordinal, p.period?.values[0]?.value]);
    expect(periods).toEqual([
      [1, { start_fy: 1996, end_fy: 2000 }],
      [2, { start_fy: 2001, end_fy: 2005 }],
      [3, { start_fy: 2006, end_fy: 2010 }],
      [4, { start_fy: 2011, end_fy: 2015 }],
      [5, { start_fy: 2016, end_fy: 2020 }],
    ]);
    const third = cat.plans.find((p) => p.ordinal === 3)!;
    expect(third.theme?.values[0]?.value).toBe('地域イノベーション・システムの構築と活力ある地域づくり');
    expect(third.theme?.values[0]?.citations.map(at)).toEqual(expect.arrayContaining(['000:50', '004:17']));
    expect(cat.plans.find((p) => p.ordinal === 2)!.theme?.values[0]?.value).toBe('地域における科学技術振興のための環境整備');
    expect(cat.plans.find((p) => p.ordinal === 5)!.period?.values[0]?.note).toBe('策定中');
  });

  it('keeps both dates of the second plan’s cabinet decision as a conflict', () => {
    const decided = cat.plans.find((p) => p.ordinal === 2)!.decided!;
    expect(decided.conflict).toBe(true);
    const byValue = Object.fromEntries(decided.values.map((v) => [`${v.value.year}-${v.value.month}`, v.citations.map(at)]));
    expect(byValue['2002-3']).toEqual(['001:30']);
    expect(byValue['2001-3']).toEqual(expect.arrayContaining(['002:9', '001:74']));
  });

  it('links programmes to the plan they started under', () => {
    const second = cat.plans.find((p) => p.ordinal === 2)!;
    expect(second.programmes).toEqual(expect.arrayContaining(['知的クラスター創成事業（第Ⅰ期）', '都市エリア産学官連携促進事業']));
    expect(programme(cat, '地域イノベーション戦略支援プログラム').parent_plans.map((r) => r.value.ordinal)).toEqual([4]);
  });
});

describe('知的クラスター創成事業', () => {
  it('has its phases with their periods', () => {
    expect(programme(cat, '知的クラスター創成事業（第Ⅰ期）').period?.values[0]).toMatchObject({ value: { start_fy: 2002, end_fy: 2008 }, as_written: ['平成１４～２０年度'] });
    expect(programme(cat, '知的クラスター創成事業（第Ⅱ期）').period?.values[0]?.value).toEqual({ start_fy: 2007, end_fy: 2009 });
    expect(programme(cat, '知的クラスター創成事業（グローバル拠点育成型）').period?.values[0]?.value).toEqual({ start_fy: 2009, end_fy: 2009 });
    const base = programme(cat, '知的クラスター創成事業');
    expect(base.variants).toHaveLength(3);
    expect(base.period?.values[0]?.value).toEqual({ start_fy: 2002, end_fy: 2009 });
    expect(programme(cat, '知的クラスター創成事業（第Ⅱ期）').predecessors.map((r) => r.value)).toEqual([{ programme: '知的クラスター創成事業（第Ⅰ期）', relation: 'builds_on' }]);
  });

  it('keeps 18 regions (001) and 31 regions (003) as a conflict, each with its citation', () => {
    const total = count(programme(cat, '知的クラスター創成事業'), { unit: 'region', scope: 'total' });
    expect(total.conflict).toBe(true);
    const byCount = Object.fromEntries(total.values.map((v) => [v.value.count, v.citations.map(at)]));
    expect(byCount[31]).toEqual(['003:28-30']);
    expect(byCount[18]).toEqual(expect.arrayContaining(['001:91-92', '001:1149']));
    expect(byCount[15]).toEqual(['002:49']);
  });

  it('has about 5億円 per region per year for 5 years, stated in four places', () => {
    const p = programme(cat, '知的クラスター創成事業');
    const scale = money(p, { kind: 'scale', per: 'region' });
    expect(scale.conflict).toBe(false);
    expect(scale.values).toHaveLength(1);
    expect(scale.values[0]!.value).toEqual({ yen: 5e8 });
    expect(scale.values[0]!.citations.map(at)).toEqual(expect.arrayContaining(['003:28-30', '002:59', '001:91-92']));
    expect(p.duration?.values[0]?.value).toEqual({ years_min: 5, years_max: 5 });
  });

  it('keeps the FY2003 budget conflict (78億円 in the table of 001, 75億円 in 002) and agrees on FY2005', () => {
    const p = programme(cat, '知的クラスター創成事業');
    const fy2003 = money(p, { kind: 'budget', fiscal_year: 2003 });
    expect(fy2003.conflict).toBe(true);
    expect(fy2003.values.map((v) => [v.value.yen, v.citations.map(at)])).toEqual([
      [7.8e9, ['001:305', '001:319']],
      [7.5e9, ['002:57']],
    ]);
    const fy2005 = money(p, { kind: 'budget', fiscal_year: 2005 });
    expect(fy2005.conflict).toBe(false);
    expect(fy2005.values[0]!.value.yen).toBe(1e10);
    expect(money(p, { kind: 'budget', fiscal_year: 2002 }).values[0]!.value.yen).toBe(6.6e9);
  });

  it('counts the regions by start year', () => {
    const p = programme(cat, '知的クラスター創成事業');
    expect([2002, 2003, 2004].map((fy) => count(p, { scope: 'started', fiscal_year: fy }).values[0]!.value.count)).toEqual([12, 3, 3]);
  });

  it('names its English name, aliases and ministry', () => {
    const p = programme(cat, '知的クラスター創成事業');
    expect(p.english_names.map((e) => e.value)).toEqual(['Knowledge Cluster Initiative']);
    expect(p.aliases.map((a) => a.value)).toEqual(expect.arrayContaining(['知クラ', '知的クラスター']));
    expect(p.ministries.map((m) => m.value)).toEqual(['文部科学省']);
  });
});

describe('都市エリア産学官連携促進事業', () => {
  const p = () => programme(cat, '都市エリア産学官連携促進事業');
  it('ran 平成14～21年度 with about 1億円 per area per year in 89 areas', () => {
    expect(p().period?.values[0]?.value).toEqual({ start_fy: 2002, end_fy: 2009 });
    const scale = money(p(), { kind: 'scale', per: 'region' });
    expect(scale.values.map((v) => v.value)).toEqual([{ yen: 1e8 }]);
    expect(scale.values[0]!.citations.map(at)).toEqual(expect.arrayContaining(['003:37-40', '001:1052-1053']));
    expect(count(p(), { scope: 'total' }).values.map((v) => v.value.count)).toEqual([89]);
    expect(money(p(), { kind: 'budget', fiscal_year: 2005 }).values[0]!.value.yen).toBe(3.6e9);
    expect(money(p(), { kind: 'budget', fiscal_year: 2004 }).values[0]!.value.yen).toBe(3.4e9);
  });
  it('keeps 3 years (001) against 3～5 years (003) as a conflict', () => {
    expect(p().duration?.conflict).toBe(true);
    expect(p().duration?.values.map((v) => v.value)).toEqual(expect.arrayContaining([{ years_min: 3, years_max: 5 }, { years_min: 3, years_max: 3 }]));
  });
  it('was merged with 知クラ into 地域イノベーションクラスタープログラム', () => {
    const succ = p().successors.map((r) => r.value);
    expect(succ).toEqual([{ programme: '地域イノベーションクラスタープログラム', relation: 'integrated_into' }]);
    const pred = programme(cat, '地域イノベーションクラスタープログラム').predecessors.map((r) => r.value.programme);
    expect(pred).toEqual(['知的クラスター創成事業', '都市エリア産学官連携促進事業']);
  });
});

describe('later programmes (003)', () => {
  it('地域イノベーション戦略支援プログラム: 37 regions, 1～2億円/年, 5 years, H28 request 2,483百万円, H27 budget 3,647百万円', () => {
    const p = programme(cat, '地域イノベーション戦略支援プログラム');
    expect(p.period?.values[0]?.value).toEqual({ start_fy: 2011, end_fy: null });
    expect(count(p, { scope: 'total' }).values[0]!.value.count).toBe(37);
    expect(money(p, { kind: 'scale' }).values[0]!.value).toEqual({ yen: 1e8, yen_max: 2e8 });
    expect(p.duration?.values[0]?.value).toEqual({ years_min: 5, years_max: 5 });
    const req = money(p, { kind: 'request', fiscal_year: 2016 });
    expect(req.values.map((v) => v.value.yen)).toEqual([2.483e9]);
    expect(req.values[0]!.citations.map(at)).toEqual(expect.arrayContaining(['003:56-58', '003:200']));
    expect(money(p, { kind: 'budget', fiscal_year: 2015 }).values[0]!.value.yen).toBe(3.647e9);
    expect(money(p, { kind: 'special_account' }).values[0]!.value.yen).toBe(8.31e8);
    expect(p.ministries.map((m) => m.value)).toEqual(['文部科学省', '経済産業省', '農林水産省', '総務省']);
  });
  it('reads the amounts of the other 平成28年度 programmes', () => {
    const mp = programme(cat, 'マッチングプランナープログラム');
    expect(money(mp, { kind: 'benchmark', per: 'task' }).values[0]!.value.yen).toBe(1.7e6);
    expect(money(mp, { kind: 'request', fiscal_year: 2016 }).values[0]!.value.yen).toBe(1.363e9);
    expect(money(mp, { kind: 'budget', fiscal_year: 2015 }).values[0]!.value.yen).toBe(8.63e8);
    const sentan = programme(cat, '先端融合領域イノベーション創出拠点形成プログラム');
    expect(count(sentan, { unit: 'site' }).values[0]!.value.count).toBe(12);
    expect(sentan.duration?.values[0]?.value).toEqual({ years_min: 10, years_max: 10 });
    expect(money(sentan, { kind: 'budget', fiscal_year: 2015 }).values[0]!.value.yen).toBe(5.422e9);
    const fukko = programme(cat, '復興促進プログラム');
    expect(count(fukko, { unit: 'task' }).values[0]!.value.count).toBe(288);
    expect(money(fukko, { kind: 'scale', per: 'task' }).values[0]!.value).toEqual({ yen: 1e6, yen_max: 2e7 });
    const rc = programme(cat, '世界に誇る地域発研究開発・実証拠点（リサーチコンプレックス）推進プログラム');
    expect(rc.aliases.map((a) => a.value)).toEqual(expect.arrayContaining(['世界に誇る地域発研究開発・実証拠点推進プログラム', 'リサーチコンプレックス']));
    expect(money(rc, { kind: 'request', fiscal_year: 2016 }).values[0]!.value.yen).toBe(1.756e9);
    const eco = programme(cat, '地域イノベーション・エコシステム形成プログラム');
    expect(money(eco, { kind: 'scale', per: 'project' }).values[0]!.value.yen).toBe(3e8);
    expect(money(eco, { kind: 'request', fiscal_year: 2016 }).values[0]!.value.yen).toBe(2.26e9);
  });
  it('地域イノベーションクラスタープログラム: 平成22年度, 1～2億円/年 × 7 regions, 3 years, two types', () => {
    const p = programme(cat, '地域イノベーションクラスタープログラム');
    expect(p.period?.values[0]?.value).toEqual({ start_fy: 2010, end_fy: 2010 });
    expect(count(p, { scope: 'total' }).values[0]!.value.count).toBe(7);
    expect(p.variants).toEqual(['地域イノベーションクラスタープログラム（グローバル型）', '地域イノベーションクラスタープログラム（都市エリア型）']);
  });
});

describe('other programmes in 001', () => {
  it('reads 平成17年度 budgets with the previous year in brackets', () => {
    const plaza = programme(cat, '研究成果活用プラザ事業');
    expect(money(plaza, { kind: 'budget', fiscal_year: 2005 }).values[0]!.value.yen).toBe(5e9);
    expect(money(plaza, { kind: 'budget', fiscal_year: 2004 }).values[0]!.value.yen).toBe(3.3e9);
    const kesshu = programme(cat, '地域結集型共同研究事業');
    expect(money(kesshu, { kind: 'budget', fiscal_year: 2005 }).values[0]!.value.yen).toBe(4.7e9);
    const tiers = money(kesshu, { kind: 'scale', per: 'region' });
    expect(tiers.conflict).toBe(false); // two tiers in one document, told apart by their labels
    expect(tiers.values.map((v) => [v.value.yen, v.label])).toEqual([
      [1e8, '「安全・安心」分野等を含む新規地域の採択'],
      [2e8, '特に優れた成果をあげた地域につき発展型として事業を展開（モデル事業）'],
    ]);
    expect(money(programme(cat, '独創的シーズ展開事業'), { fiscal_year: 2005 }).values[0]).toMatchObject({ value: { yen: 9.7e9 }, note: '新規' });
    expect(programme(cat, '産業クラスター計画').ministries.map((m) => m.value)).toEqual(['経済産業省']);
  });
  it('does not attach a slide total to a programme', () => {
    const all = cat.programmes.flatMap((p) => p.money.flatMap((m) => m.values.map((v) => v.value.yen)));
    expect(all).not.toContain(2.4e10);
    expect(all).not.toContain(3.3699e10);
    expect(cat.warnings.some((w) => w.includes('240億円'))).toBe(true);
  });
});
