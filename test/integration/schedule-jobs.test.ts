/**
 * The weekly schedule end to end on a real database, with an injected clock: planning claimed once
 * and idempotent, prompt → reminder → last call → digest → week close, skips (submitted, leave,
 * paused, not linked), catch-up after downtime, stale prompts dropped, quiet hours, a mid-week zone
 * change. Week 2026-W10: Monday 2 March … Sunday 8 March, no holiday.
 */
import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ensurePlanningJobs,
  PROMPT_JOB,
  planZoneWeek,
  REMINDER_JOB,
  SUPERVISOR_DIGEST_JOB,
} from '../../src/services/schedule/plan-schedule.js';
import { loadScheduleSources } from '../../src/services/schedule/schedule-sources.js';
import type { Db } from '../../src/storage/database.js';
import { recordLeave } from '../../src/storage/repositories/leave.js';
import {
  calendarDays,
  checkins,
  employees,
  jobRuns,
  keyResults,
  objectives,
  orgUnits,
  performancePeriods,
  unitSchedules,
  weekOutcomes,
} from '../../src/storage/schema.js';
import { rowsOf, truncateAll, useTestDatabase } from '../support/database.js';
import { outboundPerPerson, scheduleRig, seedPeople } from '../support/schedule-rig.js';

const database = useTestDatabase();
beforeEach(() => truncateAll(database.db));

/** Local WIB wall-clock time in week 2026-W10 as an instant (WIB = UTC+7). */
const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);
const MONDAY_0900 = wib('2026-03-02', '09:00');

const keysSent = async (db: Db, employeeId: number) =>
  rowsOf<{ keys: string[] }>(
    await db.execute(
      sql`select payload->'keys' as keys from outbound_messages where employee_id = ${employeeId} and priority = 1 order by id`,
    ),
  ).map((r) => r.keys);

