// Ways of stating a programme's start and ministry that documents nobody tuned on use: each rule is
// checked on a small made-up document through the real pipeline, with the citation at the stated line.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/core/catalogue/build.js';
import { resolveProgramme } from '../../../src/core/catalogue/query.js';
import type { Catalogue, Programme } from '../../../src/core/catalogue/schema.js';
import type { LoadedDocument } from '../../../src/core/corpus.js';

function doc(file: string, lines: string[]): LoadedDocument {
  return { meta: { id: file, title: lines[0]!, source: `docs/${file}`, line_count: lines.length, sha256: '' }, lines };
}

function build(...lines: string[]): Catalogue {
  return buildCatalogue([doc('901_test.txt', lines)]);
}

function get(cat: Catalogue, name: string): Programme {
  const p = cat.programmes.find((x) => x.name === name);
  if (!p) throw new Error(`no programme ${name}; have ${cat.programmes.map((x) => x.name).join(', ')}`);
  return p;
}

const starts = (p: Programme) => (p.period?.values ?? []).map((v) => [v.value.start_fy, v.citations[0]!.line_start]);
const ministries = (p: Programme) => p.ministries.map((m) => [m.value, m.citations[0]!.line_start]);

describe('a quoted name with its abbreviation in brackets is the subject of its sentence', () => {
  const cat = build(
    '２　地域科学技術振興施策の展開', // 1
    '', // 2
    '　「北陸地域研究交流促進事業（ＨＲＫ事業）」は、平成８年度から実施している事業であり、', // 3
    '地域の研究者情報の集積や産学官の交流を通じて、ネットワークを構築するものである。', // 4
    '　また、平成１２年度からは、ネットワークの構築を終えた地域を対象に、研究成果を育成する成果育成型を開始している。', // 5
  );
  it('「…（ＨＲＫ事業）」は、平成８年度から実施 gives the start, cited at its line', () => {
    expect(starts(get(cat, '北陸地域研究交流促進事業'))).toContainEqual([1996, 3]);
  });
  it('a strand started later (…成果育成型を開始) is not the programme\'s start', () => {
    expect(starts(get(cat, '北陸地域研究交流促進事業')).map(([y]) => y)).toEqual([1996]);
  });
});

describe('a formal name in quotes whose words are joined by particles (における, 及び), wrapped over a line', () => {
  const cat = build(
    '　かもしか省では、平成２９年度から、大学と地域の企業が一体となって拠点を形成する「沿岸地域における海洋計測技術の', // 1
    '研究開発及び人材育成支援事業」（以下「海洋計測拠点事業」という。）を開始しました。', // 2
    '　「第一事業及び第二事業」の区分は、別表のとおりとする。', // 3
  );
  const full = '沿岸地域における海洋計測技術の研究開発及び人材育成支援事業';
  it('the whole name is the programme, its short name an alias, its start cited at the line', () => {
    expect(cat.programmes.map((p) => p.name)).toContain(full);
    const short = resolveProgramme(cat, '海洋計測拠点事業');
    expect('suggestions' in short ? undefined : short.name).toBe(full);
    expect(starts(get(cat, full))).toContainEqual([2017, 1]);
  });
  it('two names joined by 及び in one quote are not one name', () => {
    expect(cat.programmes.map((p) => p.name)).not.toContain('第一事業及び第二事業');
  });
});

describe('a heading whose name is whole on its line, over a label line (事業の目的・概要), and the name without its prefecture', () => {
  const cat = buildCatalogue([
    doc('902_results.txt', ['令和５年度　主要施策の成果に関する説明書', '', '（１）新技術実証加速事業費補助金', '事業の目的・概要', '　県内中小企業の研究開発を支援した。']),
    doc('903_faq.txt', ['よくある質問', '', '　「岡山県新技術実証加速事業費補助金」（以下「実証加速補助金」という。）は、令和２年度に創設した県の補助金です。']),
  ]);
  it('the name stops at the line break, not running on into 事業の目的 (…補助金事業)', () => {
    expect(cat.programmes.map((p) => p.name)).not.toContain('新技術実証加速事業費補助金事業');
  });
  it('the name without its prefecture is the programme named with it, and so is its short name', () => {
    for (const name of ['新技術実証加速事業費補助金', '実証加速補助金']) {
      const p = resolveProgramme(cat, name);
      expect('suggestions' in p ? undefined : p.name).toBe('岡山県新技術実証加速事業費補助金');
    }
  });
});

