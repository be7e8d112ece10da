import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../src/accounts/phone.js';
import {
  nipProblemKey,
  optionalCell,
  parseMeasure,
  parseNip,
  parsePhone,
  parseRow,
  parseWeight,
  remembered,
  requiredCell,
  text,
} from '../../../src/import/parse-cells.js';

describe('parseRow', () => {
  const schemas = {
    nama: requiredCell(text, 'import-name-invalid'),
    catatan: optionalCell('', text, 'import-note-invalid'),
  };

  it('leaves an absent optional column out of the values instead of reading it as undefined', () => {
    const { values, problems } = parseRow({ row: 2, cells: { nama: 'Budi' } }, schemas);
    expect(problems).toEqual([]);
    expect(Object.keys(values)).toEqual(['nama']);
    // The answer is remembered per schema: a second row takes the same path.
    expect(Object.keys(parseRow({ row: 3, cells: { nama: 'Sari' } }, schemas).values)).toEqual(['nama']);
  });

  it('reports an absent or empty required column as import-required at its row and column', () => {
    // Fresh schemas: whether a schema reads an absent cell as undefined is remembered per schema.
    const fresh = { nama: requiredCell(text, 'import-name-invalid') };
    for (const cells of [{}, { nama: '' }] as Record<string, string>[]) {
      expect(parseRow({ row: 4, cells }, fresh).problems).toEqual([
        { row: 4, column: 'nama', key: 'import-required', args: { value: '' } },
      ]);
    }
  });

  it('gives an empty optional cell its fallback and a bad cell its key', () => {
    const bad = { nama: requiredCell(parseNip, nipProblemKey) };
    expect(parseRow({ row: 5, cells: { catatan: '', nama: 'x' } }, schemas).values).toEqual({
      nama: 'x',
      catatan: '',
    });
    expect(parseRow({ row: 6, cells: { nama: '1,99001E+17' } }, bad).problems).toEqual([
      { row: 6, column: 'nama', key: 'import-nip-excel-number', args: { value: '1,99001E+17' } },
    ]);
  });
});

describe('remembered', () => {
  it('parses each value once, and stops remembering new values at its limit', () => {
    const calls: string[] = [];
    const parse = remembered((raw: string) => {
      calls.push(raw);
      return raw.length;
    }, 2);
    for (const raw of ['a', 'bb', 'a', 'bb', 'ccc', 'ccc', 'a']) parse(raw);
    expect(calls).toEqual(['a', 'bb', 'ccc', 'ccc']);
    expect(parse('ccc')).toBe(3);
  });
});

describe('value parsers', () => {
  it('parseNip takes exactly 18 digits', () => {
    expect(parseNip('19900101 201503 1 001')).toBe('199001012015031001');
    expect(parseNip('1199001012015031001')).toBeUndefined();
    expect(parseNip('1990010120150310011')).toBeUndefined();
  });

  it('nipProblemKey recognises an exponent only at the end of the cell, with or without +', () => {
    expect(nipProblemKey('1,99001E+17 ')).toBe('import-nip-excel-number');
    expect(nipProblemKey('1.99E17')).toBe('import-nip-excel-number');
    expect(nipProblemKey('1E+17abc')).toBe('import-nip-format');
  });

  it('parsePhone refuses letters anywhere and drops the trunk 0 after the country code only', () => {
    expect(parsePhone('x081234567890')).toBeUndefined();
    expect(parsePhone('081234567890x')).toBeUndefined();
    expect(parsePhone('0812abc34567890')).toBeUndefined();
    expect(parsePhone('+62 (0)21 1234567')).toBe('62211234567');
    expect(parsePhone('62 (0)21 1234567')).toBe('62211234567');
    expect(parsePhone('+62(0)21 1234567')).toBe('62211234567');
    // Not at the start: the (0) is an ordinary digit of the number.
    expect(parsePhone('021 62 (0)1234')).toBe(normalizePhone('021 62 (0)1234'));
    expect(parsePhone('021 62 (0)1234')).toBe('62216201234');
  });

  it('parseMeasure refuses text and numbers beyond numeric(20, 4); parseWeight refuses zero and below', () => {
    expect(parseMeasure('abc')).toBeUndefined();
    expect(parseMeasure('1000000000000000000')).toBeUndefined();
    expect(parseMeasure('1,23456')).toBe(1.2346);
    expect(parseWeight('0')).toBeUndefined();
    expect(parseWeight('-1')).toBeUndefined();
    expect(parseWeight('abc')).toBeUndefined();
    expect(parseWeight('2,5')).toBe(2.5);
  });
});
