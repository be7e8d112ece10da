/**
 * loadRekapData reads exactly the facts of a rekap: each week's status (check-in, recorded
 * outcome, leave, unit holidays, still open), every report of the SKP year up to the period's
 * end with its evidence count, umpan balik, kendala, dukungan and open dialog requests, within
 * the scope only; in the same number of statements for 3 people as for 30.
 */
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RekapData, RekapPeriod } from '../../src/core/rekap/rekap-data.js';
import type { Db } from '../../src/storage/database.js';
import { loadRekapData } from '../../src/storage/repositories/rekap.js';
import {
  blockers,
  calendarDays,
  channelIdentities,
  checkinFeedback,
  checkins,
  dialogRequests,
  evidence,
  keyResults,
  krUpdates,
  leavePeriods,
  objectives,
  performancePeriods,
  weekOutcomes,
} from '../../src/storage/schema.js';
import { useTestDatabase } from '../support/database.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { seedPeople } from '../support/schedule-rig.js';
import { linkTelegram, seedEmployee, seedUnitPath } from '../support/telegram-harness.js';

const t = useTestDatabase();

const MARCH: RekapPeriod = { kind: 'month', year: 2026, month: 3, start: '2026-03-01', end: '2026-03-31' };
const TODAY = '2026-03-11';
const WEEK_STARTS: Record<string, string> = {
  '2026-W05': '2026-01-26',
  '2026-W09': '2026-02-23',
  '2026-W10': '2026-03-02',
};

async function checkin(
  db: Db,
  employeeId: number,
  isoWeek: string,
  input: { at: string; support?: string; blockers?: string[]; revision?: number },
) {
  const [row] = await db
    .insert(checkins)
    .values({
      employeeId,
      isoWeek,
      weekStart: WEEK_STARTS[isoWeek]!,
      channel: 'telegram',
      supportNeeded: input.support ?? null,
      revision: input.revision ?? 1,
      submittedAt: new Date(input.at),
      updatedAt: new Date(input.at),
    })
    .returning();
  if (input.blockers?.length)
    await db.insert(blockers).values(input.blockers.map((text) => ({ checkinId: row!.id, text })));
  return row!.id;
}

async function update(
  db: Db,
  checkinId: number,
  keyResultId: number,
  input: { value: number | null; confidence?: number; evidence?: number },
) {
  const [row] = await db
    .insert(krUpdates)
    .values({
      checkinId,
      keyResultId,
      value: input.value,
      skipped: input.value === null,
      confidence: input.confidence ?? null,
    })
    .returning();
  for (let i = 0; i < (input.evidence ?? 0); i++)
    await db
      .insert(evidence)
      .values({ krUpdateId: row!.id, kind: 'link', url: `https://drive.example/${i}` });
}

/**
 * Counts the statements drizzle sends through `db` (its session logger sees every one, also in
 * transactions, whose sessions copy the options).
 */
async function countStatements(db: Db, work: () => Promise<unknown>): Promise<number> {
  const session = (db as unknown as { session: { logger: unknown; options: { logger?: unknown } } }).session;
  const saved = { logger: session.logger, options: session.options.logger };
  let count = 0;
  const counter = { logQuery: () => count++ };
  session.logger = counter;
  session.options.logger = counter;
  try {
    await work();
  } finally {
    session.logger = saved.logger;
    session.options.logger = saved.options;
  }
  return count;
}

const ids = {} as Record<'atasan' | 'ani' | 'bayu' | 'citra' | 'other' | 'dedi', number>;
let krs: Array<{ id: number; code: string }> = [];

