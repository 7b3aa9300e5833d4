import { beforeAll, describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/core/chunk.js';
import type { LoadedDocument } from '../../src/core/corpus.js';
import { squashWhitespace } from '../../src/core/text/normalize.js';
import { loadSeeds } from '../helpers/corpus.js';

let docs: LoadedDocument[];
beforeAll(async () => {
  docs = (await loadSeeds()).documents;
});

const doc = (prefix: string) => docs.find((d) => d.meta.source.startsWith(`seeds/${prefix}`))!;

describe('chunkDocument on the real seeds', () => {
  it('starts a chunk at each programme heading of 000, with the heading in the chunk', () => {
    const chunks = chunkDocument(doc('000'));
    const first = chunks.find((c) => c.text.startsWith('知的クラスター創成事業（第Ⅰ期）'))!;
    expect(first.line_start).toBe(19);
    expect(first.heading).toContain('知的クラスター創成事業（第Ⅰ期）（平成１４～２０年度）');
    expect(first.text).toContain('育成段階');
  });

  it('shows repaired text (doubling undone) while citing the original lines', () => {
    const d = doc('001');
    const chunk = chunkDocument(d).find((c) => c.text.includes('科学技術基本法の制定'))!;
    expect(chunk.text).toContain('平成７年 科学技術基本法の制定');
    expect(chunk.text).not.toContain('平成７年平成７年');
    const original = squashWhitespace(d.lines.slice(chunk.line_start - 1, chunk.line_end).join(''));
    expect(original).toContain('平成７年平成７年');
  });

  it('names a slide by its programme title even when the title stands at the bottom (003)', () => {
    const chunks = chunkDocument(doc('003'));
    const rc = chunks.find((c) => c.text.includes('コンプレックス全体を成長させる'))!;
    expect(rc.heading).toContain('リサーチコンプレックス');
  });

  it('covers every non-blank line exactly once, in order, with chunks of bounded size', () => {
    for (const d of docs) {
      const chunks = chunkDocument(d);
      let last = 0;
      for (const c of chunks) {
        expect(c.line_start).toBeGreaterThan(last);
        expect(c.line_end).toBeGreaterThanOrEqual(c.line_start);
        last = c.line_end;
        expect(c.text.length).toBeLessThan(1200);
      }
      expect(last).toBeLessThanOrEqual(d.meta.line_count);
    }
  });
});

describe('chunkDocument on indented text', () => {
  const lines = [
    '1．事業の概要',
    '',
    ' ・補助対象者：地方公共団体（都道府県、市町村）',
    ' ・補助率：2/3以内',
    ' ・予算額：平成28年度第2次補正予算 220億円',
    ' ・整備期限：平成29年度末までに整備を完了すること',
  ];
  const indented: LoadedDocument = { meta: { id: 'x', title: 'x', source: 'docs/x.txt', line_count: lines.length, sha256: 'x' }, lines };

  it('keeps a run of indented lines together instead of starting a page at each', () => {
    const chunks = chunkDocument(indented);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!).toMatchObject({ line_start: 1, line_end: 6 });
    expect(chunks[0]!.text).toContain('補助率：2/3以内');
  });
});

describe('chunkDocument on a workbook saved as text', () => {
  const lines = [
    '研究開発関係予算の推移（令和7年2月14日現在）',
    '[シート1] 当初予算額（単位：千円）',
    '事業名,R5,R6,R7当初案,備考',
    ...Array.from({ length: 8 }, (_, i) => `研究開発補助金${i + 1},30000,36000,42000,R3創設（旧制度を廃止・再編）のため予算を計上している`),
    '',
    '[シート2] 分野別採択件数（件）',
    '分野,R3,R4,R5,R6,計',
    '高度電子機械,2,2,3,5,12',
    '応募計,14,19,24,30,87',
    '',
    '[シート3] 県内で実施された国の主な地域科学技術事業',
    '事業名,所管,実施地域,開始年度,終了年度',
    '知的クラスター創成事業（第Ⅰ期）,文部科学省,仙台地域,平成14年度,平成18年度',
  ];
  const workbook: LoadedDocument = { meta: { id: 'w', title: 'w', source: 'docs/w.txt', line_count: lines.length, sha256: 'w' }, lines };

  it('heads each sheet\'s chunk by its sheet, and no chunk by a title standing far below it', () => {
    const chunks = chunkDocument(workbook);
    const sheet = (n: number) => chunks.find((c) => c.text.includes(`[シート${n}]`))!;
    expect(sheet(1).heading).not.toContain('シート3');
    expect(sheet(2).heading).toContain('[シート2] 分野別採択件数');
    expect(sheet(2).text).toContain('応募計,14,19,24,30,87');
    expect(sheet(3).heading).toContain('[シート3]');
  });
});

describe('chunkDocument on a mail magazine whose sections are set between rules after a table of contents', () => {
  const rule = '──────────────────────────────';
  const lines = [
    'みずなら産学官連携メールマガジン　第12号（2024年4月16日発行）',
    '',
    '■目次',
    '1. 【公募】令和6年度 開発促進補助金の募集を開始しました',
    '2. 【イベント】みずなら医工連携フォーラム2024のご案内',
    rule,
    '1.【公募】令和6年度 開発促進補助金の募集を開始しました',
    rule,
    '　県内中小企業の研究開発と事業化を支援する開発促進補助金の令和6年度公募を4月15日に開始しました。',
    '',
    rule,
    '2.【イベント】みずなら医工連携フォーラム2024',
    rule,
    '　日時：6月7日（金）13:30～17:00　会場：みずなら県民ホール',
    '　主催：みずなら県　参加費無料、定員150名',
  ];
  const magazine: LoadedDocument = { meta: { id: 'm', title: 'm', source: 'docs/m.txt', line_count: lines.length, sha256: 'm' }, lines };

  it('heads each section\'s chunk by the heading under the rule it opens with, not by the one before it', () => {
    const chunks = chunkDocument(magazine);
    const of = (text: string) => chunks.find((c) => c.text.includes(text))!;
    expect(of('定員150名').heading).toContain('2.【イベント】みずなら医工連携フォーラム2024');
    expect(of('定員150名').heading).not.toContain('1.【公募】');
  });
});
