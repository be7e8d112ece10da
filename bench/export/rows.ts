import { Translator } from '../../src/i18n/translator.js';
import { rekapSheets } from '../../src/services/rekap/export/rekap-export.js';
import { columnWidths } from '../../src/services/rekap/export/rekap-workbook.js';

const N = 20000;
const weeks = Array.from({ length: 13 }, (_, i) => `2026-W${String(40 + i).padStart(2, '0')}`);
const people = Array.from({ length: N }, (_, i) => ({
  employeeId: i + 1,
  name: `Pegawai ${i}`,
  nip: String(i),
  unitId: 1,
  unitPath: 'X',
  supervisorId: null,
  linked: true,
}));
const personWeeks: any[] = [];
const indicators: any[] = [];
for (const p of people) {
  for (const w of weeks) personWeeks.push({ employeeId: p.employeeId, isoWeek: w, status: 'submitted' });
  for (let k = 0; k < 4; k++)
    indicators.push({
      employeeId: p.employeeId,
      keyResultId: 1,
      code: `K${p.employeeId}-${k}`,
      rhk: 'r',
      title: 't',
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
      feedback: [{ authorName: 'Rina', body: 'Bagus', date: '2026-11-02' }],
    });
}
const data: any = {
  rekap: {
    period: { kind: 'quarter', year: 2026, quarter: 4, start: '2026-10-01', end: '2026-12-31' },
    today: '2026-12-31',
    people,
    weeks: personWeeks,
    indicators,
    blockers: [],
    support: [],
    dialogs: [],
  },
  dialogs: [],
  evaluations: [],
};
const sheets = rekapSheets(data, new Translator(), 'id');
for (const s of sheets) {
  const t0 = performance.now();
  columnWidths(s);
  console.log(s.name, Math.round(performance.now() - t0), 'ms');
}