beforeAll(async () => {
  const bagian = await seedUnitPath(t.db, 'Deputi X/Biro A/Bagian 1');
  const libur = await seedUnitPath(t.db, 'Deputi X/Biro A/Bagian Libur');
  ids.atasan = (await seedEmployee(t.db, { name: 'Rina Kusuma', unitId: bagian })).id;
  ids.other = (await seedEmployee(t.db, { name: 'Oktavia Lestari', unitId: bagian })).id;
  const under = { supervisorId: ids.atasan, unitId: bagian };
  ids.ani = (await seedEmployee(t.db, { ...under, name: 'Ani Wijaya' })).id;
  ids.bayu = (await seedEmployee(t.db, { ...under, name: 'Bayu Saputra' })).id;
  ids.citra = (await seedEmployee(t.db, { ...under, name: 'Citra Lestari', unitId: libur })).id;
  ids.dedi = (await seedEmployee(t.db, { name: 'Dedi Pratama', supervisorId: ids.other, unitId: bagian })).id;
  await linkTelegram(t.db, ids.ani, 555_001);
  await linkTelegram(t.db, ids.bayu, 555_002);
  await t.db
    .update(channelIdentities)
    .set({ unreachableAt: new Date('2026-03-01T00:00:00Z') })
    .where(eq(channelIdentities.employeeId, ids.bayu));

  krs = await seedKeyResults(t.db, ids.ani, [
    ...THREE_KRS,
    { code: 'SDM-4', title: 'Dihapus', unitLabel: 'dokumen', baseline: 0, target: 1 },
  ]);
  const [kr1, kr2, kr3, kr4] = krs.map((k) => k.id) as [number, number, number, number];
  await t.db.update(keyResults).set({ active: false }).where(eq(keyResults.id, kr4));
  await t.db.update(keyResults).set({ targetQ1: 1, parentId: kr2 }).where(eq(keyResults.id, kr1));

  // Ani: an early check-in (its kendala is outside March), W09, and W10 revised; W11 not yet.
  const w05 = await checkin(t.db, ids.ani, '2026-W05', {
    at: '2026-01-30T03:00:00Z',
    support: 'Lama',
    blockers: ['Lama'],
  });
  await update(t.db, w05, kr1, { value: 1, confidence: 6 });
  const w09 = await checkin(t.db, ids.ani, '2026-W09', {
    at: '2026-02-27T09:00:00Z',
    support: 'Akses SIASN',
    blockers: ['Menunggu data BKN', 'Server lambat'],
  });
  await update(t.db, w09, kr1, { value: 2, confidence: 7, evidence: 2 });
  await update(t.db, w09, kr2, { value: null });
  await update(t.db, w09, kr3, { value: 10, confidence: 3 });
  await update(t.db, w09, kr4, { value: 1, confidence: 9 });
  // Submitted Friday 18.00 UTC, i.e. Saturday 01.00 in Jakarta: the local date is the 7th.
  const w10 = await checkin(t.db, ids.ani, '2026-W10', {
    at: '2026-03-06T18:00:00Z',
    support: '  ',
    revision: 2,
  });
  await update(t.db, w10, kr1, { value: 3, confidence: 8 });
  await update(t.db, w10, kr2, { value: 50, confidence: 4, evidence: 1 });
  const feedback = (checkinId: number, keyResultId: number | null, body: string, at: string) =>
    t.db
      .insert(checkinFeedback)
      .values({ checkinId, keyResultId, authorId: ids.atasan, body, createdAt: new Date(at) });
  await feedback(w10, kr1, 'Bagus, lanjutkan', '2026-03-07T02:00:00Z');
  await feedback(w05, kr1, 'Dari Januari', '2026-01-30T05:00:00Z');
  await feedback(w10, null, 'Untuk seluruh check-in', '2026-03-07T02:00:00Z');
  await t.db.insert(dialogRequests).values([
    {
      employeeId: ids.ani,
      supervisorId: ids.atasan,
      checkinId: w10,
      requestedAt: new Date('2026-03-06T18:00:00Z'),
      proposedFor: new Date('2026-03-12T03:00:00Z'),
    },
    {
      employeeId: ids.ani,
      supervisorId: ids.atasan,
      status: 'held',
      requestedAt: new Date('2026-02-02T03:00:00Z'),
    },
    {
      employeeId: ids.bayu,
      supervisorId: ids.atasan,
      status: 'cancelled',
      requestedAt: new Date('2026-03-03T03:00:00Z'),
    },
  ]);

  // Bayu: W09 closed as missed; cuti on one day of W10 (not closed yet); cuti all of W11's workdays.
  await t.db.insert(weekOutcomes).values({ employeeId: ids.bayu, isoWeek: '2026-W09', outcome: 'missed' });
  await t.db.insert(leavePeriods).values([
    { employeeId: ids.bayu, startsOn: '2026-03-04', endsOn: '2026-03-04' },
    { employeeId: ids.bayu, startsOn: '2026-03-09', endsOn: '2026-03-13' },
  ]);

  // Citra: her unit is off all of W10; nothing in W09 (missed) or W11 (open).
  await t.db.insert(calendarDays).values(
    ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((day) => ({
      day,
      unitId: libur,
      kind: 'holiday',
      name: 'Libur unit',
    })),
  );

  // Dedi is in another line: nothing of his may appear.
  const dedi = await checkin(t.db, ids.dedi, '2026-W10', {
    at: '2026-03-04T03:00:00Z',
    blockers: ['Bukan urusan'],
  });
  await t.db
    .insert(dialogRequests)
    .values({ employeeId: ids.dedi, supervisorId: ids.other, checkinId: dedi });
});

