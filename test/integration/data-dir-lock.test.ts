/**
 * The embedded database's data folder as an operator meets it: the Docker image (a writable /data
 * in a root-owned /), a container restarted with the same pid, a folder dika may not write.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError } from '../../src/storage/data-dir-lock.js';
import { openDatabase } from '../../src/storage/database.js';
import { orgUnits } from '../../src/storage/schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LOCK = '.dika.lock';
// Root ignores file modes: when the suite runs as root, the child runs as `nobody` instead.
const runAsRoot = process.getuid?.() === 0;
const unprivileged = runAsRoot ? { uid: 65534, gid: 65534 } : {};

/** Runs TypeScript in a child node as an unprivileged user; its output is what an operator sees. */
function runNode(args: string[], env: Record<string, string> = {}) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 50_000,
    ...unprivileged,
  });
  return { status: child.status, output: `${child.stdout}${child.stderr}`.trim() };
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dika-lock-'));
  chmodSync(dir, 0o755); // mkdtemp gives 0700: the unprivileged child must get in
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Whether the child can run at all: as root, `nobody` must be allowed to switch to and to read the
 * checkout and the temp folder (a checkout under /root is not). Otherwise those tests are skipped.
 */
function childCanRun(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'dika-probe-'));
  chmodSync(probe, 0o755);
  const child = spawnSync(
    process.execPath,
    [
      '-e',
      'for (const p of process.argv.slice(1)) require("fs").accessSync(p)',
      join(root, 'src/main.ts'),
      probe,
    ],
    { ...unprivileged, timeout: 10_000 },
  );
  rmSync(probe, { recursive: true, force: true });
  return child.status === 0;
}
const canRunChild = childCanRun();

describe('PGlite data folder lock', () => {
  it.skipIf(!canRunChild)(
    'opens a writable data folder inside a parent it cannot write (the Docker image: /data in /)',
    () => {
      const parent = tempDir();
      const dataDir = join(parent, 'data');
      mkdirSync(dataDir);
      if (runAsRoot) chownSync(dataDir, 65534, 65534);
      chmodSync(parent, 0o555);
      const script = `
      const { openDatabase } = await import('./src/storage/database.ts');
      const { existsSync } = await import('node:fs');
      const database = await openDatabase({ dataDir: process.env.DIKA_DATA_DIR });
      console.log(existsSync(process.env.DIKA_DATA_DIR + '/${LOCK}') ? 'locked inside' : 'no lock inside');
      await database.close();`;
      const child = runNode(['--input-type=module', '-e', script], { DIKA_DATA_DIR: dataDir });
      expect(child.output).toBe('locked inside');
      expect(child.status).toBe(0);
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
      expect(existsSync(join(dataDir, LOCK))).toBe(false);
    },
    60_000,
  );

  it.skipIf(!canRunChild)(
    'stops with one line naming the folder when it cannot create it, not a stack trace',
    () => {
      const parent = tempDir();
      chmodSync(parent, 0o555);
      const dataDir = join(parent, 'data');
      const child = runNode(['src/main.ts'], {
        NODE_ENV: 'production',
        DIKA_SECRET: 'test-secret-0123456789',
        DIKA_DATA_DIR: dataDir,
      });
      expect(child.status).toBe(1);
      const lines = child.output.split('\n');
      expect(lines).toHaveLength(1);
      const line = JSON.parse(lines[0]!) as { level: number; msg: string };
      expect(line.level).toBe(60); // fatal
      expect(line.msg).toContain(dataDir);
      expect(line.msg).toContain('DIKA_DATA_DIR');
    },
    60_000,
  );

  it('takes over a stale lock holding its own pid (pid 1 again after a container restart)', async () => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir);
    // What a killed container leaves behind: its pid was 1, and the restarted process is pid 1 again.
    writeFileSync(join(dataDir, LOCK), String(process.pid));
    const database = await openDatabase({ dataDir });
    try {
      expect(await database.db.select().from(orgUnits)).toEqual([]); // created and migrated
      // Taken in this process now: a second open here is refused like any other.
      await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      await database.close();
    }
    expect(existsSync(join(dataDir, LOCK))).toBe(false);
  }, 60_000);
});
