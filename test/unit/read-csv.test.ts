import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectDelimiter, readCsv } from '../../src/import/read-csv.js';

const REQUIRED = ['nip', 'nama'];

describe('readCsv', () => {
  it('reads an Indonesian Excel export: BOM, `;`, CRLF, spaces around header names', () => {
    const result = readCsv('\uFEFF nip ;Nama; unit\r\n1;Budi;Biro A\r\n2;Sari;Biro B\r\n', REQUIRED);
    expect(result).toEqual({
      ok: true,
      table: {
        columns: ['nip', 'nama', 'unit'],
        rows: [
          { row: 2, cells: { nip: '1', nama: 'Budi', unit: 'Biro A' } },
          { row: 3, cells: { nip: '2', nama: 'Sari', unit: 'Biro B' } },
        ],
        writtenAs: new Map(),
      },
    });
  });

  describe('column aliases', () => {
    const ALIASES = { rhk: 'sasaran', iki: 'hasil_kunci' };

    it('reads an alias as the name it stands for and remembers how the file wrote it', () => {
      const result = readCsv('RHK;iki;nip\nR;I;1\n', ['sasaran', 'hasil_kunci', 'nip'], ALIASES);
      expect(result.ok && result.table.columns).toEqual(['sasaran', 'hasil_kunci', 'nip']);
      expect(result.ok && result.table.rows[0]!.cells).toEqual({ sasaran: 'R', hasil_kunci: 'I', nip: '1' });
      expect(result.ok && [...result.table.writtenAs]).toEqual([
        ['sasaran', 'rhk'],
        ['hasil_kunci', 'iki'],
      ]);
    });

    it.each([
      ['sasaran;rhk;hasil_kunci', 'rhk'],
      ['rhk;hasil_kunci;sasaran', 'rhk'],
    ])('refuses a name and its alias in one header (%s)', (header, column) => {
      expect(readCsv(`${header}\na;b;c\n`, ['sasaran', 'hasil_kunci'], ALIASES)).toEqual({
        ok: false,
        problems: [{ row: 1, column, key: 'import-alias-clash', args: { name: 'sasaran', alias: 'rhk' } }],
      });
    });

    it('names the alias beside a missing required column', () => {
      expect(readCsv('nip\n1\n', ['nip', 'sasaran'], ALIASES)).toEqual({
        ok: false,
        problems: [{ row: 1, key: 'import-missing-columns', args: { columns: 'sasaran/rhk' } }],
      });
    });

    it('refuses an alias given twice', () => {
      const result = readCsv('rhk;rhk;hasil_kunci\na;b;c\n', ['sasaran', 'hasil_kunci'], ALIASES);
      expect(!result.ok && result.problems).toEqual([
        { row: 1, column: 'rhk', key: 'import-duplicate-column' },
      ]);
    });
  });

  it('reads `,` files with quoted separators, quotes and newlines; a multi-line cell is one spreadsheet row', () => {
    const result = readCsv(
      'nip,nama,catatan\n1,"Budi, S.E.","baris satu\nbaris ""dua"""\n2,Sari,\n',
      REQUIRED,
    );
    expect(result.ok && result.table.rows).toEqual([
      { row: 2, cells: { nip: '1', nama: 'Budi, S.E.', catatan: 'baris satu\nbaris "dua"' } },
      { row: 3, cells: { nip: '2', nama: 'Sari', catatan: '' } },
    ]);
  });

  it('skips blank rows but keeps counting them, and pads short rows', () => {
    const result = readCsv('nip;nama;unit\r\n\r\n;;\r\n3;Ani\r\n', REQUIRED);
    expect(result.ok && result.table.rows).toEqual([{ row: 4, cells: { nip: '3', nama: 'Ani', unit: '' } }]);
  });

  it('ignores an empty trailing header cell (a trailing separator)', () => {
    const result = readCsv('nip;nama;\n1;Budi;\n', REQUIRED);
    expect(result.ok && result.table.columns).toEqual(['nip', 'nama']);
  });

  it.each([
    ['an empty file', '', { key: 'import-empty-file' }],
    ['only a BOM and blank lines', '\uFEFF\r\n \r\n', { key: 'import-empty-file' }],
    ['only a header', 'nip;nama\r\n', { key: 'import-no-data-rows' }],
    ['a header and blank rows', 'nip;nama\r\n;\r\n\r\n', { key: 'import-no-data-rows' }],
    [
      'missing columns',
      'nip;unit\n1;A\n',
      { row: 1, key: 'import-missing-columns', args: { columns: 'nama' } },
    ],
    ['a repeated column', 'nip;nama;nip\n1;A;1\n', { row: 1, column: 'nip', key: 'import-duplicate-column' }],
    [
      'more cells than columns',
      'nip,nama\n1,Budi\n2,Sari,S.E.\n',
      { row: 3, key: 'import-extra-cells', args: { count: 3, expected: 2, delimiter: ',' } },
    ],
    ['an unclosed quote', 'nip,nama\n1,Budi\n2,"Sari\n3,Ani\n', { row: 3, key: 'import-csv-quote' }],
    // PostgreSQL text cannot store U+0000: refused with its cell instead of failing in the database.
    [
      'a NUL character',
      'nip,nama\n1,Budi\n2,Sa\u0000ri\n',
      { row: 3, column: 'nama', key: 'import-nul-character' },
    ],
  ])('refuses %s', (_name, text, problem) => {
    const result = readCsv(text, REQUIRED);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContainEqual(problem);
  });

  it('names every missing column at once', () => {
    const result = readCsv('unit\nA\n', ['nip', 'nama', 'unit', 'nip_atasan']);
    expect(!result.ok && result.problems).toEqual([
      { row: 1, key: 'import-missing-columns', args: { columns: 'nip, nama, nip_atasan' } },
    ]);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['nip;nama;unit', ';'],
    ['nip,nama,unit', ','],
    ['"nama, gelar";nip;unit', ';'],
    ['"a;b",c,d', ','],
    ['nip', ','],
    ['nip;nama\r\n1,2,3,4,5', ';'],
  ])('%j → %s', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8, and falls back to the Windows code page of older Excel exports', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('René;Ñoman'))).toBe('René;Ñoman');
    expect(decodeCsvBytes(Uint8Array.from([0x52, 0x65, 0x6e, 0xe9]))).toBe('René');
  });
});