const jobCount = async (db: Db, job: string) =>
  rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from job_runs where job = ${job}`))[0]!
    .n;

async function submit(db: Db, employeeId: number, week = '2026-W10', weekStart = '2026-03-02') {
  await db
    .insert(checkins)
    .values({ employeeId, isoWeek: week, weekStart, channel: 'telegram', submittedAt: MONDAY_0900 });
}

describe('planning', () => {
  it('plans each person once per week, however often and wherever it runs', async () => {
    const { db } = database;
    const [boss] = await seedPeople(db, { count: 1 });
    await seedPeople(db, { count: 3, firstNip: 10, supervisorId: boss! });
    const rig = scheduleRig(db);
    await rig.tick(wib('2026-03-02', '00:05'));
    // Four people × prompt, reminder, last call; one digest (the supervisor); one close.
    const counts = rowsOf<{ job: string; n: number }>(
      await db.execute(sql`select job, count(*)::int as n from job_runs group by job order by job`),
    );
    expect(Object.fromEntries(counts.map((c) => [c.job, c.n]))).toEqual({
      'checkin-last-call': 4,
      'checkin-prompt': 4,
      'checkin-reminder': 4,
      'schedule-plan': 1,
      'supervisor-digest': 1,
      'week-close': 1,
    });
    // The next day plans again (people may have been imported) and adds nothing for these four.
    await rig.tick(wib('2026-03-03', '00:05'));
    expect(await jobCount(db, PROMPT_JOB)).toBe(4);
    expect(await jobCount(db, 'schedule-plan')).toBe(2);
  });

  it('plans 09.00 in each person’s own zone, each zone by its own planning job', async () => {
    const { db } = database;
    const [jakarta] = await seedPeople(db, { count: 1 });
    const [makassar] = await seedPeople(db, { count: 1, firstNip: 10, timeZone: 'Asia/Makassar' });
    const [jayapura] = await seedPeople(db, { count: 1, firstNip: 20, timeZone: 'Asia/Jayapura' });
    await scheduleRig(db).tick(wib('2026-03-02', '00:05')); // 01.05 WITA, 02.05 WIT: Monday everywhere
    const prompts = await db.select().from(jobRuns).where(eq(jobRuns.job, PROMPT_JOB));
    const dueOf = (id: number) => prompts.find((p) => p.subject === String(id))?.dueAt.toISOString();
    expect([dueOf(jakarta!), dueOf(makassar!), dueOf(jayapura!)]).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-02T01:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
    ]);
    expect(await jobCount(db, 'schedule-plan')).toBe(3);
    expect(await jobCount(db, 'week-close')).toBe(3);
  });

  it('moves the prompt off the cuti bersama and holiday of 23–24 March 2026 to Wednesday 25 March', async () => {
    const { db } = database;
    const [a] = await seedPeople(db, { count: 1 });
    await scheduleRig(db).tick(wib('2026-03-23', '00:05'));
    const [prompt] = await db.select().from(jobRuns).where(eq(jobRuns.job, PROMPT_JOB));
    expect(prompt).toMatchObject({
      subject: String(a),
      periodKey: '2026-W13',
      dueAt: wib('2026-03-25', '09:00'),
    });
  });

  it('does not plan sends on days before the planning day (someone imported on Wednesday)', async () => {
    const { db } = database;
    await seedPeople(db, { count: 1 });
    await scheduleRig(db).tick(wib('2026-03-04', '00:05'));
    expect(await jobCount(db, PROMPT_JOB)).toBe(0);
    expect(await jobCount(db, REMINDER_JOB)).toBe(1);
  });

  it('plans the known zones when someone has a zone the time-zone library does not know', async () => {
    const { db } = database;
    const [ok] = await seedPeople(db, { count: 1 });
    await seedPeople(db, { count: 1, firstNip: 10, timeZone: 'Mars/Olympus' });
    const planned = await ensurePlanningJobs(db, wib('2026-03-02', '00:05'));
    expect(planned).toBe(1);
    const plans = await db.select().from(jobRuns).where(eq(jobRuns.job, 'schedule-plan'));
    expect(plans.map((p) => p.subject)).toEqual(['Asia/Jakarta']);
    await scheduleRig(db).tick(wib('2026-03-02', '00:05'));
    const prompts = await db.select().from(jobRuns).where(eq(jobRuns.job, PROMPT_JOB));
    expect(prompts.map((p) => p.subject)).toEqual([String(ok)]);
  });

  it("counts a zone's people and the sends it planned, once", async () => {
    const { db } = database;
    await seedPeople(db, { count: 3 });
    const sources = await loadScheduleSources(db);
    const plan = () => planZoneWeek(db, { zone: 'Asia/Jakarta', date: '2026-03-02', sources, pageSize: 2 });
    // Three people × prompt, reminder, last call, and the zone's week close; two pages of people.
    expect(await plan()).toEqual({ people: 3, inserted: 10 });
    expect(await plan()).toEqual({ people: 3, inserted: 0 });
    // A zone nobody lives in plans nothing, not even its week close.
    const empty = await planZoneWeek(db, { zone: 'Asia/Jayapura', date: '2026-03-02', sources });
    expect(empty).toEqual({ people: 0, inserted: 0 });
    expect(await jobCount(db, 'week-close')).toBe(1);
  });

  it('plans nothing for a paused unit', async () => {
    const { db } = database;
    const [unit] = await db.insert(orgUnits).values({ name: 'Biro A', path: 'Biro A' }).returning();
    await db.insert(unitSchedules).values({ unitId: unit!.id, paused: true });
    const [id] = await seedPeople(db, { count: 1 });
    await db.update(employees).set({ unitId: unit!.id }).where(eq(employees.id, id!));
    await scheduleRig(db).tick(wib('2026-03-02', '00:05'));
    expect(await jobCount(db, PROMPT_JOB)).toBe(0);
  });
});

describe('sending', () => {
  it('prompts at 09.00, reminds Wednesday and calls Friday only those who have not submitted', async () => {
    const { db } = database;
    const [a, b] = await seedPeople(db, { count: 2 });
    const rig = scheduleRig(db);
    await rig.tick(MONDAY_0900);
    expect(await outboundPerPerson(db)).toEqual(
      new Map([
        [a!, 1],
        [b!, 1],
      ]),
    );
    await submit(db, b!);
    await rig.tick(wib('2026-03-04', '09:00'));
    await rig.tick(wib('2026-03-06', '14:00'));
    expect((await keysSent(db, a!)).map((keys) => keys[0])).toEqual([
      expect.not.stringMatching(/^schedule-/),
      'schedule-reminder-line',
      'schedule-last-call-line',
    ]);
    expect(await keysSent(db, b!)).toHaveLength(1);
    // Ticking again at the same moments sends nothing more.
    await rig.tick(wib('2026-03-06', '14:01'));
    expect((await outboundPerPerson(db)).get(a!)).toBe(3);
  });

  it('tells someone without an active indicator so in the prompt, and reminds them of nothing', async () => {
    const { db } = database;
    const [none] = await seedPeople(db, { count: 1, indicators: false });
    const [some] = await seedPeople(db, { count: 1, firstNip: 10 });
    const rig = scheduleRig(db);
    await rig.tick(MONDAY_0900);
    await rig.tick(wib('2026-03-04', '09:00'));
    await rig.tick(wib('2026-03-06', '14:00'));
    expect(await keysSent(db, none!)).toEqual([['checkin-no-krs']]);
    expect((await keysSent(db, some!)).map((keys) => keys[0])).toEqual([
      expect.stringMatching(/^greeting-/),
      'schedule-reminder-line',
      'schedule-last-call-line',
    ]);
    // Both reminders were due and done: skipped, not left to come back.
    const jobs = await db
      .select()
      .from(jobRuns)
      .where(eq(jobRuns.subject, String(none!)));
    expect(jobs.map((j) => [j.job, j.status]).sort()).toEqual([
      ['checkin-last-call', 'done'],
      ['checkin-prompt', 'done'],
      ['checkin-reminder', 'done'],
    ]);
  });

  it('catches a 09.00 prompt up once at 09.40 after downtime, and drops one from yesterday', async () => {
    const { db } = database;
    const [a] = await seedPeople(db, { count: 1 });
    const rig = scheduleRig(db);
    await rig.tick(wib('2026-03-02', '00:05')); // planned before the outage
    await rig.tick(wib('2026-03-02', '09:40'));
    await rig.tick(wib('2026-03-02', '09:41'));
    expect((await outboundPerPerson(db)).get(a!)).toBe(1);

    await truncateAll(db);
    const [c] = await seedPeople(db, { count: 1 });
    await rig.tick(wib('2026-03-02', '00:05'));
    await rig.tick(wib('2026-03-03', '08:00')); // down all Monday
    expect((await outboundPerPerson(db)).get(c!)).toBeUndefined();
    const [prompt] = await db.select().from(jobRuns).where(eq(jobRuns.job, PROMPT_JOB));
    expect(prompt!.status).toBe('done');
  });

  it('holds a send planned inside quiet hours until 07.00 and sends it then', async () => {
    const { db } = database;
    const [unit] = await db.insert(orgUnits).values({ name: 'Biro A', path: 'Biro A' }).returning();
    await db
      .insert(unitSchedules)
      .values({ unitId: unit!.id, settings: { prompt: { day: 'first', time: '06:00' } } });
    const [a] = await seedPeople(db, { count: 1 });
    await db.update(employees).set({ unitId: unit!.id }).where(eq(employees.id, a!));
    const rig = scheduleRig(db);
    await rig.tick(wib('2026-03-02', '06:00'));
    expect((await outboundPerPerson(db)).get(a!)).toBeUndefined();
    const [prompt] = await db.select().from(jobRuns).where(eq(jobRuns.job, PROMPT_JOB));
    expect(prompt).toMatchObject({ status: 'pending', dueAt: wib('2026-03-02', '07:00') });
    await rig.tick(wib('2026-03-02', '07:00'));
    expect((await outboundPerPerson(db)).get(a!)).toBe(1);
  });

  it('skips people on leave that day, inactive or without a linked chat', async () => {
    const { db } = database;
    const [onLeave, gone] = await seedPeople(db, { count: 2 });
    const [unlinked] = await seedPeople(db, { count: 1, firstNip: 50, linked: false });
    await recordLeave(db, {
      employeeId: onLeave!,
      startsOn: '2026-03-02',
      endsOn: '2026-03-03',
      source: 'import',
    });
    const rig = scheduleRig(db);
    await rig.tick(wib('2026-03-02', '00:05')); // `gone` is planned, then leaves
    await db.update(employees).set({ active: false }).where(eq(employees.id, gone!));
    await rig.tick(MONDAY_0900);
    expect(await outboundPerPerson(db)).toEqual(new Map());
    // Back from leave on Wednesday: the reminder reaches them.
    await rig.tick(wib('2026-03-04', '09:00'));
    expect(await outboundPerPerson(db)).toEqual(new Map([[onLeave!, 1]]));
    expect(await jobCount(db, PROMPT_JOB)).toBe(3); // all planned, all skipped when due
    expect(unlinked).toBeDefined();
  });

  it('sends nothing to a unit paused after its week was planned', async () => {
    const { db } = database;
    const [unit] = await db.insert(orgUnits).values({ name: 'Biro A', path: 'Biro A' }).returning();
    const [a] = await seedPeople(db, { count: 1 });
    await db.update(employees).set({ unitId: unit!.id }).where(eq(employees.id, a!));
    const rig = scheduleRig(db);
    await rig.tick(wib('2026-03-02', '00:05'));
    await db.insert(unitSchedules).values({ unitId: unit!.id, paused: true });
    await rig.tick(MONDAY_0900);
    expect(await outboundPerPerson(db)).toEqual(new Map());
  });

  it('prompts a person who moves zone mid-week once, not twice', async () => {
    const { db } = database;
    const [a] = await seedPeople(db, { count: 1 });
    const rig = scheduleRig(db);
    await rig.tick(wib('2026-03-02', '00:05'));
    // Monday 08.00 WIB: moves to Jayapura (WIT, UTC+9), where it is already 10.00.
    await db.update(employees).set({ timeZone: 'Asia/Jayapura' }).where(eq(employees.id, a!));
    for (const time of ['08:00', '08:30', '09:00', '09:30']) await rig.tick(wib('2026-03-02', time));
    await rig.tick(wib('2026-03-03', '00:05'));
    await rig.tick(wib('2026-03-03', '09:00'));
    expect((await outboundPerPerson(db)).get(a!)).toBe(1);
    expect(await jobCount(db, PROMPT_JOB)).toBe(1);
  });

  it("sends a supervisor's digest: the rekap's weekly view of the line, and who cannot be reached", async () => {
    const { db } = database;
    const [boss] = await seedPeople(db, { count: 1 });
    const [done, away, late] = await seedPeople(db, { count: 3, firstNip: 10, supervisorId: boss! });
    const [unlinked] = await seedPeople(db, { count: 1, firstNip: 20, supervisorId: boss!, linked: false });
    await submit(db, done!);
    await recordLeave(db, {
      employeeId: away!,
      startsOn: '2026-03-02',
      endsOn: '2026-03-06',
      source: 'import',
    });
    const rig = scheduleRig(db);
    await rig.tick(wib('2026-03-02', '00:05'));
    await db.execute(sql`update job_runs set status = 'cancelled' where job <> ${SUPERVISOR_DIGEST_JOB}`);
    await rig.tick(wib('2026-03-06', '16:00'));
    type Payload = {
      keys: string[];
      args: Array<Record<string, unknown>>;
      lines: Array<Array<Record<string, unknown>> | null>;
      files: string[];
    };
    const [digest] = rowsOf<{ payload: Payload }>(
      await db.execute(sql`select payload from outbound_messages where employee_id = ${boss!}`),
    );
    // Friday 16.00: one reported, one on leave all week, two not yet (one of them not linked).
    expect(digest!.payload.lines[0]![0]).toMatchObject({
      submitted: 1,
      expected: 3,
      leave: 1,
      pending: 2,
      names: 'Pegawai 12, Pegawai 20',
    });
    expect(digest!.payload.files).toEqual(['rekap.png']);
    expect(digest!.payload.keys).toEqual([
      'rekap-title',
      // Weeks before anyone's first record are not judged: nobody is "without a report for 2 weeks".
      'rekap-attention-none',
      'rekap-blockers-none',
      'rekap-support-none',
      'schedule-digest-unlinked',
    ]);
    expect(digest!.payload.args[0]).toMatchObject({ periodKind: 'week' });
    expect(digest!.payload.args.at(-1)!.names).toBe('Pegawai 20');
    expect([late, unlinked]).toHaveLength(2);
  });
});

describe('week close', () => {
  it('records missed, leave, nothing for a submitter, once', async () => {
    const { db } = database;
    const [done, away, missing] = await seedPeople(db, { count: 3 });
    await submit(db, done!);
    await recordLeave(db, {
      employeeId: away!,
      startsOn: '2026-03-05',
      endsOn: '2026-03-10',
      source: 'import',
    });
    const rig = scheduleRig(db);
    await rig.tick(wib('2026-03-02', '00:05'));
    await db.execute(sql`update job_runs set status = 'cancelled' where job <> 'week-close'`);
    await rig.tick(wib('2026-03-08', '23:58'));
    expect(await db.select().from(weekOutcomes)).toEqual([]);
    await rig.tick(wib('2026-03-09', '00:00'));
    await rig.tick(wib('2026-03-09', '00:01'));
    const outcomes = await db.select().from(weekOutcomes);
    expect(Object.fromEntries(outcomes.map((o) => [o.employeeId, o.outcome]))).toEqual({
      [away!]: 'leave',
      [missing!]: 'missed',
    });
    expect(outcomes.every((o) => o.isoWeek === '2026-W10')).toBe(true);
  });

  it('records nothing for someone with no active key result in a period overlapping the week', async () => {
    const { db } = database;
    const [missing, inactive] = await seedPeople(db, { count: 2 });
    const [none, ended, starting, midweek] = await seedPeople(db, {
      count: 4,
      firstNip: 10,
      indicators: false,
    });
    await db.update(keyResults).set({ active: false }).where(eq(keyResults.ownerId, inactive!));
    // Key results in a period that ends the Friday before the week, one that begins on its
    // Sunday, and one that ends on its Wednesday.
    const keyResultIn = async (ownerId: number, code: string, startsOn: string, endsOn: string) => {
      const [period] = await db
        .insert(performancePeriods)
        .values({ code, year: 2026, startsOn, endsOn })
        .returning();
      const [objective] = await db
        .insert(objectives)
        .values({ ownerId, periodId: period!.id, title: 'Sasaran' })
        .returning();
      await db.insert(keyResults).values({
        code: `${code}-1`,
        objectiveId: objective!.id,
        ownerId,
        periodId: period!.id,
        title: 'Dokumen',
        unitLabel: 'dokumen',
        baseline: 0,
        target: 4,
      });
    };
    await keyResultIn(ended!, 'P-before', '2026-01-01', '2026-02-27');
    await keyResultIn(starting!, 'P-from', '2026-03-08', '2026-12-31');
    await keyResultIn(midweek!, 'P-until', '2026-01-01', '2026-03-04');
    const rig = scheduleRig(db);
    await rig.tick(wib('2026-03-02', '00:05'));
    await db.execute(sql`update job_runs set status = 'cancelled' where job <> 'week-close'`);
    await rig.tick(wib('2026-03-09', '00:00'));
    const outcomes = await db.select().from(weekOutcomes);
    expect(outcomes.map((o) => o.employeeId).sort()).toEqual([missing!, starting!, midweek!].sort());
    expect(none).toBeDefined();
  });

  it('records no-workday for a week without a working day, and plans no prompt in it', async () => {
    const { db } = database;
    const [a] = await seedPeople(db, { count: 1 });
    await db.insert(calendarDays).values(
      ['02', '03', '04', '05', '06'].map((d) => ({
        day: `2026-03-${d}`,
        kind: 'holiday',
        name: 'Libur uji',
      })),
    );
    const rig = scheduleRig(db);
    await rig.tick(wib('2026-03-02', '00:05'));
    expect(await jobCount(db, PROMPT_JOB)).toBe(0);
    await rig.tick(wib('2026-03-09', '00:00'));
    expect(await db.select().from(weekOutcomes)).toMatchObject([{ employeeId: a, outcome: 'no-workday' }]);
  });
});
