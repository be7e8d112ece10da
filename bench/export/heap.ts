import { createWriteStream, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { IndicatorFacts, PersonWeek, RekapData } from '../../src/core/rekap/rekap-data.js';
import { Translator } from '../../src/i18n/translator.js';
import { rekapSheets, writeRekapExport } from '../../src/services/rekap/export/rekap-export.js';

const N = Number(process.argv[2] ?? 20000);
const mode = process.argv[3] ?? 'stream';
const weeks = Array.from({ length: 13 }, (_, i) => `2026-W${String(40 + i).padStart(2, '0')}`);
const people = Array.from({ length: N }, (_, i) => ({
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
const data = {
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
const translator = new Translator();
let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
let heapPeak = 0;
const timer = setInterval(() => {
  sample();
  if (mode === 'stream') {
    global.gc?.();
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
}, 1000);
global.gc?.();
const base = process.memoryUsage().rss;
const baseHeap = process.memoryUsage().heapUsed;
const t0 = performance.now();
const file = join(tmpdir(), `dika-export-${mode}-${N}.xlsx`);
if (mode === 'stream') {
  await writeRekapExport(data, { translator, locale: 'id', format: 'xlsx' }, createWriteStream(file));
} else {
  // The same sheets through exceljs's in-memory workbook, for comparison.
  const wb = new ExcelJS.Workbook();
  for (const s of rekapSheets(data, translator, 'id')) {
    const ws = wb.addWorksheet(s.name);
    ws.addRow(s.columns.map((c) => c.header));
    for (const r of s.rows()) ws.addRow([...r]);
  }
  await wb.xlsx.writeFile(file);
}
sample();
clearInterval(timer);
console.log(
  JSON.stringify({
    mode,
    people: N,
    rows: indicators.length,
    baseRssMB: Math.round(base / 1e6),
    peakRssMB: Math.round(peak / 1e6),
    extraMB: Math.round((peak - base) / 1e6),
    seconds: +((performance.now() - t0) / 1000).toFixed(1),
    retainedHeapMB: Math.round((heapPeak - baseHeap) / 1e6),
    fileMB: +(statSync(file).size / 1e6).toFixed(1),
  }),
);
