/**
 * Hand-built RekapData for the rekap views: Wednesday 15 July 2026 (ISO week 2026-W29, TW III).
 * Numbers in the tests are worked out by hand from these rows; see each test.
 */
import type {
  IndicatorFacts,
  IndicatorReport,
  PersonWeek,
  RekapData,
  RekapPeriod,
  RekapPerson,
  WeekStatus,
} from '../../../src/core/rekap/rekap-data.js';

export const TODAY = '2026-07-15';
export const WEEK_29: RekapPeriod = {
  kind: 'week',
  isoWeek: '2026-W29',
  start: '2026-07-13',
  end: '2026-07-19',
};

export function person(
  employeeId: number,
  name: string,
  unitPath: string | null = 'Biro Umum',
  unitId = 10,
): RekapPerson {
  return {
    employeeId,
    name,
    nip: `1990000000000000${String(employeeId).padStart(2, '0')}`,
    unitId,
    unitPath,
    supervisorId: 99,
    linked: true,
  };
}

export const report = (
  isoWeek: string,
  date: string,
  value: number,
  confidence: number | null = 8,
  evidenceCount = 1,
): IndicatorReport => ({ isoWeek, date, value, confidence, evidenceCount });

/** A cumulative `naik` count: 100 a year, s.d. TW I–IV 20, 50, 80, 100. */
export function cumulative(
  employeeId: number,
  keyResultId: number,
  reports: IndicatorReport[],
): IndicatorFacts {
  return {
    employeeId,
    keyResultId,
    code: `K-${keyResultId}`,
    rhk: 'Meningkatnya layanan',
    title: 'Dokumen perencanaan disusun',
    unitLabel: 'dokumen',
    direction: 'up',
    baseline: 0,
    target: 100,
    quarterTargets: [20, 50, 80, 100],
    accumulation: 'cumulative',
    resultKind: 'main',
    parentId: null,
    reports,
    feedback: [],
  };
}

/** A `turun` level: days to settle a request, 10 for the year, TW I–IV 14, 12, 11, 10. */
export function falling(employeeId: number, keyResultId: number, reports: IndicatorReport[]): IndicatorFacts {
  return {
    ...cumulative(employeeId, keyResultId, reports),
    code: `T-${keyResultId}`,
    title: 'Rata-rata waktu penyelesaian usulan',
    unitLabel: 'hari',
    direction: 'down',
    baseline: 21,
    target: 10,
    quarterTargets: [14, 12, 11, 10],
    accumulation: 'latest',
  };
}

/** A level to hold: 100% all year, no quarterly targets (baseline = target). */
export function flat(employeeId: number, keyResultId: number, reports: IndicatorReport[]): IndicatorFacts {
  return {
    ...cumulative(employeeId, keyResultId, reports),
    code: `F-${keyResultId}`,
    title: 'Opini laporan keuangan dipertahankan',
    unitLabel: '%',
    baseline: 100,
    target: 100,
    quarterTargets: [null, null, null, null],
    accumulation: 'latest',
  };
}

export const week = (employeeId: number, isoWeek: string, status: WeekStatus): PersonWeek => ({
  employeeId,
  isoWeek,
  status,
});

export function rekapData(partial: Partial<RekapData> & Pick<RekapData, 'people'>): RekapData {
  return {
    period: WEEK_29,
    today: TODAY,
    weeks: [],
    indicators: [],
    blockers: [],
    support: [],
    dialogs: [],
    ...partial,
  };
}
