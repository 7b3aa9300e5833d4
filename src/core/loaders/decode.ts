// Text files in the encodings Japanese offices hold: UTF-8, UTF-16 (with or without a byte-order
// mark), Shift_JIS (CP932), EUC-JP and ISO-2022-JP. encoding-japanese guesses; the WHATWG decoders
// decode strictly, so a wrong guess or a file in no encoding is caught and reported.
import Encoding from 'encoding-japanese';
import { BadDocumentError } from '../errors.js';

/** Decoded text and the encoding it was read from (the WHATWG name). */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Control characters that never stand in text (tab, line and page breaks, ESC aside). */
const NOT_TEXT = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/u;
/** ISO-2022-JP escapes: JIS X 0208 (ESC $ B / ESC $ @), JIS X 0212, JIS-Roman (ESC ( J). */
const JIS_ESCAPE = /\x1b(?:\$[@B]|\$\(D|\(J)/;

/** The text, or undefined when the bytes are not valid in `label` (or, `textOnly`, decode to control characters). */
function tryDecode(label: string, bytes: Uint8Array, textOnly = true): string | undefined {
  try {
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
    return textOnly && NOT_TEXT.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/** UTF-16 byte order guessed from where ASCII's zero bytes fall: even offsets for BE, odd for LE. */
function utf16Order(bytes: Uint8Array): string[] {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < Math.min(bytes.length, 8192); i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  return even > odd ? ['utf-16be', 'utf-16le'] : ['utf-16le', 'utf-16be'];
}

/** The encodings to try, most likely first. */
function candidates(bytes: Uint8Array): string[] {
  const guess = Encoding.detect(bytes);
  const utf16 = utf16Order(bytes);
  const byGuess: Record<string, string[]> = {
    SJIS: ['shift_jis'],
    EUCJP: ['euc-jp'],
    JIS: ['iso-2022-jp'],
    UTF16: utf16,
    UTF16LE: ['utf-16le'],
    UTF16BE: ['utf-16be'],
  };
  const first = typeof guess === 'string' ? (byGuess[guess] ?? []) : [];
  return [...new Set([...first, ...utf16, 'shift_jis', 'euc-jp'])];
}

/**
 * Decodes a text file: a byte-order mark decides; else valid UTF-8 is UTF-8 (as before any other
 * encoding was read); else the encoding whose strict decoding gives text. An empty, whitespace-only,
 * binary or undecodable file is a BadDocumentError that says what to do.
 */
export function decodeText(source: string, bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new BadDocumentError(source, 'the file is empty; add text or remove it from seeds/');
  let decoded: DecodedText | undefined;
  const bom = (a: number, b: number, c?: number) => bytes[0] === a && bytes[1] === b && (c === undefined || bytes[2] === c);
  if (bom(0xef, 0xbb, 0xbf)) decoded = { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  else if (bom(0xff, 0xfe)) decoded = { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  else if (bom(0xfe, 0xff)) decoded = { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  else {
    const hasNul = bytes.includes(0);
    const ascii7 = !hasNul && JIS_ESCAPE.test(Buffer.from(bytes.subarray(0, 65536)).toString('latin1'));
    const utf8 = hasNul || ascii7 ? undefined : tryDecode('utf-8', bytes, false);
    if (utf8 !== undefined) decoded = { text: utf8, encoding: 'utf-8' };
    else {
      for (const label of ascii7 ? ['iso-2022-jp'] : candidates(bytes)) {
        if (hasNul && !label.startsWith('utf-16')) continue;
        const text = tryDecode(label, bytes);
        if (text !== undefined) {
          decoded = { text, encoding: label };
          break;
        }
      }
    }
    if (decoded === undefined) {
      if (hasNul) throw new BadDocumentError(source, 'the file contains NUL bytes and is not UTF-16 text, so it is binary, not text; convert it to UTF-8 text (.txt)');
      throw new BadDocumentError(
        source,
        'the file cannot be decoded as UTF-8, UTF-16, Shift_JIS (CP932), EUC-JP or ISO-2022-JP; convert it to UTF-8, e.g. `iconv -f CP932 -t UTF-8 in.txt > out.txt`',
      );
    }
  }
  if (decoded.text.charCodeAt(0) === 0xfeff) decoded.text = decoded.text.slice(1);
  if (decoded.text.trim() === '') throw new BadDocumentError(source, 'the file holds only whitespace; add text or remove it from seeds/');
  return decoded;
}

/** Splits file text into lines the way editors number them (\n, \r\n or \r). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
