// People asked of: who holds a post, by name (知事の氏名, 室長は誰, who was the governor), and which
// political group a member belongs to, on a small corpus written for these tests (ingested with the
// seeds through the real pipeline): a council's recommendation addressed to the governor by post alone
// (白浜県知事　殿), a press release whose contact names the office's head (推進室長　大森 健二) and whose
// hub is headed by the governor's post (本部長：白浜県知事), and assembly minutes that give one
// questioner's group and not the other's (and the governor's reply), a talk that says the post heading a cluster (本部長は知事で),
// and a meeting's summary that speaks of the office head without a name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/core/answer/answerer.js';
import { holderAsked, holdersNamed } from '../../../src/core/roles.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const TOSHIN = `白浜県海洋科学技術振興プランの策定について（答申）
令和７年２月１０日
白浜県知事　殿
白浜県科学技術振興審議会
令和６年７月１日付けで諮問のあった標記のことについて、本審議会は計４回の審議を経て、下記のとおり答申します。
記
第１　プランの期間は令和７年度から令和１１年度までの５年間とする。
`;

const PRESS = `白浜海洋技術ハブの発足について
令和３年４月１日
白浜県商工労働部
白浜海洋技術ハブ推進本部を設置し、海洋センサー技術の事業化を進めます。
推進本部の構成　本部長：白浜県知事　副本部長：白浜県商工労働部長
問い合わせ先　白浜県商工労働部海洋産業推進室長　大森 健二（内線４４１２）
`;

const MINUTES = `令和５年９月定例白浜県議会　会議録（抄）
令和５年９月２６日
質問者　８番　青木一郎（県政クラブ）
○議長　１２番森田和子君。
○１２番（森田和子君）　海洋技術ハブの今後について伺います。
○８番（青木一郎君）　海洋センサーの事業化の見通しを伺います。
○知事　青木議員の御質問にお答えいたします。
　海洋センサーの事業化については、県工業技術センターと連携し、令和７年度の製品化を目指してまいります。
`;

const MEETING = `白浜海洋技術ハブ推進本部　第１回会議の概要
令和３年５月１０日
推進本部の事務は海洋産業推進室が担い、室長が本部の会議を運営することを確認した。
室長から、ハブの発足を発表した資料の概要について報告があった。
`;

const FORUM = `白浜県 産学官連携フォーラム２０２４ 講演録
（海洋産業推進室長） 白浜県は平成２０年度から白浜マリンバイオクラスター構想に取り組みました。本部長は知事で、県産の海藻素材の機能性研究を進めました。
`;

describe('holderAsked and holdersNamed', () => {
  it('reads the post whose holder a question asks by name, and not a body head another post may hold', () => {
    expect(holderAsked('答申を受け取った白浜県知事の氏名は？')).toBe('知事');
    expect(holderAsked('海洋産業推進室の室長は誰ですか。')).toBe('室長');
    expect(holderAsked('令和7年度の文化技術イノベーション係の係長は誰？')).toBe('係長');
    expect(holderAsked('産業振興課の課長補佐は誰ですか。')).toBe('課長補佐');
    expect(holderAsked('Who was the governor of Shirahama when the hub started?')).toMatch(/知事/u);
    expect(holderAsked('白浜海洋技術ハブ推進本部の本部長は誰が務めていますか。')).toBeUndefined();
    expect(holderAsked('知事が本部長を務める本部の名前は？')).toBeUndefined();
  });

  it('finds a name beside the post, not an address by post alone or the name the question gives', () => {
    expect(holdersNamed('知事', '白浜県知事 殿', '')).toEqual([]);
    expect(holdersNamed('室長', '問い合わせ先 海洋産業推進室長 大森 健二(内線4412)', '')).toEqual(['大森健二']);
    expect(holdersNamed('室長', '問い合わせ先 大森健二室長', '')).toEqual(['大森健二']);
    expect(holdersNamed('室長', '問い合わせ先 海洋産業推進室長 大森 健二', '大森室長の後任の室長は誰')).toEqual([]);
    expect(holdersNamed('知事', '令和2年度知事定例記者会見', '')).toEqual([]);
    expect(holdersNamed('室長', '職名：室長 / 氏名：大森 健二 / 内線：4412', '')).toEqual(['大森健二']);
    expect(holdersNamed('係長', '役職：係長 / 氏名：岩崎 葵 / 担当：国事業、指針', '')).toEqual(['岩崎葵']);
    expect(holdersNamed('知事', '本部長：白浜県知事　副本部長：白浜県商工労働部長', '')).toEqual([]);
    // (a member addressed after the post that opens a turn of minutes is no holder of it)
    expect(holdersNamed('知事', '○知事　青木議員の御質問にお答えいたします。', '')).toEqual([]);
  });
});

describe('a post holder asked by name', () => {
  let fx: FixtureAnswerer;
  let answerer: Answerer;
  beforeAll(async () => {
    fx = await fixtureAnswerer('people-asked', { 'toshin.txt': TOSHIN, 'press.txt': PRESS, 'gikai.txt': MINUTES, 'forum.txt': FORUM, 'meeting.txt': MEETING });
    answerer = fx.answerer;
  }, 180_000);
  afterAll(() => fx?.close());

  it('abstains when the documents address the governor by post alone', async () => {
    const a = await answerer.answer('海洋科学技術振興プランの答申を受け取った白浜県知事の氏名は？');
    expect(a.status).toBe('abstained');
  });

  it('abstains in English, asked the governor’s name', async () => {
    const a = await answerer.answer('Who was the governor of Shirahama when the marine technology hub was set up?');
    expect(a.status).toBe('abstained');
  });

  it('abstains asked the successor of the office head it names', async () => {
    const a = await answerer.answer('海洋産業推進室の大森室長の後任の室長は誰ですか。');
    expect(a.status).toBe('abstained');
  });

  it('names the office head the press release gives', async () => {
    const a = await answerer.answer('白浜海洋技術ハブの発足を発表したときの海洋産業推進室長は誰ですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('大森');
  });

  it('names the office head asked by name without 誰 (室長の氏名は), first, before sentences of the post without a name', async () => {
    const a = await answerer.answer('白浜海洋技術ハブの発足を発表した資料で、室長の氏名は？');
    expect(a.status).toBe('answered');
    expect(a.answer.split('\n')[0]).toContain('大森');
  });

  it('answers a body’s head by the post that holds it', async () => {
    const a = await answerer.answer('白浜海洋技術ハブ推進本部の本部長は誰が務めていますか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('知事');
  });

  it('answers a body’s head that a sentence says a post holds (本部長は知事で)', async () => {
    const a = await answerer.answer('白浜マリンバイオクラスター構想の推進体制で、本部長は誰が務めていましたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('本部長は知事で');
  });

  it('answers who gave the answer in the minutes by the turn it stands in (答弁したのは誰 → ○知事)', async () => {
    const a = await answerer.answer('白浜県議会の一般質問で、海洋センサーの製品化時期について答弁したのは誰ですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('○知事');
  });

  it('abstains asked the political group of a member the minutes give none for', async () => {
    const a = await answerer.answer('白浜県議会で海洋技術ハブについて質問した森田和子議員はどの会派の所属ですか。');
    expect(a.status).toBe('abstained');
  });

  it('gives the political group the minutes state', async () => {
    const a = await answerer.answer('白浜県議会で海洋センサーについて質問した青木一郎議員はどの会派ですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('県政クラブ');
  });
});
