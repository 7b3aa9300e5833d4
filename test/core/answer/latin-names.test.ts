// A programme known by a Latin acronym that is also an English word (START) is named only by the
// acronym as a word, in capitals: "when did it start" and "startups" name no programme, so an
// English question is not read as being about another programme than the one it names.
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../src/core/lexicon.js';

const lexicon = new Lexicon({ synonyms: [], names: [['里山新産業創出プログラム', 'START'], ['里山テクノ連携推進事業', 'SATO-TECH']], glossary: {}, abbreviations: {} });
const names = (q: string) => lexicon.namesIn(q.normalize('NFKC').toLowerCase(), q).map((h) => h.names[0]);

describe('Latin names in questions', () => {
  it('an English word that spells an acronym in lower case names no programme', () => {
    expect(names('When did the Satoyama Techno Program start?')).toEqual([]);
    expect(names('How many startups did the research complex create?')).toEqual([]);
  });

  it('the acronym in capitals, as a word, names it; Japanese names still match inside text', () => {
    expect(names('What is START?')).toEqual(['里山新産業創出プログラム']);
    expect(names('ＳＴＡＲＴの開始年度は？')).toEqual(['里山新産業創出プログラム']);
    expect(names('SATO-TECHはいつ始まった？')).toEqual(['里山テクノ連携推進事業']);
    expect(names('里山テクノ連携推進事業の予算は？')).toEqual(['里山テクノ連携推進事業']);
  });
});
