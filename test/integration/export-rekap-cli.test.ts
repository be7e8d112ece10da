/**
 * `npm run dika -- export rekap …` as HR runs it: a unit's rekap as XLSX or CSV, audited; a
 * period or unit it cannot use is refused in the chosen language with exit code 1 and no file,
 * not even a temporary one.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { runCliCaptured } from '../support/cli.js';
import { rowsOf } from '../support/database.js';

const BIRO = 'Deputi Bidang Tata Kelola Data/Biro Perencanaan dan Keuangan';
let dir: string;
let outDir: string;
let env: NodeJS.ProcessEnv;
const run = (...argv: string[]) => runCliCaptured(env, ...argv);
const written = () => readdirSync(outDir);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dika-export-rekap-'));
  outDir = join(dir, 'out');
  env = { DIKA_DATA_DIR: join(dir, 'data') };
  expect((await run('import', 'employees', 'examples/employees.csv')).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(outDir, { recursive: true, force: true });
});

describe('npm run dika -- export rekap', () => {
  it('writes a unit’s rekap as XLSX and audits it', { timeout: 60_000 }, async () => {
    mkdirSync(outDir);
    const out = join(outDir, 'rekap.xlsx');
    const result = await run(
      'export',
      'rekap',
      '--period',
      '2026-TW3',
      '--unit',
      BIRO,
      '--format',
      'xlsx',
      '--out',
      out,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toBe(`Rekap 2026-Q3 untuk 7 pegawai ditulis ke ${out}.`);
    expect(written()).toEqual(['rekap.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const compliance = workbook.getWorksheet('Kepatuhan')!;
    // The last row (Jumlah) has no unit.
    const units = compliance
      .getColumn(3)
      .values.slice(2)
      .filter((v) => v !== null && v !== undefined);
    expect(units).toHaveLength(7);
    for (const unit of units) expect(String(unit).startsWith(BIRO)).toBe(true);

    const database = await openDatabase({ dataDir: env.DIKA_DATA_DIR! });
    try {
      const audit = rowsOf<{ action: string; entity: string; entity_key: string; after: unknown }>(
        await database.db.execute(
          sql`select action, entity, entity_key, after from audit_log where action = 'rekap-export'`,
        ),
      );
      expect(audit).toEqual([
        {
          action: 'rekap-export',
          entity: `unit:${BIRO}`,
          entity_key: '2026-Q3',
          after: { format: 'xlsx', people: 7 },
        },
      ]);
    } finally {
      await database.close();
    }
  });

  it('writes the capaian sheet as CSV in English', { timeout: 60_000 }, async () => {
    mkdirSync(outDir);
    const out = join(outDir, 'capaian.csv');
    const result = await run(
      'export',
      'rekap',
      '--period',
      '2026-Q3',
      '--format',
      'csv',
      '--out',
      out,
      '--lang',
      'en',
    );
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toMatch(
      /^\uFEFFName,NIP,Unit,Result type,Planned work result,/,
    );
  });

  it.each([
    [['--period', '2026-TW5'], 'Periode "2026-TW5" tidak dikenali.'],
    [['--period', 'Budi'], 'Periode "Budi" tidak dikenali.'],
    [['--period', '2099-Q1'], 'Periode "2099-Q1" belum dimulai'],
    [
      ['--period', '2026-Q3', '--unit', 'Deputi Bidang Tata Kelola Data/Biro Tidak Ada'],
      'Unit kerja "Deputi Bidang Tata Kelola Data/Biro Tidak Ada" tidak ditemukan.',
    ],
  ])('refuses %j with exit code 1 and writes no file', { timeout: 60_000 }, async (args, message) => {
    mkdirSync(outDir);
    const result = await run(
      'export',
      'rekap',
      ...args,
      '--format',
      'xlsx',
      '--out',
      join(outDir, 'rekap.xlsx'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain(message);
    expect(result.err).toContain('Tidak ada berkas yang ditulis.');
    expect(written()).toEqual([]);
  });

  it('says so in English', async () => {
    const result = await run(
      'export',
      'rekap',
      '--period',
      'Q7',
      '--out',
      join(outDir, 'x.xlsx'),
      '--lang',
      'en',
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('Period "Q7" is not recognised.');
    expect(existsSync(outDir)).toBe(false);
  });

  it('leaves nothing behind when the file cannot be written', { timeout: 60_000 }, async () => {
    const missing = await run(
      'export',
      'rekap',
      '--period',
      '2026-Q3',
      '--out',
      join(outDir, 'no-folder', 'r.xlsx'),
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Ekspor gagal (ENOENT)');
    // A folder where the file should go: the workbook is written in full, then cannot take its name.
    mkdirSync(join(outDir, 'rekap.xlsx'), { recursive: true });
    const taken = await run('export', 'rekap', '--period', '2026-Q3', '--out', join(outDir, 'rekap.xlsx'));
    expect(taken.code).toBe(1);
    expect(taken.err).toMatch(/Ekspor gagal \(E[A-Z]+\)/);
    expect(written()).toEqual(['rekap.xlsx']);
    expect(readdirSync(join(outDir, 'rekap.xlsx'))).toEqual([]);
  });

  it('answers a wrong format or a missing --out with the usage and exit code 2', async () => {
    expect(
      (await run('export', 'rekap', '--period', '2026-Q3', '--format', 'pdf', '--out', 'x.pdf')).code,
    ).toBe(2);
    const usage = await run('export', 'rekap', '--period', '2026-Q3');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Cara penggunaan: npm run dika -- export rekap');
  });
});