describe('a slide whose title names the programme over two lines, with label lines under it', () => {
  const cat = build(
    '北陸イノベーション創出強化', // 1
    '研究推進事業', // 2
    '・平成28年度開始', // 3
    '・実施：北陸研究支援センター', // 4
    '', // 5
    '知的クラスター創成事業', // 6
    'Ｈ１４年開始：１２地域', // 7
    '・平成１６年度開始地域を９地域採択', // 8
  );
  it('the name runs on over the line break and stops at the bullet of the next line', () => {
    expect(cat.programmes.map((p) => p.name)).toContain('北陸イノベーション創出強化研究推進事業');
    expect(cat.programmes.map((p) => p.name)).not.toContain('研究推進事業');
  });
  it('・平成28年度開始 gives its start, cited at that line', () => {
    expect(starts(get(cat, '北陸イノベーション創出強化研究推進事業'))).toEqual([[2016, 3]]);
  });
  it('a year that started some regions (Ｈ１４年開始：１２地域, 平成１６年度開始地域) is no start', () => {
    expect(get(cat, '知的クラスター創成事業').period ?? null).toBeNull();
  });
});

describe('a budget request marking a programme new', () => {
  const cat = build(
    '３．主要事項の説明', // 1
    '', // 2
    '（１）北陸地域研究開発事業【新規】', // 3
    '　　　平成２０年度要求額　８，０００百万円（新規）', // 4
    '　○事業の目的', // 5
    '　　地域において産学官の共同研究体を組織し、実用化技術の研究開発を実施する。', // 6
  );
  it('a name with 【新規】 after it heads its section', () => {
    expect(cat.programmes.map((p) => p.name)).toContain('北陸地域研究開発事業');
  });
  it('…要求額　８，０００百万円（新規） gives the start in the year of the request', () => {
    expect(starts(get(cat, '北陸地域研究開発事業'))).toEqual([[2008, 4]]);
  });
});

describe('a news release about the programme its title names', () => {
  const cat = build(
    'ニュースリリース', // 1
    '2020年12月18日', // 2
    '', // 3
    '北陸オープンイノベーション拠点選抜制度(J-Hokuriku HUB)', // 4
    '令和2年度の選抜拠点を決定しました', // 5
    '', // 6
    '経済産業省は、地域の拠点のうち優れた拠点を「北陸オープンイノベーション拠点」(通称:J-Hokuriku HUB)として選抜する制度を、令和元年度に創設しました。', // 7
  );
  const p = () => get(cat, '北陸オープンイノベーション拠点選抜制度');
  it('…として選抜する制度を、令和元年度に創設 gives the start of the programme the release is about', () => {
    expect(starts(p())).toEqual([[2019, 7]]);
  });
  it('the ministry that is the sentence\'s subject runs it', () => {
    expect(ministries(p())).toEqual([['経済産業省', 7]]);
  });
});

describe('a ministry as the subject after an opening phrase', () => {
  const cat = build(
    '4. 地域中核企業への支援', // 1
    '', // 2
    '地域の企業の成長を後押しするため、経済産業省は2018年度から「北陸中核企業ローカルイノベーション支援事業」を実施している。', // 3
    '今後は、文部科学省の地域科学技術施策との連携を強化する。', // 4
  );
  it('…ため、経済産業省は…「…」を実施 gives the ministry, cited at that line', () => {
    expect(ministries(get(cat, '北陸中核企業ローカルイノベーション支援事業'))).toEqual([['経済産業省', 3]]);
  });
});

