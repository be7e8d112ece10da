/**
 * Writes big, fictional import files for measuring the imports (not committed; regenerate them):
 *
 *   npx tsx scripts/generate-import-files.ts <folder> [employees=100000] [key results=400000]
 *
 * gives <folder>/employees-<n>.csv (UTF-8 BOM, `;`, CRLF, as Indonesian Excel saves it) and
 * <folder>/okr-<m>.csv (`,`, LF). Same arguments, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyResultLines, generateOrganisation } from '../test/support/generated-import-files.js';

const [folder, employeeArg = '100000', keyResultArg = '400000'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: npx tsx scripts/generate-import-files.ts <folder> [employees] [key results]');
  process.exit(2);
}
const employeeCount = Number(employeeArg);
const keyResultCount = Number(keyResultArg);
mkdirSync(folder, { recursive: true });
const org = generateOrganisation(employeeCount);
const employeeFile = join(folder, `employees-${employeeCount}.csv`);
writeFileSync(employeeFile, `\uFEFF${org.employeeLines.join('\r\n')}\r\n`);
console.log(`${employeeFile}: ${employeeCount} employees`);
if (keyResultCount > 0) {
  const okrFile = join(folder, `okr-${keyResultCount}.csv`);
  writeFileSync(okrFile, `${generateKeyResultLines(org, keyResultCount).join('\n')}\n`);
  console.log(`${okrFile}: ${keyResultCount} key results`);
}
