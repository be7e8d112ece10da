/**
 * Creates the embedded database in a new data folder in a child process. PGlite creates a database
 * in a second, temporary instance, copies it into the folder as a tarball, and keeps neither
 * afterwards; but the memory they touched stays with the process that ran them (a few hundred MB:
 * dika idled at ~870 MB after a first start against ~420 MB after a restart). In a child process
 * it goes back to the operating system when the child exits, and dika then opens the folder as it
 * does on every later start.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BASELINE_WASM_FLAGS } from './embedded-options.js';

/** The file initdb writes first; PGlite itself looks for it to decide whether to create a database. */
const PG_VERSION = 'PG_VERSION';

/** Runs in the child: `node -e <this> <PGlite module> <data folder> <start parameters as JSON>`. */
const CHILD = `
const [pglite, dataDir, startParams] = process.argv.slice(1);
const { PGlite } = require(pglite);
PGlite.create(dataDir, { startParams: JSON.parse(startParams) })
  .then((client) => client.close())
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
`;

export class EmbeddedInitError extends Error {
  constructor(
    readonly dataDir: string,
    readonly output: string,
  ) {
    super(`could not create the embedded database in ${dataDir}: ${output}`);
    this.name = 'EmbeddedInitError';
  }
}

export function holdsDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, PG_VERSION));
}

/** Creates the database in `dataDir` unless it holds one. The caller holds the folder's lock. */
export async function createDatabaseOnce(dataDir: string, startParams: string[]): Promise<void> {
  if (holdsDatabase(dataDir)) return;
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [...BASELINE_WASM_FLAGS, '-e', CHILD, pglite, dataDir, JSON.stringify(startParams)],
      // The child needs none of the parent's loaders (tsx) or options; it runs plain CommonJS.
      { env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 4 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) reject(new EmbeddedInitError(dataDir, stderr.trim().slice(-2_000) || error.message));
        else resolve();
      },
    );
  });
  // A child that exited cleanly without a database would make PGlite create one here after all.
  if (!holdsDatabase(dataDir)) throw new EmbeddedInitError(dataDir, 'no database after initdb');
}