describe('a table whose header names its columns (事業名　所管　開始年度)', () => {
  const cat = build(
    '　「北陸研究成果活用プラザ事業」は、大学等の研究成果を育成する拠点を整備するものである。', // 1
    '', // 2
    '　　　　　第１－２－３５表　地域科学技術振興関係の主な事業', // 3
    '事業名　所管　開始年度　支援の規模', // 4
    '北陸地域先導研究　文部科学省（科学技術振興調整費）　平成１３年度　１課題年間３千万円程度', // 5
    '北陸研究成果活用プラザ　文部科学省（科学技術振興事業団）　平成１３年度　－', // 6
    '北陸コンソーシアム研究開発事業　経済産業省　平成９年度　１件年間１億円程度', // 7
  );
  it('a row names a programme even without 事業 or プログラム, with its ministry and start at its line', () => {
    const p = get(cat, '北陸地域先導研究');
    expect(ministries(p)).toEqual([['文部科学省', 5]]);
    expect(starts(p)).toEqual([[2001, 5]]);
    expect(ministries(get(cat, '北陸コンソーシアム研究開発事業'))).toEqual([['経済産業省', 7]]);
    expect(starts(get(cat, '北陸コンソーシアム研究開発事業'))).toEqual([[1997, 7]]);
  });
  it('a name written without its kind word is the programme named with it', () => {
    expect(cat.programmes.map((p) => p.name)).not.toContain('北陸研究成果活用プラザ');
    expect(starts(get(cat, '北陸研究成果活用プラザ事業'))).toEqual([[2001, 6]]);
  });
});

describe('a sheet saved as comma-separated text, with blank cells and phases in Roman numerals', () => {
  const cat = build(
    '[Sheet3] 県内で実施された国の主な地域科学技術事業', // 1
    '事業名,所管,実施地域,開始年度,終了年度,備考', // 2
    '北陸知的クラスター事業（第Ⅰ期）,文部科学省,北陸地域,平成14年度（2002年度）,平成18年度,中核機関：(財)北陸財団', // 3
    '北陸イノベーション・エコシステム形成プログラム,文部科学省,北陸大学・北陸県,,,', // 4
    '北陸センシング実装拠点形成推進事業,総務省,北陸地域,平成30年度,令和4年度,1,200千円', // 5
  );
  it('reads each row\'s ministry, start and end under their headers, a blank cell as nothing', () => {
    const first = get(cat, '北陸知的クラスター事業（第Ⅰ期）');
    expect(ministries(first)).toEqual([['文部科学省', 3]]);
    expect(first.end?.values.map((v) => [v.value, v.citations[0]!.line_start])).toEqual([[2006, 3]]);
    const eco = get(cat, '北陸イノベーション・エコシステム形成プログラム');
    expect(ministries(eco)).toEqual([['文部科学省', 4]]);
    expect(eco.period).toBeNull();
    // (a comma inside a number's thousands is no cell's end)
    expect(ministries(get(cat, '北陸センシング実装拠点形成推進事業'))).toEqual([['総務省', 5]]);
    expect(get(cat, '北陸センシング実装拠点形成推進事業').end?.values.map((v) => v.value)).toEqual([2022]);
  });
});

describe('a table of programmes set out with runs of spaces, each row on a line that opens with a space', () => {
  const cat = build(
    '第2-3-20表 地域の大学を核とした主な支援施策（2023年度）', // 1
    ' 施策名                          府省       開始年度   支援規模（1件当たり）', // 2
    ' 北陸特色ある研究大学強化促進事業     文部科学省    2023     最長10年間（基金）', // 3
    ' 北陸大学・地域産業創生交付金            内閣府      2018     －', // 4
  );
  it('a row whose name has kana (特色ある) names a programme, and a bare Western year under 開始年度 is its start', () => {
    expect(ministries(get(cat, '北陸特色ある研究大学強化促進事業'))).toEqual([['文部科学省', 3]]);
    expect(starts(get(cat, '北陸特色ある研究大学強化促進事業'))).toEqual([[2023, 3]]);
    expect(ministries(get(cat, '北陸大学・地域産業創生交付金'))).toEqual([['内閣府', 4]]);
    expect(starts(get(cat, '北陸大学・地域産業創生交付金'))).toEqual([[2018, 4]]);
  });
});

