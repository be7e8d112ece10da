/**
 * The export's writers on hand-made sheets: the CSV (byte-order mark, "(%)" headers, empty cells,
 * numbers as numbers, text made safe from formulas, a slow reader's backpressure), the XLSX read
 * back with exceljs (column widths, typed cells and formats, a long sheet name, more rows than one
 * write burst), a rekap export's five sheets (XLSX) or its capaian sheet (CSV), and the atomic
 * file (a failed export leaves the old file and no partial one).
 */
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Translator } from '../../../src/i18n/translator.js';
import { writeSheetCsv } from '../../../src/services/rekap/export/rekap-csv.js';
import { writeFileAtomically, writeRekapExport } from '../../../src/services/rekap/export/rekap-export.js';
import { columnWidths, writeRekapWorkbook } from '../../../src/services/rekap/export/rekap-workbook.js';
import type { CellValue, ColumnSpec, SheetSpec } from '../../../src/services/rekap/export/sheet-spec.js';
import { cumulative, person, rekapData, report } from './rekap-fixtures.js';

function sheetOf(name: string, columns: ColumnSpec[], rows: ReadonlyArray<readonly CellValue[]>): SheetSpec {
  return { name, columns, rows: () => rows };
}

const COLUMNS: ColumnSpec[] = [
  { header: 'Nama', kind: 'text' },
  { header: 'P', kind: 'percent' },
  { header: 'Tanggal', kind: 'date' },
  { header: 'Catatan', kind: 'long' },
  { header: 'N', kind: 'integer' },
  { header: 'x', kind: 'number' },
];

const ROWS: CellValue[][] = [
  ['Ani Wijaya Kusuma', 84.2, '2026-07-01', 'baris satu\nbaris dua yang lebih panjang', 12345, 7.125],
  ['=HYPERLINK("http://evil","klik")', null, null, null, 0, -5],
];

/** A writable that takes one chunk at a time and answers later, as a slow disk or socket does. */
function slowSink(): { sink: Writable; text: () => string; mostBuffered: () => number } {
  const chunks: Buffer[] = [];
  let mostBuffered = 0;
  const sink = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      mostBuffered = Math.max(mostBuffered, sink.writableLength);
      setImmediate(done);
    },
  });
  return { sink, text: () => Buffer.concat(chunks).toString('utf8'), mostBuffered: () => mostBuffered };
}

describe('the CSV writer', () => {
  it('writes a byte-order mark, "(%)" on percent headers, numbers as numbers and text without formulas', async () => {
    const { sink, text } = slowSink();
    await writeSheetCsv(sheetOf('Capaian', COLUMNS, ROWS), sink);
    expect(sink.writableFinished).toBe(true);
    expect(text()).toBe(
      '\uFEFFNama,P (%),Tanggal,Catatan,N,x\r\n' +
        'Ani Wijaya Kusuma,84.2,2026-07-01,"baris satu\nbaris dua yang lebih panjang",12345,7.125\r\n' +
        `"'=HYPERLINK(""http://evil"",""klik"")",,,,0,-5\r\n`,
    );
  });

  it('waits for a slow reader through a thousand rows and loses none', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`Pegawai ${i}`, i, null, null, i, i / 2]);
    const { sink, text, mostBuffered } = slowSink();
    await writeSheetCsv(sheetOf('Capaian', COLUMNS, rows), sink);
    // One line waits at a time (≈ 40 bytes), not the whole file (≈ 35 KB).
    expect(mostBuffered()).toBeLessThan(100);
    const lines = text().split('\r\n');
    expect(lines).toHaveLength(1002); // header, 1,000 rows, and the empty string after the last CRLF
    expect(lines[1000]).toBe('Pegawai 999,999,,,999,499.5');
  });

  it('fails when the target fails, instead of waiting for ever', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, done) {
        done(new Error('disk full'));
      },
    });
    broken.on('error', () => {});
    await expect(writeSheetCsv(sheetOf('Capaian', COLUMNS, ROWS), broken)).rejects.toThrow('disk full');
  });
});

