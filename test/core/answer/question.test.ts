// What an answer must contain, read from the question: the kinds of value asked for.
import { describe, expect, it } from 'vitest';
import { questionNeeds } from '../../../src/core/answer/question.js';

const kinds = (q: string) => questionNeeds(q).map((n) => n.kind);

describe('questionNeeds', () => {
  it.each([
    ['知的クラスター創成事業の1地域当たりの予算は？', ['money']],
    ['都市エリアは何地域で実施された？', ['count']],
    ['地域イノベーション戦略支援プログラムはいつ始まって、何地域が対象なの？', ['count', 'time']],
    ['日本の開業率は具体的に何％？', ['percent']],
    ['地域イノベーションクラスタープログラムの規模（地域数）は？', ['count']],
    ['How much funding did each area get per year under the City Area Program?', ['money']],
    ['Which programme merged the two after the budget screening?', []],
    ['「死の谷」の定義を教えてください', []],
  ])('%s → %j', (q, expected) => {
    expect(kinds(q)).toEqual(expected);
  });

  it('a count asked in people wants 人 or 名, not any number', () => {
    const [need] = questionNeeds('マッチングプランナーは全国に何人配置されていますか？');
    expect(need!.pattern.test('全国で155名。')).toBe(true);
    expect(need!.pattern.test('１億円/年×89地域')).toBe(false);
  });
});