describe('loadRekapData', () => {
  it('reads exactly the facts of a line for a month', async () => {
    const data = await loadRekapData(t.db, { kind: 'line', viewerId: ids.atasan }, MARCH, TODAY);
    const [kr1, kr2, kr3] = krs.map((k) => k.id) as [number, number, number];
    const unitPath = 'Deputi X/Biro A/Bagian 1';
    const expected: RekapData = {
      period: MARCH,
      today: TODAY,
      people: [
        {
          employeeId: ids.ani,
          name: 'Ani Wijaya',
          nip: expect.any(String),
          unitId: expect.any(Number),
          unitPath,
          supervisorId: ids.atasan,
          linked: true,
        },
        {
          employeeId: ids.bayu,
          name: 'Bayu Saputra',
          nip: expect.any(String),
          unitId: expect.any(Number),
          unitPath,
          supervisorId: ids.atasan,
          linked: false,
        },
        {
          employeeId: ids.citra,
          name: 'Citra Lestari',
          nip: expect.any(String),
          unitId: expect.any(Number),
          unitPath: 'Deputi X/Biro A/Bagian Libur',
          supervisorId: ids.atasan,
          linked: false,
        },
      ],
      weeks: [
        { employeeId: ids.ani, isoWeek: '2026-W09', status: 'submitted' },
        { employeeId: ids.ani, isoWeek: '2026-W10', status: 'submitted' },
        { employeeId: ids.ani, isoWeek: '2026-W11', status: 'open' },
        { employeeId: ids.bayu, isoWeek: '2026-W09', status: 'missed' },
        { employeeId: ids.bayu, isoWeek: '2026-W10', status: 'leave' },
        { employeeId: ids.bayu, isoWeek: '2026-W11', status: 'leave' },
        // Citra's W09 is not known: she has no check-in or closed week at all (imported after, or
        // dika not running yet), so it is not judged as missed.
        { employeeId: ids.citra, isoWeek: '2026-W10', status: 'no-workday' },
        // Citra and Bayu have no key result: a running week is nothing to report (Bayu's is leave).
        { employeeId: ids.citra, isoWeek: '2026-W11', status: 'no-indicators' },
      ],
      earlierWeeks: expect.any(Array),
      indicators: [
        {
          employeeId: ids.ani,
          keyResultId: kr1,
          code: 'SDM-1',
          rhk: 'Meningkatnya kualitas layanan kepegawaian',
          title: 'Rancangan peraturan kepegawaian selesai',
          unitLabel: 'dokumen',
          direction: 'up',
          baseline: 0,
          target: 4,
          quarterTargets: [1, null, null, null],
          accumulation: 'cumulative',
          resultKind: 'main',
          parentId: kr2,
          reports: [
            { isoWeek: '2026-W05', date: '2026-01-30', value: 1, confidence: 6, evidenceCount: 0 },
            { isoWeek: '2026-W09', date: '2026-02-27', value: 2, confidence: 7, evidenceCount: 2 },
            { isoWeek: '2026-W10', date: '2026-03-07', value: 3, confidence: 8, evidenceCount: 0 },
          ],
          feedback: [{ authorName: 'Rina Kusuma', body: 'Bagus, lanjutkan', date: '2026-03-07' }],
        },
        expect.objectContaining({
          keyResultId: kr2,
          code: 'SDM-2',
          direction: 'up',
          accumulation: 'latest',
          quarterTargets: [null, null, null, null],
          parentId: null,
          reports: [{ isoWeek: '2026-W10', date: '2026-03-07', value: 50, confidence: 4, evidenceCount: 1 }],
          feedback: [],
        }),
        expect.objectContaining({
          keyResultId: kr3,
          direction: 'down',
          baseline: 14,
          target: 5,
          reports: [{ isoWeek: '2026-W09', date: '2026-02-27', value: 10, confidence: 3, evidenceCount: 0 }],
        }),
      ],
      blockers: [
        { employeeId: ids.ani, isoWeek: '2026-W09', text: 'Menunggu data BKN' },
        { employeeId: ids.ani, isoWeek: '2026-W09', text: 'Server lambat' },
      ],
      support: [{ employeeId: ids.ani, isoWeek: '2026-W09', text: 'Akses SIASN' }],
      dialogs: [
        {
          requestId: expect.any(Number),
          employeeId: ids.ani,
          requestedOn: '2026-03-07',
          proposedFor: '2026-03-12T03:00:00.000Z',
        },
      ],
    };
    expect(data).toEqual(expected);
  });

  it('judges the 11 weeks before the period too, and reads reports and kendala up to its end only', async () => {
    const week: RekapPeriod = { kind: 'week', isoWeek: '2026-W09', start: '2026-02-23', end: '2026-03-01' };
    const data = await loadRekapData(t.db, { kind: 'person', employeeId: ids.ani }, week, TODAY);
    expect(data.weeks).toEqual([{ employeeId: ids.ani, isoWeek: '2026-W09', status: 'submitted' }]);
    const earlier = data.earlierWeeks!.map((w) => `${w.isoWeek} ${w.status}`);
    // Of the 11 weeks before, those before her first check-in (W05) are not known, so not judged.
    expect(earlier).toHaveLength(4);
    expect(earlier[0]).toBe('2026-W05 submitted');
    expect(earlier).toContain('2026-W06 missed');
    expect(earlier.at(-1)).toMatch(/^2026-W08 /);
    expect(data.people.map((p) => p.name)).toEqual(['Ani Wijaya']);
    expect(data.indicators[0]!.reports.map((r) => r.isoWeek)).toEqual(['2026-W05', '2026-W09']);
    expect(data.indicators[0]!.feedback).toEqual([]);
    expect(data.blockers.map((b) => b.text)).toEqual(['Menunggu data BKN', 'Server lambat']);
  });

  it('judges no week of a period still ahead', async () => {
    const april: RekapPeriod = {
      kind: 'month',
      year: 2026,
      month: 4,
      start: '2026-04-01',
      end: '2026-04-30',
    };
    const data = await loadRekapData(t.db, { kind: 'line', viewerId: ids.atasan }, april, TODAY);
    expect(data.weeks).toEqual([]);
    // The weeks before April up to today from Ani's first check-in: W05 … W11 (W11 still running).
    expect(data.earlierWeeks!.filter((w) => w.employeeId === ids.ani).map((w) => w.isoWeek)).toEqual(
      Array.from({ length: 7 }, (_, i) => `2026-W${String(i + 5).padStart(2, '0')}`),
    );
    expect(data.people).toHaveLength(3);
  });
});