describe('a budget sheet\'s line items', () => {
  const cat = build(
    '令和６年度農林水産予算概算要求の概要', // 1
    '', // 2
    '令和５年８月', // 3
    '農林水産省', // 4
    '', // 5
    '【総括表】　　　　　　　　　　　　　　　　（単位：千円）', // 6
    '事　項　前年度予算額　令和６年度要求額　比較増△減額　対前年度比', // 7
    '北陸スマート研究推進事業　3,213,000　3,480,000　267,000　108.3%', // 8
    '北陸実装促進事業　820,000　780,000　△40,000　95.1%', // 9
    '北陸マッチング推進プログラム（ＪＳＴ）　1,380　1,190　△190　86.2%', // 10
    '合　計　4,034,380　4,261,190　226,810　105.6%', // 11
  );
  it('a name that opens a row whose numbers add up is a programme of the sheet\'s issuer, with its request', () => {
    const p = get(cat, '北陸スマート研究推進事業');
    expect(p.ministries.map((m) => m.value)).toEqual(['農林水産省']);
    expect(p.money.some((m) => m.kind === 'request' && m.fiscal_year === 2024 && m.values.some((v) => v.value.yen === 3_480_000_000))).toBe(true);
    expect(get(cat, '北陸実装促進事業').ministries.map((m) => m.value)).toEqual(['農林水産省']);
  });
  it('the agency in brackets after a row\'s name (（ＪＳＴ）) is not a short name of the programme', () => {
    expect(get(cat, '北陸マッチング推進プログラム').aliases.map((a) => a.value)).not.toContain('ＪＳＴ');
  });
});

describe('the ministry that issued the document', () => {
  const cat = build(
    '令和7年度 概算要求の概要', // 1
    '', // 2
    '令和6年8月', // 3
    '文部科学省 科学技術・学術政策局', // 4
    '', // 5
    '(1)北陸共創拠点形成支援プログラム', // 6
    '令和7年度要求・要望額 14,850百万円', // 7
    '', // 8
    '(2)北陸地方創生交付金', // 9
    '内閣府が所管し、地方公共団体を支援する。', // 10
    '', // 11
    '　また、北陸地域産業振興事業は、各県が実施している。', // 12
  );
  it('runs a programme the document presents under a heading, cited at the issuer line and the heading', () => {
    const m = get(cat, '北陸共創拠点形成支援プログラム').ministries;
    expect(m.map((x) => [x.value, x.citations.map((c) => c.line_start)])).toEqual([['文部科学省', [4, 6]]]);
  });
  it('not one whose own block names a ministry, nor one only mentioned in running text', () => {
    expect(get(cat, '北陸地方創生交付金').ministries.map((x) => x.value)).not.toContain('文部科学省');
    expect(cat.programmes.find((p) => p.name === '北陸地域産業振興事業')?.ministries ?? []).toEqual([]);
  });
});

describe('an issuer set out letter by letter', () => {
  const cat = build(
    '令和３年度　概算要求の概要', // 1
    '　　　　　　　　　　　　令和２年９月', // 2
    '　　　　　　　　　　　　総　　務　　省', // 3
    '', // 4
    '（１）北陸データ連携基盤整備事業　　３００百万円（２１５百万円）', // 5
    '　地域のデータ連携基盤の整備を支援する。', // 6
  );
  it('is read together (総　　務　　省 → 総務省) and runs what the document presents under a heading', () => {
    const m = get(cat, '北陸データ連携基盤整備事業').ministries;
    expect(m.map((x) => [x.value, x.citations.map((c) => c.line_start)])).toEqual([['総務省', [3, 5]]]);
  });
});

describe('an abbreviation with its kind word in brackets after the name', () => {
  const cat = build('　科学技術振興事業団は、「北陸地域研究交流促進事業（ＨＲＫ事業）」について、新規実施地域を公募した。');
  it('（ＨＲＫ事業） is another name of the programme', () => {
    const r = resolveProgramme(cat, 'ＨＲＫ事業');
    expect('suggestions' in r ? undefined : r.name).toBe('北陸地域研究交流促進事業');
  });
});

