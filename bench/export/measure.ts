/**
 * The HR export's memory and time (bench/results/2026-12-01-export.txt):
 *   npx tsx --expose-gc bench/export/measure.ts <people> stream|memory
 * `stream` is dika's writer; `memory` the same sheets through exceljs's in-memory workbook. Peak RSS
 * is sampled while writing; in `stream` mode the heap retained after a forced GC is sampled too.
 */
import { createWriteStream, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Translator } from '../../src/i18n/translator.js';
import { rekapSheets, writeRekapExport } from '../../src/services/rekap/export/rekap-export.js';
import { syntheticRekap } from './synthetic-rekap.js';

const N = Number(process.argv[2] ?? 20000);
const mode = process.argv[3] ?? 'stream';
const data = syntheticRekap(N);
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
    rows: data.rekap.indicators.length,
    baseRssMB: Math.round(base / 1e6),
    peakRssMB: Math.round(peak / 1e6),
    extraMB: Math.round((peak - base) / 1e6),
    seconds: +((performance.now() - t0) / 1000).toFixed(1),
    ...(heapPeak > 0 ? { retainedHeapMB: Math.round((heapPeak - baseHeap) / 1e6) } : {}),
    fileMB: +(statSync(file).size / 1e6).toFixed(1),
  }),
);