describe('set-based', () => {
  async function seedLine(count: number, firstNip: number): Promise<number> {
    const lead = (await seedEmployee(t.db, { name: `Ketua ${count}` })).id;
    const people = await seedPeople(t.db, { count, firstNip, supervisorId: lead, indicators: false });
    for (const id of people) {
      const [kr] = await seedKeyResults(t.db, id, [{ ...THREE_KRS[0]!, code: `K-${id}` }]);
      const week = await checkin(t.db, id, '2026-W10', {
        at: '2026-03-04T03:00:00Z',
        support: 'Data',
        blockers: ['B'],
      });
      await update(t.db, week, kr!.id, { value: 1, confidence: 5, evidence: 1 });
    }
    await t.db.execute(sql`
      insert into leave_periods (employee_id, starts_on, ends_on)
      select unnest(${`{${people.join(',')}}`}::int[]), '2026-03-09', '2026-03-10'`);
    return lead;
  }

  it('sends as many statements for a team of 30 as for a team of 3', async () => {
    const small = await seedLine(3, 900_000);
    const large = await seedLine(30, 910_000);
    const read = (viewerId: number) => () => loadRekapData(t.db, { kind: 'line', viewerId }, MARCH, TODAY);
    const forSmall = await countStatements(t.db, read(small));
    const forLarge = await countStatements(t.db, read(large));
    expect(forLarge).toBe(forSmall);
    expect(forSmall).toBeGreaterThanOrEqual(8);
    expect(forSmall).toBeLessThanOrEqual(13);
    const data = await read(large)();
    expect(data.people).toHaveLength(30);
    expect(data.weeks.filter((w) => w.status === 'submitted')).toHaveLength(30);
    expect(data.indicators.flatMap((i) => i.reports)).toHaveLength(30);
  });
});

