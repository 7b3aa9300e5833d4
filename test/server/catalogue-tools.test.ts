import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { citationProblem } from '../../src/core/citations.js';
import type { Citation } from '../../src/core/schemas.js';
import { GetProgrammeOutputSchema } from '../../src/tools/get-programme.js';
import { ListClustersOutputSchema } from '../../src/tools/list-clusters.js';
import { ListProgrammesOutputSchema } from '../../src/tools/list-programmes.js';
import { TimelineOutputSchema } from '../../src/tools/timeline.js';
import { ROOT } from '../helpers/corpus.js';
import { connectClient, testEngine } from '../helpers/server.js';

let client: Client;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ client, close } = await connectClient(await testEngine()));
});
afterAll(async () => close());

async function call<T extends z.ZodRawShape>(name: string, args: Record<string, unknown>, schema: T): Promise<z.infer<z.ZodObject<T>>> {
  const res = await client.callTool({ name, arguments: args });
  expect(res.isError ?? false, JSON.stringify(res.content)).toBe(false);
  return z.object(schema).parse(res.structuredContent);
}

/** Every citation anywhere in a value. */
function citationsIn(value: unknown, out: Citation[] = []): Citation[] {
  if (Array.isArray(value)) for (const v of value) citationsIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['source'] === 'string' && typeof o['line_start'] === 'number' && typeof o['quote'] === 'string') out.push(o as unknown as Citation);
    else for (const v of Object.values(o)) citationsIn(v, out);
  }
  return out;
}

async function expectValidCitations(value: unknown): Promise<void> {
  const cites = citationsIn(value);
  expect(cites.length).toBeGreaterThan(0);
  for (const c of cites) expect(await citationProblem(ROOT, c), `${c.source}:${c.line_start}`).toBeUndefined();
}

