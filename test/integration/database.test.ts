import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { handleEvent } from '../../src/services/events/handle-event.js';
import { createPlatform } from '../../src/services/platform.js';
import { DataDirLockedError, LOCK_FILE } from '../../src/storage/data-dir-lock.js';
import { openDatabase } from '../../src/storage/database.js';
import { pruneProcessedEvents } from '../../src/storage/inbound-events.js';
import { employees, keyResults, orgUnits } from '../../src/storage/schema.js';
import { useTestDatabase } from '../support/database.js';
import { seedKeyResults } from '../support/okr-seed.js';

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

  it("keeps a key result's owner and period those of its objective", async () => {
    const [unit] = await t.db
      .insert(orgUnits)
      .values({ name: 'Biro Renstra', path: 'Biro Renstra' })
      .returning();
    const people = await t.db
      .insert(employees)
      .values([
        { nip: '199001012015031011', name: 'A', unitId: unit!.id },
        { nip: '199001012015031012', name: 'B', unitId: unit!.id },
      ])
      .returning();
    const [kr] = await seedKeyResults(t.db, people[0]!.id, [
      { code: 'K-1', title: 'x', unitLabel: 'dokumen', baseline: 0, target: 4 },
    ]);
    const [other] = await seedKeyResults(
      t.db,
      people[1]!.id,
      [{ code: 'K-9', title: 'z', unitLabel: 'dokumen', baseline: 0, target: 1 }],
      '2027',
    );
    const base = { objectiveId: kr!.objectiveId, title: 'y', unitLabel: 'dokumen', baseline: 0, target: 1 };
    // Another person's key result under A's objective, or one in a period the objective is not in.
    await expect(
      t.db
        .insert(keyResults)
        .values({ ...base, code: 'K-2', ownerId: people[1]!.id, periodId: kr!.periodId }),
    ).rejects.toThrow();
    await expect(
      t.db
        .insert(keyResults)
        .values({ ...base, code: 'K-3', ownerId: kr!.ownerId, periodId: other!.periodId }),
    ).rejects.toThrow();
    await expect(
      t.db.update(keyResults).set({ ownerId: people[1]!.id }).where(eq(keyResults.id, kr!.id)),
    ).rejects.toThrow();
    expect(await t.db.select({ code: keyResults.code }).from(keyResults).orderBy(keyResults.code)).toEqual([
      { code: 'K-1' },
      { code: 'K-9' },
    ]);
  });
});

describe('PGlite data folder', () => {
  it('refuses a second process on the same folder, keeps data across reopen, frees the lock on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dika-lock-'));
    const dataDir = join(dir, 'data');
    try {
      const first = await openDatabase({ dataDir });
      // Inside the folder (the one place dika must be able to write), not beside it.
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
      await first.db.insert(orgUnits).values({ name: 'X', path: 'X' });
      // A second open in this process stands in for a second `npm start`: the pid in the lock is alive.
      await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
      await first.close();
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
      const again = await openDatabase({ dataDir });
      expect(await again.db.select().from(orgUnits)).toHaveLength(1);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The event pipeline with a result only (no messages): what a redelivery changes. */
async function handleOnce<T>(
  db: typeof t.db,
  event: { platform: string; eventId: string },
  work: () => Promise<T>,
) {
  const logger = pino({ level: 'silent' });
  const outcome = await handleEvent(
    { db, logger, outbound: createPlatform({ db, logger }).outbound },
    { source: event.platform, eventId: event.eventId },
    work,
  );
  return outcome.duplicate ? outcome : { duplicate: false, result: outcome.result };
}

describe('processed events', () => {
  it('runs an effect once per event id and prunes old ids', async () => {
    let runs = 0;
    const event = { platform: 'telegram', eventId: 'prune-1' };
    expect(await handleOnce(t.db, event, async () => ++runs)).toEqual({ duplicate: false, result: 1 });
    expect(await handleOnce(t.db, event, async () => ++runs)).toEqual({ duplicate: true });
    expect(runs).toBe(1);
    expect(await pruneProcessedEvents(t.db, new Date(Date.now() - 60_000))).toBe(0);
    expect(await pruneProcessedEvents(t.db, new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(1);
    expect(await handleOnce(t.db, event, async () => ++runs)).toEqual({ duplicate: false, result: 2 });
  });

  it('rolls the event back with a failing effect, so a retry runs it', async () => {
    const event = { platform: 'telegram', eventId: 'fails-once' };
    await expect(handleOnce(t.db, event, async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(await handleOnce(t.db, event, async () => 'ok')).toEqual({ duplicate: false, result: 'ok' });
  });
});
