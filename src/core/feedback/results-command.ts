/**
 * The text after `/hasil360`: an optional period (`2026-Q4`, `2026-TW4`, `2026`) first or last,
 * and an optional name or NIP (an appraiser looking at someone they appraise). Anything that is
 * not a period is the name, so a typo in a period reads as a name nobody has, not as an error.
 */
export interface ResultsCommand {
  /** `performance_periods.code` (`2026-Q4`, `2026`), or null for the newest cycle. */
  period: string | null;
  subject: string | null;
}

const PERIOD = /^(\d{4})(?:[-/]?(?:Q|TW)([1-4]))?$/i;

function periodOf(token: string | undefined): string | undefined {
  const match = token ? PERIOD.exec(token) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 2000 || year > 2099) return undefined;
  return match[2] ? `${year}-Q${match[2]}` : `${year}`;
}

export function parseResultsCommand(text: string): ResultsCommand {
  const tokens = text
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
  let period: string | null = null;
  const first = periodOf(tokens[0]);
  const last = tokens.length > 1 ? periodOf(tokens.at(-1)) : undefined;
  if (first) {
    period = first;
    tokens.shift();
  } else if (last) {
    period = last;
    tokens.pop();
  }
  const subject = tokens.join(' ');
  return { period, subject: subject === '' ? null : subject };
}
