// Plain text (.txt): decoded from UTF-8, UTF-16, Shift_JIS, EUC-JP or ISO-2022-JP; each line of
// the file is a line of the document, so citations stay line-exact.
import { decodeText, splitLines } from './decode.js';
import type { Loader } from './types.js';

export const textLoader: Loader = {
  format: 'text',
  extensions: ['txt', 'text'],
  sizeFactor: 1,
  async load({ source, bytes }) {
    const { text, encoding } = decodeText(source, bytes);
    return { lines: splitLines(text), ...(encoding !== 'utf-8' && { encoding }) };
  },
};
