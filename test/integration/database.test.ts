import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError } from '../../src/storage/data-dir-lock.js';
import { openDatabase } from '../../src/storage/database.js';
import { employees, orgUnits } from '../../src/storage/schema.js';
import { useTestDatabase } from '../support/database.js';

const t = useTestDatabase();

describe('database', () => {
  it('is migrated and enforces the model', async () => {
    const [unit] = await t.db.insert(orgUnits).values({ name: 'Biro SDM', path: 'Biro SDM' }).returning();
    await t.db.insert(employees).values({ nip: '199001012015031001', name: 'A', unitId: unit!.id });
    await expect(
      t.db.insert(employees).values({ nip: '199001012015031001', name: 'B', unitId: unit!.id }),
    ).rejects.toThrow();
    const [row] = await t.db.select().from(employees).where(eq(employees.nip, '199001012015031001'));
    expect(row).toMatchObject({ roles: ['pegawai'], locale: 'id', timeZone: 'Asia/Jakarta', active: true });
  });
});

describe('PGlite data folder', () => {
  it('refuses a second process on the same folder, keeps data across reopen, frees the lock on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dika-lock-'));
    const dataDir = join(dir, 'data');
    try {
      const first = await openDatabase({ dataDir });
      await first.db.insert(orgUnits).values({ name: 'X', path: 'X' });
      // A second open in this process stands in for a second `npm start`: the pid in the lock is alive.
      await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
      await first.close();
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
      const again = await openDatabase({ dataDir });
      expect(await again.db.select().from(orgUnits)).toHaveLength(1);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
