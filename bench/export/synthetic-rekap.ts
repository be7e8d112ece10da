/**
 * A synthetic rekap for the export's measurement: `n` people × 4 indicators × 13 weekly reports in
 * 2026-Q4, with realistic name, unit and text lengths.
 */

import type { IndicatorFacts, PersonWeek, RekapData } from '../../src/core/rekap/rekap-data.js';
import type { RekapExportData } from '../../src/services/rekap/export/rekap-export.js';

export function syntheticRekap(n: number): RekapExportData {
  const weeks = Array.from({ length: 13 }, (_, i) => `2026-W${String(40 + i).padStart(2, '0')}`);
  const people = Array.from({ length: n }, (_, i) => ({
    employeeId: i + 1,
    name: `Pegawai Nomor ${i + 1} S.Kom.`,
    nip: String(199001012015030000 + i),
    unitId: 1,
    unitPath: `Deputi ${i % 7}/Biro ${i % 31}/Bagian ${i % 97}`,
    supervisorId: null,
    linked: true,
  }));
  const personWeeks: PersonWeek[] = [];
  const indicators: IndicatorFacts[] = [];
  for (const p of people) {
    for (const w of weeks) personWeeks.push({ employeeId: p.employeeId, isoWeek: w, status: 'submitted' });
    for (let k = 0; k < 4; k++)
      indicators.push({
        employeeId: p.employeeId,
        keyResultId: p.employeeId * 10 + k,
        code: `K${p.employeeId}-${k}`,
        rhk: 'Meningkatnya kualitas layanan kepegawaian di lingkungan biro',
        title: 'Rancangan peraturan kepegawaian selesai tepat waktu',
        unitLabel: 'dokumen',
        direction: 'up',
        baseline: 0,
        target: 12,
        quarterTargets: [3, 6, 9, 12],
        accumulation: 'cumulative',
        resultKind: 'main',
        parentId: null,
        reports: weeks.map((w, i) => ({
          isoWeek: w,
          date: `2026-1${Math.floor(i / 5)}-0${(i % 5) + 1}`,
          value: i,
          confidence: 7,
          evidenceCount: 1,
        })),
        feedback: [{ authorName: 'Rina Kusuma', body: 'Bagus, lanjutkan', date: '2026-11-02' }],
      });
  }
  return {
    rekap: {
      period: { kind: 'quarter', year: 2026, quarter: 4, start: '2026-10-01', end: '2026-12-31' },
      today: '2026-12-31',
      people,
      weeks: personWeeks,
      indicators,
      blockers: [],
      support: [],
      dialogs: [],
    } as RekapData,
    dialogs: [],
    evaluations: [],
  };
}
