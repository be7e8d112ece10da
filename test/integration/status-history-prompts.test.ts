/**
 * `/status` and `/riwayat` as the service builds them (src/services/status-service.ts): one line
 * per key result with the latest realisasi (an average counted once), and the last check-ins,
 * newest first, six by default. Storage is real. Written against mutants `npm run mutate` left
 * alive, every value built inside its test.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { personOf } from '../../src/services/people/person.js';
import { historyPrompt, statusPrompt } from '../../src/services/status-service.js';
import { blockers, checkins, krUpdates } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedKeyResults } from '../support/okr-seed.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
// Wednesday 9 December 2026.
const now = new Date('2026-12-09T03:00:00Z');

beforeEach(() => truncateAll(t.db));

async function checkin(employeeId: number, week: number, extra: Partial<typeof checkins.$inferInsert> = {}) {
  const monday = new Date(Date.UTC(2026, 10, 30 + (week - 49) * 7)).toISOString().slice(0, 10);
  const [row] = await t.db
    .insert(checkins)
    .values({
      employeeId,
      isoWeek: `2026-W${week}`,
      weekStart: monday,
      channel: 'telegram',
      submittedAt: now,
      ...extra,
    })
    .returning();
  return row!;
}

describe('statusPrompt', () => {
  it('no key results: the no-indicator note', async () => {
    const sari = await seedEmployee(t.db);
    expect(await statusPrompt(t.db, personOf(sari), now)).toEqual({ key: 'checkin-no-krs', expects: 'none' });
  });

  it('one line per key result: reported ones with figures and confidence, an average counted once', async () => {
    const sari = await seedEmployee(t.db);
    const krs = await seedKeyResults(t.db, sari.id, [
      {
        code: 'A-1',
        title: 'Dokumen selesai',
        unitLabel: 'dokumen',
        baseline: 0,
        target: 4,
        accumulation: 'latest',
      },
      {
        code: 'A-2',
        title: 'Kepuasan layanan',
        unitLabel: '%',
        baseline: 0,
        target: 90,
        accumulation: 'average',
      },
      {
        code: 'A-3',
        title: 'Belum dilaporkan',
        unitLabel: 'hari',
        baseline: 10,
        target: 5,
        direction: 'down',
      },
    ]);
    const w48 = await checkin(sari.id, 48);
    const w49 = await checkin(sari.id, 49);
    await t.db.insert(krUpdates).values([
      { checkinId: w48.id, keyResultId: krs[0]!.id, value: 1 },
      { checkinId: w48.id, keyResultId: krs[1]!.id, value: 60 },
      { checkinId: w49.id, keyResultId: krs[0]!.id, value: 3, confidence: 8 },
      { checkinId: w49.id, keyResultId: krs[1]!.id, value: 80 },
      { checkinId: w49.id, keyResultId: krs[2]!.id, skipped: true },
    ]);
    const prompt = await statusPrompt(t.db, personOf(sari), now);
    expect(prompt.key).toBe('status-header');
    expect(prompt.args).toEqual({ count: 3 });
    expect(prompt.expects).toBe('none');
    const [first, second, third] = prompt.lines!;
    expect(first).toEqual({
      key: 'status-kr',
      args: expect.objectContaining({
        index: 1,
        title: 'Dokumen selesai',
        target: { amount: 4, unit: 'dokumen' },
        realisasi: { amount: 3, unit: 'dokumen' },
        averaged: 'no',
        confidence: 8,
      }),
    });
    // The mean of 60 and 80, not of 60, 80 and 80 again.
    expect(second!.args).toMatchObject({
      index: 2,
      realisasi: { amount: 70, unit: '%' },
      averaged: 'yes',
      confidence: 'none',
    });
    expect(third).toEqual({
      key: 'status-kr-unreported',
      args: { index: 3, title: 'Belum dilaporkan', target: { amount: 5, unit: 'hari' }, confidence: 'none' },
    });
  });
});

describe('historyPrompt', () => {
  it('no check-ins: the empty note', async () => {
    const sari = await seedEmployee(t.db);
    expect(await historyPrompt(t.db, personOf(sari))).toEqual({ key: 'history-empty', expects: 'none' });
  });

  it('the last six check-ins by default, newest first, with counts, support, dialog and revision', async () => {
    const sari = await seedEmployee(t.db);
    const [kr1, kr2] = await seedKeyResults(t.db, sari.id, [
      { code: 'A-1', title: 'a', unitLabel: 'dokumen', baseline: 0, target: 4 },
      { code: 'A-2', title: 'b', unitLabel: 'dokumen', baseline: 0, target: 4 },
    ]);
    for (let week = 42; week <= 48; week++) await checkin(sari.id, week);
    const last = await checkin(sari.id, 49, {
      revision: 2,
      wantsDialog: true,
      supportNeeded: 'Akses server',
    });
    await t.db.insert(krUpdates).values([
      { checkinId: last.id, keyResultId: kr1!.id, value: 2 },
      { checkinId: last.id, keyResultId: kr2!.id, skipped: true },
    ]);
    await t.db.insert(blockers).values([
      { checkinId: last.id, text: 'x' },
      { checkinId: last.id, text: 'y' },
    ]);
    const prompt = await historyPrompt(t.db, personOf(sari));
    expect(prompt.key).toBe('history-header');
    expect(prompt.args).toEqual({ count: 6 });
    expect(prompt.lines).toHaveLength(6);
    expect(prompt.lines![0]).toEqual({
      key: 'history-line',
      args: {
        weekFrom: { date: '2026-11-30' },
        weekTo: { date: '2026-12-04' },
        weekSpan: 'year',
        updated: 1,
        total: 2,
        blockers: 2,
        support: 'Akses server',
        dialog: 'yes',
        revised: 'yes',
      },
    });
    expect(prompt.lines![1]!.args).toMatchObject({
      weekFrom: { date: '2026-11-23' },
      updated: 0,
      total: 0,
      blockers: 0,
      support: 'none',
      dialog: 'no',
      revised: 'no',
    });
    expect(prompt.lines!.at(-1)!.args).toMatchObject({ weekFrom: { date: '2026-10-26' } });
    expect((await historyPrompt(t.db, personOf(sari), 2)).lines).toHaveLength(2);
  });
});
