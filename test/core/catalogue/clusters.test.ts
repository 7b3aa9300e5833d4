// The 知的クラスター regions and 都市エリア areas read from the real seeds, and list_clusters' filters.
import { beforeAll, describe, expect, it } from 'vitest';
import { listClusters } from '../../../src/core/catalogue/query.js';
import type { Catalogue } from '../../../src/core/catalogue/schema.js';
import { at, realCatalogue } from './helpers.js';

let cat: Catalogue;
beforeAll(async () => {
  ({ cat } = await realCatalogue());
});

const EXPECTED: [string, string, string[], number][] = [
  ['札幌', '札幌ITカロッツェリアクラスター', ['情報通信'], 2002],
  ['仙台', '仙台サイバーフォレストクラスター', ['情報通信'], 2002],
  ['長野・上田', '長野・上田スマートデバイスクラスター', ['ナノテク・材料'], 2002],
  ['浜松', '浜松オプトロニクスクラスター', ['情報通信', 'ライフサイエンス'], 2002],
  ['京都', '京都ナノテククラスター', ['ナノテク・材料'], 2002],
  ['関西文化学術研究都市', 'けいはんなヒューマン・エルキューブクラスター', ['ライフサイエンス', '環境', '情報通信'], 2002],
  ['大阪北部（彩都）', '大阪北部（彩都）バイオメディカルクラスター', ['ライフサイエンス'], 2002],
  ['神戸', '神戸トランスレーショナルリサーチクラスター', ['ライフサイエンス'], 2002],
  ['広島', '広島バイオクラスター', ['ライフサイエンス'], 2002],
  ['高松', '高松希少糖バイオクラスター', ['ライフサイエンス'], 2002],
  ['福岡', '福岡システムＬＳＩ設計開発クラスター', ['情報通信'], 2002],
  ['北九州学術研究都市', '北九州ヒューマンテクノクラスター', ['情報通信', '環境'], 2002],
  ['富山・高岡', 'とやま医薬バイオクラスター', ['ライフサイエンス', 'ナノテク・材料', '情報通信'], 2003],
  ['名古屋', '名古屋ナノテクものづくりクラスター', ['ナノテク・材料', '環境'], 2003],
  ['徳島', '徳島健康・医療クラスター', ['ライフサイエンス'], 2003],
  ['金沢', '石川ハイテク・センシング・クラスター', ['ライフサイエンス'], 2004],
  ['宇部', 'やまぐち・うべ・メディカル・イノベーション・クラスター', ['ライフサイエンス'], 2004],
  ['岐阜・大垣', '岐阜・大垣ロボティック先端医療クラスター', ['ライフサイエンス'], 2004],
];

describe('知的クラスター創成事業 regions', () => {
  it('lists the 18 regions with cluster names, fields and start years', () => {
    const clusters = cat.clusters.filter((c) => c.kind === 'cluster');
    expect(clusters).toHaveLength(18);
    for (const [region, name, fields, start] of EXPECTED) {
      const c = clusters.find((x) => x.region === region);
      expect(c, region).toBeDefined();
      expect(c!.programme).toBe('知的クラスター創成事業');
      expect(c!.cluster_name?.values.map((v) => v.value)).toEqual([name]);
      const japanese = c!.fields.map((f) => f.value).filter((f) => !/[A-Za-z]/.test(f));
      expect(japanese).toEqual(fields);
      expect(c!.start_fy?.values.map((v) => v.value)).toEqual([start]);
      expect(c!.start_fy?.conflict).toBe(false);
    }
  });

  it('cites the Japanese list for a cluster name and a table row for a start year', () => {
    const sapporo = cat.clusters.find((c) => c.region === '札幌')!;
    expect(sapporo.cluster_name?.values[0]?.citations.map(at)).toEqual(['001:173-174']);
    const nagoya = cat.clusters.find((c) => c.region === '名古屋')!;
    expect(nagoya.start_fy?.values[0]?.citations.map(at)).toEqual(['001:1578']);
  });

  it('finds a region by its English or Japanese name', () => {
    const [s] = listClusters(cat, { region: 'Sapporo' });
    expect(s).toMatchObject({ region: '札幌', cluster_name: '札幌ITカロッツェリアクラスター', start_fy: 2002 });
    expect(s!.fields).toEqual(expect.arrayContaining(['情報通信', 'IT']));
    expect(listClusters(cat, { region: '札幌' }).map((c) => c.region)).toEqual(['札幌']);
    expect(listClusters(cat, { region: 'Keihanna' }).map((c) => c.region)).toEqual(['関西文化学術研究都市']);
    expect(listClusters(cat, { region: 'kitakyushu' }).map((c) => c.region)).toEqual(['北九州学術研究都市']);
  });

  it('filters by field in either language and by programme alias', () => {
    const ict = listClusters(cat, { field: '情報通信', programme: '知クラ' }).map((c) => c.region);
    expect(ict.sort()).toEqual(['仙台', '北九州学術研究都市', '富山・高岡', '札幌', '浜松', '福岡', '関西文化学術研究都市'].sort());
    expect(listClusters(cat, { field: 'Nanotechnology', programme: 'Knowledge Cluster Initiative' }).map((c) => c.region).sort()).toEqual(['京都', '名古屋', '富山・高岡', '長野・上田'].sort());
  });
});

describe('都市エリア産学官連携促進事業 areas', () => {
  it('lists the 37 areas of the English map, with Japanese names where the documents give them', () => {
    const areas = listClusters(cat, { programme: '都市エリア' });
    expect(areas).toHaveLength(37);
    expect(areas.every((a) => a.kind === 'area' && a.fields.length > 0)).toBe(true);
    const hakodate = areas.find((a) => a.region === '函館')!;
    expect(hakodate).toMatchObject({ names: ['函館', 'HAKODATE'], fields: ['Life Sciences'], start_fy: 2003 });
    expect(areas.find((a) => a.region === 'びわこ南部エリア')).toMatchObject({ start_fy: 2004, names: expect.arrayContaining(['LAKE BIWA SOUTH']) });
    expect(areas.find((a) => a.region === 'CENTRAL IWATE-KAMAISHI')).toMatchObject({ fields: ['Nanotech/Materials'], start_fy: null });
    expect(areas.find((a) => a.region === 'LAKE SHINJI-NAKAUMI')).toMatchObject({ fields: ['Environment'] });
    expect(areas.find((a) => a.region === '播磨')!.fields).toEqual(['Nanotech/Materials', 'Manufacturing']);
  });
});