describe('a week nobody recorded, for someone without an active key result in it', () => {
  /**
   * One key result for `ownerId` in a period of its own, from `startsOn` to `endsOn`; numbered as
   * a quarter so that the SKP year's period, which the other tests read, stays the 2026 one.
   */
  async function keyResultIn(ownerId: number, code: string, startsOn: string, endsOn: string) {
    const [period] = await t.db
      .insert(performancePeriods)
      .values({ code, year: 2026, quarter: 1, startsOn, endsOn })
      .returning();
    const [objective] = await t.db
      .insert(objectives)
      .values({ ownerId, periodId: period!.id, title: code })
      .returning();
    const [kr] = await t.db
      .insert(keyResults)
      .values({
        ...THREE_KRS[0]!,
        code,
        direction: 'up',
        objectiveId: objective!.id,
        ownerId,
        periodId: period!.id,
      })
      .returning();
    return kr!.id;
  }

  it('reads a week nobody recorded outside them as no-indicators: key results that ended, came later, or were removed', async () => {
    const unit = await seedUnitPath(t.db, 'Deputi X/Biro C');
    const lead = (await seedEmployee(t.db, { name: 'Wahyu Hidayat', unitId: unit })).id;
    const under = { supervisorId: lead, unitId: unit };
    const eka = (await seedEmployee(t.db, { ...under, name: 'Eka Putri' })).id;
    const fajar = (await seedEmployee(t.db, { ...under, name: 'Fajar Nugroho' })).id;
    const gita = (await seedEmployee(t.db, { ...under, name: 'Gita Savitri' })).id;
    const hadi = (await seedEmployee(t.db, { ...under, name: 'Hadi Susanto' })).id;
    // Each reported in W05 (so dika knew them) and never again; nobody closed a week since.
    for (const [id, at] of [
      [eka, '2026-01-30T03:00:00Z'],
      [fajar, '2026-01-30T04:00:00Z'],
      [gita, '2026-01-30T05:00:00Z'],
    ] as const)
      await checkin(t.db, id, '2026-W05', { at });
    // Eka's key results end on Monday 23 February, the first day of W09.
    await keyResultIn(eka, 'EKA-JAN-FEB', '2026-01-01', '2026-02-23');
    // Gita's: January, then from Sunday 8 March, the last day of W10.
    await keyResultIn(gita, 'GITA-JAN', '2026-01-01', '2026-01-31');
    await keyResultIn(gita, 'GITA-MAR', '2026-03-08', '2026-12-31');
    // Fajar's only key result, for the whole year, was removed by a later import.
    const removed = await keyResultIn(fajar, 'FAJAR-2026', '2026-01-01', '2026-12-31');
    await t.db.update(keyResults).set({ active: false }).where(eq(keyResults.id, removed));
    // Hadi, never known to dika and without a key result: his past weeks stay unknown.
    // Cuti on every working day of W11 stays leave, indicators or not.
    await t.db.insert(leavePeriods).values({ employeeId: eka, startsOn: '2026-03-09', endsOn: '2026-03-13' });

    const data = await loadRekapData(t.db, { kind: 'line', viewerId: lead }, MARCH, TODAY);
    const statuses = (id: number, weeks = data.weeks) =>
      weeks.filter((w) => w.employeeId === id).map((w) => `${w.isoWeek} ${w.status}`);
    expect(statuses(eka)).toEqual(['2026-W09 missed', '2026-W10 no-indicators', '2026-W11 leave']);
    expect(statuses(gita)).toEqual(['2026-W09 no-indicators', '2026-W10 missed', '2026-W11 open']);
    expect(statuses(fajar)).toEqual([
      '2026-W09 no-indicators',
      '2026-W10 no-indicators',
      '2026-W11 no-indicators',
    ]);
    expect(statuses(hadi)).toEqual(['2026-W11 no-indicators']);
    // The weeks before March: Eka's W06–W08 fall in her period, Gita's (February) in neither.
    expect(statuses(eka, data.earlierWeeks)).toEqual([
      '2026-W05 submitted',
      '2026-W06 missed',
      '2026-W07 missed',
      '2026-W08 missed',
    ]);
    expect(statuses(gita, data.earlierWeeks)).toEqual([
      '2026-W05 submitted',
      '2026-W06 no-indicators',
      '2026-W07 no-indicators',
      '2026-W08 no-indicators',
    ]);

    // A week close that did record 'missed' stands, whatever the key results say.
    await t.db.insert(weekOutcomes).values({ employeeId: fajar, isoWeek: '2026-W10', outcome: 'missed' });
    const again = await loadRekapData(t.db, { kind: 'line', viewerId: lead }, MARCH, TODAY);
    expect(statuses(fajar, again.weeks)).toEqual([
      '2026-W09 no-indicators',
      '2026-W10 missed',
      '2026-W11 no-indicators',
    ]);
  });
});

