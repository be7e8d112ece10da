/**
 * What the scheduled sends read about people (src/storage/repositories/schedule-jobs.ts): the units
 * of a zone, one person's send facts, and a supervisor's direct reports as the digest lists them.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import {
  directReportsForDigest,
  sendFacts,
  unitsInZone,
} from '../../../src/storage/repositories/schedule-jobs.js';
import { channelIdentities } from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { linkSlack } from '../../support/slack-harness.js';
import { linkTelegram, seedEmployee, seedUnitPath } from '../../support/telegram-harness.js';

const t = useTestDatabase();
beforeEach(() => truncateAll(t.db));

it("lists a zone's units of active people once each, null for people without a unit", async () => {
  const biro = await seedUnitPath(t.db, 'Biro A');
  const other = await seedUnitPath(t.db, 'Biro B');
  await seedEmployee(t.db, { unitId: biro });
  await seedEmployee(t.db, { unitId: biro });
  await seedEmployee(t.db, {});
  await seedEmployee(t.db, { unitId: other, active: false });
  await seedEmployee(t.db, { unitId: other, timeZone: 'Asia/Jayapura' });
  const units = await unitsInZone(t.db, 'Asia/Jakarta');
  expect(units.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([null, biro]);
});

it("reads a person's unit as a number, or null without one", async () => {
  const biro = await seedUnitPath(t.db, 'Biro A');
  const inUnit = await seedEmployee(t.db, { unitId: biro });
  const loose = await seedEmployee(t.db, {});
  const facts = (employeeId: number) =>
    sendFacts(t.db, { employeeId, weekKey: '2026-W10', date: '2026-03-04' });
  expect(await facts(inUnit.id)).toMatchObject({ unitId: biro, linked: false, paused: false });
  expect((await facts(loose.id))?.unitId).toBeNull();
  expect(await facts(loose.id + 1000)).toBeUndefined();
});

it('tells the digest who is linked nowhere and who is linked but unreachable everywhere', async () => {
  const boss = await seedEmployee(t.db, { name: 'Kepala' });
  const names = ['A Tanpa akun', 'B Terblokir', 'C Satu dari dua', 'D Biasa'];
  const [none, blocked, half, fine] = await Promise.all(
    names.map((name) => seedEmployee(t.db, { name, supervisorId: boss.id })),
  );
  await linkTelegram(t.db, blocked!.id, 501);
  await linkTelegram(t.db, half!.id, 502);
  await linkSlack(t.db, half!.id, 'U503'); // the chat that still works
  await linkTelegram(t.db, fine!.id, 504);
  const gone = new Date('2026-03-01T00:00:00Z');
  await t.db
    .update(channelIdentities)
    .set({ unreachableAt: gone })
    .where(eq(channelIdentities.chatId, '501'));
  await t.db
    .update(channelIdentities)
    .set({ unreachableAt: gone })
    .where(eq(channelIdentities.chatId, '502'));
  const reports = await directReportsForDigest(t.db, {
    supervisorId: boss.id,
    weekKey: '2026-W10',
    date: '2026-03-04',
  });
  expect(reports.map((r) => [r.name, r.unlinked, r.unreachable])).toEqual([
    ['A Tanpa akun', true, false],
    ['B Terblokir', false, true],
    ['C Satu dari dua', false, false],
    ['D Biasa', false, false],
  ]);
  expect(none).toBeDefined();
});
