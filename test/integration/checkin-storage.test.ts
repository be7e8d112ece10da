/**
 * The check-in's storage on a real database: what /riwayat counts, the support question's column,
 * and the SKP fields a check-in reads for each indicator (quarter targets, accumulation, period).
 */
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkinReportPrompt } from '../../src/core/appraisal/checkin-report.js';
import type { CheckinSubmission } from '../../src/core/checkin/state.js';
import { isoWeekOf } from '../../src/core/time/iso-week.js';
import { renderPrompts } from '../../src/i18n/render-prompt.js';
import { Translator } from '../../src/i18n/translator.js';
import { statusPrompt } from '../../src/services/status-service.js';
import { checkinReports } from '../../src/storage/repositories/appraisal.js';
import {
  findSubmittedCheckin,
  recentCheckins,
  saveSubmission,
} from '../../src/storage/repositories/checkins.js';
import { activeKeyResults } from '../../src/storage/repositories/key-results.js';
import { checkins, employees } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';

const t = useTestDatabase();
const zone = 'Asia/Makassar';
const translator = new Translator();
const weekOf = (iso: string) => isoWeekOf(new Date(iso), zone);
/** Not the Telegram harness's seeder: this file needs no channel and loads none. */
const seedEmployee = async (db: typeof t.db) =>
  (await db.insert(employees).values({ nip: '199001012015031001', name: 'Rina' }).returning())[0]!;

const findCheckinId = async (db: typeof t.db, employeeId: number, isoWeek: string) =>
  (
    await db
      .select({ id: checkins.id })
      .from(checkins)
      .where(and(eq(checkins.employeeId, employeeId), eq(checkins.isoWeek, isoWeek)))
  )[0]!.id;

function submission(
  week: CheckinSubmission['week'],
  values: Array<number | null>,
  ids: number[],
  extra: Partial<CheckinSubmission> = {},
): CheckinSubmission {
  return {
    week,
    updates: ids.map((keyResultId, i) => ({
      keyResultId,
      value: values[i] ?? null,
      skipped: values[i] === null || values[i] === undefined,
      confidence: values[i] == null ? null : 7,
      evidence: [],
    })),
    blockers: [],
    supportNeeded: null,
    nextActions: [],
    wantsDialog: false,
    ...extra,
  };
}

