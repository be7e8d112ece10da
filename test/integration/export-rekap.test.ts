/**
 * The HR export of a rekap, read back with exceljs as HR's spreadsheet would read it: the five
 * sheets and their headers in Indonesian and English, typed cells (numbers, percent-formatted
 * capaian, dates), the frozen header row; the capaian CSV with a formula-shaped name made text;
 * and a supervisor's export holding their own line only.
 */
import { PassThrough } from 'node:stream';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { quarterPeriod } from '../../src/core/rekap/resolve-rekap-period.js';
import type { Locale } from '../../src/i18n/translator.js';
import { Translator } from '../../src/i18n/translator.js';
import { exportRekapForViewer } from '../../src/services/rekap/export/export-for-viewer.js';
import {
  type ExportFormat,
  loadRekapExport,
  writeRekapExport,
} from '../../src/services/rekap/export/rekap-export.js';
import { evaluationRecords, heldDialogRecords } from '../../src/storage/repositories/rekap-export.js';
import type { RekapScope } from '../../src/storage/repositories/rekap-scope.js';
import {
  blockers,
  checkinFeedback,
  checkins,
  dialogRequests,
  evidence,
  keyResults,
  krUpdates,
  leavePeriods,
  performanceEvaluations,
  performancePeriods,
  weekOutcomes,
} from '../../src/storage/schema.js';
import { useTestDatabase } from '../support/database.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { seedEmployee, seedUnitPath } from '../support/telegram-harness.js';

const t = useTestDatabase();
const translator = new Translator();

const Q1 = quarterPeriod(2026, 1);
const TODAY = '2026-04-15';
const EVIL = '=HYPERLINK("https://evil.example","Eko")';
const ids = {} as Record<'rina' | 'ani' | 'eko' | 'dedi' | 'oktavia', number>;

