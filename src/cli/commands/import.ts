import type { CliCommand } from '../context.js';

// Filled by the import work: `import employees <file.csv>` and `import okr <file.csv>`.
export const importCommand: CliCommand = {
  usage: 'import employees|okr <file.csv>',
  run: async () => 2,
};
