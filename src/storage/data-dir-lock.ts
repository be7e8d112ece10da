import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The lock's name inside the data folder. PGlite ignores files it does not know there. */
export const LOCK_FILE = '.dika.lock';

/** The data folder cannot be used as configured; the operator must act (main prints the message alone). */
export class DataDirError extends Error {}

export class DataDirLockedError extends DataDirError {
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(
      `The data folder is in use by another dika process (pid ${pid}). Stop it first, or set ` +
        `DIKA_DATA_DIR to another folder, or DATABASE_URL to use a PostgreSQL server. Lock file: ${lockPath}`,
    );
    this.name = 'DataDirLockedError';
  }
}

export class DataDirUnwritableError extends DataDirError {
  constructor(
    readonly dataDir: string,
    readonly code: string,
  ) {
    const uid = process.getuid?.();
    super(
      `dika cannot write its data folder ${dataDir} (${code}). Create it writable for the user dika ` +
        `runs as${uid === undefined ? '' : ` (uid ${uid})`}, or set DIKA_DATA_DIR to a writable folder, ` +
        'or DATABASE_URL to use a PostgreSQL server.',
    );
    this.name = 'DataDirUnwritableError';
  }
}

/** Lock files this process created and still holds. */
const held = new Set<string>();

/** Whether a process with this pid runs (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Our own pid in a lock we did not take is a leftover of an earlier process that had the same pid:
 * in a container dika is pid 1 at every start, and the folder is a volume that outlives it.
 */
function heldByOther(path: string, pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  return pid === process.pid ? held.has(path) : isAlive(pid);
}

/** The pid a lock holds; NaN when it holds no number or was removed since (its owner just stopped). */
function readPid(path: string): number {
  try {
    return Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Number.NaN;
    throw error;
  }
}

/** A file-system refusal (permissions, read-only mount, a file in the way) as the operator's error. */
function unwritable(dataDir: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  return code && !(error instanceof DataDirError) ? new DataDirUnwritableError(dataDir, code) : error;
}

/** Creates the lock with O_EXCL and our pid in it; false when a lock is already there. */
function create(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, String(process.pid));
  } finally {
    closeSync(fd);
  }
  return true;
}

function hold(path: string): { path: string; release: () => void } {
  held.add(path);
  let released = false;
  return {
    path,
    release: () => {
      if (released) return;
      released = true;
      held.delete(path);
      rmSync(path, { force: true });
    },
  };
}

/**
 * PGlite is one process on one folder and does not lock it itself; two processes writing the
 * same folder corrupt it. We hold `<dir>/.dika.lock`, created with O_EXCL; a lock left by a dead
 * process is taken over. It lives inside the folder because the folder is the one place dika must
 * be able to write: in the Docker image `/data` is writable and `/` is not.
 */
export function lockDataDir(dataDir: string): { path: string; release: () => void } {
  const dir = resolve(dataDir);
  const path = join(dir, LOCK_FILE);
  try {
    mkdirSync(dir, { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      if (create(path)) return hold(path);
      const pid = readPid(path);
      if (heldByOther(path, pid)) throw new DataDirLockedError(path, pid);
      rmSync(path, { force: true }); // stale: its owner died without cleaning up
    }
  } catch (error) {
    throw unwritable(dir, error);
  }
  throw new DataDirLockedError(path, -1);
}
