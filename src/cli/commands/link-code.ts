import type { CliCommand } from '../context.js';

// Filled by the account-linking work.
export const linkCodeCommand: CliCommand = { usage: 'link-code <nip>', run: async () => 2 };
export const linkCodesCommand: CliCommand = {
  usage: 'link-codes --unit <path> --out <file.csv>',
  run: async () => 2,
};
