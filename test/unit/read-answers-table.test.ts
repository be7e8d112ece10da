/** Table tests of the check-in's free-text readers: trailing punctuation, spaces, list markers, links. */
import { describe, expect, it } from 'vitest';
import {
  readConfidence,
  readFreeText,
  readLink,
  readList,
  readYesNo,
} from '../../src/core/checkin/read-answers.js';

describe('readYesNo', () => {
  it.each([
    [' Ya!! ', true],
    ['oke.', true],
    [' tidak ', false],
    ['Tidak perlu!.', false],
    ['no', false],
    ['ya.x', undefined],
    ['mungkin', undefined],
  ])('%j → %s', (text, answer) => {
    expect(readYesNo(text)).toBe(answer);
  });
});

describe('readConfidence', () => {
  it.each([
    [' 7 ', 7],
    ['10', 10],
    ['8 / 10', 8],
    ['8/10', 8],
    ['8x/10', undefined],
    ['8/ x10', undefined],
    ['0', undefined],
  ])('%j → %s', (text, value) => {
    expect(readConfidence(text)).toBe(value);
  });
});

describe('readLink', () => {
  it.each([
    [' https://drive.example.go.id/berkas ', 'https://drive.example.go.id/berkas'],
    ['http://example.id', 'http://example.id/'],
    ['ftp://example.id/x', undefined],
    ['https://localhost/x', undefined],
    ['https://example.id/a b', undefined],
    ['lihat https://example.id', undefined],
    ['bukan tautan', undefined],
  ])('%j → %s', (text, link) => {
    expect(readLink(text)).toBe(link);
  });
});

describe('readList', () => {
  it('reads "nothing" words alone, with trailing punctuation, as an empty list', () => {
    expect(readList('  Tidak ada!! ')).toEqual([]);
    expect(readList('-.')).toEqual([]);
  });

  it('removes one list marker at the start of each line, and only there', () => {
    expect(readList('1. Rapat  \n  12) Surat\n- a - b\n•  dua spasi\n123. bukan penanda\n2.5 juta')).toEqual([
      'Rapat',
      'Surat',
      'a - b',
      'dua spasi',
      '123. bukan penanda',
      '2.5 juta',
    ]);
  });

  it('keeps a line that merely ends in punctuation after a nothing word', () => {
    expect(readList('tidak ada.\nrapat')).toEqual(['tidak ada.', 'rapat']);
  });
});

describe('readFreeText', () => {
  it.each([
    ['  ', null],
    [' Tidak ada. ', null],
    ['none!!', null],
    ['Nihil?', 'Nihil?'],
    ['  Perlu akses SIASN  ', 'Perlu akses SIASN'],
  ])('%j → %s', (text, answer) => {
    expect(readFreeText(text)).toBe(answer);
  });
});
