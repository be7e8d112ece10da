/**
 * Numbers as Indonesian spreadsheets and people write them:
 *   `2,5` → 2.5 (decimal comma), `1.500.000` → 1500000 (thousands dots), `1.500.000,75`,
 *   `Rp 1.500.000`, `1 500 000`, and English forms `1,500,000.75`, `2.5`.
 * Rules: with both separators the later one is the decimal mark; a lone comma is decimal;
 * repeated commas or dots are thousands; a lone dot followed by exactly three digits
 * (`1.500`) is thousands, as an Indonesian reader means it, otherwise decimal (`2.5`).
 * Returns undefined for anything that is not a whole number expression.
 */
export function parseNumber(input: string): number | undefined {
  let s = input
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/[\u00a0\u202f\s]/g, '')
    // An equivalent mutant (a disable comment does not reach inside a chain): without `^` the first
    // minus sign is still the one replaced, and a later one fails the checks anyway.
    .replace(/^[\u2212\u2013]/, '-');
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; the checks below refuse ''
  if (s === '') return undefined;
  let sign = 1;
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  // An early refusal of junk: the final pattern check below refuses the same inputs.
  // Stryker disable next-line all: equivalent (see above)
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let normalized: string;
  if (dots > 0 && commas > 0) {
    // Stryker disable next-line EqualityOperator: both marks are present, so their positions never tie.
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    if (s.split(decimal).length - 1 !== 1) return undefined;
    const [whole, fraction] = s.split(decimal) as [string, string];
    if (!isGrouped(whole, thousands)) return undefined;
    normalized = `${whole.split(thousands).join('')}.${fraction}`;
  } else if (commas > 0) {
    normalized = commas === 1 ? s.replace(',', '.') : groupedOrUndefined(s, ',');
    // An equivalent mutant: with no dot, groupedOrUndefined passes plain digits through unchanged, so the
    // condition below may be anything.
  } else if (dots > 0) {
    normalized = dots === 1 && !/^\d{1,3}\.\d{3}$/.test(s) ? s : groupedOrUndefined(s, '.');
  } else {
    normalized = s;
  }
  // Stryker disable next-line StringLiteral: '' fails the pattern as well.
  if (normalized === '' || !/^\d+(\.\d+)?$/.test(normalized)) return undefined;
  const value = sign * Number(normalized);
  if (!Number.isFinite(value)) return undefined;
  // `-0` is zero: as -0 it prints as "-0" and turns into 0 after a JSON round trip of the dialog state.
  return value === 0 ? 0 : value;
}

function isGrouped(whole: string, separator: string): boolean {
  // Unreachable today (every caller's string holds the separator), kept so the helper stands on its own.
  // Stryker disable next-line all: unreachable (see above)
  if (!whole.includes(separator)) return /^\d+$/.test(whole);
  const parts = whole.split(separator);
  return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

function groupedOrUndefined(s: string, separator: string): string {
  // Stryker disable next-line StringLiteral: any non-numeric marker fails the caller's final check alike
  return isGrouped(s, separator) ? s.split(separator).join('') : '';
}
