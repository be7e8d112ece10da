/**
 * `import employees <file.csv>` and `import okr <file.csv>`: HR loads the organisation and the key
 * results. Exit codes: 0 imported, 1 the file's content was refused or the import failed (rolled
 * back), 2 usage or file problems.
 */
import { readFileSync } from 'node:fs';
import { importEmployees } from '../../import/employees/import-employees.js';
import { describeProblem, type ImportProblem, type Translate } from '../../import/import-error.js';
import { asImportFailure } from '../../import/import-failure.js';
import { importLeave } from '../../import/leave/import-leave.js';
import { importOkr } from '../../import/okr/import-okr.js';
import { decodeCsvBytes } from '../../import/read-csv.js';
import type { Db } from '../../storage/database.js';
import type { CliCommand, CliContext } from '../context.js';

/** More than this and HR fixes the first ones and imports again; the terminal is not a report. */
const PRINTED_PROBLEMS = 50;

/**
 * The file's text, handed over once: a parameter of a suspended async function stays reachable, and
 * the text of a 400,000-row file is 70–140 MB that the import does not need after reading it.
 */
interface CsvFile {
  text: string | undefined;
}

function take(file: CsvFile): string {
  const text = file.text ?? '';
  file.text = undefined;
  return text;
}

const importers: Record<string, (db: Db, file: CsvFile, t: Translate, actor: string) => Promise<Outcome>> = {
  employees: async (db, file, t, actor) => {
    const result = await importEmployees(db, take(file), { actor });
    if (!result.ok) return result;
    const s = result.summary;
    return {
      ok: true,
      message: t('import-employees-done', {
        created: s.created,
        updated: s.updated,
        unchanged: s.unchanged,
        units: s.unitsCreated,
      }),
      changed: s.created + s.updated + s.unitsCreated > 0,
    };
  },
  okr: async (db, file, t, actor) => {
    const result = await importOkr(db, take(file), { actor });
    if (!result.ok) return result;
    const s = result.summary;
    return {
      ok: true,
      message: t('import-okr-done', {
        created: s.created,
        updated: s.updated,
        unchanged: s.unchanged,
        objectives: s.objectivesCreated,
        periods: s.periodsCreated,
      }),
      changed: s.created + s.updated + s.objectivesCreated + s.periodsCreated > 0,
    };
  },
  cuti: async (db, file, t, actor) => {
    const result = await importLeave(db, take(file), { actor });
    if (!result.ok) return result;
    const s = result.summary;
    return { ok: true, message: t('import-leave-done', { ...s }), changed: s.created + s.updated > 0 };
  },
};

type Outcome = { ok: true; message: string; changed: boolean } | { ok: false; problems: ImportProblem[] };

export const importCommand: CliCommand = {
  usage: 'import employees|okr|cuti <file.csv>',
  run: async (args, ctx) => {
    const t: Translate = (key, messageArgs) => ctx.translator.t(ctx.locale, key, messageArgs);
    const [kind = '', path, ...extra] = args;
    const importer = Object.hasOwn(importers, kind) ? importers[kind] : undefined;
    if (!importer || !path || extra.length > 0) {
      ctx.err(t('import-usage'));
      return 2;
    }
    const file = readCsvFile(path, t, ctx);
    if (file === undefined) return 2;

    const { db } = await ctx.database();
    let outcome: Outcome;
    try {
      outcome = await importer(db, file, t, ctx.actor);
    } catch (error) {
      // Never the error's own message: a driver's quotes the rows it was sending.
      ctx.err(t('import-failed', { error: asImportFailure(error, 'importing').summary }));
      return 1;
    }
    if (!outcome.ok) {
      printProblems(outcome.problems, t, ctx);
      return 1;
    }
    ctx.out(outcome.message);
    if (!outcome.changed) ctx.out(t('import-nothing-changed'));
    return 0;
  },
};

function readCsvFile(path: string, t: Translate, ctx: CliContext): CsvFile | undefined {
  try {
    return { text: decodeCsvBytes(readFileSync(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    ctx.err(t(code === 'ENOENT' ? 'import-file-not-found' : 'import-file-unreadable', { path }));
    return undefined;
  }
}

function printProblems(problems: ImportProblem[], t: Translate, ctx: CliContext): void {
  ctx.err(t('import-refused', { count: problems.length }));
  for (const problem of problems.slice(0, PRINTED_PROBLEMS)) ctx.err(`  ${describeProblem(problem, t)}`);
  if (problems.length > PRINTED_PROBLEMS) {
    ctx.err(`  ${t('import-more-problems', { count: problems.length - PRINTED_PROBLEMS })}`);
  }
}
