/**
 * The embedded database's memory: dika's PostgreSQL settings, a new data folder created in a
 * child process, and what a process holding the database keeps resident once it is open
 * (bench/idle-memory.ts measures the whole of dika; this guards the storage part of it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabaseOnce, EmbeddedInitError } from '../../src/storage/embedded-initdb.js';
import { embeddedStartParams, wantsBaselineWasmCompiler } from '../../src/storage/embedded-options.js';
import { rowsOf, useTestDatabase } from '../support/database.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const t = useTestDatabase();

/**
 * Resident memory (MB) a fresh process keeps after opening a new data folder and, after closing it,
 * the same folder again (tsx and dika's storage modules included). Measured on 2 cores with
 * PGlite 0.5: about 205 MB each; with PGlite's own defaults about 800 and 450; with only V8's
 * optimizing WebAssembly compiler left on, about 270.
 */
const RESIDENT_BUDGET_MB = 250;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dika-embedded-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('embedded database settings', () => {
  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))(
    'runs PostgreSQL with 16 MB of shared buffers',
    async () => {
      const [row] = rowsOf<{ shared_buffers: string }>(await t.db.execute(sql`show shared_buffers`));
      expect(row?.shared_buffers).toBe('16MB');
    },
  );
});

describe('the WebAssembly compiler', () => {
  it('is left to V8 when node was started with a tiering flag of its own', () => {
    expect(wantsBaselineWasmCompiler([])).toBe(true);
    expect(wantsBaselineWasmCompiler(['--import', 'tsx', '--max-old-space-size=512'])).toBe(true);
    for (const flag of ['--wasm-dynamic-tiering', '--no-wasm-tier-up', '--wasm_tier_up', '--liftoff-only']) {
      expect(wantsBaselineWasmCompiler(['--import', 'tsx', flag]), flag).toBe(false);
    }
  });
});

describe('a new data folder', () => {
  it('is created by a child process, and a folder that holds a database is left alone', async () => {
    const dataDir = tempDir();
    await createDatabaseOnce(dataDir, embeddedStartParams());
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);

    const other = tempDir();
    writeFileSync(join(other, 'PG_VERSION'), '18\n');
    await createDatabaseOnce(other, embeddedStartParams());
    expect(readdirSync(other)).toEqual(['PG_VERSION']);
  });

  it("reports the child's error when the database cannot be created", async () => {
    const notAFolder = join(tempDir(), 'file');
    writeFileSync(notAFolder, 'not a folder');
    const failure = await createDatabaseOnce(notAFolder, embeddedStartParams()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EmbeddedInitError);
    expect((failure as Error).message).toContain(notAFolder);
    expect((failure as Error).message.length).toBeGreaterThan(`could not create … in ${notAFolder}: `.length);
  });

  it.skipIf(process.platform !== 'linux')(
    `keeps a process under ${RESIDENT_BUDGET_MB} MB resident when new and when reopened`,
    () => {
      const script = `
        const { openDatabase } = await import('./src/storage/database.ts');
        const { readFileSync } = await import('node:fs');
        const resident = () =>
          Math.round(Number(readFileSync('/proc/self/status', 'utf8').match(/VmRSS:\\s+(\\d+)/)[1]) / 1024);
        const out = {};
        for (const step of ['fresh', 'reopen']) {
          const database = await openDatabase({ dataDir: process.argv[1] });
          await new Promise((r) => setTimeout(r, 1000));
          out[step] = resident();
          await database.close();
        }
        console.log(JSON.stringify(out));`;
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script, join(tempDir(), 'data')],
        { cwd: root, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 110_000 },
      );
      expect(child.status, child.stderr).toBe(0);
      const resident = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
        fresh: number;
        reopen: number;
      };
      expect(resident.fresh).toBeLessThan(RESIDENT_BUDGET_MB);
      expect(resident.reopen).toBeLessThan(RESIDENT_BUDGET_MB);
    },
    120_000,
  );
});
