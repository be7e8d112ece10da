/**
 * The dialog-kinerja record closes a request once: the atasan and the penilai recording the same
 * dialog at the same moment on two real connections leave one record, the first to commit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/storage/database.js';
import { recordDialogHeld } from '../../src/storage/repositories/dialog-records.js';
import { dialogRequests } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { onPostgres, openPools } from '../support/pools.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
let pools: Database[] = [];
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

async function seedRequest() {
  await truncateAll(t.db);
  const penilai = await seedEmployee(t.db, { name: 'Hendra' });
  const atasan = await seedEmployee(t.db, { name: 'Rina' });
  const sari = await seedEmployee(t.db, { name: 'Sari', supervisorId: atasan.id, appraiserId: penilai.id });
  const [request] = await t.db
    .insert(dialogRequests)
    .values({ employeeId: sari.id, supervisorId: atasan.id })
    .returning();
  return { penilai, atasan, requestId: request!.id };
}

const record = (requestId: number, heldBy: number, agreement: string) => ({
  requestId,
  heldBy,
  agreement,
  followUp: null,
  nextReviewOn: '2026-12-15',
  now: new Date('2026-12-02T03:00:00Z'),
});

describe('recording a dialog kinerja', () => {
  it('closes an open request once; a second record finds it closed', async () => {
    const { penilai, atasan, requestId } = await seedRequest();
    expect(await recordDialogHeld(t.db, record(requestId, atasan.id, 'Pertama'))).toBe(true);
    expect(await recordDialogHeld(t.db, record(requestId, penilai.id, 'Kedua'))).toBe(false);
    const [row] = await t.db.select().from(dialogRequests);
    expect(row).toMatchObject({
      status: 'held',
      heldBy: atasan.id,
      agreement: 'Pertama',
      nextReviewOn: '2026-12-15',
    });
  });

  it.skipIf(!onPostgres)('keeps one record when two connections race', async () => {
    for (let round = 0; round < 10; round++) {
      const { penilai, atasan, requestId } = await seedRequest();
      pools = await openPools(t.db, 2);
      const [a, b] = pools as [Database, Database];
      const results = await Promise.all([
        a.db.transaction((tx) => recordDialogHeld(tx, record(requestId, atasan.id, 'Atasan'))),
        b.db.transaction((tx) => recordDialogHeld(tx, record(requestId, penilai.id, 'Penilai'))),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const [row] = await t.db.select().from(dialogRequests);
      expect(row!.heldBy).toBe(results[0] ? atasan.id : penilai.id);
      await Promise.all(pools.map((p) => p.close()));
      pools = [];
    }
  });
});