describe('column widths', () => {
  it('fit the header and the longest value shown (a percent with one decimal, a long text’s longest line)', () => {
    const columns: ColumnSpec[] = [...COLUMNS, { header: 'Panjang', kind: 'text' }];
    const rows: CellValue[][] = [
      [...ROWS[0]!, 'a'.repeat(100)],
      // A row short of cells counts its missing ones as empty.
      ['Ani'],
    ];
    // Nama 17+2; P "84.2%" 5+2; Tanggal 10+2; Catatan 28+2; N "12345" 5+2; x "7.125" 5+2; capped at 60.
    expect(columnWidths(sheetOf('s', columns, rows))).toEqual([19, 7, 12, 30, 7, 7, 60]);
  });

  it('are at least 6 wide, however short the header and the values', () => {
    const columns: ColumnSpec[] = [
      { header: 'P', kind: 'percent' },
      { header: 'x', kind: 'number' },
      { header: 'T', kind: 'text' },
    ];
    // 7.125 as a percent shows "7.1%" (4), as a number "7.125" (5).
    expect(columnWidths(sheetOf('s', columns, [[7.125, 7.125, null]]))).toEqual([6, 7, 6]);
    expect(columnWidths(sheetOf('s', columns, []))).toEqual([6, 6, 6]);
  });
});

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function xlsxBytes(sheets: SheetSpec[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeRekapWorkbook(sheets, out);
  return Buffer.concat(chunks);
}

describe('the XLSX writer', () => {
  it('types each cell by its column and freezes a bold header row', async () => {
    const workbook = await workbookOf(await xlsxBytes([sheetOf('Capaian per indikator', COLUMNS, ROWS)]));
    expect(workbook.creator).toBe('dika');
    const sheet = workbook.getWorksheet('Capaian per indikator')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, 'Nama', 'P', 'Tanggal', 'Catatan', 'N', 'x']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    // The header stays on one line, even above a wrapped column.
    expect(sheet.getRow(1).getCell(4).alignment).toEqual({ vertical: 'top' }); // wrapText false is not written
    // The formula-shaped name (32 characters) is the widest in the first column.
    expect(sheet.columns.map((c) => c.width)).toEqual([34, 7, 12, 30, 7, 7]);

    const ani = sheet.getRow(2);
    expect(ani.getCell(1).value).toBe('Ani Wijaya Kusuma');
    expect(ani.getCell(2).value).toBeCloseTo(0.842, 10); // 84,2% stored as a fraction
    expect(ani.getCell(2).numFmt).toBe('0.0%');
    expect(ani.getCell(3).value).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(ani.getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect(ani.getCell(4).value).toBe('baris satu\nbaris dua yang lebih panjang');
    expect(ani.getCell(4).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ani.getCell(1).alignment).toBeUndefined();
    expect(ani.getCell(5).value).toBe(12345);
    expect(ani.getCell(5).numFmt).toBe('0');
    expect(ani.getCell(6).value).toBe(7.125);
    expect(ani.getCell(6).numFmt).toBeUndefined();

    const eko = sheet.getRow(3);
    // In a typed XLSX cell a formula-shaped name is plain text already: no quote is added.
    expect(eko.getCell(1).value).toBe('=HYPERLINK("http://evil","klik")');
    expect([2, 3, 4].map((c) => eko.getCell(c).value)).toEqual([null, null, null]);
    expect(eko.getCell(6).value).toBe(-5);
  });

  it('cuts a sheet name to the 31 characters Excel allows, and writes every row of a long sheet', async () => {
    const rows = Array.from({ length: 1203 }, (_, i) => [`Pegawai ${i}`, i, null, null, i, null]);
    const name = 'Kendala dan dukungan yang dibutuhkan pegawai';
    const workbook = await workbookOf(
      await xlsxBytes([sheetOf('Kepatuhan', COLUMNS, ROWS), sheetOf(name, COLUMNS, rows)]),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Kepatuhan', name.slice(0, 31)]);
    const long = workbook.worksheets[1]!;
    expect(long.rowCount).toBe(1204);
    expect(long.getRow(1204).getCell(1).value).toBe('Pegawai 1202');
    expect(long.getRow(1204).getCell(2).value).toBeCloseTo(12.02, 10);
  });

  it('writes to a file path as well as to a stream', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dika-xlsx-'));
    const path = join(dir, 'rekap.xlsx');
    await writeRekapWorkbook([sheetOf('Kepatuhan', COLUMNS, ROWS)], path);
    const workbook = await workbookOf(await readFile(path));
    expect(workbook.getWorksheet('Kepatuhan')?.getRow(2).getCell(1).value).toBe('Ani Wijaya Kusuma');
  });
});

describe('a rekap export', () => {
  const data = {
    rekap: rekapData({
      people: [person(1, 'Ani')],
      indicators: [cumulative(1, 1, [report('2026-W29', '2026-07-14', 52)])],
    }),
    dialogs: [],
    evaluations: [],
  };
  const translator = new Translator();

  it('in XLSX holds the five sheets in order, in the language asked for', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeRekapExport(data, { translator, locale: 'en', format: 'xlsx' }, out);
    const workbook = await workbookOf(Buffer.concat(chunks));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Compliance',
      'Achievement per indicator',
      'Blockers and support',
      'Performance dialogues',
      'Evaluation',
    ]);
  });

  it('in CSV is the capaian sheet', async () => {
    const { sink, text } = slowSink();
    await writeRekapExport(data, { translator, locale: 'id', format: 'csv' }, sink);
    const [header, ani, end] = text().split('\r\n');
    expect(header?.startsWith('\uFEFFNama,NIP,Unit,Jenis RHK,Rencana Hasil Kerja,Indikator,')).toBe(true);
    expect(ani?.startsWith(`Ani,${person(1, 'Ani').nip},Biro Umum,Utama,`)).toBe(true);
    expect(end).toBe('');
  });
});