describe('check-in storage', () => {
  beforeEach(() => truncateAll(t.db));

  it('/riwayat counts the indicators each check-in updated, not kr_updates against itself', async () => {
    const me = await seedEmployee(t.db);
    const krs = await seedKeyResults(t.db, me.id, THREE_KRS);
    const ids = krs.map((k) => k.id);
    const save = (iso: string, values: Array<number | null>) =>
      saveSubmission(t.db, {
        employeeId: me.id,
        supervisorId: null,
        channel: 'terminal',
        submission: submission(weekOf(iso), values, ids, { blockers: ['Rapat bentrok', 'Server lambat'] }),
        now: new Date(iso),
      });
    await save('2026-11-18T03:00:00Z', [1, 30, null]);
    await save('2026-11-25T03:00:00Z', [2, 40, 12]);

    const rows = await recentCheckins(t.db, me.id, 6);
    expect(rows.map((r) => [r.isoWeek, r.updated, r.total, r.blockers])).toEqual([
      ['2026-W48', 3, 3, 2],
      ['2026-W47', 2, 3, 2],
    ]);
  });

  it('stores the support needed, replaces it on a revision and reads it back', async () => {
    const me = await seedEmployee(t.db);
    const [kr] = await seedKeyResults(t.db, me.id, THREE_KRS.slice(0, 1));
    const week = weekOf('2026-11-25T03:00:00Z');
    const save = (supportNeeded: string | null) =>
      saveSubmission(t.db, {
        employeeId: me.id,
        supervisorId: null,
        channel: 'terminal',
        submission: submission(week, [2], [kr!.id], { supportNeeded }),
        now: new Date('2026-11-25T03:00:00Z'),
      });
    await save('Akses ke aplikasi SIASN');
    expect((await findSubmittedCheckin(t.db, me.id, week.key))?.submission.supportNeeded).toBe(
      'Akses ke aplikasi SIASN',
    );
    expect((await recentCheckins(t.db, me.id, 6))[0]?.supportNeeded).toBe('Akses ke aplikasi SIASN');
    await save(null);
    expect((await findSubmittedCheckin(t.db, me.id, week.key))?.submission.supportNeeded).toBeNull();
    expect((await recentCheckins(t.db, me.id, 6))[0]?.supportNeeded).toBeNull();
  });

  it('reads quarter targets, accumulation, the period end and, for an average, the period values', async () => {
    const me = await seedEmployee(t.db);
    const [count, level, avg] = await seedKeyResults(t.db, me.id, [
      { ...THREE_KRS[0]!, targetQ1: 1, targetQ2: 2, targetQ3: 3, targetQ4: 4, accumulation: 'cumulative' },
      { ...THREE_KRS[1]!, accumulation: 'latest' },
      {
        code: 'SDM-4',
        title: 'Indeks kepuasan',
        unitLabel: 'indeks',
        baseline: 3,
        target: 4,
        accumulation: 'average',
      },
    ]);
    const ids = [count!.id, level!.id, avg!.id];
    for (const [iso, values] of [
      ['2026-11-11T03:00:00Z', [1, 30, 3.2]],
      ['2026-11-18T03:00:00Z', [2, null, 3.6]],
    ] as const) {
      await saveSubmission(t.db, {
        employeeId: me.id,
        supervisorId: null,
        channel: 'terminal',
        submission: submission(weekOf(iso), [...values], ids),
        now: new Date(iso),
      });
    }
    const krs = await activeKeyResults(t.db, me.id, '2026-11-25', weekOf('2026-11-25T03:00:00Z').key);
    expect(krs.map((k) => k.code)).toEqual(['SDM-1', 'SDM-2', 'SDM-4']);
    expect(krs[0]).toMatchObject({
      quarterTargets: [1, 2, 3, 4],
      accumulation: 'cumulative',
      resultKind: 'main',
      aspect: null,
      periodEnd: '2026-12-31',
      lastValue: 2,
      lastReportedAt: '2026-11-18T03:00:00.000Z',
    });
    expect(krs[0]).not.toHaveProperty('periodValues');
    // A skipped week keeps the last value reported before it.
    expect(krs[1]).toMatchObject({
      quarterTargets: [null, null, null, null],
      accumulation: 'latest',
      lastValue: 30,
    });
    expect(krs[2]).toMatchObject({ accumulation: 'average', lastValue: 3.6, periodValues: [3.2, 3.6] });

    // /status scores the average of both reports once each (3,4), and counts this week's too.
    const person = { id: me.id, supervisorId: null, timeZone: zone, name: me.name, salutation: null };
    const status = renderPrompts(translator, 'id', [
      await statusPrompt(t.db, person, new Date('2026-11-25T03:00:00Z')),
    ]);
    expect(status.text).toContain('realisasi rata-rata 3,4 indeks · capaian 85% dari target 4 indeks');
    // TW IV's target is the year's: one figure.
    expect(status.text).toContain('realisasi 2 dokumen · capaian 50% dari target 4 dokumen');
    expect(status.text).toContain('realisasi 30% · capaian 37,5% dari target 80%');

    // The appraiser's report of the second week scores the average of the weeks up to it, once.
    const second = await findCheckinId(t.db, me.id, weekOf('2026-11-18T03:00:00Z').key);
    const [report] = await checkinReports(t.db, [second]);
    expect(report!.indicators.map((i) => [i.accumulation, i.earlierValues, i.value])).toEqual([
      ['cumulative', [], 2],
      ['latest', [], null],
      ['average', [3.2], 3.6],
    ]);
    const text = renderPrompts(translator, 'id', [checkinReportPrompt(report!).prompt]).text;
    expect(text).toContain('realisasi rata-rata 3,4 indeks');
  });

  it('the appraiser’s report holds each check-in’s own links, file count, kendala and next actions', async () => {
    const me = await seedEmployee(t.db);
    const [kr] = await seedKeyResults(t.db, me.id, THREE_KRS.slice(0, 1));
    const file = (fileId: string, kind: 'file' | 'photo') => ({ platform: 'telegram', fileId, kind });
    const save = (
      iso: string,
      extra: Partial<CheckinSubmission>,
      evidence: CheckinSubmission['updates'][0]['evidence'],
    ) =>
      saveSubmission(t.db, {
        employeeId: me.id,
        supervisorId: null,
        channel: 'terminal',
        submission: {
          ...submission(weekOf(iso), [1], [kr!.id], extra),
          updates: [{ keyResultId: kr!.id, value: 1, skipped: false, confidence: 7, evidence }],
        },
        now: new Date(iso),
      });
    await save(
      '2026-11-18T03:00:00Z',
      {
        blockers: ['Server lambat'],
        nextActions: ['Rapat tim', 'Kirim draf'],
        supportNeeded: 'Akses',
        wantsDialog: true,
      },
      [
        { kind: 'link', url: 'https://drive.example/a' },
        file('f1', 'file'),
        file('p1', 'photo'),
        { kind: 'link', url: 'https://drive.example/b' },
      ],
    );
    await save('2026-11-25T03:00:00Z', {}, []);
    const first = await findCheckinId(t.db, me.id, weekOf('2026-11-18T03:00:00Z').key);
    const second = await findCheckinId(t.db, me.id, weekOf('2026-11-25T03:00:00Z').key);
    // Asked in the other order, with an id that is no check-in: one report per check-in, as asked.
    const reports = await checkinReports(t.db, [second, first, 999_999]);
    expect(reports.map((r) => r.checkinId)).toEqual([second, first]);
    expect(reports[1]).toMatchObject({
      employeeName: 'Rina',
      blockers: ['Server lambat'],
      nextActions: ['Rapat tim', 'Kirim draf'],
      supportNeeded: 'Akses',
      wantsDialog: true,
    });
    expect(reports[1]!.indicators.map((i) => [i.links, i.files])).toEqual([
      [['https://drive.example/a', 'https://drive.example/b'], 2],
    ]);
    expect(reports[0]).toMatchObject({
      blockers: [],
      nextActions: [],
      supportNeeded: null,
      wantsDialog: false,
    });
    expect(reports[0]!.indicators.map((i) => [i.links, i.files])).toEqual([[[], 0]]);
  });
});
