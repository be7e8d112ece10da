/**
 * One sheet as CSV (the capaian sheet, the one HR works with), streamed line by line. Text cells
 * go through csvCell (src/cli/csv-output.ts): a name or a kendala typed as `=HYPERLINK(…)` opens
 * as text, not as a formula. Numbers keep a point as the decimal mark and percentages are written
 * in points with "(%)" in the header (84.2), dates as `yyyy-MM-dd`: what a spreadsheet's import
 * reads in any language setting. A byte-order mark makes Excel read the file as UTF-8.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { csvCell, csvLine } from '../../../cli/csv-output.js';
import type { CellValue, SheetSpec } from './sheet-spec.js';

const BOM = '\uFEFF';

function cell(value: CellValue): string {
  if (value === null) return '';
  // A number is dika's own figure, never typed by anyone: a negative realisasi stays a number
  // (-5), where csvCell would make it the text '-5.
  return typeof value === 'number' ? String(value) : csvCell(value);
}

async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Writes the sheet to `out` and ends it; resolves once everything is handed on. */
export async function writeSheetCsv(sheet: SheetSpec, out: Writable): Promise<void> {
  const finished = once(out, 'finish');
  // Awaited below; an error while a write waits for 'drain' must not count as unhandled meanwhile.
  finished.catch(() => {});
  const header = sheet.columns.map((c) => (c.kind === 'percent' ? `${c.header} (%)` : c.header));
  await put(out, `${BOM}${csvLine(header)}\r\n`);
  for (const row of sheet.rows()) await put(out, `${row.map(cell).join(',')}\r\n`);
  out.end();
  await finished;
}
