/**
 * The quarter-end reminder to run /evaluasi, through the real scheduler tick: planned once per
 * window, sent to each appraiser with someone still without a predikat at 09.00 their time on
 * the first working day of the window (Christmas and the weekend skipped), claimed once, and
 * not sent when everyone is rated or the period is closed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { firstWorkingDay, reminderWindowOn } from '../../src/core/evaluation/reminder-window.js';
import {
  ensurePeriod,
  setPeriodStatus,
  upsertEvaluation,
} from '../../src/storage/repositories/evaluations.js';
import { jobRuns } from '../../src/storage/schema.js';
import { PENILAI } from '../support/appraisal-rig.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedEvaluationTeam } from '../support/evaluation-seed.js';
import { scheduleRig } from '../support/schedule-rig.js';
import { linkTelegram } from '../support/telegram-harness.js';

const t = useTestDatabase();
beforeEach(() => truncateAll(t.db));

const reminders = (rig: ReturnType<typeof scheduleRig>) =>
  rig.delivered.filter((row) => (row.payload as { keys: string[] }).keys.includes('evaluation-reminder'));

describe('reminderWindowOn', () => {
  it.each([
    ['2026-12-24', undefined],
    ['2026-12-25', '2026-Q4:last-week'],
    ['2026-12-31', '2026-Q4:last-week'],
    ['2027-01-01', '2026-Q4:after'],
    ['2027-01-10', '2026-Q4:after'],
    ['2027-01-11', undefined],
    ['2026-04-01', '2026-Q1:after'],
    ['2026-03-25', '2026-Q1:last-week'],
  ])('%s → %s', (today, key) => {
    expect(reminderWindowOn(today)?.key).toBe(key);
  });

  it('first working day: skips what the calendar says is off', () => {
    const off = new Set(['2026-12-25', '2026-12-26', '2026-12-27']);
    expect(firstWorkingDay('2026-12-25', (d) => !off.has(d))).toBe('2026-12-28');
    expect(firstWorkingDay('2026-12-28', (d) => !off.has(d))).toBe('2026-12-28');
  });
});

describe('the quarter-end reminder job', () => {
  it('plans on Christmas, sends on Monday 28 Dec at 09.00 WITA, once', async () => {
    const team = await seedEvaluationTeam(t.db);
    await linkTelegram(t.db, team.penilai.id, PENILAI.id);
    const rig = scheduleRig(t.db);

    await rig.tick(new Date('2026-12-21T02:00:00Z')); // not in a window yet
    expect(reminders(rig)).toHaveLength(0);
    await rig.tick(new Date('2026-12-25T01:00:00Z'));
    expect(reminders(rig)).toHaveLength(0);
    const planned = (await t.db.select().from(jobRuns)).filter((j) => j.job === 'evaluation-reminder');
    expect(planned).toMatchObject([
      { periodKey: '2026-Q4:last-week', subject: String(team.penilai.id), status: 'pending' },
    ]);
    expect(planned[0]!.dueAt.toISOString()).toBe('2026-12-28T01:00:00.000Z'); // 09.00 WITA

    await rig.tick(new Date('2026-12-28T00:59:00Z'));
    expect(reminders(rig)).toHaveLength(0);
    await rig.tick(new Date('2026-12-28T01:00:00Z'));
    await rig.tick(new Date('2026-12-28T01:01:00Z'));
    await rig.platform.outbound.settled();
    const sent = reminders(rig);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ employeeId: team.penilai.id });
    expect((sent[0]!.payload as { args: unknown[] }).args[0]).toEqual({
      year: '2026',
      quarter: 4,
      phase: 'last-week',
      pending: 3,
      code: '2026-TW4',
    });
    expect((await t.db.select().from(jobRuns)).filter((j) => j.job === 'evaluation-plan')).toHaveLength(1);
  });

  const Q4 = { code: '2026-Q4', year: 2026, quarter: 4, startsOn: '2026-10-01', endsOn: '2026-12-31' };
  const rateAll = async (team: Awaited<ReturnType<typeof seedEvaluationTeam>>, periodId: number) => {
    for (const e of [team.sari, team.dodi, team.atasan])
      await upsertEvaluation(t.db, {
        employeeId: e.id,
        periodId,
        appraiserId: team.penilai.id,
        suggestedResult: null,
        resultRating: 'meets',
        behaviourRating: 'meets',
        predikat: 'baik',
        now: new Date('2026-12-26T00:00:00Z'),
      });
  };
  const sendsOf = async () =>
    (await t.db.select().from(jobRuns)).filter((j) => j.job === 'evaluation-reminder').map((j) => j.status);

  it('a planned reminder checks again when due: not sent once everyone is rated', async () => {
    const team = await seedEvaluationTeam(t.db);
    await linkTelegram(t.db, team.penilai.id, PENILAI.id);
    const rig = scheduleRig(t.db);
    await rig.tick(new Date('2026-12-25T01:00:00Z'));
    expect(await sendsOf()).toEqual(['pending']);

    await rateAll(team, (await ensurePeriod(t.db, Q4)).id);
    await rig.tick(new Date('2026-12-28T01:00:00Z'));
    await rig.tick(new Date('2026-12-28T01:01:00Z'));
    await rig.platform.outbound.settled();
    expect(reminders(rig)).toHaveLength(0);
    expect(await sendsOf()).not.toContain('pending');
  });

  it('a planned reminder checks again when due: not sent once the period is closed', async () => {
    const team = await seedEvaluationTeam(t.db);
    await linkTelegram(t.db, team.penilai.id, PENILAI.id);
    const rig = scheduleRig(t.db);
    await rig.tick(new Date('2026-12-25T01:00:00Z'));
    await ensurePeriod(t.db, Q4);
    await t.db.transaction((tx) =>
      setPeriodStatus(tx, { code: '2026-Q4', status: 'closed', actor: 'cli:admin', now: new Date() }),
    );
    await rig.tick(new Date('2026-12-28T01:00:00Z'));
    await rig.tick(new Date('2026-12-28T01:01:00Z'));
    await rig.platform.outbound.settled();
    expect(reminders(rig)).toHaveLength(0);
  });

  it('planned after the first working day’s 09.00 has passed: due at once, not in the past', async () => {
    const team = await seedEvaluationTeam(t.db);
    await linkTelegram(t.db, team.penilai.id, PENILAI.id);
    const rig = scheduleRig(t.db);
    const late = new Date('2026-12-29T05:00:00Z');
    await rig.tick(late);
    const planned = (await t.db.select().from(jobRuns)).filter((j) => j.job === 'evaluation-reminder');
    expect(planned).toHaveLength(1);
    // The tick's own clock, not 28 Dec 09.00 WITA.
    const delay = planned[0]!.dueAt.getTime() - late.getTime();
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThan(60_000);
  });

  it('no reminder when everyone has a predikat, or when the period is closed', async () => {
    const team = await seedEvaluationTeam(t.db);
    await linkTelegram(t.db, team.penilai.id, PENILAI.id);
    await rateAll(team, (await ensurePeriod(t.db, Q4)).id);
    const rig = scheduleRig(t.db);
    await rig.tick(new Date('2026-12-28T01:00:00Z'));
    expect((await t.db.select().from(jobRuns)).filter((j) => j.job === 'evaluation-reminder')).toEqual([]);

    // TW I 2027's last week, with its period closed early: nothing planned either.
    await ensurePeriod(t.db, {
      code: '2027-Q1',
      year: 2027,
      quarter: 1,
      startsOn: '2027-01-01',
      endsOn: '2027-03-31',
    });
    await t.db.transaction((tx) =>
      setPeriodStatus(tx, { code: '2027-Q1', status: 'closed', actor: 'cli:admin', now: new Date() }),
    );
    await rig.tick(new Date('2027-03-29T02:00:00Z'));
    await rig.tick(new Date('2027-03-29T02:01:00Z'));
    await rig.platform.outbound.settled();
    expect(reminders(rig)).toHaveLength(0);
    expect((await t.db.select().from(jobRuns)).filter((j) => j.job === 'evaluation-reminder')).toEqual([]);
    expect(
      (await t.db.select().from(jobRuns)).filter((j) => j.job === 'evaluation-plan').map((j) => j.periodKey),
    ).toEqual(['2026-Q4:last-week', '2027-Q1:last-week']);
  });
});