describe('an export written to a file', () => {
  async function folder(): Promise<string> {
    return mkdtemp(join(tmpdir(), 'dika-export-'));
  }

  it('appears whole, readable by its owner only, replacing an older one', async () => {
    const dir = await folder();
    const path = join(dir, 'rekap.csv');
    await writeFile(path, 'lama');
    await writeFileAtomically(path, async (out) => {
      out.write('baru');
      out.end();
    });
    expect(await readFile(path, 'utf8')).toBe('baru');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['rekap.csv']);
  });

  it('leaves the older file and no partial one when the writing fails', async () => {
    const dir = await folder();
    const path = join(dir, 'rekap.csv');
    await writeFile(path, 'lama');
    await expect(
      writeFileAtomically(path, async (out) => {
        out.write('setengah');
        throw new Error('query failed');
      }),
    ).rejects.toThrow('query failed');
    expect(await readFile(path, 'utf8')).toBe('lama');
    expect(await readdir(dir)).toEqual(['rekap.csv']);
  });

  it('fails, without waiting for ever, when the stream itself fails', async () => {
    const dir = await folder();
    const path = join(dir, 'rekap.csv');
    await expect(
      writeFileAtomically(path, async (out) => {
        out.destroy(new Error('EIO'));
        // A writer that never ends the stream (exceljs does not watch it).
        await new Promise(() => {});
      }),
    ).rejects.toThrow('EIO');
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails when the folder does not exist, leaving nothing', async () => {
    const dir = await folder();
    await expect(
      writeFileAtomically(join(dir, 'tidak-ada', 'rekap.csv'), async (out) => {
        out.end();
      }),
    ).rejects.toThrow(/ENOENT: no such file or directory, open/);
    expect(await readdir(dir)).toEqual([]);
  });
});
