// Every citation in the built catalogue is checked against its file, every fact has one, and every
// programme the documents name in a heading line is in the catalogue (or explicitly set aside).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogueSchema, type Catalogue } from '../../../src/core/catalogue/schema.js';
import { resolveProgramme } from '../../../src/core/catalogue/query.js';
import { nameKey } from '../../../src/core/catalogue/name-key.js';
import type { LoadedDocument } from '../../../src/core/corpus.js';
import { repairLines } from '../../../src/core/text/repair.js';
import { REPO, allCitations, realCatalogue } from './helpers.js';

let cat: Catalogue;
let docs: LoadedDocument[];
let curation: { not_programmes?: { name: string }[] };
beforeAll(async () => {
  const r = await realCatalogue();
  cat = r.cat;
  docs = r.docs;
  curation = r.curation as typeof curation;
});

const squash = (s: string) => s.replace(/\s+/gu, '');

describe('citations', () => {
  it('the catalogue matches its schema', () => {
    expect(() => CatalogueSchema.parse(cat)).not.toThrow();
  });

  it('every quote stands at its lines in its file (whitespace aside)', () => {
    const cits = allCitations(cat);
    expect(cits.length).toBeGreaterThan(300);
    const files = new Map<string, string[]>();
    for (const c of cits) {
      if (!files.has(c.source)) files.set(c.source, readFileSync(path.join(REPO, c.source), 'utf8').split(/\r\n|\n|\r/));
      const lines = files.get(c.source)!;
      expect(c.line_start, `${c.source}:${c.line_start}`).toBeGreaterThanOrEqual(1);
      expect(c.line_end).toBeGreaterThanOrEqual(c.line_start);
      expect(c.line_end).toBeLessThanOrEqual(lines.length);
      expect(squash(c.quote), `${c.source}:${c.line_start}-${c.line_end}`).toBe(squash(lines.slice(c.line_start - 1, c.line_end).join('\n')));
      expect(squash(c.quote).length).toBeGreaterThan(0);
    }
  });

  it('every fact value carries at least one citation', () => {
    const walk = (v: unknown, where: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if ('value' in o && 'origins' in o) expect((o.citations as unknown[]).length, where).toBeGreaterThan(0);
        for (const [k, x] of Object.entries(o)) walk(x, `${where}.${k}`);
      }
    };
    walk(cat.programmes, 'programmes');
    walk(cat.plans, 'plans');
    walk(cat.clusters, 'clusters');
    for (const p of cat.programmes) expect(p.named_at.length, p.name).toBeGreaterThan(0);
  });
});

describe('coverage', () => {
  it('every programme named in a heading line is in the catalogue', () => {
    const setAside = new Set((curation.not_programmes ?? []).map((n) => nameKey(n.name)));
    const missing: string[] = [];
    let checked = 0;
    for (const d of docs) {
      for (const r of repairLines(d.lines)) {
        if (r.line_end > r.line_start) continue; // vertical labels
        let t = r.text.trim().replace(/^[\s　■□◆◇○●・※（(「＜<]+/u, '');
        for (;;) {
          const u = t.replace(/\s*(（[^（）]*）|\([^()]*\)|〈[^〈〉]*〉)\s*$/u, '');
          if (u === t) break;
          t = u;
        }
        t = t.replace(/[」）)＞>]+$/u, '').trim();
        const m = /^[^\s、。，,：:]{3,40}(事業|プログラム|計画)$/u.exec(t);
        if (!m || /[\p{Script=Hiragana}]/u.test(t)) continue; // a sentence ending, not a name
        if (/^(第.期)?科学技術基本計画$/.test(t)) continue; // plans are checked below
        checked++;
        if (setAside.has(nameKey(t))) continue;
        const r2 = resolveProgramme(cat, t);
        if ('suggestions' in r2) missing.push(`${d.meta.source}:${r.line_start} ${t}`);
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('has every programme the issue lists', () => {
    for (const name of [
      '知的クラスター創成事業（第Ⅰ期）', '知的クラスター創成事業（第Ⅱ期）', '知的クラスター創成事業（グローバル拠点育成型）',
      '都市エリア産学官連携促進事業', '地域イノベーションクラスタープログラム（グローバル型）', '地域イノベーションクラスタープログラム（都市エリア型）',
      '地域イノベーション戦略支援プログラム', '先端融合領域イノベーション創出拠点形成プログラム', 'マッチングプランナープログラム', '復興促進プログラム',
      '世界に誇る地域発研究開発・実証拠点（リサーチコンプレックス）推進プログラム', '地域イノベーション・エコシステム形成プログラム', '産業クラスター計画',
    ]) {
      expect(cat.programmes.map((p) => p.name)).toContain(name);
    }
    expect(cat.plans.map((p) => p.ordinal)).toEqual([1, 2, 3, 4, 5]);
  });
});