describe('edges of a rekap', () => {
  it('reads the SKP year of a week by its Thursday: 2026-W01 begins in 2025', async () => {
    const w01: RekapPeriod = { kind: 'week', isoWeek: '2026-W01', start: '2025-12-29', end: '2026-01-04' };
    const data = await loadRekapData(t.db, { kind: 'person', employeeId: ids.ani }, w01, TODAY);
    expect(data.indicators.map((i) => i.code)).toEqual(['SDM-1', 'SDM-2', 'SDM-3']);
  });

  it('judges no week of a period more than the earlier weeks ahead', async () => {
    const q4: RekapPeriod = {
      kind: 'quarter',
      year: 2026,
      quarter: 4,
      start: '2026-10-01',
      end: '2026-12-31',
    };
    const data = await loadRekapData(t.db, { kind: 'line', viewerId: ids.atasan }, q4, TODAY);
    expect(data.weeks).toEqual([]);
    expect(data.earlierWeeks).toEqual([]);
    expect(data.people).toHaveLength(3);
  });

  it('reads a person without unit or supervisor, an additional indicator, reports in week order', async () => {
    const lone = (await seedEmployee(t.db, { name: 'Lukas Mandiri' })).id;
    const [main, extra] = await seedKeyResults(t.db, lone, [
      { code: 'LM-1', title: 'Utama', unitLabel: 'dokumen', baseline: 0, target: 4 },
      { code: 'LM-2', title: 'Tambahan', unitLabel: 'dokumen', baseline: 0, target: 1 },
    ]);
    await t.db.update(keyResults).set({ resultKind: 'additional' }).where(eq(keyResults.id, extra!.id));
    // W10 is written before W09: the reports still come oldest first.
    const w10 = await checkin(t.db, lone, '2026-W10', { at: '2026-03-05T03:00:00Z' });
    await update(t.db, w10, main!.id, { value: 2 });
    const w09 = await checkin(t.db, lone, '2026-W09', { at: '2026-02-26T03:00:00Z' });
    await update(t.db, w09, main!.id, { value: 1 });
    await t.db.insert(dialogRequests).values({
      employeeId: lone,
      supervisorId: ids.atasan,
      checkinId: w10,
      requestedAt: new Date('2026-03-05T03:00:00Z'),
    });

    const data = await loadRekapData(t.db, { kind: 'person', employeeId: lone }, MARCH, TODAY);
    expect(data.people).toEqual([
      expect.objectContaining({ employeeId: lone, unitId: null, unitPath: null, supervisorId: null }),
    ]);
    expect(data.dialogs).toEqual([
      { requestId: expect.any(Number), employeeId: lone, requestedOn: '2026-03-05', proposedFor: null },
    ]);
    const [first, second] = data.indicators;
    expect(first!.reports.map((r) => `${r.isoWeek} ${r.value}`)).toEqual(['2026-W09 1', '2026-W10 2']);
    expect(first!.resultKind).toBe('main');
    expect(second).toMatchObject({ code: 'LM-2', resultKind: 'additional', reports: [], feedback: [] });
  });
});