describe('get_programme', () => {
  it.each(['知的クラスター創成事業', '知クラ', 'Knowledge Cluster Initiative', 'knowledge cluster initiative'])('resolves %s to 知的クラスター創成事業', async (name) => {
    const { programme } = await call('get_programme', { name }, GetProgrammeOutputSchema);
    expect(programme.name).toBe('知的クラスター創成事業');
  });

  it('gives 5億円 per region per year, and keeps the conflicting region counts (18 vs 31) with their citations', async () => {
    const { programme, conflicts } = await call('get_programme', { name: '知クラ' }, GetProgrammeOutputSchema);
    const scale = programme.money.find((m) => m.kind === 'scale' && m.per === 'region' && m.period === 'per_year')!;
    expect(scale.values.map((v) => v.value.yen)).toContain(500_000_000);
    const regions = programme.counts.find((c) => c.unit === 'region' && c.scope === 'total' && c.conflict)!;
    const counts = regions.values.map((v) => v.value.count);
    expect(counts).toEqual(expect.arrayContaining([18, 31]));
    for (const v of regions.values) expect(v.citations.length).toBeGreaterThan(0);
    expect(conflicts.length).toBeGreaterThan(0);
    await expectValidCitations(programme);
  });

  it('resolves the English "City Area program" and gives FY2002–2009, 1億円 per area per year, 89 areas', async () => {
    const { programme } = await call('get_programme', { name: 'City Area program' }, GetProgrammeOutputSchema);
    expect(programme.name).toBe('都市エリア産学官連携促進事業');
    expect(programme.period!.values[0]!.value).toEqual({ start_fy: 2002, end_fy: 2009 });
    expect(programme.money.some((m) => m.per === 'region' && m.values.some((v) => v.value.yen === 100_000_000))).toBe(true);
    expect(programme.counts.some((c) => c.values.some((v) => v.value.count === 89))).toBe(true);
    await expectValidCitations(programme);
  });

  it('gives the first phase its own period, FY2002–2008 (平成１４～２０年度)', async () => {
    const { programme } = await call('get_programme', { name: '知的クラスター創成事業（第Ⅰ期）' }, GetProgrammeOutputSchema);
    expect(programme.period!.values[0]!.value).toEqual({ start_fy: 2002, end_fy: 2008 });
    expect(programme.period!.values[0]!.as_written.join('')).toContain('平成１４～２０年度');
  });

  it('resolves a near spelling (地域イノベーション戦略プログラム)', async () => {
    const { programme } = await call('get_programme', { name: '地域イノベーション戦略プログラム' }, GetProgrammeOutputSchema);
    expect(programme.name).toBe('地域イノベーション戦略支援プログラム');
  });

  it.each(['知的クラスタ創成事業', '知的クラスター創生事業', 'Knowlege Cluster Initiative'])('resolves the typo %s', async (name) => {
    const { programme } = await call('get_programme', { name }, GetProgrammeOutputSchema);
    expect(programme.name).toBe('知的クラスター創成事業');
  });

  it('does not take a different name for a typo of a known one', async () => {
    const res = await client.callTool({ name: 'get_programme', arguments: { name: '地域宇宙クラスター創成事業' } });
    expect(res.isError).toBe(true);
    expect((res.content as { text: string }[])[0]!.text).toMatch(/closest names: 知的クラスター創成事業/);
  });

  it('resolves the reading typed in hiragana (ちてきクラスター創成事業)', async () => {
    const { programme } = await call('get_programme', { name: 'ちてきクラスター創成事業' }, GetProgrammeOutputSchema);
    expect(programme.name).toBe('知的クラスター創成事業');
  });

  it('shows each value in its text, not the phrase it was found in', async () => {
    const res = await client.callTool({ name: 'get_programme', arguments: { name: '知的クラスター創成事業（第Ⅰ期）' } });
    const text = (res.content as { text: string }[])[0]!.text;
    expect(text).toMatch(/期間: 2002年度（平成14年度）～2008年度（平成20年度） \[seeds\/\d{3}_/);
    const parent = await client.callTool({ name: 'get_programme', arguments: { name: '知クラ' } });
    const parentText = (parent.content as { text: string }[])[0]!.text;
    expect(parentText).toMatch(/地域当たり事業規模（年額）.*: 5億円/);
    expect(parentText).toMatch(/地域数.*: (?:18|31|15)地域/);
  });

  it('answers an unknown name with a tool error listing the closest names', async () => {
    const res = await client.callTool({ name: 'get_programme', arguments: { name: '宇宙開発事業' } });
    expect(res.isError).toBe(true);
    expect((res.content as { text: string }[])[0]!.text).toMatch(/no programme named "宇宙開発事業"; closest names: .*事業/);
  });
});

describe('list_programmes and timeline', () => {
  it('takes a Western or a Japanese-era fiscal year alike (2008 = 平成20年度)', async () => {
    const western = await call('list_programmes', { active_in_fy: 2008 }, ListProgrammesOutputSchema);
    const era = await call('list_programmes', { active_in_fy: '平成20年度' }, ListProgrammesOutputSchema);
    expect(era.programmes.map((p) => p.name)).toEqual(western.programmes.map((p) => p.name));
    expect(western.programmes.map((p) => p.name)).toEqual(expect.arrayContaining(['都市エリア産学官連携促進事業', '知的クラスター創成事業（第Ⅰ期）']));
    expect(western.programmes.map((p) => p.name)).not.toContain('地域イノベーション戦略支援プログラム');
  });

  it('lists plans and programmes in time order', async () => {
    const { entries } = await call('timeline', { from_fy: '平成13年度', to_fy: 2011 }, TimelineOutputSchema);
    const starts = entries.map((e) => e.start_fy);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    const names = entries.map((e) => e.name);
    expect(names.indexOf('知的クラスター創成事業（第Ⅰ期）')).toBeLessThan(names.indexOf('地域イノベーションクラスタープログラム'));
    expect(entries.find((e) => e.name === '地域イノベーションクラスタープログラム')!.start_fy).toBe(2010);
    await expectValidCitations(entries);
  });

  it('does not count a programme with no stated end as running forever', async () => {
    const { programmes } = await call('list_programmes', { query: '地域イノベーション戦略支援プログラム' }, ListProgrammesOutputSchema);
    const senryaku = programmes.find((p) => p.name === '地域イノベーション戦略支援プログラム')!;
    expect(senryaku.period).toMatchObject({ start_fy: 2011, end_fy: null, end_unknown: true, known_through: 2016 });
    expect(senryaku.period!.label).toMatch(/終了年度の記載なし/);
    const in2016 = await call('list_programmes', { active_in_fy: 2016 }, ListProgrammesOutputSchema);
    expect(in2016.programmes.map((p) => p.name)).toContain('地域イノベーション戦略支援プログラム');
    const in2030 = await call('list_programmes', { active_in_fy: '令和12年度' }, ListProgrammesOutputSchema);
    expect(in2030.programmes.map((p) => p.name)).not.toContain('地域イノベーション戦略支援プログラム');
  });

  it('refuses a timeline whose from_fy is after its to_fy, saying so', async () => {
    const res = await client.callTool({ name: 'timeline', arguments: { from_fy: 2012, to_fy: '平成20年度' } });
    expect(res.isError).toBe(true);
    expect((res.content as { text: string }[])[0]!.text).toMatch(/from_fy \(2012\) is after to_fy \(平成20年度\)/);
  });

  it('refuses a fiscal year it cannot read', async () => {
    const res = await client.callTool({ name: 'list_programmes', arguments: { active_in_fy: 'いつか' } });
    expect(res.isError).toBe(true);
  });
});

describe('list_clusters', () => {
  it('finds Sapporo by its English name: 札幌ITカロッツェリアクラスター, 情報通信, from FY2002', async () => {
    const { clusters } = await call('list_clusters', { region: 'Sapporo' }, ListClustersOutputSchema);
    const sapporo = clusters.find((c) => c.programme === '知的クラスター創成事業')!;
    expect(sapporo.cluster_name).toBe('札幌ITカロッツェリアクラスター');
    expect(sapporo.fields).toContain('情報通信');
    expect(sapporo.start_fy).toBe(2002);
    await expectValidCitations(clusters);
  });

  it('lists the 18 知的クラスター regions', async () => {
    const { clusters } = await call('list_clusters', { programme: '知クラ' }, ListClustersOutputSchema);
    const regions = clusters.filter((c) => c.kind !== undefined && c.cluster_name !== null);
    expect(regions.length).toBeGreaterThanOrEqual(18);
  });
});