describe('a page whose title gives its former name', () => {
  const cat = buildCatalogue([
    doc('901_hakusho.txt', ['　「北陸研究成果活用プラザ事業」は、大学等の研究成果を育成する拠点を整備するものである。']),
    doc('902_page.txt', [
      'ホーム > 事業紹介 > 地域の産学官連携', // 1
      '', // 2
      'JST北陸イノベーションプラザ・JST北陸イノベーションサテライト', // 3
      '(旧称:北陸研究成果活用プラザ/JST北陸サテライト)', // 4
      '最終更新日:2011年4月1日', // 5
      '', // 6
      '■お知らせ', // 7
      '・本事業は平成23年度をもって終了します。', // 8
      '', // 9
      '■事業の概要', // 10
      '事業期間 平成13年度~平成23年度', // 11
    ]),
  ]);
  it('its title names the programme its former name is', () => {
    for (const alias of ['JST北陸イノベーションプラザ', 'JST北陸イノベーションサテライト']) {
      const r = resolveProgramme(cat, alias);
      expect('suggestions' in r ? undefined : r.name).toBe('北陸研究成果活用プラザ事業');
    }
  });
  it('the page is about it: 事業期間 平成13年度~平成23年度 and 本事業は…をもって終了', () => {
    const p = get(cat, '北陸研究成果活用プラザ事業');
    expect(p.period!.values.map((v) => [v.value.start_fy, v.value.end_fy])).toEqual([[2001, 2011]]);
    expect(p.period!.values[0]!.citations.map((c) => [c.source, c.line_start])).toContainEqual(['docs/902_page.txt', 11]);
  });
});

describe('a name whose action ends in 等', () => {
  const cat = build(
    '（３）北陸企業立地促進等事業', // 1
    '　　　平成２０年度要求額　５，７００百万円（平成１９年度予算額　４，５００百万円）', // 2
    '', // 3
    '（４）大学等事業', // 4
  );
  it('…促進等事業 is a name; 大学等事業 is not', () => {
    expect(cat.programmes.map((p) => p.name)).toContain('北陸企業立地促進等事業');
    expect(cat.programmes.map((p) => p.name)).not.toContain('大学等事業');
  });
});

describe('names a programme is given in passing', () => {
  const cat = build(
    '北陸医療機器イノベーション拠点形成事業(以下「医療機器拠点事業」という。)は、医療機器の研究開発を支援するものです。', // 1
    '', // 2
    '＜参考＞北陸地域新生コンソーシアム研究開発事業の実績（平成９年度～平成１９年度）', // 3
  );
  it('(以下「…」という。) right after the name gives another name, not another programme', () => {
    const r = resolveProgramme(cat, '医療機器拠点事業');
    expect('suggestions' in r ? undefined : r.name).toBe('北陸医療機器イノベーション拠点形成事業');
    expect(cat.programmes.map((p) => p.name)).not.toContain('医療機器拠点事業');
  });
  it('a marker such as ＜参考＞ is no part of the name after it', () => {
    expect(cat.programmes.map((p) => p.name).filter((n) => n.includes('参考'))).toEqual([]);
  });
});

describe('two ministries that run a programme together', () => {
  const cat = build(
    '「北陸医療機器拠点形成事業」', // 1
    '', // 2
    '　本事業は、文部科学省と経済産業省が共同で実施する事業です。', // 3
  );
  it('文部科学省と経済産業省が共同で実施 gives both', () => {
    expect(ministries(get(cat, '北陸医療機器拠点形成事業')).sort()).toEqual([['文部科学省', 3], ['経済産業省', 3]].sort());
  });
});

describe('a notice whose title opens with the fiscal year', () => {
  const cat = build(
    '　　　　　　　　　　　　　　　　　　　　　　　平成１４年４月２６日', // 1
    '', // 2
    '　　平成１４年度　北陸研究開発促進拠点支援事業（ＨＲＫ事業）', // 3
    '　　新規実施地域の決定について', // 4
    '', // 5
    '１．事業の概要', // 6
    '　　本事業は平成８年度に開始した事業であり、地域の研究シーズと企業ニーズとを結び付ける活動を支援するものです。', // 7
    '', // 8
    '３．新規実施地域', // 9
    '　＜ネットワーク構築型＞（３地域）　支援期間：平成１４年度～平成１７年度', // 10
  );
  const p = () => get(cat, '北陸研究開発促進拠点支援事業');
  it('is about the programme it names: 本事業は平成８年度に開始', () => {
    expect(starts(p())).toEqual([[1996, 7]]);
  });
  it('a strand\'s 支援期間 (＜…型＞（３地域）　支援期間：…) is not the programme\'s period', () => {
    expect(p().period!.values.map((v) => v.value.end_fy)).toEqual([null]);
  });
});

