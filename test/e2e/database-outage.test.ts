/**
 * PostgreSQL goes away for a few seconds while people keep sending messages to a real dika
 * process (`bench/outage-scenario.ts`, the scenario `npm run bench:outage` runs with 20 people
 * and 30 s outages): stopped (connections closed, port refused) or hung (connections stall, then
 * are reset). Every update is handled once, each gets one reply, nobody is told to try again,
 * dika stays up and logs no error. PostgreSQL only (a TCP proxy sits between dika and the server).
 */
import { describe, expect, it } from 'vitest';
import { type OutageFigures, type OutageScenario, runOutageScenario } from '../../bench/outage-scenario.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { databaseUrlOf } from '../support/dika-process.js';
import { onPostgres } from '../support/pools.js';

const t = useTestDatabase({ private: true });

async function run(scenario: Partial<OutageScenario> & Pick<OutageScenario, 'kind' | 'mode'>) {
  await truncateAll(t.db);
  return runOutageScenario({
    url: await databaseUrlOf(t.db),
    people: 6,
    intervalMs: 400,
    leadMs: 1_500,
    trafficMs: 7_000,
    outageMs: 3_000,
    drainTimeoutMs: 25_000,
    ...scenario,
  });
}

function expectNothingLost(figures: OutageFigures): void {
  if (process.env.E2E_REPORT) console.info('outage figures', JSON.stringify(figures));
  expect(figures.sentDuringOutage).toBeGreaterThan(0);
  expect({
    lost: figures.lost,
    doubled: figures.repliesDoubled,
    missing: figures.repliesMissing,
    retry: figures.retryAnswers,
    up: figures.dikaStayedUp,
    // An outage dika rides out is worth warnings, not errors (an error pages someone).
    errors: figures.dikaErrors,
    // Replies still unmarked 3 s after the last one: each would be sent again after a crash. A
    // pool slot poisoned by postgres.js (patches/) left 83 so for 5 s after the outage.
    unmarked: figures.pendingAfterDrain,
  }).toEqual({ lost: 0, doubled: 0, missing: 0, retry: 0, up: true, errors: [], unmarked: 0 });
  expect(figures.handled).toBe(figures.sent);
}

describe.skipIf(!onPostgres)('a database outage under steady traffic (real dika process)', () => {
  it('long polling, PostgreSQL stopped: every update handled and answered once', async () => {
    expectNothingLost(await run({ kind: 'stop', mode: 'polling', firstUserId: 910_000 }));
  }, 90_000);

  it('long polling, PostgreSQL hung then its connections reset: every update handled once', async () => {
    expectNothingLost(await run({ kind: 'hang', recovery: 'reset', mode: 'polling', firstUserId: 920_000 }));
  }, 90_000);

  it('webhook, PostgreSQL stopped: 503 until it is back, then every update handled once', async () => {
    const figures = await run({ kind: 'stop', mode: 'webhook', firstUserId: 930_000 });
    expectNothingLost(figures);
    expect(figures.webhookNon200).toBeGreaterThan(0); // Telegram was asked to send them again
  }, 90_000);
});
