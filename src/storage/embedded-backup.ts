/**
 * Backup and restore of the embedded database (PGlite). PGlite runs inside one process and a
 * second process must not open its folder, so both hold the data-folder lock: they refuse to run
 * beside a running dika instead of copying a folder that is being written.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.js';

/** Restore refused: the target folder already holds a database and `--force` was not given. */
export class DataDirNotEmptyError extends Error {
  constructor(readonly dataDir: string) {
    super(`data folder ${dataDir} is not empty`);
    this.name = 'DataDirNotEmptyError';
  }
}

/** Backup refused: the data folder holds no database (a typo in DIKA_DATA_DIR, most likely). */
export class NoDatabaseError extends Error {
  constructor(readonly dataDir: string) {
    super(`no database in ${dataDir}`);
    this.name = 'NoDatabaseError';
  }
}

/** The folder's entries, the lock aside. */
function entriesOf(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name !== LOCK_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Writes a gzipped tarball of the data folder. PGlite dumps from its own consistent view after a
 * checkpoint, so the file opens as the database was at that moment. Returns its size in bytes.
 */
export async function backupDataDir(dataDir: string, outFile: string): Promise<number> {
  const dir = resolve(dataDir);
  const lock = lockDataDir(dir);
  try {
    if (entriesOf(dir).length === 0) throw new NoDatabaseError(dir);
    const client = await PGlite.create(dir);
    try {
      const dump = await client.dumpDataDir('gzip');
      const bytes = Buffer.from(await dump.arrayBuffer());
      // The backup holds every person's data: readable by its owner only, never over another file.
      await writeFile(outFile, bytes, { flag: 'wx', mode: 0o600 });
      return bytes.length;
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
}

/**
 * Loads a backup into the data folder. The tarball is unpacked into a new folder beside it and
 * opened there first, so a bad file leaves the current database untouched; only then are the old
 * entries removed (with `force`) and the new ones moved in.
 */
export async function restoreDataDir(
  dataDir: string,
  fromFile: string,
  options: { force?: boolean } = {},
): Promise<void> {
  const dir = resolve(dataDir);
  const lock = lockDataDir(dir);
  const staging = join(dirname(dir), `.dika-restore-${randomBytes(4).toString('hex')}`);
  try {
    if (entriesOf(dir).length > 0 && !options.force) throw new DataDirNotEmptyError(dir);
    const tarball = new Blob([await readFile(fromFile)]);
    const client = await PGlite.create(staging, { loadDataDir: tarball });
    try {
      await client.query('select 1');
    } finally {
      await client.close();
    }
    for (const name of entriesOf(dir)) rmSync(join(dir, name), { recursive: true, force: true });
    for (const name of readdirSync(staging)) renameSync(join(staging, name), join(dir, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}