describe('years that tell of the regions a programme selected, not of the programme', () => {
  const cat = build(
    '北陸地域結集型共同研究事業', // 1
    '平成１２年度発足地域　事後評価報告書', // 2
    '', // 3
    '１．評価の概要', // 4
    '　　平成１２年度に発足し、平成１６年度に５年間の事業期間を終了した次の６地域を対象とした。', // 5
    '　　本事業は平成９年度に開始し、これまでに採択した２２地域の成果を踏まえて評価を行った。', // 6
  );
  it('…に発足し、…を終了した次の６地域 gives neither a start nor an end; 開始し、…採択した２２地域の still a start', () => {
    const p = get(cat, '北陸地域結集型共同研究事業');
    expect(p.period!.values.map((v) => [v.value.start_fy, v.value.end_fy, v.citations[0]!.line_start])).toEqual([[1997, null, 6]]);
  });
});

describe('a quoted name with a word in kana (ものづくり) and its short name given as 略称', () => {
  const cat = build(
    '３　地域ものづくり施策', // 1
    '　このため、文部科学省は、2022年度から、地域の大学と中小製造業が共同で研究開発を', // 2
    '行う「湖国ものづくりデータ連携拠点形成事業」(略称:湖国データ拠点事業)を開始した。', // 3
  );
  const p = () => get(cat, '湖国ものづくりデータ連携拠点形成事業');
  it('enters the catalogue with its start and ministry, cited where its sentence begins', () => {
    expect(starts(p())).toContainEqual([2022, 2]);
    expect(ministries(p()).map(([m]) => m)).toContain('文部科学省');
  });
  it('its 略称 is an alias get_programme finds it by', () => {
    expect(p().aliases.map((a) => a.value)).toContain('湖国データ拠点事業');
    expect(resolveProgramme(cat, '湖国データ拠点事業')?.name).toBe('湖国ものづくりデータ連携拠点形成事業');
  });
});

describe('a prefecture\'s subsidy page that defines a short name', () => {
  const cat = build(
    '高知県里山ものづくり技術開発支援補助金のご案内', // 1
    '', // 2
    '県内の中小企業等が大学と共同で行う技術開発を支援するため、高知県里山ものづくり技術開発支援補助金（以下「里山ものづくり補助金」という。）を交付しています。', // 3
    '里山ものづくり補助金は、令和3年度に、それまでの「高知県新技術開発補助金」と「産学共同研究推進費補助金」を統合して創設した制度です。', // 4
  );
  it('reads the whole name where the text runs into it, and the short name it defines (kana inside) as its own', () => {
    const p = get(cat, '高知県里山ものづくり技術開発支援補助金');
    expect(p.aliases.map((a) => [a.value, a.citations[0]!.line_start])).toEqual([['里山ものづくり補助金', 3]]);
    expect(cat.programmes.some((x) => x.name === '里山ものづくり補助金' || x.name === '技術開発支援補助金')).toBe(false);
  });
  it('dates its start where the short name says it was made from others (…を統合して創設), not theirs', () => {
    expect(starts(get(cat, '高知県里山ものづくり技術開発支援補助金'))).toEqual([[2021, 4]]);
    expect(starts(get(cat, '産学共同研究推進費補助金'))).toEqual([]);
  });
});

describe('a start said of the predecessor the sentence runs into', () => {
  const cat = build(
    '高知県里山新産業研究補助金のご案内', // 1
    '', // 2
    '県内の研究開発を支援するため、高知県里山新産業研究補助金（以下「新産業研究補助金」という。）を交付しています。', // 3
    '新産業研究補助金は、令和2年度に、平成26年度から実施してきた「さとやまナノテク・ものづくり研究', // 4
    '開発補助金」を廃止・再編して創設した制度です。', // 5
  );
  it('平成26年度から実施してきた「…」 is not when the subject started', () => {
    expect(starts(get(cat, '高知県里山新産業研究補助金')).map(([y]) => y)).not.toContain(2014);
  });
});