async function exported(scope: RekapScope, locale: Locale, format: ExportFormat): Promise<Buffer> {
  const data = await loadRekapExport(t.db, scope, Q1, TODAY);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeRekapExport(data, { translator, locale, format }, out);
  return Buffer.concat(chunks);
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

/** The data row whose first cells are these, as an object keyed by the header row. */
function rowOf(sheet: ExcelJS.Worksheet, match: (values: unknown[]) => boolean): ExcelJS.Row {
  for (let n = 2; n <= sheet.rowCount; n++) if (match(rowValues(sheet, n))) return sheet.getRow(n);
  throw new Error(`no such row in ${sheet.name}`);
}

function cellUnder(sheet: ExcelJS.Worksheet, row: ExcelJS.Row, header: string): ExcelJS.Cell {
  const column = rowValues(sheet, 1).indexOf(header);
  if (column < 0) throw new Error(`no column ${header} in ${sheet.name}: ${rowValues(sheet, 1).join(' | ')}`);
  return row.getCell(column + 1);
}

beforeAll(async () => {
  const bagian = await seedUnitPath(t.db, 'Deputi X/Biro A/Bagian 1');
  const biroB = await seedUnitPath(t.db, 'Deputi X/Biro B');
  ids.rina = (await seedEmployee(t.db, { name: 'Rina Kusuma', unitId: bagian })).id;
  ids.oktavia = (await seedEmployee(t.db, { name: 'Oktavia Lestari', unitId: biroB })).id;
  ids.ani = (await seedEmployee(t.db, { name: 'Ani Wijaya', supervisorId: ids.rina, unitId: bagian })).id;
  ids.eko = (await seedEmployee(t.db, { name: EVIL, supervisorId: ids.rina, unitId: bagian })).id;
  ids.dedi = (
    await seedEmployee(t.db, { name: 'Dedi Pratama', supervisorId: ids.oktavia, unitId: biroB })
  ).id;

  const [kr1, kr2] = (await seedKeyResults(t.db, ids.ani, THREE_KRS)).map((k) => k.id) as [number, number];
  await t.db.update(keyResults).set({ targetQ1: 2 }).where(eq(keyResults.id, kr1));
  const [ekoKr] = await seedKeyResults(
    t.db,
    ids.eko,
    [THREE_KRS[0]!].map((k) => ({ ...k, code: 'EKO-1' })),
  );
  const [dediKr] = await seedKeyResults(
    t.db,
    ids.dedi,
    [THREE_KRS[0]!].map((k) => ({ ...k, code: 'DED-1' })),
  );

  // Ani reports in the week of 2–6 March: 1 of 4 dokumen (TW I target 2) with two bukti dukung, 50%.
  const checkin = async (
    employeeId: number,
    at: string,
    extra: Partial<typeof checkins.$inferInsert> = {},
  ) => {
    const [row] = await t.db
      .insert(checkins)
      .values({
        employeeId,
        isoWeek: '2026-W10',
        weekStart: '2026-03-02',
        channel: 'telegram',
        submittedAt: new Date(at),
        updatedAt: new Date(at),
        ...extra,
      })
      .returning();
    return row!.id;
  };
  const aniWeek = await checkin(ids.ani, '2026-03-06T03:00:00Z', { supportNeeded: 'Akses SIASN' });
  const [u1] = await t.db
    .insert(krUpdates)
    .values([
      { checkinId: aniWeek, keyResultId: kr1, value: 1, confidence: 7 },
      { checkinId: aniWeek, keyResultId: kr2, value: 50, confidence: 6 },
    ])
    .returning();
  await t.db.insert(evidence).values([
    { krUpdateId: u1!.id, kind: 'link', url: 'https://drive.example/1' },
    { krUpdateId: u1!.id, kind: 'link', url: 'https://drive.example/2' },
  ]);
  await t.db.insert(blockers).values({ checkinId: aniWeek, text: 'Menunggu data BKN' });
  await t.db.insert(checkinFeedback).values({
    checkinId: aniWeek,
    keyResultId: kr1,
    authorId: ids.rina,
    body: 'Bagus, lanjutkan',
    createdAt: new Date('2026-03-07T02:00:00Z'),
  });
  const ekoWeek = await checkin(ids.eko, '2026-03-05T03:00:00Z', {
    isoWeek: '2026-W09',
    weekStart: '2026-02-23',
  });
  await t.db.insert(krUpdates).values({ checkinId: ekoWeek, keyResultId: ekoKr!.id, value: 3 });
  const dediWeek = await checkin(ids.dedi, '2026-03-04T03:00:00Z');
  await t.db.insert(krUpdates).values({ checkinId: dediWeek, keyResultId: dediKr!.id, value: 2 });
  await t.db.insert(blockers).values({ checkinId: dediWeek, text: 'Bukan urusan Rina' });

  await t.db.insert(weekOutcomes).values({ employeeId: ids.eko, isoWeek: '2026-W10', outcome: 'missed' });
  await t.db
    .insert(leavePeriods)
    .values({ employeeId: ids.eko, startsOn: '2026-03-09', endsOn: '2026-03-13' });

  const held = (employeeId: number, heldBy: number, closedAt: string, agreement: string) => ({
    employeeId,
    supervisorId: heldBy,
    status: 'held',
    requestedAt: new Date('2026-03-01T03:00:00Z'),
    closedAt: new Date(closedAt),
    heldBy,
    agreement,
    followUp: 'Rapat dengan BKN',
    nextReviewOn: '2026-04-14',
  });
  await t.db
    .insert(dialogRequests)
    .values([
      held(ids.ani, ids.rina, '2026-03-10T03:00:00Z', 'Rancangan dikirim akhir Maret'),
      held(ids.ani, ids.rina, '2026-04-20T03:00:00Z', 'Sesudah triwulan'),
      held(ids.dedi, ids.oktavia, '2026-03-11T03:00:00Z', 'Urusan Biro B'),
    ]);

  const [q1] = await t.db
    .insert(performancePeriods)
    .values({ code: '2026-Q1', year: 2026, quarter: 1, startsOn: '2026-01-01', endsOn: '2026-03-31' })
    .returning();
  await t.db.insert(performanceEvaluations).values([
    {
      employeeId: ids.ani,
      periodId: q1!.id,
      appraiserId: ids.rina,
      resultRating: 'meets',
      behaviourRating: 'above',
      predikat: 'baik',
    },
    {
      employeeId: ids.dedi,
      periodId: q1!.id,
      appraiserId: ids.oktavia,
      resultRating: 'below',
      behaviourRating: 'below',
      predikat: 'sangat-kurang',
    },
  ]);
});

describe('the XLSX export', () => {
  it('has five sheets with the SKP headers in Indonesian, typed cells and a frozen header row', async () => {
    const workbook = await workbookOf(await exported({ kind: 'all' }, 'id', 'xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Kepatuhan',
      'Capaian per indikator',
      'Kendala dan dukungan',
      'Dialog kinerja',
      'Evaluasi',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
    }

    const capaian = workbook.getWorksheet('Capaian per indikator')!;
    expect(rowValues(capaian, 1)).toEqual([
      'Nama',
      'NIP',
      'Unit',
      'Jenis RHK',
      'Rencana Hasil Kerja',
      'Indikator',
      'Satuan',
      'Target',
      'Realisasi',
      'Capaian',
      'Target TW I',
      'Realisasi TW I',
      'Capaian TW I',
      'Tanggal Realisasi',
      'Umpan Balik Berkelanjutan',
      'Bukti Dukung',
    ]);
    const sdm1 = rowOf(capaian, (v) => v[0] === 'Ani Wijaya' && v[5] === THREE_KRS[0]!.title);
    const cell = (header: string) => cellUnder(capaian, sdm1, header);
    expect(cell('Target').value).toBe(4);
    expect(cell('Target').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('Realisasi').value).toBe(1);
    // 1 of 4 = capaian 25%; of the TW I target 2: 50%. Stored as fractions, shown as percentages.
    expect(cell('Capaian').value).toBe(0.25);
    expect(cell('Capaian').numFmt).toBe('0.0%');
    expect(cell('Target TW I').value).toBe(2);
    expect(cell('Capaian TW I').value).toBe(0.5);
    expect(cell('Capaian TW I').numFmt).toBe('0.0%');
    expect(cell('Tanggal Realisasi').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('Tanggal Realisasi').value).toEqual(new Date('2026-03-06T00:00:00Z'));
    expect(cell('Umpan Balik Berkelanjutan').value).toBe('7 Mar 2026 · Rina Kusuma: Bagus, lanjutkan');
    expect(cell('Bukti Dukung').value).toBe(2);
    expect(cell('Jenis RHK').value).toBe('Utama');
    const sdm3 = rowOf(capaian, (v) => v[0] === 'Ani Wijaya' && v[5] === THREE_KRS[2]!.title);
    expect(cellUnder(capaian, sdm3, 'Capaian').value).toBeNull();
    // Widths fit the header and the content, and are capped.
    const widths = capaian.columns.map((c) => c.width ?? 0);
    expect(widths[4]).toBeGreaterThanOrEqual('Meningkatnya kualitas layanan kepegawaian'.length);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
    expect(widths[7]).toBeGreaterThanOrEqual('Target'.length);

    const compliance = workbook.getWorksheet('Kepatuhan')!;
    const header = rowValues(compliance, 1);
    expect(header.slice(0, 3)).toEqual(['Nama', 'NIP', 'Unit']);
    expect(header).toContain('2 – 6 Mar 2026');
    expect(header.slice(-5)).toEqual(['Melapor', 'Cuti', 'Libur', 'Tidak melapor', 'Kepatuhan']);
    const ani = rowOf(compliance, (v) => v[0] === 'Ani Wijaya');
    const eko = rowOf(compliance, (v) => v[0] === EVIL);
    expect(cellUnder(compliance, ani, '2 – 6 Mar 2026').value).toBe('Melapor');
    expect(cellUnder(compliance, eko, '2 – 6 Mar 2026').value).toBe('Tidak melapor');
    expect(cellUnder(compliance, eko, '9 – 13 Mar 2026').value).toBe('Cuti');
    expect(cellUnder(compliance, ani, 'Melapor').value).toBe(1);
    expect(cellUnder(compliance, eko, 'Cuti').value).toBe(1);
    const aniCompliance = cellUnder(compliance, ani, 'Kepatuhan');
    expect(aniCompliance.type).toBe(ExcelJS.ValueType.Number);
    expect(aniCompliance.numFmt).toBe('0.0%');
    const total = rowOf(compliance, (v) => v[0] === 'Jumlah');
    // Ani, Eko (W09) and Dedi reported once each; the W10 column counts Ani and Dedi.
    expect(cellUnder(compliance, total, 'Melapor').value).toBe(3);
    expect(cellUnder(compliance, total, '2 – 6 Mar 2026').value).toBe(2);

    const dialogs = workbook.getWorksheet('Dialog kinerja')!;
    expect(rowValues(dialogs, 1)).toEqual([
      'Tanggal Dialog',
      'Nama',
      'NIP',
      'Unit',
      'Dicatat oleh',
      'Kesepakatan',
      'Rencana Tindak Lanjut',
      'Reviu Berikutnya',
    ]);
    expect(dialogs.rowCount).toBe(3); // Ani's in March and Dedi's; Ani's of April is outside TW I
    const aniDialog = rowOf(dialogs, (v) => v[1] === 'Ani Wijaya');
    expect(aniDialog.getCell(1).value).toEqual(new Date('2026-03-10T00:00:00Z'));
    expect(rowValues(dialogs, aniDialog.number).slice(4, 7)).toEqual([
      'Rina Kusuma',
      'Rancangan dikirim akhir Maret',
      'Rapat dengan BKN',
    ]);
    expect(aniDialog.getCell(8).value).toEqual(new Date('2026-04-14T00:00:00Z'));
    expect(aniDialog.getCell(8).numFmt).toBe('dd/mm/yyyy');

    const evaluations = workbook.getWorksheet('Evaluasi')!;
    const aniEvaluation = rowOf(evaluations, (v) => v[0] === 'Ani Wijaya');
    expect(rowValues(evaluations, aniEvaluation.number).slice(3, 9)).toEqual([
      '2026-Q1',
      'Rina Kusuma',
      expect.any(String),
      'Sesuai ekspektasi',
      'Di atas ekspektasi',
      'Baik',
    ]);
    // Rina has no evaluation: her row is there, empty, for HR to chase.
    const rina = rowOf(evaluations, (v) => v[0] === 'Rina Kusuma');
    expect(cellUnder(evaluations, rina, 'Predikat Kinerja').value).toBeNull();

    const notes = workbook.getWorksheet('Kendala dan dukungan')!;
    const blocker = rowOf(notes, (v) => v[5] === 'Menunggu data BKN');
    expect(rowValues(notes, blocker.number).slice(0, 1)).toEqual(['Ani Wijaya']);
    expect(blocker.getCell(4).value).toEqual(new Date('2026-03-02T00:00:00Z'));
    expect(blocker.getCell(5).value).toBe('Kendala');
    expect(rowOf(notes, (v) => v[5] === 'Akses SIASN').getCell(5).value).toBe('Dukungan yang dibutuhkan');
  });

  it('speaks English with --lang en', async () => {
    const workbook = await workbookOf(await exported({ kind: 'all' }, 'en', 'xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Compliance',
      'Achievement per indicator',
      'Blockers and support',
      'Performance dialogues',
      'Evaluation',
    ]);
    const capaian = workbook.getWorksheet('Achievement per indicator')!;
    expect(rowValues(capaian, 1).slice(3, 16)).toEqual([
      'Result type',
      'Planned work result',
      'Indicator',
      'Unit of measure',
      'Target',
      'Actual',
      'Achievement',
      'Q1 target',
      'Q1 actual',
      'Q1 achievement',
      'Date of actual',
      'Continuous feedback',
      'Supporting evidence',
    ]);
    const evaluations = workbook.getWorksheet('Evaluation')!;
    const ani = rowOf(evaluations, (v) => v[0] === 'Ani Wijaya');
    expect(cellUnder(evaluations, ani, 'Performance rating').value).toBe('Good');
    expect(rowValues(workbook.getWorksheet('Compliance')!, 1)).toContain('2 – 6 Mar 2026');
  });
});

describe('the CSV export', () => {
  it('holds the capaian sheet, with a formula-shaped name written as text', async () => {
    const text = (await exported({ kind: 'all' }, 'id', 'csv')).toString('utf8');
    expect(
      text.startsWith(
        '\uFEFFNama,NIP,Unit,Jenis RHK,Rencana Hasil Kerja,Indikator,Satuan,Target,Realisasi,Capaian (%),',
      ),
    ).toBe(true);
    const lines = text.split('\r\n');
    const eko = lines.find((l) => l.includes('evil.example'));
    expect(eko).toMatch(/^"'=HYPERLINK\(""https:\/\/evil\.example"",""Eko""\)",/);
    const ani = lines.find((l) => l.startsWith('Ani Wijaya,') && l.includes(THREE_KRS[0]!.title));
    // Target 4, realisasi 1, capaian 25 (%), TW I: 2, 1, 50; the date; the feedback; 2 bukti dukung.
    expect(ani?.endsWith(',4,1,25,2,1,50,2026-03-06,"7 Mar 2026 · Rina Kusuma: Bagus, lanjutkan",2')).toBe(
      true,
    );
  });
});

describe('a supervisor’s export', () => {
  it('holds their own line only', async () => {
    const answer = await exportRekapForViewer(
      t.db,
      { id: ids.rina, timeZone: 'Asia/Jakarta' },
      { subject: { kind: 'line' }, period: Q1, format: 'xlsx', locale: 'id' },
      { translator, now: new Date(`${TODAY}T05:00:00Z`) },
    );
    if (!answer.ok) throw new Error(`refused: ${answer.reason}`);
    expect(answer.file.filename).toBe('rekap-2026-Q1.xlsx');
    expect(answer.file.people).toBe(2);
    const workbook = await workbookOf(answer.file.bytes);
    const names = (sheet: string) =>
      workbook
        .getWorksheet(sheet)!
        .getColumn(sheet === 'Dialog kinerja' ? 2 : 1)
        .values.slice(2)
        .filter((v) => v !== 'Jumlah');
    // People come in the rekap's order (by name, as the server's collation sorts `=`).
    expect(names('Kepatuhan').sort()).toEqual(['Ani Wijaya', EVIL].sort());
    expect(new Set(names('Capaian per indikator'))).toEqual(new Set(['Ani Wijaya', EVIL]));
    expect(names('Kendala dan dukungan')).toEqual(['Ani Wijaya', 'Ani Wijaya']);
    expect(names('Dialog kinerja')).toEqual(['Ani Wijaya']);
    expect(names('Evaluasi').sort()).toEqual(['Ani Wijaya', EVIL].sort());
    const all = JSON.stringify(workbook.worksheets.map((s) => s.getSheetValues()));
    expect(all).not.toContain('Dedi');
    expect(all).not.toContain('Biro B');
  });

  it('is refused to someone without a line, as the rekap is', async () => {
    const answer = await exportRekapForViewer(
      t.db,
      { id: ids.ani, timeZone: 'Asia/Jakarta' },
      { subject: { kind: 'line' }, period: Q1, format: 'xlsx', locale: 'id' },
      { translator, now: new Date(`${TODAY}T05:00:00Z`) },
    );
    expect(answer).toEqual({ ok: false, reason: 'not-allowed' });
  });
});

describe('the export’s extra rows', () => {
  it('are read for the scope’s people and the period only', async () => {
    const line: RekapScope = { kind: 'line', viewerId: ids.rina };
    expect(await heldDialogRecords(t.db, line, Q1)).toEqual([
      {
        employeeId: ids.ani,
        heldOn: '2026-03-10',
        heldByName: 'Rina Kusuma',
        agreement: 'Rancangan dikirim akhir Maret',
        followUp: 'Rapat dengan BKN',
        nextReviewOn: '2026-04-14',
      },
    ]);
    expect(await evaluationRecords(t.db, line, Q1)).toEqual([
      {
        employeeId: ids.ani,
        periodCode: '2026-Q1',
        appraiserName: 'Rina Kusuma',
        appraiserNip: expect.stringMatching(/^\d{18}$/),
        resultRating: 'meets',
        behaviourRating: 'above',
        predikat: 'baik',
        updatedOn: expect.stringMatching(/^2026-\d\d-\d\d$/),
      },
    ]);
    const unitB: RekapScope = { kind: 'units', paths: ['Deputi X/Biro B'] };
    expect((await heldDialogRecords(t.db, unitB, Q1)).map((d) => d.employeeId)).toEqual([ids.dedi]);
    expect((await evaluationRecords(t.db, unitB, Q1)).map((d) => d.employeeId)).toEqual([ids.dedi]);
    // The second quarter holds neither March's dialogs nor the first quarter's evaluations.
    const q2 = quarterPeriod(2026, 2);
    expect((await heldDialogRecords(t.db, line, q2)).map((d) => d.agreement)).toEqual(['Sesudah triwulan']);
    expect(await evaluationRecords(t.db, line, q2)).toEqual([]);
  });
});
