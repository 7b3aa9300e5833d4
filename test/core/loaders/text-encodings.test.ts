// Text files in the encodings Japanese offices hold are decoded (and say which), a file in no
// encoding is reported with what to do, and extensions that lie are seen through.
import { describe, expect, it } from 'vitest';
import { encodeText, makeDocx, makePdf, makeZip, PNG_1PX } from '../../../eval/format-fixtures.js';
import { decodeText } from '../../../src/core/loaders/decode.js';
import { chooseLoader, extract } from '../../../src/core/loaders/index.js';

const TEXT = '地域イノベーション戦略支援プログラム\n予算は年間５億円（平成２３年度）。\r\nＡＢＣ abc ①②\n';

describe('decodeText', () => {
  it.each([
    ['SJIS', 'shift_jis'],
    ['EUCJP', 'euc-jp'],
    ['JIS', 'iso-2022-jp'],
    ['UTF16LE-BOM', 'utf-16le'],
    ['UTF16BE', 'utf-16be'],
  ] as const)('reads %s as %s', (encoding, expected) => {
    const decoded = decodeText('seeds/x.txt', encodeText(TEXT, encoding));
    expect(decoded).toEqual({ text: TEXT, encoding: expected });
  });

  it('reads UTF-16 little-endian without a byte-order mark, and UTF-8 with one', () => {
    expect(decodeText('seeds/x.txt', Buffer.from(TEXT, 'utf16le')).encoding).toBe('utf-16le');
    expect(decodeText('seeds/x.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads Shift_JIS-only characters (CP932: ①, ㈱, NEC selected kanji)', () => {
    const text = '①㈱髙﨑\n';
    expect(decodeText('seeds/x.txt', encodeText(text, 'SJIS')).text).toBe(text);
  });

  it('reports a file in no encoding, and a binary one, with what to do', () => {
    expect(() => decodeText('seeds/bad.txt', Buffer.from([0x41, 0xff, 0xfd, 0x41, 0x41]))).toThrow(/seeds\/bad\.txt: the file cannot be decoded as UTF-8, UTF-16, Shift_JIS \(CP932\), EUC-JP or ISO-2022-JP; convert it to UTF-8/);
    expect(() => decodeText('seeds/bin.txt', Buffer.from([0x00, 0x01, 0x02, 0x00, 0x05]))).toThrow(/binary, not text/);
    expect(() => decodeText('seeds/e.txt', Buffer.alloc(0))).toThrow(/the file is empty/);
  });
});

describe('chooseLoader: content before extension', () => {
  it('reads a PDF named .txt as a PDF and a Word file named .zip as Word', async () => {
    expect((await chooseLoader('seeds/report.txt', await makePdf({ pages: [[{ text: '本文' }]] }))).format).toBe('pdf');
    expect((await chooseLoader('seeds/minutes.zip', await makeDocx([{ heading: '議事録' }]))).format).toBe('docx');
  });

  it('reads a web page saved as .txt as HTML', async () => {
    const ex = await extract('seeds/page.txt', Buffer.from('<!DOCTYPE html><html><body><main><h1>見出し</h1><p>本文です。</p></main></body></html>'));
    expect(ex.format).toBe('html');
    expect(ex.lines).toEqual(['見出し', '本文です。']);
  });

  it('reports an image, an archive and a legacy Office file by what they are, whatever their names', async () => {
    await expect(chooseLoader('seeds/scan.pdf', PNG_1PX)).rejects.toThrow(/seeds\/scan\.pdf: a PNG image .*OCR/);
    await expect(chooseLoader('seeds/docs.zip', await makeZip({ 'a.txt': 'x' }))).rejects.toThrow(/a ZIP archive: .*unpack it/);
    await expect(chooseLoader('seeds/old.doc', Buffer.from('d0cf11e0a1b11ae1000000000000', 'hex'))).rejects.toThrow(/legacy Office file .* save it as \.docx, \.xlsx or \.pptx/);
    await expect(chooseLoader('seeds/a.tar.gz', Buffer.from('1f8b0800000000000003', 'hex'))).rejects.toThrow(/gzip archive/);
  });

  it('names the extensions it reads when a text file has another one', async () => {
    await expect(chooseLoader('seeds/data.log', Buffer.from('年度,予算\n2023,5\n'))).rejects.toThrow(/extension shisaku does not read \(\.log\); rename it to \.txt .*\.pdf .*\.xlsx .*\.csv \.tsv/);
  });
});
