/**
 * `npm run dika -- holidays …` and `schedule …` as an admin runs them: the CLI opens its own
 * database from the environment (a PGlite folder, on either test backend), in both languages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src/storage/database.js';
import { auditLog } from '../../../src/storage/schema.js';
import { runCliCaptured } from '../../support/cli.js';

let dir: string;
let env: NodeJS.ProcessEnv;
const run = (...argv: string[]) => runCliCaptured(env, ...argv);

const BIRO = 'Deputi Bidang Tata Kelola Data/Biro Perencanaan dan Keuangan';
const ANDI = '198101172005011004'; // Bagian Perencanaan, under the Biro; WITA

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dika-schedule-cli-'));
  env = { DIKA_DATA_DIR: join(dir, 'data') };
  expect((await run('import', 'employees', 'examples/employees.csv')).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function auditActions(): Promise<string[]> {
  const database = await openDatabase({ dataDir: env.DIKA_DATA_DIR });
  try {
    const rows = await database.db.select().from(auditLog).orderBy(asc(auditLog.id));
    return rows.filter((r) => r.entity !== 'employee').map((r) => `${r.action} ${r.entityKey}`);
  } finally {
    await database.close();
  }
}

describe('npm run dika -- holidays', () => {
  it('lists the shipped year with sources, and says when a year is not loaded', async () => {
    const list = await run('holidays', 'list', '--year', '2026');
    expect(list.code).toBe(0);
    expect(list.out).toContain('Hari libur dan cuti bersama 2026 — nasional:');
    expect(list.out).toContain(
      '  Senin, 16 Feb 2026 · cuti bersama · Cuti bersama Tahun Baru Imlek 2577 Kongzili (Keppres 42/2025 (cuti bersama ASN 2026); SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025)',
    );
    expect(list.out.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(25);
    expect(list.out).not.toContain('belum dimuat');
    const en = await run('holidays', 'list', '--year=2027', '--lang', 'en');
    expect(en.out).toContain('Holidays and collective leave 2027 — national:');
    expect(en.out).toContain('⚠️ The 2027 holiday calendar is not loaded.');
    expect(await run('holidays', 'list', '--unit', 'Tidak Ada')).toMatchObject({
      code: 1,
      err: expect.stringContaining('Unit kerja "Tidak Ada" tidak ditemukan'),
    });
    expect(await run('holidays', 'lihat')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Cara penggunaan:'),
    });
  });

  it('adds a unit workday over cuti bersama, removes a shipped day nationally, refuses bad input', async () => {
    const add = await run(
      'holidays',
      'add',
      '2026-12-24',
      '--kind',
      'masuk',
      '--unit',
      BIRO,
      '--name',
      'Layanan tetap buka',
    );
    expect(add).toMatchObject({ code: 0, out: `Ditambahkan: Kamis, 24 Des 2026 (unit ${BIRO}).` });
    const unitList = await run('holidays', 'list', '--year', '2026', '--unit', `${BIRO}/Bagian Perencanaan`);
    expect(unitList.out).toContain(`Kamis, 24 Des 2026 · tetap masuk kerja · Layanan tetap buka (cli:`);
    expect(unitList.out).toContain(`[unit ${BIRO}]`);

    const removed = await run('holidays', 'remove', '2026-05-15', '--lang', 'en');
    expect(removed).toMatchObject({
      code: 0,
      out: 'Friday, 15 May 2026 (Cuti bersama Kenaikan Yesus Kristus), shipped with dika, is now a working day nationally.',
    });
    expect(await run('holidays', 'remove', '2026-07-01')).toMatchObject({
      code: 1,
      out: 'Tidak ada hari libur pada Rabu, 1 Jul 2026 untuk kalender nasional; tidak ada yang diubah.',
    });
    expect(await run('holidays', 'add', '1 Januari', '--name', 'x')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Tanggal "1 Januari" tidak valid'),
    });
    expect(await run('holidays', 'add', '2027-01-01', '--name', 'x', '--kind', 'bebas')).toMatchObject({
      code: 2,
    });
    expect(await run('holidays', 'add', '2027-01-01')).toMatchObject({ code: 2 });
    expect(await auditActions()).toEqual([
      `calendar.add 2026-12-24@${BIRO}`,
      'calendar.remove 2026-05-15@national',
    ]);
  });

  it('imports a year all or nothing, with problems by row and column, and a re-import changes nothing', async () => {
    const header = 'tanggal;nama;jenis;unit;sumber';
    const good = [
      '2027-01-01;Tahun Baru 2027 Masehi;libur;;SKB 2027',
      '17/8/2027;Proklamasi Kemerdekaan;libur;;SKB 2027',
      `2027-12-24;Cuti bersama Natal;cuti-bersama;;Keppres 2027`,
      `2027-12-24;Layanan tetap buka;masuk;${BIRO};SK Kepala Biro`,
    ];
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      [
        header,
        ...good,
        '2027-13-01;Salah;libur;;',
        '2027-01-01;Lagi;libur;;',
        '2027-02-02;X;bebas;Tidak Ada;',
      ].join('\n'),
    );
    const refused = await run('holidays', 'import', bad);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Impor dibatalkan karena ditemukan 4 masalah');
    expect(refused.err).toContain('Baris 6, kolom tanggal: Tanggal 2027-13-01 tidak valid');
    expect(refused.err).toContain(
      'Baris 7, kolom tanggal: Tanggal 2027-01-01 untuk unit yang sama sudah ada di baris 2.',
    );
    expect(refused.err).toContain('Baris 8, kolom jenis: Jenis bebas tidak dikenal');
    expect(refused.err).toContain('Baris 8, kolom unit: Unit kerja Tidak Ada tidak ditemukan.');
    expect((await run('holidays', 'list', '--year', '2027')).out).toContain('belum dimuat');

    const file = join(dir, 'libur-2027.csv');
    writeFileSync(file, [header, ...good].join('\n'));
    expect(await run('holidays', 'import', file)).toMatchObject({
      code: 0,
      out: 'Impor kalender selesai: 4 hari ditambahkan, 0 diperbarui, 0 tidak berubah.',
    });
    const again = await run('holidays', 'import', file, '--lang', 'en');
    expect(again.out).toContain('Calendar import finished: 0 days added, 0 updated, 4 unchanged.');
    expect(again.out).toContain('Nothing changed');
    const list = await run('holidays', 'list', '--year', '2027');
    expect(list.out).toContain(
      'Selasa, 17 Agu 2027 · libur nasional · Proklamasi Kemerdekaan (SKB 2027) [ditambahkan]',
    );
    expect(list.out).not.toContain('belum dimuat');
    expect((await auditActions()).filter((a) => a.startsWith('import.'))).toHaveLength(4);
  });
});

describe('npm run dika -- schedule', () => {
  // A database of its own: the holidays tests above loaded 2027.
  beforeAll(async () => {
    env = { DIKA_DATA_DIR: join(dir, 'schedule-data') };
    expect((await run('import', 'employees', 'examples/employees.csv')).code).toBe(0);
  });

  it('shows a person’s effective schedule, the next 10 sends in their zone, the days skipped and the 2027 warning', async () => {
    await run(
      'holidays',
      'add',
      '2026-12-24',
      '--kind',
      'masuk',
      '--unit',
      BIRO,
      '--name',
      'Layanan tetap buka',
    );
    const shown = await run('schedule', 'show', '--nip', ANDI, '--at', '2026-12-14T01:00:00Z');
    expect(shown.code).toBe(0);
    const lines = shown.out.split('\n');
    expect(lines[0]).toBe(
      `Jadwal Andi Muhammad Rusli, S.T., M.T. (NIP ${ANDI}), unit ${BIRO}/Bagian Perencanaan, waktu WITA`,
    );
    expect(lines).toContain('Status: berjalan — bawaan');
    expect(lines).toContain('Hari kerja: Senin–Jumat — bawaan');
    expect(lines).toContain('10 pengiriman berikutnya:');
    expect(lines.filter((l) => / pukul \d\d\.\d\d WITA · /.test(l))).toHaveLength(10);
    expect(lines[lines.indexOf('10 pengiriman berikutnya:') + 1]).toMatch(
      /^ {2}Senin, 14 Des 2026 pukul 09\.00 WITA · /,
    );
    // The Biro works through cuti bersama on 24 Dec: the last call of that week is Thursday.
    expect(shown.out).toMatch(/Kamis, 24 Des 2026 pukul 14\.00 WITA · panggilan terakhir/);
    expect(shown.out).toContain(
      'Hari yang dilewati:\n  Jumat, 25 Des 2026: libur nasional: Kelahiran Yesus Kristus',
    );
    expect(shown.out).toContain('⚠️ Kalender libur 2027 belum dimuat.');

    // Elsewhere in the tree 24 Dec is cuti bersama: Wednesday is the last working day.
    const en = await run(
      'schedule',
      'show',
      '--unit',
      'Deputi Bidang Tata Kelola Data',
      '--at',
      '2026-12-14T01:00:00Z',
      '--lang',
      'en',
    );
    expect(en.out).toContain('Schedule of unit Deputi Bidang Tata Kelola Data, WIB time');
    expect(en.out).toMatch(/Wednesday, 23 Dec 2026 at 14:00 WIB · last call/);
    expect(en.out).toContain(
      'Thursday, 24 Dec 2026: collective leave (cuti bersama): Cuti bersama Kelahiran Yesus Kristus',
    );
    expect(en.out).toContain('⚠️ The 2027 holiday calendar is not loaded.');

    // Before 1 December, with ten sends inside 2026, there is nothing to warn about.
    const november = await run('schedule', 'show', '--unit', BIRO, '--at', '2026-11-16T01:00:00Z');
    expect(november.out).not.toContain('belum dimuat');
    expect(await run('schedule', 'show', '--nip', '199999999999999999')).toMatchObject({ code: 1 });
    expect(await run('schedule', 'show', '--unit', BIRO, '--nip', ANDI)).toMatchObject({ code: 2 });
  });

  it('sets, pauses and resumes a unit, inherited below it and audited; refuses times in quiet hours', async () => {
    const set = await run(
      'schedule',
      'set',
      '--unit',
      BIRO,
      '--prompt',
      'selasa 10.00',
      '--off',
      'digest',
      '--work-week',
      'senin-sabtu',
    );
    expect(set).toMatchObject({ code: 0, out: `Jadwal unit ${BIRO} disimpan.` });
    expect(
      await run('schedule', 'set', '--unit', BIRO, '--prompt', 'selasa 10.00', '--lang', 'en'),
    ).toMatchObject({
      out: `Nothing changed: the schedule of unit ${BIRO} is already that way.`,
    });
    const quiet = await run('schedule', 'set', '--unit', BIRO, '--reminder', 'rabu 21.00');
    expect(quiet.code).toBe(2);
    expect(quiet.err).toContain('--reminder: Pukul 21.00 termasuk jam tenang');
    expect(await run('schedule', 'set', '--unit', BIRO, '--off', 'semua')).toMatchObject({ code: 2 });
    expect(await run('schedule', 'set', '--unit', BIRO)).toMatchObject({ code: 2 });
    expect(await run('schedule', 'set', '--unit', 'Tidak Ada', '--off', 'digest')).toMatchObject({ code: 1 });

    const shown = await run('schedule', 'show', '--nip', ANDI, '--at', '2026-12-14T01:00:00Z');
    expect(shown.out).toContain(`Ajakan mengisi laporan progres: Selasa, pukul 10.00 — dari ${BIRO}`);
    expect(shown.out).toContain(`Hari kerja: Senin–Sabtu — dari ${BIRO}`);
    expect(shown.out).toMatch(/Ringkasan untuk atasan: .* — dari /);
    expect(shown.out).not.toContain('· ringkasan untuk atasan');

    expect(await run('schedule', 'pause', '--unit', BIRO)).toMatchObject({
      code: 0,
      out: expect.stringContaining('dijeda'),
    });
    const paused = await run('schedule', 'show', '--nip', ANDI);
    expect(paused.out).toContain(`Status: dijeda — dari ${BIRO}`);
    expect(paused.out).toContain('Tidak ada yang dikirim selama jadwal dijeda.');
    expect(await run('schedule', 'resume', '--unit', BIRO, '--lang', 'en')).toMatchObject({
      out: `The schedule of unit ${BIRO} runs again.`,
    });
    expect((await auditActions()).filter((a) => a.startsWith('schedule.'))).toEqual([
      `schedule.set ${BIRO}`,
      `schedule.pause ${BIRO}`,
      `schedule.resume ${BIRO}`,
    ]);
  });
});

describe('npm run dika -- import cuti', () => {
  it('imports HR’s leave file once and reports a second run as unchanged, in both languages', async () => {
    const file = join(dir, 'cuti.csv');
    writeFileSync(file, `nip;mulai;selesai;jenis\r\n${ANDI};2026-12-07;2026-12-11;tahunan\r\n`);
    expect(await run('import', 'cuti', file)).toMatchObject({
      code: 0,
      out: 'Impor cuti selesai: 1 cuti ditambahkan, 0 diperbarui, 0 tidak berubah.',
    });
    const again = await run('import', 'cuti', file, '--lang', 'en');
    expect(again.out).toContain('Leave import finished: 0 leave periods added, 0 updated, 1 unchanged.');
    expect(again.out).toContain('Nothing changed');
    const bad = join(dir, 'cuti-salah.csv');
    writeFileSync(bad, `nip;mulai;selesai\r\n${ANDI};2026-12-11;2026-12-07\r\n`);
    const refused = await run('import', 'cuti', bad);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'Baris 2, kolom selesai: Tanggal selesai 2026-12-07 lebih awal daripada tanggal mulai.',
    );
  });
});
