/**
 * What an import reports instead of writing: every problem found, each pointing at a spreadsheet
 * cell so HR can fix the file in Excel. `key` is a locale key (`import-…`), so the same problem reads
 * in Indonesian or English; `args` fills its variables.
 */
export interface ImportProblem {
  /** Spreadsheet row: the header is row 1, the first data row is row 2. */
  row?: number;
  column?: string;
  key: string;
  args?: Record<string, string | number>;
}

export type ImportResult<Summary> = { ok: true; summary: Summary } | { ok: false; problems: ImportProblem[] };

/** Row order first, then the order the problems were found in, as HR reads the file top-down. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.row ?? 0) - (b.problem.row ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}

export type Translate = (key: string, args?: Record<string, string | number>) => string;

/** `Baris 5, kolom nip: NIP harus 18 digit angka.` */
export function describeProblem(problem: ImportProblem, t: Translate): string {
  const message = t(problem.key, problem.args);
  if (problem.row !== undefined && problem.column !== undefined) {
    return t('import-at-row-column', { row: problem.row, column: problem.column, message });
  }
  if (problem.row !== undefined) return t('import-at-row', { row: problem.row, message });
  return message;
}

/** Cell text quoted back in a message, shortened so one wrong cell cannot flood the terminal. */
export function shown(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
