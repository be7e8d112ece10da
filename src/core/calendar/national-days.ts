/**
 * Libur nasional and cuti bersama shipped with dika, each with the decree that set it. Admins add
 * later years (and amendments) with `npm run dika -- holidays add|import`; a year is "known" only
 * when it is listed in `shippedYears` or has national rows in the database.
 *
 * Hijri-based dates (Isra Mikraj, Idulfitri, Iduladha, 1 Muharam, Maulid) follow the SKB as
 * signed; they are never computed, since the sidang isbat can move them and SKBs get amended.
 */
import type { CalendarDay, CalendarDayKind } from './working-calendar.js';

const SKB_2025 = 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024';
const KEPPRES_2025 = 'Keppres 2/2025 (cuti bersama ASN 2025); SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024';
const SKB_2026 = 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025';
const KEPPRES_2026 = 'Keppres 42/2025 (cuti bersama ASN 2026); SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025';

const day = (date: string, kind: Exclude<CalendarDayKind, 'workday'>, name: string, source: string) =>
  ({ date, kind, name, source }) satisfies CalendarDay;
const holiday = (source: string) => (date: string, name: string) => day(date, 'holiday', name, source);
const collective = (source: string) => (date: string, name: string) =>
  day(date, 'collective-leave', name, source);

const h25 = holiday(SKB_2025);
const c25 = collective(KEPPRES_2025);
const h26 = holiday(SKB_2026);
const c26 = collective(KEPPRES_2026);

/**
 * 2025 as signed on 14 Oct 2024 (17 libur nasional) and Keppres 2/2025 of 16 Jan 2025 (10 cuti
 * bersama ASN). Amendments made later in 2025 are NOT included (not verified from a stored
 * source): an admin adds them with `holidays add` if a past week's record needs them.
 */
const DAYS_2025: readonly CalendarDay[] = [
  h25('2025-01-01', 'Tahun Baru 2025 Masehi'),
  h25('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
  c25('2025-01-28', 'Cuti bersama Tahun Baru Imlek 2576 Kongzili'),
  h25('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
  c25('2025-03-28', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1947)'),
  h25('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
  h25('2025-03-31', 'Idulfitri 1446 Hijriah'),
  h25('2025-04-01', 'Idulfitri 1446 Hijriah'),
  c25('2025-04-02', 'Cuti bersama Idulfitri 1446 Hijriah'),
  c25('2025-04-03', 'Cuti bersama Idulfitri 1446 Hijriah'),
  c25('2025-04-04', 'Cuti bersama Idulfitri 1446 Hijriah'),
  c25('2025-04-07', 'Cuti bersama Idulfitri 1446 Hijriah'),
  h25('2025-04-18', 'Wafat Yesus Kristus'),
  h25('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
  h25('2025-05-01', 'Hari Buruh Internasional'),
  h25('2025-05-12', 'Hari Raya Waisak 2569 BE'),
  c25('2025-05-13', 'Cuti bersama Hari Raya Waisak 2569 BE'),
  h25('2025-05-29', 'Kenaikan Yesus Kristus'),
  c25('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
  h25('2025-06-01', 'Hari Lahir Pancasila'),
  h25('2025-06-06', 'Iduladha 1446 Hijriah'),
  c25('2025-06-09', 'Cuti bersama Iduladha 1446 Hijriah'),
  h25('2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah'),
  h25('2025-08-17', 'Proklamasi Kemerdekaan Republik Indonesia'),
  h25('2025-09-05', 'Maulid Nabi Muhammad SAW'),
  h25('2025-12-25', 'Kelahiran Yesus Kristus'),
  c25('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'),
];

/** 2026: 17 libur nasional and 8 cuti bersama (domain.md §13). */
const DAYS_2026: readonly CalendarDay[] = [
  h26('2026-01-01', 'Tahun Baru 2026 Masehi'),
  h26('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  c26('2026-02-16', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili'),
  h26('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
  c26('2026-03-18', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1948)'),
  h26('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
  c26('2026-03-20', 'Cuti bersama Idulfitri 1447 Hijriah'),
  h26('2026-03-21', 'Idulfitri 1447 Hijriah'),
  h26('2026-03-22', 'Idulfitri 1447 Hijriah'),
  c26('2026-03-23', 'Cuti bersama Idulfitri 1447 Hijriah'),
  c26('2026-03-24', 'Cuti bersama Idulfitri 1447 Hijriah'),
  h26('2026-04-03', 'Wafat Yesus Kristus'),
  h26('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
  h26('2026-05-01', 'Hari Buruh Internasional'),
  h26('2026-05-14', 'Kenaikan Yesus Kristus'),
  c26('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
  h26('2026-05-27', 'Iduladha 1447 Hijriah'),
  c26('2026-05-28', 'Cuti bersama Iduladha 1447 Hijriah'),
  h26('2026-05-31', 'Hari Raya Waisak 2570 BE'),
  h26('2026-06-01', 'Hari Lahir Pancasila'),
  h26('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah'),
  h26('2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia'),
  h26('2026-08-25', 'Maulid Nabi Muhammad SAW'),
  c26('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
  h26('2026-12-25', 'Kelahiran Yesus Kristus'),
];

export const NATIONAL_DAYS: readonly CalendarDay[] = [...DAYS_2025, ...DAYS_2026];

/** Years whose national days ship complete with dika. */
export const shippedYears: readonly number[] = [2025, 2026];
