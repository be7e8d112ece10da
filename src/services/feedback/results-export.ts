/**
 * The HR export of a period's 360° results (`npm run dika -- feedback-export 2026-Q4 --out …`):
 * aggregates only, one row per ratee × rater category × BerAKHLAK value (n raters, distribution,
 * mean), never a row per rater, under the same rules as the chat (src/core/feedback/results.ts):
 * a suppressed category's rows say why and carry no number, not even its rater count. No comment
 * and no named rating is read. Closed cycles only; open ones are listed and skipped. Read in one
 * read-only snapshot, a page of ratees at a time; written as CSV (formula-escaped cells) or XLSX.
 */
import type { Writable } from 'node:stream';
import { BERAKHLAK_VALUES } from '../../core/feedback/berakhlak.js';
import { ANONYMOUS_CATEGORIES, feedbackResults } from '../../core/feedback/results.js';
import type { Locale, Translator } from '../../i18n/translator.js';
import type { Db } from '../../storage/database.js';
import {
  cyclesOfPeriod,
  exportPage,
  type ResultsCycle,
} from '../../storage/repositories/feedback-results.js';
import { writeSheetCsv } from '../rekap/export/rekap-csv.js';
import { writeRekapWorkbook } from '../rekap/export/rekap-workbook.js';
import type { CellValue, SheetSpec } from '../rekap/export/sheet-spec.js';

export type ResultsExportFormat = 'csv' | 'xlsx';

/** Ratees per page: three statements each, a few thousand count rows. */
const PAGE = 1000;

export interface ResultsExport {
  period: string;
  /** Cycles of the period not closed yet: not exported. */
  open: ResultsCycle[];
  ratees: number;
  /** Cells per row in the sheet's columns; no rater is in any of them. */
  rows: CellValue[][];
}

/** The closed cycles' aggregates of a period; undefined when the period has no closed cycle. */
export async function loadResultsExport(
  db: Db,
  period: string,
  translator: Translator,
  locale: Locale,
): Promise<ResultsExport | undefined> {
  const t = translator.forLocale(locale);
  return db.transaction(
    async (tx) => {
      const cycles = await cyclesOfPeriod(tx, period);
      const closed = cycles.filter((c) => c.status === 'closed');
      if (closed.length === 0) return undefined;
      const rows: CellValue[][] = [];
      let ratees = 0;
      for (const cycle of closed) {
        for (let after = 0; ; ) {
          const page = await exportPage(tx, cycle, after, PAGE);
          if (page.length === 0) break;
          after = page.at(-1)!.id;
          ratees += page.length;
          for (const person of page) {
            const results = feedbackResults(person.feedback);
            const who = [person.nip, person.name, person.unitPath ?? '', cycle.periodCode];
            for (const c of results.categories) {
              const category = t('hasil360-export-category', { category: c.category });
              for (const value of BERAKHLAK_VALUES) {
                const valueName = t(`berakhlak-${value}`);
                const v = c.shown ? c.values.find((x) => x.value === value) : undefined;
                if (!c.shown || !v) {
                  rows.push([
                    ...who,
                    category,
                    valueName,
                    ...Array(8).fill(null),
                    t('hasil360-export-suppressed', { k: results.k }),
                  ]);
                } else if (!v.levels || v.mean === null) {
                  rows.push([
                    ...who,
                    category,
                    valueName,
                    c.raters,
                    null,
                    null,
                    null,
                    null,
                    null,
                    v.notAssessed,
                    null,
                    t('hasil360-export-withheld', { k: results.k }),
                  ]);
                } else {
                  const [l1, l2, l3, l4, l5] = v.levels;
                  const mean = Math.round(v.mean * 100) / 100;
                  rows.push([
                    ...who,
                    category,
                    valueName,
                    c.raters,
                    l5,
                    l4,
                    l3,
                    l2,
                    l1,
                    v.notAssessed,
                    mean,
                    '',
                  ]);
                }
              }
            }
          }
        }
      }
      return { period, open: cycles.filter((c) => c.status !== 'closed'), ratees, rows };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** Rows per ratee: every category and every value, shown or not, so the shape says nothing. */
export const ROWS_PER_RATEE = ANONYMOUS_CATEGORIES.length * BERAKHLAK_VALUES.length;

export function resultsSheet(data: ResultsExport, translator: Translator, locale: Locale): SheetSpec {
  const t = translator.forLocale(locale);
  const text = (key: string) => ({ header: t(key), kind: 'text' as const });
  const integer = (key: string) => ({ header: t(key), kind: 'integer' as const });
  return {
    name: t('hasil360-export-sheet'),
    columns: [
      text('hasil360-col-nip'),
      text('hasil360-col-name'),
      text('hasil360-col-unit'),
      text('hasil360-col-period'),
      text('hasil360-col-category'),
      text('hasil360-col-value'),
      integer('hasil360-col-raters'),
      integer('hasil360-col-l5'),
      integer('hasil360-col-l4'),
      integer('hasil360-col-l3'),
      integer('hasil360-col-l2'),
      integer('hasil360-col-l1'),
      integer('hasil360-col-none'),
      { header: t('hasil360-col-mean'), kind: 'number' },
      text('hasil360-col-note'),
    ],
    rows: () => data.rows,
  };
}

export async function writeResultsExport(
  data: ResultsExport,
  options: { translator: Translator; locale: Locale; format: ResultsExportFormat },
  out: Writable,
): Promise<void> {
  const sheet = resultsSheet(data, options.translator, options.locale);
  if (options.format === 'csv') await writeSheetCsv(sheet, out);
  else await writeRekapWorkbook([sheet], out);
}
