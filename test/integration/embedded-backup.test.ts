import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { lockDataDir } from '../../src/storage/data-dir-lock.js';
import { openDatabase } from '../../src/storage/database.js';
import { runCliCaptured } from '../support/cli.js';
import { dumpTables, seedTwoPeople } from '../support/privacy-seed.js';

// Backup and restore serve the embedded database only: PGlite folders, on either test backend.
let dir: string;
const source = () => join(dir, 'data');
const backup = () => join(dir, 'dika.tar.gz');
let seeded: Record<string, string>;

async function tablesOf(dataDir: string) {
  const database = await openDatabase({ dataDir, migrate: false });
  try {
    return await dumpTables(database.db);
  } finally {
    await database.close();
  }
}

const run = runCliCaptured;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dika-backup-'));
  const database = await openDatabase({ dataDir: source() });
  try {
    await seedTwoPeople(database.db);
    seeded = await dumpTables(database.db);
  } finally {
    await database.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('npm run dika -- backup / restore', () => {
  it('refuses on PostgreSQL and points to pg_dump', async () => {
    const env = { DATABASE_URL: 'postgres://dika@db.example:5432/dika' };
    for (const argv of [
      ['backup', '--out', backup()],
      ['restore', '--from', backup()],
    ]) {
      expect(await run(env, ...argv)).toMatchObject({ code: 2, err: expect.stringContaining('pg_dump') });
    }
  });

  it('backs up a seeded database and restores it into a new folder with the same rows', async () => {
    const written = await run({ DIKA_DATA_DIR: source() }, 'backup', '--out', backup());
    expect(written).toMatchObject({ code: 0, err: '' });
    expect(statSync(backup()).mode & 0o777).toBe(0o600);
    expect(await run({ DIKA_DATA_DIR: source() }, 'backup', '--out', backup())).toMatchObject({
      code: 1,
      err: expect.stringContaining('sudah ada'),
    });

    const target = join(dir, 'restored');
    expect(await run({ DIKA_DATA_DIR: target }, 'restore', '--from', backup())).toMatchObject({ code: 0 });
    expect(await tablesOf(target)).toEqual(seeded);
    expect(existsSync(join(target, '.dika.lock'))).toBe(false);
  }, 120_000);

  it('refuses a non-empty folder without --force, and a folder dika is running on', async () => {
    const target = join(dir, 'restored');
    expect(await run({ DIKA_DATA_DIR: target }, 'restore', '--from', backup(), '--lang', 'en')).toMatchObject(
      {
        code: 1,
        err: expect.stringContaining('run again with --force'),
      },
    );
    const running = lockDataDir(target);
    try {
      // The lock of a live process (our own, held): the restore must not touch the folder.
      expect(await run({ DIKA_DATA_DIR: target }, 'restore', '--from', backup(), '--force')).toMatchObject({
        code: 1,
        err: expect.stringContaining('in use by another dika process'),
      });
      expect(await run({ DIKA_DATA_DIR: target }, 'backup', '--out', join(dir, 'b2.tar.gz'))).toMatchObject({
        code: 1,
      });
    } finally {
      running.release();
    }
    expect(await run({ DIKA_DATA_DIR: target }, 'restore', '--from', backup(), '--force')).toMatchObject({
      code: 0,
    });
    expect(await tablesOf(target)).toEqual(seeded);
  }, 120_000);

  it('reports a missing backup file and an empty data folder', async () => {
    const empty = join(dir, 'empty');
    expect(await run({ DIKA_DATA_DIR: empty }, 'restore', '--from', join(dir, 'nope.tar.gz'))).toMatchObject({
      code: 1,
      err: `Berkas ${join(dir, 'nope.tar.gz')} tidak ditemukan.`,
    });
    expect(await run({ DIKA_DATA_DIR: empty }, 'backup', '--out', join(dir, 'b3.tar.gz'))).toMatchObject({
      code: 1,
      err: expect.stringContaining('belum berisi basis data'),
    });
    expect(await run({ DIKA_DATA_DIR: empty }, 'backup')).toMatchObject({ code: 2 });
  });
});
