// A document the rules were never shown: a press release in ordinary prose (令和 years, a 第６期 plan,
// budget, support per region, selected regions in a ○ list) enters the catalogue with every value cited at
// lines that hold it; kana readings find programmes; an open period is not treated as running forever.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue, loadCuration } from '../../../src/core/catalogue/build.js';
import { listClusters, listProgrammes, resolveProgramme, timeline } from '../../../src/core/catalogue/query.js';
import { withReadings } from '../../../src/core/catalogue/readings.js';
import type { Catalogue, Programme } from '../../../src/core/catalogue/schema.js';
import type { LoadedDocument } from '../../../src/core/corpus.js';
import { loadCorpus } from '../../../src/core/corpus.js';
import { JapaneseTokenizer } from '../../../src/core/text/tokenize.js';
import { allCitations, SEEDS } from './helpers.js';

const PRESS = [
  '令和３年７月１日', // 1
  '文部科学省 科学技術・学術政策局', // 2
  '', // 3
  '「北陸地域イノベーション共創プログラム」', // 4
  '令和３年度採択地域の決定について', // 5
  '', // 6
  '　文部科学省は、令和元年度より「北陸地域イノベーション共創プログラム」を開始しました。', // 7
  '本プログラムは、北陸の大学と地元企業による共同研究を核とした拠点の形成を支援するものであり、', // 8
  '事業期間は令和元年度から令和５年度までの５年間です。第６期科学技術・イノベーション基本計画', // 9
  '（令和３年度～令和７年度）においても、地域の共創拠点の形成が掲げられています。', // 10
  '　支援規模は１地域当たり年間最大８，０００万円程度、支援期間は原則３年間です。', // 11
  '　令和３年度は、１２件の提案の中から、以下の３地域を採択しました。', // 12
  '', // 13
  '○富山県地域　富山大学', // 14
  '○石川県地域　金沢大学', // 15
  '○福井県地域　福井大学', // 16
  '', // 17
  '＜参考＞北陸地域イノベーション共創プログラム　令和３年度予算額　１，２００百万円', // 18
  '', // 19
  '　また、北陸の各県は、令和２年度から「北陸未来人材育成事業」を実施している。', // 20
].join('\n');

