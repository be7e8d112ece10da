/**
 * activeKeyResults reads each key result's kind as the check-in and capaian need it: direction,
 * result kind (utama / tambahan), aspect (kuantitas, kualitas, waktu, biaya) and accumulation.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { activeKeyResults } from '../../../src/storage/repositories/key-results.js';
import { keyResults } from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { seedKeyResults, THREE_KRS } from '../../support/okr-seed.js';
import { seedEmployee } from '../../support/telegram-harness.js';

const t = useTestDatabase();
beforeEach(() => truncateAll(t.db));

it('maps direction, result kind, aspect and accumulation, with their defaults', async () => {
  const me = await seedEmployee(t.db, { name: 'Sari' });
  const [up, average, down] = await seedKeyResults(t.db, me.id, THREE_KRS);
  await t.db
    .update(keyResults)
    .set({ resultKind: 'additional', aspect: 'quality', accumulation: 'average' })
    .where(eq(keyResults.id, average!.id));
  await t.db.update(keyResults).set({ aspect: 'time' }).where(eq(keyResults.id, down!.id));
  const read = await activeKeyResults(t.db, me.id, '2026-03-04', '2026-W10');
  const kinds = read.map((kr) => ({
    id: kr.id,
    direction: kr.direction,
    resultKind: kr.resultKind,
    aspect: kr.aspect,
    accumulation: kr.accumulation,
    periodValues: kr.periodValues,
  }));
  expect(kinds).toEqual([
    {
      id: up!.id,
      direction: 'up',
      resultKind: 'main',
      aspect: null,
      accumulation: 'cumulative',
      periodValues: undefined,
    },
    {
      id: average!.id,
      direction: 'up',
      resultKind: 'additional',
      aspect: 'quality',
      accumulation: 'average',
      periodValues: [],
    },
    {
      id: down!.id,
      direction: 'down',
      resultKind: 'main',
      aspect: 'time',
      accumulation: 'latest',
      periodValues: undefined,
    },
  ]);
});
