import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class DataDirLockedError extends Error {
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process on one folder and does not lock it itself; two processes writing the
 * same folder corrupt it. We hold `<dir>.lock` (beside the folder, so wiping the folder cannot
 * remove it) created with O_EXCL; a lock left by a dead process is taken over.
 */
export function lockDataDir(dataDir: string): { path: string; release: () => void } {
  const path = `${resolve(dataDir)}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        path,
        release: () => {
          if (released) return;
          released = true;
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new DataDirLockedError(path, pid);
      rmSync(path, { force: true }); // stale: its owner died without cleaning up
    }
  }
  throw new DataDirLockedError(path, -1);
}
