/**
 * The supervisor digest's unit-head part (src/services/schedule/supervisor-digest.ts): a head gets
 * one summary per unit they head that has people, none for an empty one, and a plain supervisor
 * gets none. The line's part and the reach lists are covered end to end in schedule-jobs.test.ts.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import type { Prompt } from '../../../src/core/conversation/types.js';
import { supervisorDigest } from '../../../src/services/schedule/supervisor-digest.js';
import { orgUnits } from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { seedEmployee, seedUnitPath } from '../../support/telegram-harness.js';

const t = useTestDatabase();
beforeEach(() => truncateAll(t.db));

const WEDNESDAY = '2026-03-04';
const titles = (prompts: Prompt[]) =>
  prompts.filter((p) => p.key === 'rekap-unit-title').map((p) => p.args?.path);

async function seedUnits() {
  const boss = await seedEmployee(t.db, { name: 'Kepala Biro' });
  const biroA = await seedUnitPath(t.db, 'Deputi I/Biro A');
  const bagian = await seedUnitPath(t.db, 'Deputi I/Biro A/Bagian 1');
  const biroB = await seedUnitPath(t.db, 'Deputi I/Biro B'); // headed, nobody in it
  await t.db.update(orgUnits).set({ headId: boss.id }).where(eq(orgUnits.id, biroA));
  await t.db.update(orgUnits).set({ headId: boss.id }).where(eq(orgUnits.id, biroB));
  for (const name of ['Sari', 'Budi']) await seedEmployee(t.db, { name, unitId: bagian });
  return { boss };
}

it('a unit head gets a summary of each unit they head that has people, with a line per sub-unit', async () => {
  const { boss } = await seedUnits();
  const digest = await supervisorDigest(t.db, { supervisorId: boss.id, reports: [], localDate: WEDNESDAY });
  expect(titles(digest.prompts)).toEqual(['Deputi I/Biro A']);
  const summary = digest.prompts.find((p) => p.key === 'rekap-unit-title')!;
  expect(summary.lines?.map((l) => [l.args?.name, l.args?.total])).toEqual([['Bagian 1', 2]]);
});

it('someone who heads no unit gets no unit summary, only their line', async () => {
  await seedUnits();
  const plain = await seedEmployee(t.db, { name: 'Atasan Biasa' });
  await seedEmployee(t.db, { name: 'Wati', supervisorId: plain.id });
  const digest = await supervisorDigest(t.db, { supervisorId: plain.id, reports: [], localDate: WEDNESDAY });
  expect(titles(digest.prompts)).toEqual([]);
  expect(digest.line.people.map((p) => p.name)).toEqual(['Wati']);
});
