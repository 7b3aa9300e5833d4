// Synthetic corpora for the scale benchmark: the real documents replicated with perturbations (a
// region name in front of 地域, shifted years and amounts, a marker on every third line), so that every copy
// chunks like the original but its chunks are different texts with their own terms and vectors.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const REGIONS = [
  '札幌', '函館', '青森', '盛岡', '仙台', '秋田', '山形', '福島', '水戸', '宇都宮', '前橋', '浦和', '千葉', '横浜', '新潟', '富山', '金沢',
  '福井', '甲府', '長野', '岐阜', '静岡', '浜松', '名古屋', '津', '大津', '京都', '大阪', '神戸', '奈良', '和歌山', '鳥取', '松江', '岡山',
  '広島', '山口', '徳島', '高松', '松山', '高知', '福岡', '北九州', '佐賀', '長崎', '熊本', '大分', '宮崎', '鹿児島', '那覇',
];

/** The region label of copy `c` (1-based): 札幌, 函館, …, then 札幌第2, 函館第2, … */
export function regionOf(c: number): string {
  const base = REGIONS[(c - 1) % REGIONS.length]!;
  const round = Math.floor((c - 1) / REGIONS.length) + 1;
  return round === 1 ? base : `${base}第${round}`;
}

const shiftDigit = (ch: string, by: number): string => {
  const code = ch.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return String.fromCharCode(0x30 + ((code - 0x30 + by) % 10));
  return String.fromCharCode(0xff10 + ((code - 0xff10 + by) % 10)); // full-width ０-９
};

/** Copy `c` of a document's text: same lines, perturbed. */
export function perturb(text: string, c: number): string {
  const region = regionOf(c);
  let nonEmpty = 0;
  return text
    .split('\n')
    .map((line) => {
      if (line.trim() === '') return line;
      nonEmpty++;
      // the last digit of numbers of two digits or more, not months or days: 平成14年 → 平成15年, 75億円 → 76億円
      const out = line
        .replace(/地域/g, `${region}地域`)
        .replace(/([0-9０-９])([0-9０-９])(?![0-9０-９]|\s*[月日])/gu, (_m, head: string, last: string) => head + shiftDigit(last, c % 10));
      return nonEmpty % 3 === 0 ? `${out}（${region}版）` : out;
    })
    .join('\n');
}

/**
 * Writes a seeds folder with the real documents (and their manifest) plus `copies` perturbed
 * copies of each; returns the number of document files written.
 */
export async function writeSyntheticSeeds(realSeeds: string, outDir: string, copies: number): Promise<number> {
  await mkdir(outDir, { recursive: true });
  const files = (await readdir(realSeeds)).filter((f) => f.endsWith('.txt')).sort();
  await copyFile(path.join(realSeeds, 'manifest.json'), path.join(outDir, 'manifest.json'));
  const texts = await Promise.all(files.map((f) => readFile(path.join(realSeeds, f), 'utf8')));
  let written = 0;
  for (const [i, f] of files.entries()) {
    await writeFile(path.join(outDir, f), texts[i]!);
    written++;
  }
  for (let c = 1; c <= copies; c++) {
    for (const [i, f] of files.entries()) {
      await writeFile(path.join(outDir, `c${String(c).padStart(5, '0')}_${f}`), perturb(texts[i]!, c));
      written++;
    }
  }
  return written;
}
