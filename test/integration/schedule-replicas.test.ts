/**
 * The weekly prompt across replicas on real PostgreSQL (TEST_DATABASE_URL; PGlite is one
 * connection, so these are skipped there): three scheduler instances, three pools, one database,
 * 1,000 employees due at once, each prompted exactly once; one instance killed mid-fan-out, the
 * others finish after its lease without a duplicate; a Bot API answering 429 loses nothing.
 */
import { sql } from 'drizzle-orm';
import { Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramSender } from '../../src/channels/telegram/outbound-sender.js';
import { telegramReplyRenderer } from '../../src/channels/telegram/reply-renderer.js';
import { Translator } from '../../src/i18n/translator.js';
import type { JobHandler } from '../../src/scheduler/job-runner.js';
import { PROMPT_JOB } from '../../src/services/schedule/plan-schedule.js';
import type { Database, Db } from '../../src/storage/database.js';
import { rowsOf, truncateAll, useTestDatabase } from '../support/database.js';
import { onPostgres, openPools } from '../support/pools.js';
import { outboundPerPerson, scheduleRig, seedPeople } from '../support/schedule-rig.js';
import { TEST_TOKEN } from '../support/telegram-harness.js';
import { startBotApiStandIn } from '../support/telegram-stand-in.js';

const database = useTestDatabase();
let pools: Database[] = [];
beforeEach(() => truncateAll(database.db));
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close().catch(() => undefined)));
  pools = [];
});

const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);
const PLANNING = wib('2026-03-02', '00:05');
const MONDAY_0900 = wib('2026-03-02', '09:00');
const PEOPLE = 1_000;

async function expectEachPromptedOnce(db: Db, ids: readonly number[]) {
  const perPerson = await outboundPerPerson(db);
  const counts = ids.map((id) => perPerson.get(id) ?? 0);
  expect(counts.filter((n) => n === 0)).toHaveLength(0); // omissions
  expect(counts.filter((n) => n > 1)).toHaveLength(0); // duplicates
  expect(perPerson.size).toBe(ids.length);
}

