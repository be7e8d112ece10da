import { describe, expect, it } from 'vitest';
import { asWritten, detectDelimiter, readCsv } from '../../../src/import/read-csv.js';

const REQUIRED = ['nip', 'nama'];
const rowsOf = (input: string) => {
  const result = readCsv(input, REQUIRED);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.table.rows;
};

describe('detectDelimiter', () => {
  it.each([
    ['a;b,c,d', ','],
    ['a;"b,c,d"', ';'],
    ['"a;b;c",d', ','],
    ['a,b\nc;d;e;f', ','],
    ['a,b\rc;d;e;f', ','],
    ['a;b;c', ';'],
  ])('%j → %s', (header, delimiter) => {
    expect(detectDelimiter(header)).toBe(delimiter);
  });
});

describe('readCsv edges', () => {
  it("drops Excel's BOM before a quoted first header name", () => {
    expect(rowsOf('\uFEFF"nip";nama\n1;Budi\n')).toEqual([{ row: 2, cells: { nip: '1', nama: 'Budi' } }]);
  });

  it('trims cells, skips a row of spaces, and ignores trailing cells holding only spaces', () => {
    expect(rowsOf('nip;nama\n 1 ; Budi ; \n  ;  \n2;Sari\n')).toEqual([
      { row: 2, cells: { nip: '1', nama: 'Budi' } },
      { row: 4, cells: { nip: '2', nama: 'Sari' } },
    ]);
  });

  it('reads a stray quote inside a cell as text', () => {
    expect(rowsOf('nip;nama\n1;Bagian "Umum"\n')).toEqual([
      { row: 2, cells: { nip: '1', nama: 'Bagian "Umum"' } },
    ]);
  });

  it('accepts several unnamed columns (they are dropped, not duplicates)', () => {
    const result = readCsv('nip;;nama;\n1;x;Budi;y\n', REQUIRED);
    expect(result.ok && result.table.columns).toEqual(['nip', 'nama']);
  });

  it('reports an unclosed quote as a quoting problem at its row', () => {
    expect(readCsv('nip,nama\n1,Budi\n2,"Sari\n', REQUIRED)).toEqual({
      ok: false,
      problems: [{ row: 3, key: 'import-csv-quote' }],
    });
  });
});

describe('asWritten', () => {
  it('points problems at the alias the file used, and leaves the others alone', () => {
    const problems = [
      { row: 2, column: 'sasaran', key: 'import-required' },
      { row: 1, key: 'import-no-data-rows' },
      { row: 3, column: 'nip', key: 'import-nip-format' },
    ];
    expect(asWritten(problems, new Map([['sasaran', 'rhk']]))).toEqual([
      { row: 2, column: 'rhk', key: 'import-required' },
      { row: 1, key: 'import-no-data-rows' },
      { row: 3, column: 'nip', key: 'import-nip-format' },
    ]);
    const copy = asWritten(problems, new Map());
    expect(copy).toEqual(problems);
    expect(copy).not.toBe(problems);
  });
});