function doc(file: string, text: string): LoadedDocument {
  const lines = text.split('\n');
  return { meta: { id: file, title: lines[0]!, source: `seeds/${file}`, line_count: lines.length, sha256: '' }, lines };
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

let cat: Catalogue;
let hokuriku: Programme;
beforeAll(() => {
  cat = buildCatalogue([doc('901_hokuriku.txt', PRESS)]);
  const r = resolveProgramme(cat, '北陸地域イノベーション共創プログラム');
  if ('suggestions' in r) throw new Error(`not found; closest ${r.suggestions.join(', ')}`);
  hokuriku = r;
});

describe('a period written bare after a name, as slides do', () => {
  it('「…プログラム H23～　累計37地域」 and 「…事業 H14～H21」 give start and end, cited at that line', () => {
    const slide = ['地域科学技術施策の変遷', '・北陸地域イノベーション共創プログラム H23～　累計37地域', '・北陸未来人材育成事業 H14～H21'].join('\n');
    const c = buildCatalogue([doc('902_slide.txt', slide)]);
    const get = (name: string) => c.programmes.find((p) => p.name === name)!;
    expect(get('北陸地域イノベーション共創プログラム').period!.values[0]!.value).toMatchObject({ start_fy: 2011, end_fy: null });
    expect(get('北陸地域イノベーション共創プログラム').period!.values[0]!.citations[0]!.line_start).toBe(2);
    expect(get('北陸未来人材育成事業').period!.values[0]!.value).toMatchObject({ start_fy: 2002, end_fy: 2009 });
  });
});

describe('a period in brackets right after a name in running text', () => {
  it('「後継の…交付金（令和７年度～令和９年度）による」 gives start and end; brackets that say more （令和８年度に３件） give none', () => {
    const text = [
      '令和７年４月　県産業振興課', // 1
      '「南海技術実装推進交付金」の概要', // 2
      '　本県の拠点は、後継の南海技術実装推進交付金（令和７年度～令和９年度）による取組に移行した。', // 3
      '　また、南海技術実装推進交付金（令和８年度に３件）を活用する。', // 4
    ].join('\n');
    const c = buildCatalogue([doc('903_running.txt', text)]);
    const p = c.programmes.find((x) => x.name === '南海技術実装推進交付金')!;
    expect(p.period!.values.map((v) => v.value)).toEqual([{ start_fy: 2025, end_fy: 2027 }]);
    expect(p.period!.values[0]!.citations[0]!.line_start).toBe(3);
  });
});

describe('short names a glossary entry or いわゆる gives', () => {
  const text = [
    '用語集（研究開発推進班）', // 1
    '- **南海エコ事業**：水産庁の「南海水産エコシステム形成支援事業」（令和６年度～）の班内略称。外部向けには使わない。', // 2
    '- **旧試作補助金**：「南海県試作開発研究補助金」（平成２７年度～令和元年度）。前身の制度。', // 3
    '- **事業名**：「南海県試作開発研究補助金」の略称は使わないこと。', // 4
    '「南海養殖実装拠点形成事業」の概要', // 5
    '　国の南海養殖実装拠点形成事業、いわゆる養殖拠点の方は順調である。', // 6
  ].join('\n');
  const c = buildCatalogue([doc('904_glossary.md', text)]);
  const named = (alias: string) => {
    const r = resolveProgramme(c, alias);
    return 'suggestions' in r ? undefined : r.name;
  };

  it('「**TERM**：…「NAME」…の略称」 and 「TERM：「NAME」（period）。」 make TERM a name of NAME, cited at its entry', () => {
    expect(named('南海エコ事業')).toBe('南海水産エコシステム形成支援事業');
    expect(named('旧試作補助金')).toBe('南海県試作開発研究補助金');
    const alias = c.programmes.find((p) => p.name === '南海水産エコシステム形成支援事業')!.aliases.find((a) => a.value === '南海エコ事業')!;
    expect(alias.citations[0]!.line_start).toBe(2);
  });

  it('an entry\'s label (事業名：) is no name', () => {
    expect(c.programmes.flatMap((p) => p.aliases.map((a) => a.value))).not.toContain('事業名');
  });

  it('「NAME、いわゆるTERM」 makes TERM a name of NAME', () => {
    expect(named('養殖拠点')).toBe('南海養殖実装拠点形成事業');
  });
});

describe('an outline page and an agenda', () => {
  it('「■事業期間」 over 「令和２年度（2020年度）～」 starts the programme of a title whose name holds kana', () => {
    const page = ['共創の港形成支援プログラム（MINATO）｜事業概要', 'トップ ＞ 事業紹介 ＞ 事業概要', '', '■目的', '港の大学と企業の共創を支援します。', '', '■事業期間', '令和２年度（2020年度）～', '各拠点の支援期間は最長5年度です。'].join('\n');
    const other = ['「共創の港形成支援プログラム」の採択について', '　支援期間：最長5年度（令和4年度～令和8年度）'].join('\n');
    const c = buildCatalogue([doc('904_page.txt', page), doc('905_press.txt', other)]);
    const p = c.programmes.find((x) => x.name === '共創の港形成支援プログラム');
    expect(p, c.programmes.map((x) => x.name).join(', ')).toBeDefined();
    const start = p!.period!.values.find((v) => v.value.start_fy === 2020);
    expect(start?.value.end_fy).toBeNull();
    expect(start?.citations[0]).toMatchObject({ source: 'seeds/904_page.txt', line_start: 8 });
  });

  it('an agenda item number is not part of the name it opens (４．議題 / （１）…プログラムの進捗状況について)', () => {
    const minutes = ['みなと委員会（第２回）議事録', '４．議題', '（１）みなと人材結集プログラムの進捗状況について', '（２）予算について', '「みなと人材結集プログラム」は令和元年度から実施している。'].join('\n');
    const c = buildCatalogue([doc('906_minutes.txt', minutes)]);
    expect(c.programmes.map((x) => x.name)).toContain('みなと人材結集プログラム');
    expect(c.programmes.some((x) => /^[（(]/u.test(x.name))).toBe(false);
  });
});

describe('a short name the document gives a programme', () => {
  it('「…プログラム」（以下「…」という。） after the closing quote is an alias of the same programme', () => {
    const text = ['みなと技術実証の取組について', '　文部科学省では、平成30年度から「みなと大学発技術実証フィールド推進プログラム」（以下「みなと実証プログラム」という。）を開始した。', '　「みなと実証プログラム」の平成31年度要求額は１，４６０百万円である。'].join('\n');
    const c = buildCatalogue([doc('907_alias.txt', text)]);
    const r = resolveProgramme(c, 'みなと実証プログラム');
    expect('name' in r && r.name).toBe('みなと大学発技術実証フィールド推進プログラム');
    expect(c.programmes.filter((p) => p.name.includes('みなと'))).toHaveLength(1);
  });

  it('a web page\'s polite （以下「…」といいます。） gives an alias too', () => {
    const text = ['みさき技術橋渡し支援事業（事業概要）', '「みさき中小企業・公設試技術橋渡し支援事業」（以下「技術橋渡し事業」といいます。）は、地域の中小企業の試作開発を支援する補助事業です。平成30年度に創設されました。'].join('\n');
    const c = buildCatalogue([doc('908_alias.txt', text)]);
    const r = resolveProgramme(c, '技術橋渡し事業');
    expect('name' in r && r.name).toBe('みさき中小企業・公設試技術橋渡し支援事業');
  });

  it('（以下「本事業」という。） points back: it is no alias (every document calls its programme 本事業)', () => {
    const text = ['令和６年度「みさき研究基盤共用事業」公募要領', '　文部科学省では、令和６年度「みさき研究基盤共用事業」（以下「本事業」という。）の公募を行います。'].join('\n');
    const c = buildCatalogue([doc('909_alias.txt', text)]);
    const p = c.programmes.find((x) => x.name === 'みさき研究基盤共用事業');
    expect(p).toBeDefined();
    expect(p!.aliases.map((a) => a.value)).not.toContain('本事業');
  });
});

describe('a phase of a programme', () => {
  it('is run by the ministry that runs the programme (cited where the programme’s ministry stands)', () => {
    const text = ['みずうみクラスター事業の変遷', '　文部科学省は、平成１４年度から「みずうみクラスター事業」を実施している。', '○みずうみクラスター事業（第Ⅱ期）（平成１９～２１年度）', '　第Ⅰ期の成果を踏まえ、広域化を図る。'].join('\n');
    const c = buildCatalogue([doc('903_phase.txt', text)]);
    const phase = c.programmes.find((p) => p.variant_of === 'みずうみクラスター事業');
    expect(phase, c.programmes.map((p) => p.name).join(', ')).toBeDefined();
    expect(phase!.ministries.map((m) => m.value)).toEqual(['文部科学省']);
    expect(phase!.ministries[0]!.citations[0]!.line_start).toBe(2);
  });
});

describe('a new document in ordinary prose', () => {
  it('names the programme, found by get_programme', () => {
    expect(hokuriku.name).toBe('北陸地域イノベーション共創プログラム');
    expect(hokuriku.named_at[0]).toMatchObject({ source: 'seeds/901_hokuriku.txt', line_start: 4 });
  });

  it('gives its start in 令和 years (令和元年度 = 2019) and its period to 令和５年度 (2023)', () => {
    const values = hokuriku.period!.values.map((v) => v.value);
    expect(values).toEqual([{ start_fy: 2019, end_fy: 2023 }]);
    const covers = (line: number) => hokuriku.period!.values[0]!.citations.some((c) => c.line_start <= line && line <= c.line_end);
    expect(covers(7) && covers(9)).toBe(true); // 令和元年度より…開始 and 令和元年度から令和５年度まで
  });

  it('gives the support per region per year, the duration, the FY2021 budget and the ministry', () => {
    const scale = hokuriku.money.find((m) => m.kind === 'scale' && m.per === 'region' && m.period === 'per_year')!;
    expect(scale.values.map((v) => v.value.yen)).toEqual([8e7]);
    expect(scale.values[0]!.citations.every((c) => c.line_start === 11 && c.line_end === 11)).toBe(true);
    // an approximate amount is shown as the approximation it is
    expect(scale.values[0]!.as_written).toEqual(['1地域当たり年間最大8,000万円程度']);
    const budget = hokuriku.money.find((m) => m.kind === 'budget' && m.fiscal_year === 2021)!;
    expect(budget.values.map((v) => v.value.yen)).toEqual([1.2e9]);
    expect(budget.values[0]!.citations[0]!.line_start).toBe(18);
    expect(hokuriku.duration!.values.map((v) => v.value)).toContainEqual({ years_min: 3, years_max: 3 });
    expect(hokuriku.ministries.map((m) => m.value)).toEqual(['文部科学省']);
  });

  it('counts the regions selected in FY2021 (not the 12 proposals) and lists them', () => {
    const selected = hokuriku.counts.find((c) => c.unit === 'region' && c.scope === 'selected' && c.fiscal_year === 2021)!;
    expect(selected.values.map((v) => v.value.count)).toEqual([3]);
    expect(hokuriku.counts.flatMap((c) => c.values.map((v) => v.value.count))).not.toContain(12);
    const regions = listClusters(cat, { programme: '北陸地域イノベーション共創プログラム' });
    expect(regions.map((r) => [r.region, r.kind, r.start_fy])).toEqual([
      ['富山県地域', 'selected', 2021],
      ['石川県地域', 'selected', 2021],
      ['福井県地域', 'selected', 2021],
    ]);
    expect(regions[0]!.citations.map((c) => c.line_start)).toContain(14);
  });

  it('reads the sixth basic plan by its new name, with its period', () => {
    const plan = cat.plans.find((p) => p.ordinal === 6)!;
    expect(plan.name).toBe('第６期科学技術・イノベーション基本計画');
    expect(plan.period!.values[0]!.value).toEqual({ start_fy: 2021, end_fy: 2025 });
    expect(hokuriku.parent_plans).toEqual([]); // it started in 2019, under no plan the document gives
  });

  it('cites every value at lines whose quote stands in the file and holds the value as written', () => {
    const lines = PRESS.split('\n');
    const cites = allCitations(cat);
    expect(cites.length).toBeGreaterThan(10);
    for (const c of cites) expect(c.quote).toBe(lines.slice(c.line_start - 1, c.line_end).join('\n'));
    const facts = [...hokuriku.period!.values, ...hokuriku.money.flatMap((m) => m.values), ...hokuriku.counts.flatMap((c) => c.values)];
    for (const v of facts) {
      const text = squash(v.citations.map((c) => c.quote).join(''));
      for (const w of v.as_written) for (const part of w.split(' … ')) expect(text, part).toContain(squash(part));
    }
  });

  it('gives a start with no stated end, and keeps it active only as far as the documents follow it', () => {
    const jinzai = cat.programmes.find((p) => p.name === '北陸未来人材育成事業')!;
    expect(jinzai.period!.values.map((v) => v.value)).toEqual([{ start_fy: 2020, end_fy: null }]);
    expect(jinzai.last_mentioned_fy).toBe(2020);
    const [summary] = listProgrammes(cat, { query: '北陸未来人材育成事業' });
    expect(summary!.period).toMatchObject({ end_fy: null, end_unknown: true, known_through: 2020 });
    expect(summary!.period!.label).toMatch(/終了年度の記載なし/);
    expect(listProgrammes(cat, { active_in_fy: 2020 }).map((p) => p.name)).toContain('北陸未来人材育成事業');
    expect(listProgrammes(cat, { active_in_fy: 2030 }).map((p) => p.name)).not.toContain('北陸未来人材育成事業');
    expect(timeline(cat, { from_fy: 2028 }).map((e) => e.name)).not.toContain('北陸未来人材育成事業');
  });

  it('refuses a timeline whose from_fy is after its to_fy', () => {
    expect(() => timeline(cat, { from_fy: '令和５年度', to_fy: 2019 })).toThrow(/from_fy .* is after to_fy/);
  });
});

describe('readings', () => {
  let seeds: Catalogue;
  beforeAll(async () => {
    const tokenizer = await JapaneseTokenizer.create();
    const { documents } = await loadCorpus(SEEDS);
    seeds = withReadings(buildCatalogue(documents, await loadCuration(SEEDS)), (t) => tokenizer.readings(t));
  });

  it.each([
    ['ちてきクラスター創成事業', '知的クラスター創成事業'],
    ['ちてきくらすたーそうせいじぎょう', '知的クラスター創成事業'],
    ['とし エリア さんがくかん れんけい そくしん じぎょう', '都市エリア産学官連携促進事業'],
    ['ちいきいのべーしょんせんりゃくしえんぷろぐらむ', '地域イノベーション戦略支援プログラム'],
  ])('%s → %s', (q, expected) => {
    const r = resolveProgramme(seeds, q);
    expect('name' in r && r.name).toBe(expected);
  });

  it('does not read a kana word that is no programme as one', () => {
    expect(resolveProgramme(seeds, 'うちゅうかいはつじぎょう')).toHaveProperty('suggestions');
  });
});

describe('a start of some regions is not the programme\'s start', () => {
  it('「平成１５年度に９エリアで事業を開始」 and 「平成１８年度に事業を開始した９エリア」 leave the programme starting in 平成１４年度', () => {
    const text = [
      '地域の科学技術振興',
      '', // 2
      '　文部科学省は、平成１４年度から「湖国エリア連携促進事業」を実施している。', // 3
      '湖国エリア連携促進事業は、平成１４年度に１９エリア、平成１５年度に９エリアで事業を開始した。', // 4
      '　湖国エリア連携促進事業の一般型で平成１８年度に事業を開始した９エリアについて、中間評価を行った。', // 5
    ].join('\n');
    const cat = buildCatalogue([doc('902_kokoku.txt', text)]);
    const r = resolveProgramme(cat, '湖国エリア連携促進事業');
    if ('suggestions' in r) throw new Error('not found');
    expect(r.period?.values.map((v) => v.value.start_fy)).toEqual([2002]);
  });
});

describe('a year that dates an event the programme held is not its start', () => {
  it('「2023年度に実施した事後評価」 leaves the programme running 2016–2022, with no second start', () => {
    const text = [
      '地域の研究拠点づくり',
      '', // 2
      '　文部科学省が2016年度から2022年度まで実施した「湖国エコシステム形成プログラム」では、', // 3
      '全12地域で事業化を推進した。2023年度に実施した事後評価では、12地域のうち3地域がS評価とされた。', // 4
    ].join('\n');
    const cat = buildCatalogue([doc('903_kokoku.txt', text)]);
    const r = resolveProgramme(cat, '湖国エコシステム形成プログラム');
    if ('suggestions' in r) throw new Error('not found');
    expect(r.period?.values.map((v) => v.value)).toEqual([{ start_fy: 2016, end_fy: 2022 }]);
  });
});

describe('a table of the plans, one row per plan with the ordinal bare', () => {
  it('「第6期　2021～2025年度　2021年3月26日」 under 「科学技術基本計画の期間」 gives each plan its period and decision date, cited at its row', () => {
    const text = [
      '湖国の科学技術施策の変遷', // 1
      '', // 2
      '科学技術基本計画の期間', // 3
      ' 期        計画期間           閣議決定日', // 4
      ' 第4期     2011～2015年度      2011年8月19日', // 5
      ' 第5期     2016～2020年度      2016年1月22日', // 6
      ' 第6期     2021～2025年度      2021年3月26日', // 7
    ].join('\n');
    const cat = buildCatalogue([doc('905_kokoku.txt', text)]);
    const sixth = cat.plans.find((p) => p.ordinal === 6);
    expect(sixth?.period?.values.map((v) => v.value)).toEqual([{ start_fy: 2021, end_fy: 2025 }]);
    expect(sixth?.period?.values[0]?.citations[0]?.line_start).toBe(7);
    // (and the cabinet decision the row dates)
    expect(sixth?.decided?.values.map((v) => [v.value, v.as_written])).toEqual([[{ year: 2021, month: 3 }, ['2021年3月26日']]]);
  });

  it('a programme\'s phases (第Ⅰ期　2002～2006年度) under a heading that names no plan are no plans', () => {
    const text = [
      '湖国クラスター創成事業の歩み', // 1
      '', // 2
      '事業の期', // 3
      ' 第Ⅰ期     2002～2006年度', // 4
      ' 第Ⅱ期     2007～2011年度', // 5
      ' 第Ⅲ期     2012～2016年度', // 6
    ].join('\n');
    const cat = buildCatalogue([doc('906_kokoku.txt', text)]);
    expect(cat.plans.filter((p) => p.period !== null && p.period !== undefined)).toEqual([]);
  });
});

describe('a facility opened for use is not the programme starting', () => {
  it('「2012年度に供用開始」 and 「平成２４年度から順次供用を開始」 give no start to a programme funded in 2010', () => {
    const text = [
      '湖国の研究拠点', // 1
      '', // 2
      '・湖国共同研究拠点整備事業（JST、2010年度補正予算）', // 3
      '  ─ 「湖国ナノファイバー共同研究拠点」（湖北市）', // 4
      '  ─ 2012年度に供用開始', // 5
      '　湖国共同研究拠点整備事業の拠点は平成２４年度から順次供用を開始した。', // 6
    ].join('\n');
    const cat = buildCatalogue([doc('904_kokoku.txt', text)]);
    const r = resolveProgramme(cat, '湖国共同研究拠点整備事業');
    if ('suggestions' in r) throw new Error('not found');
    expect(r.period?.values.map((v) => v.value.start_fy) ?? []).toEqual([]);
  });
});

describe('a budget sheet whose rows stand on one line', () => {
  it('「事業名　前年度予算額　要求額　増減」 rows give the request of the sheet\'s year and the budget of the year before, cited at the row', () => {
    const text = [
      '令和６年度農林水産予算概算要求の概要', // 1
      '', // 2
      '（単位：千円）', // 3
      '事　項　前年度予算額　令和６年度要求額　比較増△減額　対前年度比', // 4
      '湖畔スマート研究拠点形成事業　480,000　612,000　132,000　127.5%', // 5
      '湖畔試験研究推進事業　820,000　780,000　△40,000　95.1%', // 6
      '', // 7
      '　農林水産省は、令和３年度から「湖畔スマート研究拠点形成事業」を実施している。', // 8
      '　農林水産省は、令和２年度から「湖畔試験研究推進事業」を実施している。', // 9
    ].join('\n');
    const cat = buildCatalogue([doc('903_sheet.txt', text)]);
    const money = (name: string, kind: string, fy: number) => {
      const r = resolveProgramme(cat, name);
      if ('suggestions' in r) throw new Error(`${name} not found`);
      return r.money.find((m) => m.kind === kind && m.fiscal_year === fy)?.values.map((v) => [v.value.yen, v.citations[0]!.line_start]);
    };
    expect(money('湖畔スマート研究拠点形成事業', 'request', 2024)).toEqual([[6.12e8, 5]]);
    expect(money('湖畔スマート研究拠点形成事業', 'budget', 2023)).toEqual([[4.8e8, 5]]);
    // (a request below last year's budget: the difference is negative)
    expect(money('湖畔試験研究推進事業', 'request', 2024)).toEqual([[7.8e8, 6]]);
  });
});

describe('who runs a programme, as a new document says it', () => {
  const text = [
    '「カワセミ実証事業」令和２年度採択課題の決定について', // 1
    '令和２年８月２８日　農林水産省農林水産技術会議事務局研究推進課', // 2
    '', // 3
    '　中小企業庁では、令和元年度から「ハヤブサ連携事業」を実施しており、', // 4
    '文部科学省では、経済産業省の「とんぼ計画」と連携して地域の拠点を支援している。', // 5
  ].join('\n');
  const c = buildCatalogue([doc('905_who.txt', text)]);
  const ministries = (name: string) => (c.programmes.find((p) => p.name === name)?.ministries ?? []).map((m) => [m.value, m.citations[0]!.line_start]);

  it('reads the issuer from a dated line that runs the ministry into its bureau', () => {
    expect(ministries('カワセミ実証事業')).toEqual([['農林水産省', 2]]);
  });

  it('reads a ministry that opens the sentence naming the programme (an external agency too)', () => {
    expect(ministries('ハヤブサ連携事業')).toEqual([['中小企業庁', 4]]);
  });

  it('gives a programme another ministry owns in that sentence to its owner only', () => {
    expect(ministries('とんぼ計画')).toEqual([['経済産業省', 5]]);
  });
});

describe('the brackets after a quoted name', () => {
  const text = [
    '地域の拠点形成（白書）', // 1
    '　このほか、内閣府の「ミナト地域産業交付金」（2018年度～）や、', // 2
    '○ポスト「カモメ拠点事業」（H１９～）', // 3
    '　「カモメ拠点事業」（平成１４～１８年度）は、地域の大学を核とする。', // 4
  ].join('\n');
  const c = buildCatalogue([doc('906_quoted.txt', text)]);
  const period = (name: string) => c.programmes.find((p) => p.name === name)?.period?.values.map((v) => v.value);

  it('give its period', () => {
    expect(period('ミナト地域産業交付金')).toEqual([{ start_fy: 2018, end_fy: null }]);
  });

  it('are not its own when the quote is part of a longer name (ポスト「…」)', () => {
    expect(period('カモメ拠点事業')).toEqual([{ start_fy: 2002, end_fy: 2006 }]);
  });
});

describe('a prefecture’s subsidy, its short name defined on the way to the verb', () => {
  const text = [
    'ミナト県シオサイ技術実装事業費補助金のご案内', // 1
    '　ミナト県では、県内の中小企業者が光・電子技術を活用した製品を開発し、事業化するた', // 2
    'めの取組を支援するため、令和3年度(2021年度)に「ミナト県シオサイ技術実装事業費補', // 3
    '助金」(以下「シオサイ補助金」という。)を創設しました。', // 4
  ].join('\n');
  const c = buildCatalogue([doc('907_subsidy.txt', text)]);
  const p = c.programmes.find((x) => x.name === 'ミナト県シオサイ技術実装事業費補助金');

  it('is a programme (a name may end in 事業費補助金)', () => {
    expect(p, c.programmes.map((x) => x.name).join(', ')).toBeDefined();
  });

  it('started in the year it was created (令和3年度 = 2021), cited where it says so', () => {
    expect(p!.period!.values.map((v) => v.value)).toEqual([{ start_fy: 2021, end_fy: null }]);
    expect(p!.period!.values[0]!.citations.some((x) => x.line_start <= 3 && x.line_end >= 4)).toBe(true);
  });
});

describe('a plan’s period after the quote round its name, or in Western years', () => {
  const text = [
    '県の科学技術ビジョン', // 1
    '　国においては、令和３年３月２６日に「第６期科学技術・イノベーション基本計画」（令和３年度～令和７年度）が閣議決定された。', // 2
    '', // 3
    ' ・第7期科学技術・イノベーション基本計画(2026-2030)の方向性を注視する。', // 4
  ].join('\n');
  const c = buildCatalogue([doc('908_plans.txt', text)]);
  const period = (ordinal: number) => c.plans.find((p) => p.ordinal === ordinal)?.period?.values.map((v) => [v.value, v.citations[0]!.line_start]);

  it('reads （令和３年度～令和７年度） after 「…基本計画」', () => {
    expect(period(6)).toEqual([[{ start_fy: 2021, end_fy: 2025 }, 2]]);
  });

  it('reads (2026-2030) after a plan past the seeds’ time span', () => {
    expect(period(7)).toEqual([[{ start_fy: 2026, end_fy: 2030 }, 4]]);
  });
});

describe('同プログラム points back to a programme of its kind', () => {
  const text = [
    '県の産学官ニュース', // 1
    '　県は「ハヤブサ連携事業」の成果を踏まえ、企業の参画を広げている。', // 2
    '', // 3
    '■共創の場づくりプログラム(JST)説明会', // 4
    '　2020年度に創設された同プログラムの地域共創分野について、担当者が制度を説明した。', // 5
  ].join('\n');
  const c = buildCatalogue([doc('909_anaphor.txt', text)]);

  it('is not the …事業 named before it', () => {
    const p = c.programmes.find((x) => x.name === 'ハヤブサ連携事業');
    expect(p, c.programmes.map((x) => x.name).join(', ')).toBeDefined();
    expect(p!.period).toBeNull();
  });
});

describe('a start in a relative clause, the year glossed in the other calendar', () => {
  it('「1997年度(平成9年度)に創設したカモメ共同研究事業を…改め」 starts it in 1997', () => {
    const text = ['地域クラスター政策の展開（白書）', ' また、科学技術振興機構(JST)は、1997年度(平成9年度)に創設したカモメ共同研究事', '業を2005年度採択分からカモメ研究開発プログラムに改めた。', '', '○カモメ共同研究事業（JST）'].join('\n');
    const c = buildCatalogue([doc('910_relative.txt', text)]);
    const p = c.programmes.find((x) => x.name === 'カモメ共同研究事業');
    expect(p?.period?.values.map((v) => v.value)).toEqual([{ start_fy: 1997, end_fy: null }]);
  });
});