describe.skipIf(!onPostgres)('three scheduler instances on one database', () => {
  it('plan once and prompt 1,000 people due at once exactly once', { timeout: 120_000 }, async () => {
    const ids = await seedPeople(database.db, { count: PEOPLE });
    pools = await openPools(database.db, 3);
    const rigs = pools.map((p, i) => scheduleRig(p.db, { worker: `replica-${i}`, batch: 50 }));
    await Promise.all(rigs.map((r) => r.tick(PLANNING)));
    const planned = rowsOf<{ job: string; n: number }>(
      await database.db.execute(sql`select job, count(*)::int as n from job_runs group by job order by job`),
    );
    expect(planned).toContainEqual({ job: 'schedule-plan', n: 1 });
    expect(planned).toContainEqual({ job: PROMPT_JOB, n: PEOPLE });

    const results = await Promise.all(rigs.map((r) => r.tick(MONDAY_0900)));
    await expectEachPromptedOnce(database.db, ids);
    // What reached the "platform": one message each, from whichever replica sent it.
    const delivered = rigs.flatMap((r) => r.delivered.map((row) => row.employeeId));
    expect(delivered).toHaveLength(PEOPLE);
    expect(new Set(delivered).size).toBe(PEOPLE);
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(PEOPLE + 0);
  });

  it('a replica killed mid-fan-out: the others send the rest after its lease, no duplicate', {
    timeout: 120_000,
  }, async () => {
    const ids = await seedPeople(database.db, { count: PEOPLE });
    pools = await openPools(database.db, 3);
    const [doomedPool, ...livePools] = pools as [Database, Database, Database];
    const live = livePools.map((p, i) => scheduleRig(p.db, { worker: `replica-${i + 1}`, batch: 50 }));
    await live[0]!.tick(PLANNING);

    // The doomed replica sends 40 prompts, then hangs inside the 41st job's transaction (its
    // prompt already written there, uncommitted) until its connections are cut: a crash.
    const doomed = scheduleRig(doomedPool.db, { worker: 'replica-0', batch: 100 });
    let ran = 0;
    let hungPid: number | undefined;
    let hung!: () => void;
    const hanging = new Promise<void>((resolve) => (hung = resolve));
    doomed.deps.handlers = doomed.deps.handlers.map(
      (h): JobHandler =>
        h.name !== PROMPT_JOB
          ? h
          : {
              name: h.name,
              async handle(tx, job, ctx) {
                await h.handle(tx, job, ctx);
                if (++ran === 41) {
                  hungPid = rowsOf<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`))[0]!
                    .pid;
                  hung();
                  await new Promise(() => undefined); // never returns
                }
                return undefined;
              },
            },
    );
    void doomed.tick(MONDAY_0900).catch(() => undefined);
    await hanging;
    // The process dies: its pool takes no new query, its open transaction is cut off.
    const closed = doomedPool.close();
    await database.db.execute(sql`select pg_terminate_backend(${hungPid!})`);
    await closed;

    // The survivors run at once: everything but the doomed replica's claimed batch.
    await Promise.all(live.map((r) => r.tick(MONDAY_0900)));
    const doomedRows = rowsOf<{ status: string; n: number }>(
      await database.db.execute(
        sql`select status, count(*)::int as n from job_runs where claimed_by = 'replica-0' group by status order by status`,
      ),
    );
    // Its claimed batch: those it committed before the crash are done, the rest (the hung one
    // included, rolled back with its connection) are still running under its lease, sent by nobody.
    expect(doomedRows.reduce((sum, r) => sum + r.n, 0)).toBe(100);
    const stuck = doomedRows.find((r) => r.status === 'running')?.n ?? 0;
    expect(stuck).toBeGreaterThan(0);
    expect((await outboundPerPerson(database.db)).size).toBe(PEOPLE - stuck);
    // Six minutes later its lease has passed: the survivors take the rest over.
    await Promise.all(live.map((r) => r.tick(wib('2026-03-02', '09:06'))));
    await expectEachPromptedOnce(database.db, ids);
  });

  it('a Bot API answering 429 with retry_after loses nothing and repeats nothing', {
    timeout: 120_000,
  }, async () => {
    const api = await startBotApiStandIn();
    try {
      const ids = await seedPeople(database.db, { count: 30 });
      pools = await openPools(database.db, 2);
      const translator = new Translator('id');
      const rigs = pools.map((p, i) => {
        const rig = scheduleRig(p.db, {
          worker: `replica-${i}`,
          batch: 5,
          sender: telegramSender(new Api(TEST_TOKEN, { apiRoot: api.url }), api.botInfo.id),
        });
        rig.platform.renderers.register(telegramReplyRenderer(translator, api.botInfo.id));
        return rig;
      });
      await rigs[0]!.tick(PLANNING);
      for (let i = 0; i < 3; i++)
        api.failNext('sendMessage', {
          error_code: 429,
          description: 'Too Many Requests: retry after 1',
          retry_after: 1,
        });
      await Promise.all(rigs.map((r) => r.tick(MONDAY_0900)));
      // Whatever a pause left pending, the sweeper delivers.
      for (const rig of rigs) await rig.platform.outbound.sweep();
      const status = rowsOf<{ status: string; n: number }>(
        await database.db.execute(
          sql`select status, count(*)::int as n from outbound_messages group by status`,
        ),
      );
      expect(status).toEqual([{ status: 'sent', n: 30 }]);
      const chats = api.callsOf('sendMessage').map((b) => String(b.chat_id));
      // 30 delivered once each, plus the 3 refused attempts.
      expect(chats).toHaveLength(33);
      expect(new Set(chats).size).toBe(30);
      await expectEachPromptedOnce(database.db, ids);
    } finally {
      await api.close();
    }
  });
});
