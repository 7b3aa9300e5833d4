// The formats part of `npm run bench`: generates documents of realistic size (a 200-page PDF, a
// 60-slide deck, a 5,000-row sheet; a 50-page PDF to show memory does not grow with pages) from
// the seeds' own sentences, loads each in a fresh process and prints pages/slides/rows per second,
// MB/s and peak memory. Needs the development dependencies and a Japanese font (see format-fixtures.ts).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../src/core/paths.js';
import { makePdf, makePptx, makeXlsx, type PdfBlock } from './format-fixtures.js';

const run = promisify(execFile);

/** What the child process reports for one document. */
export interface FormatFigures {
  format: string;
  unit: string;
  bytes: number;
  units: number;
  lines: number;
  chunks: number;
  load_ms: number;
  chunk_ms: number;
  base_rss_mb: number;
  peak_rss_mb: number;
  peak_heap_mb: number;
}

/** The seeds' sentences, long lines first, as material for generated documents. */
async function sentences(): Promise<string[]> {
  const dir = path.join(packageRoot(), 'seeds');
  const out: string[] = [];
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()) {
    for (const line of (await readFile(path.join(dir, f), 'utf8')).split('\n')) if (line.trim().length >= 20) out.push(line.trim());
  }
  return out;
}

function cycle(items: string[]): (n: number) => string {
  let i = 0;
  return (n) => {
    const picked: string[] = [];
    for (let k = 0; k < n; k++) picked.push(items[i++ % items.length]!);
    return picked.join('');
  };
}

async function pdfOf(pages: number, text: (n: number) => string): Promise<Buffer> {
  const spec: PdfBlock[][] = [];
  for (let p = 1; p <= pages; p++) {
    const blocks: PdfBlock[] = [{ heading: `第${p}節 地域科学技術施策の動向` }, { text: text(3) }, { text: text(3) }];
    blocks.push(p % 4 === 0 ? { columns: [text(2), text(2)] } : { text: text(2) });
    spec.push(blocks);
  }
  return makePdf({ pages: spec, header: '地域科学技術白書（ベンチマーク用）', pageNumbers: true, title: 'bench' });
}

/** Generates the documents into `dir`: name → [format, unit]. */
async function generate(dir: string): Promise<Record<string, [string, string]>> {
  const text = cycle(await sentences());
  await writeFile(path.join(dir, 'white-paper-200p.pdf'), await pdfOf(200, text));
  await writeFile(path.join(dir, 'white-paper-50p.pdf'), await pdfOf(50, text));
  const slides = Array.from({ length: 60 }, (_, i) => ({
    title: `スライド${i + 1}：${text(1).slice(0, 24)}`,
    body: Array.from({ length: 5 }, () => text(1).slice(0, 60)),
    ...(i % 3 === 0 && { table: [['年度', '事業数', '予算額'], ...Array.from({ length: 4 }, (_, r) => [`${2010 + r}`, `${10 + r}`, `${(r + 1) * 120}百万円`])] }),
    notes: text(1),
  }));
  await writeFile(path.join(dir, 'seminar-60-slides.pptx'), await makePptx(slides));
  const names = ['知的クラスター創成事業', '都市エリア産学官連携促進事業', '地域イノベーション戦略支援プログラム', '産学官連携拠点', '地域結集型共同研究事業'];
  const rows: (string | number)[][] = [['事業名', '地域', '年度', '予算額（千円）', '担当課', '備考']];
  for (let r = 1; r <= 5000; r++) rows.push([names[r % names.length]!, `地域${(r % 47) + 1}`, 2001 + (r % 24), 100000 + ((r * 7919) % 900000), '地域科学技術課', text(1).slice(0, 40)]);
  await writeFile(path.join(dir, 'budget-5000-rows.xlsx'), await makeXlsx([{ name: '予算一覧', rows, numFmt: { 3: '#,##0' } }]));
  const quoted = (cell: string | number) => (/[",\n]/u.test(String(cell)) ? `"${String(cell).replace(/"/gu, '""')}"` : String(cell));
  await writeFile(path.join(dir, 'budget-5000-rows.csv'), rows.map((r) => r.map(quoted).join(',')).join('\r\n') + '\r\n');
  return {
    'white-paper-50p.pdf': ['pdf', 'pages'],
    'white-paper-200p.pdf': ['pdf', 'pages'],
    'seminar-60-slides.pptx': ['pptx', 'slides'],
    'budget-5000-rows.xlsx': ['xlsx', 'rows'],
    'budget-5000-rows.csv': ['csv', 'rows'],
  };
}

/** Loads each generated document in a fresh process and prints its figures. */
export async function formatsBench(out: (line: string) => void, json = false): Promise<FormatFigures[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shisaku-bench-formats-'));
  try {
    const started = performance.now();
    const files = await generate(dir);
    out(`formats: documents generated in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir})`);
    const child = path.join(packageRoot(), 'dist', 'eval', 'bench-formats-child.js');
    const figures: FormatFigures[] = [];
    for (const [name, [format, unit]] of Object.entries(files)) {
      const { stdout } = await run(process.execPath, [child, path.join(dir, name)], { maxBuffer: 1 << 20 });
      const f = { format, unit, ...(JSON.parse(stdout) as Omit<FormatFigures, 'format' | 'unit'>) };
      figures.push(f);
      const seconds = f.load_ms / 1000;
      out(
        `  ${name.padEnd(24)} ${(f.bytes / 1024 / 1024).toFixed(2).padStart(6)} MB  ${String(f.units).padStart(5)} ${unit.padEnd(6)} → ${String(f.lines).padStart(6)} lines, ${String(f.chunks).padStart(5)} chunks` +
          `  load ${f.load_ms.toFixed(0).padStart(6)} ms (${(f.units / seconds).toFixed(1)} ${unit}/s, ${(f.bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s), chunk ${f.chunk_ms.toFixed(0)} ms` +
          `  peak RSS ${f.peak_rss_mb.toFixed(0)} MB (+${(f.peak_rss_mb - f.base_rss_mb).toFixed(0)} MB), peak heap ${f.peak_heap_mb.toFixed(0)} MB`,
      );
    }
    if (json) out(JSON.stringify(figures, null, 2));
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
