// One document loaded in a fresh process, for the formats bench: extraction and chunking time,
// and the process's peak memory while it loads (so one format's figures do not include another's).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { chunkDocument } from '../src/core/chunk.js';
import { loadDocument } from '../src/core/corpus.js';
import { documentParts } from '../src/core/loaders/places.js';

const file = process.argv[2];
if (!file) throw new Error('usage: bench-formats-child FILE');
const mb = (n: number) => n / 1024 / 1024;
// pdf.js is imported on first use: once per process, not part of a document's load time
if (file.toLowerCase().endsWith('.pdf')) await import('pdfjs-dist/legacy/build/pdf.mjs');
const baseRss = process.memoryUsage().rss;
let peakHeap = 0;
let peakRss = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
};
const timer = setInterval(sample, 5);
const t0 = performance.now();
const doc = await loadDocument(file, `bench/${path.basename(file)}`, Number.MAX_SAFE_INTEGER);
const t1 = performance.now();
const chunks = chunkDocument(doc);
const t2 = performance.now();
sample();
clearInterval(timer);
const parts = documentParts(doc.places, doc.meta.line_count);
// (a sheet's rows by their places; a CSV's, whose lines are the file's, by its lines that hold one)
const rows = doc.meta.format === 'csv' ? doc.lines.filter((l) => l !== '').length : (doc.places?.filter((p) => p.location.row !== undefined).length ?? 0);
process.stdout.write(
  JSON.stringify({
    bytes: (await stat(file)).size,
    units: rows > 0 ? rows : parts.length,
    lines: doc.meta.line_count,
    chunks: chunks.length,
    load_ms: t1 - t0,
    chunk_ms: t2 - t1,
    base_rss_mb: mb(baseRss),
    peak_rss_mb: Math.max(mb(peakRss), process.resourceUsage().maxRSS / 1024),
    peak_heap_mb: mb(peakHeap),
  }) + '\n',
);
