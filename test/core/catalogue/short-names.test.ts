// Short forms of programme names: tails after a word boundary, heads before a generic ending,
// only where they name one programme alone and keep most of its name.
import { describe, expect, it } from 'vitest';
import { shortNames } from '../../../src/core/catalogue/short-names.js';

describe('shortNames', () => {
  it('takes the tail after ・ or a change of script, and the head before 形成事業', () => {
    const [eco, jinzai, cn] = shortNames([
      ['地域イノベーション・エコシステム形成プログラム'],
      ['地域イノベーション人材循環プログラム'],
      ['地域カーボンニュートラル研究拠点形成事業'],
    ]);
    expect(eco).toContain('エコシステム形成プログラム');
    expect(jinzai).toContain('人材循環プログラム');
    expect(cn).toContain('地域カーボンニュートラル研究拠点');
  });

  it('drops forms another programme shares, short tails, topics and a head on a head', () => {
    const [a, b, c, d] = shortNames([
      ['地域イノベーション協創プログラム'],
      ['先端融合領域イノベーション創出拠点形成プログラム'],
      ['地域イノベーション戦略支援プログラム'],
      ['技術移転支援センター事業'],
    ]);
    expect(a).not.toContain('協創プログラム'); // 7 of 16 characters: any programme's ending
    expect(b).not.toContain('創出拠点形成プログラム');
    expect(c).not.toContain('地域イノベーション戦略'); // a topic, not a programme
    expect(d).not.toContain('センター事業');
    const [x, y] = shortNames([['Ａ地域クラスター推進プログラム'], ['Ｂ地域クラスター推進プログラム']]);
    expect([...x!, ...y!]).not.toContain('地域クラスター推進プログラム'); // names either
  });

  it('takes the programme\'s kind before what it does (地域結集型), unless another programme starts with it too', () => {
    const [kesshu, plaza] = shortNames([['地域結集型共同研究事業'], ['研究成果活用プラザ事業']]);
    expect(kesshu).toContain('地域結集型');
    expect(plaza).toEqual([]);
    const [a, b] = shortNames([['地域結集型共同研究事業'], ['地域結集型研究開発プログラム']]);
    expect([...a!, ...b!]).not.toContain('地域結集型');
  });
});