describe('short forms a document writes beside a name, made of its characters in their order', () => {
  const cat = build(
    '　内閣府は、令和２年度から「地域医療実装拠点整備事業」を開始した。', // 1
    '■ 医実拠点事業（地域医療実装拠点整備事業）メモ', // 2
    '国の地域医療実装拠点整備事業（令和２年度～令和６年度）の中核機関である（一財）みずなら医療機構', // 3
    '・略語：医実拠点＝地域医療実装拠点整備事業、拠点／整備事業＝地域医療実装拠点整備事業', // 4
    '・知的クラスター創成事業（第Ⅰ期）は平成１４年度に開始した。', // 5
  );
  const p = () => get(cat, '地域医療実装拠点整備事業');
  it('a short form before the name in its brackets (医実拠点事業（…）) or set off by ＝ (医実拠点＝…) is its alias', () => {
    expect(p().aliases.map((a) => [a.value, a.citations[0]!.line_start])).toEqual(expect.arrayContaining([['医実拠点事業', 2], ['医実拠点', 4]]));
    expect(resolveProgramme(cat, '医実拠点')?.name).toBe('地域医療実装拠点整備事業');
    expect(cat.programmes.some((x) => x.name === '医実拠点事業')).toBe(false);
  });
  it('no word too short or that merely ends the name (拠点), nor what a name\'s own brackets add (第Ⅰ期)', () => {
    expect(p().aliases.map((a) => a.value)).not.toContain('拠点');
    expect(get(cat, '知的クラスター創成事業（第Ⅰ期）').aliases.map((a) => a.value)).not.toContain('第Ⅰ期');
  });
  it('the government a name is said of (国の地域…事業) is no part of its name', () => {
    expect(cat.programmes.some((x) => x.name.startsWith('国の'))).toBe(false);
  });
});

describe('a prefecture\'s subsidy named with its kind word and, elsewhere, without its prefecture', () => {
  const cat = buildCatalogue([
    doc('902_pubcome.txt', ['「水楢県先端製品開発促進事業費補助金制度（案）」に関する意見募集の結果について']),
    doc('903_rules.txt', ['第１条　知事は、予算の範囲内において水楢県', '　先端製品開発促進事業費補助金（以下「開発促進補助金」という。）を交付する。']),
  ]);
  it('is one programme: 先端製品…補助金 without 水楢県 and …補助金制度 with 制度 are the same', () => {
    const names = cat.programmes.map((x) => x.name).filter((n) => n.includes('先端製品開発促進'));
    expect(names).toHaveLength(1);
    expect(resolveProgramme(cat, '開発促進補助金')?.name).toBe(names[0]);
  });
});

describe('the end of a programme, and what it was merged into', () => {
  const cat = build(
    '地域医療実装拠点整備事業　事後評価結果について', // 1
    '・「地域医療実装拠点整備事業」（内閣府、H29〜R3、終了済）：事後フォローのみ', // 2
    '地域名　　　中間評価　事後評価', // 3
    '　　　　　　（令和元年度）（終了時）', // 4
    '　本事業は令和４年度から「地域実装総合推進事業」に統合された。', // 5
  );
  it('a year before another that the verb follows (H29〜R3、終了済) is no end, nor is a point of time (終了時)', () => {
    expect((get(cat, '地域医療実装拠点整備事業').end?.values ?? []).map((v) => v.value)).not.toContain(2017);
    expect((get(cat, '地域医療実装拠点整備事業').end?.values ?? []).map((v) => v.value)).not.toContain(2019);
  });
  it('本事業は…「…」に統合された: the named programme succeeds the one the document is about', () => {
    const p = get(cat, '地域実装総合推進事業');
    expect(p.predecessors.map((r) => [r.value.programme, r.citations[0]!.line_start])).toEqual([['地域医療実装拠点整備事業', 5]]);
    expect(get(cat, '地域医療実装拠点整備事業').successors.map((r) => r.value.programme)).toEqual(['地域実装総合推進事業']);
  });
});
