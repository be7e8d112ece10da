/**
 * A small team for the evaluation tests: a penilai (Hendra) who appraises Sari (named as her
 * penilai while Rina is her atasan) and Dodi (whose atasan he is, no penilai named); Rina
 * appraises nobody (Sari names Hendra), Tono is inactive. Sari reports on her indicators in TW III
 * and TW IV 2026, with bukti dukung and umpan balik.
 */
import type { Db } from '../../src/storage/database.js';
import { checkinFeedback, checkins, evidence, krUpdates } from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from './okr-seed.js';
import { seedEmployee, seedUnitPath } from './telegram-harness.js';

/** One submitted check-in with the given values (null = skipped), returning the update ids by index. */
export async function seedCheckin(
  db: Db,
  input: {
    employeeId: number;
    weekStart: string;
    isoWeek: string;
    submittedAt: string;
    values: Array<[number, number | null]>;
  },
) {
  const [checkin] = await db
    .insert(checkins)
    .values({
      employeeId: input.employeeId,
      isoWeek: input.isoWeek,
      weekStart: input.weekStart,
      channel: 'telegram',
      submittedAt: new Date(input.submittedAt),
    })
    .returning();
  const updates = await db
    .insert(krUpdates)
    .values(
      input.values.map(([keyResultId, value]) => ({
        checkinId: checkin!.id,
        keyResultId,
        value,
        skipped: value === null,
      })),
    )
    .returning();
  return { checkinId: checkin!.id, updateIds: updates.map((u) => u.id) };
}

export async function seedEvaluationTeam(db: Db) {
  const unitId = await seedUnitPath(db, 'Deputi SDM/Biro Kepegawaian');
  const penilai = await seedEmployee(db, {
    name: 'Hendra Gunawan',
    salutation: 'Bapak',
    timeZone: 'Asia/Makassar',
    unitId,
  });
  const atasan = await seedEmployee(db, { name: 'Rina Kusuma', supervisorId: penilai.id, unitId });
  const sari = await seedEmployee(db, {
    name: 'Sari Wulandari',
    supervisorId: atasan.id,
    appraiserId: penilai.id,
    timeZone: 'Asia/Makassar',
    unitId,
  });
  const dodi = await seedEmployee(db, { name: 'Dodi Pratama', supervisorId: penilai.id, unitId });
  const tono = await seedEmployee(db, {
    name: 'Tono Inaktif',
    supervisorId: penilai.id,
    active: false,
    unitId,
  });
  // 4 dokumen in the year, 1…4 per quarter (cumulative); 80% with TW IV 70%; 5 hari (turun).
  const krs = await seedKeyResults(db, sari.id, [
    { ...THREE_KRS[0]!, targetQ1: 1, targetQ2: 2, targetQ3: 3, targetQ4: 4 },
    { ...THREE_KRS[1]!, targetQ4: 70 },
    THREE_KRS[2]!,
  ]);
  const [doc, training, days] = krs.map((k) => k.id) as [number, number, number];
  // TW III: 3 dokumen (met), 60%.
  await seedCheckin(db, {
    employeeId: sari.id,
    weekStart: '2026-09-21',
    isoWeek: '2026-W39',
    submittedAt: '2026-09-23T02:00:00Z',
    values: [
      [doc, 3],
      [training, 60],
    ],
  });
  // TW IV: 2 Nov: 3 dokumen, 65%; 30 Nov: 4 dokumen, 77% (110% of 70), days skipped.
  const early = await seedCheckin(db, {
    employeeId: sari.id,
    weekStart: '2026-11-02',
    isoWeek: '2026-W45',
    submittedAt: '2026-11-04T02:00:00Z',
    values: [
      [doc, 3],
      [training, 65],
    ],
  });
  const late = await seedCheckin(db, {
    employeeId: sari.id,
    weekStart: '2026-11-30',
    isoWeek: '2026-W49',
    // Monday 30 Nov 23.30 UTC = Tuesday 1 Dec 07.30 WITA: the report's date is her local one.
    submittedAt: '2026-11-30T23:30:00Z',
    values: [
      [doc, 4],
      [training, 77],
      [days, null],
    ],
  });
  await db.insert(evidence).values([
    { krUpdateId: early.updateIds[0]!, kind: 'link', url: 'https://drive.example.go.id/draf-1' },
    { krUpdateId: late.updateIds[0]!, kind: 'link', url: 'https://drive.example.go.id/draf-final' },
    { krUpdateId: late.updateIds[0]!, kind: 'file', platform: 'telegram', fileId: 'f1' },
  ]);
  await db.insert(checkinFeedback).values([
    {
      checkinId: early.checkinId,
      keyResultId: doc,
      authorId: penilai.id,
      body: 'Percepat harmonisasi.',
      createdAt: new Date('2026-11-05T01:00:00Z'),
    },
    {
      checkinId: late.checkinId,
      keyResultId: null,
      authorId: penilai.id,
      body: 'Laporan lengkap.',
      createdAt: new Date('2026-12-01T03:00:00Z'),
    },
  ]);
  return { unitId, penilai, atasan, sari, dodi, tono, krs: { doc, training, days } };
}
