/**
 * "Ringkasan harian": an appraiser who chose the daily bundle hears nothing at submission and one
 * message at 16.00 their time, sent once even when two job runners (two replicas, two pools on
 * PostgreSQL) race for it. Its buttons open each report with the usual umpan balik buttons.
 */
import { eq } from 'drizzle-orm';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramSender } from '../../src/channels/telegram/outbound-sender.js';
import { telegramReplyRenderer } from '../../src/channels/telegram/reply-renderer.js';
import { Translator } from '../../src/i18n/translator.js';
import { type JobRunnerDeps, runDueJobs } from '../../src/scheduler/job-runner.js';
import { appraiserDigestJob } from '../../src/scheduler/jobs/appraiser-digest.js';
import { createPlatform } from '../../src/services/platform.js';
import type { Database, Db } from '../../src/storage/database.js';
import { checkins, employees, jobRuns } from '../../src/storage/schema.js';
import { PENILAI, pressFor, seedTeam, submitCheckin, textsSentTo } from '../support/appraisal-rig.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { onPostgres, openPools } from '../support/pools.js';
import { linkTelegram, seedEmployee, TEST_TOKEN, useTelegramHarness } from '../support/telegram-harness.js';
import { testUser } from '../support/telegram-updates.js';

const h = useTelegramHarness();
const translator = new Translator('id');
let pools: Database[] = [];
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

/** A job runner as a replica would build it: its own platform on its own pool, the real Telegram sender. */
function runner(db: Db, worker: string): JobRunnerDeps {
  const logger = pino({ level: 'silent' });
  const platform = createPlatform({ db, logger, messagesPerSecond: 0 });
  platform.outbound.register(telegramSender(new Api(TEST_TOKEN, { apiRoot: h.api.url }), h.api.botInfo.id));
  platform.renderers.register(telegramReplyRenderer(translator, h.api.botInfo.id));
  return {
    db,
    logger,
    handlers: [appraiserDigestJob],
    outbound: platform.outbound,
    renderers: platform.renderers,
    dialogs: platform.dialogs,
    defaultLocale: 'id',
    worker,
  };
}

const SECOND = testUser({ id: 555_000_666, first_name: 'Tono' });

async function dailyTeamWithTwoReports() {
  const team = await seedTeam(h);
  await h.db
    .update(employees)
    .set({ checkinNotifications: 'daily' })
    .where(eq(employees.id, team.penilai.id));
  await submitCheckin(h, team.employee.id);
  // A second person the same penilai appraises as their atasan (no nip_penilai of their own).
  const tono = await seedEmployee(h.db, {
    name: 'Tono Saputra',
    supervisorId: team.penilai.id,
    timeZone: 'Asia/Makassar',
  });
  await linkTelegram(h.db, tono.id, SECOND.id);
  await seedKeyResults(
    h.db,
    tono.id,
    THREE_KRS.map((kr) => ({ ...kr, code: `T-${kr.code}` })),
  );
  await submitCheckin(h, tono.id, SECOND);
  return { team, tono };
}

describe('the daily bundle', () => {
  beforeEach(() => {
    h.clock.set('2026-12-02T02:00:00Z'); // Wednesday, 10.00 WITA
  });

  it('sends nothing at submission, then one bundle at 16.00 WITA, once', async () => {
    const { team } = await dailyTeamWithTwoReports();
    expect(textsSentTo(h, PENILAI.id)).toHaveLength(0);
    const [job] = await h.db.select().from(jobRuns).where(eq(jobRuns.job, 'appraiser-digest'));
    expect(job!.subject).toBe(String(team.penilai.id));

    // Not due at 15.59 WITA.
    const early = await runDueJobs(runner(h.db, 'r0'), new Date('2026-12-02T07:59:00Z'), 5_000);
    expect(early.claimed).toBe(0);

    const at = new Date('2026-12-02T08:00:30Z');
    if (onPostgres) {
      pools = await openPools(h.db, 2);
      const results = await Promise.all(
        pools.map((p, i) => runDueJobs(runner(p.db, `r${i + 1}`), at, 10_000)),
      );
      expect(results.reduce((n, r) => n + r.done, 0)).toBe(1);
    } else {
      expect((await runDueJobs(runner(h.db, 'r1'), at, 10_000)).done).toBe(1);
    }
    // A later tick (another replica) finds nothing more to do.
    expect((await runDueJobs(runner(h.db, 'r3'), new Date('2026-12-02T08:05:00Z'), 5_000)).claimed).toBe(0);

    const bundles = textsSentTo(h, PENILAI.id);
    expect(bundles).toHaveLength(1);
    expect(bundles[0]).toContain('Ringkasan harian: 2 laporan progres baru');
    expect(bundles[0]).toContain('Sari Wulandari, pekan 30 Nov – 4 Des');
    expect(bundles[0]).toContain('Tono Saputra, pekan 30 Nov – 4 Des');
    const rows = await h.db.select().from(checkins).where(eq(checkins.employeeId, team.employee.id));
    const row = rows[0];
    for (const r of await h.db.select().from(checkins))
      expect(Math.abs(r.appraiserNotifiedAt!.getTime() - at.getTime())).toBeLessThan(5_000);

    // The bundle's button opens the full report, whose buttons work as usual.
    await h.send(pressFor(h, PENILAI, `|r${row!.id.toString(36)}`));
    expect(textsSentTo(h, PENILAI.id).at(-1)).toContain('Laporan progres Sari Wulandari');
    await h.send(pressFor(h, PENILAI, '|all'));
    expect(textsSentTo(h, PENILAI.id).at(-1)).toContain('Tulis umpan balik Anda');
  });

  it('a check-in submitted after 16.00 goes into the next working day’s bundle', async () => {
    const { team } = await dailyTeamWithTwoReports();
    await h.db.delete(jobRuns);
    const [sari] = await h.db.select().from(checkins).where(eq(checkins.employeeId, team.employee.id));
    h.clock.set('2026-12-04T09:00:00Z'); // Friday 17.00 WITA
    await h.db.update(checkins).set({ appraiserNotifiedAt: new Date() });
    await submitCheckin(h, team.employee.id); // a revision of this week's check-in
    const [job] = await h.db.select().from(jobRuns).where(eq(jobRuns.job, 'appraiser-digest'));
    expect(job).toMatchObject({ periodKey: '2026-12-07' });
    expect(job!.dueAt.toISOString()).toBe('2026-12-07T08:00:00.000Z'); // Monday 16.00 WITA
    const [row] = await h.db.select().from(checkins).where(eq(checkins.id, sari!.id));
    expect(row!.revision).toBe(2);
    expect(row!.appraiserNotifiedAt).toBeNull();
  });
});
