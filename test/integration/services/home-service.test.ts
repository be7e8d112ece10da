/**
 * loadHome's own facts (src/services/home/home-service.ts): whether an umpan balik draft waits,
 * among the person's other open dialogs. The sections it feeds are drawn in slack-home.test.ts.
 */
import { beforeEach, expect, it } from 'vitest';
import { CONTINUOUS_KIND } from '../../../src/core/feedback/continuous-flow.js';
import { loadHome } from '../../../src/services/home/home-service.js';
import { conversations } from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { linkSlack } from '../../support/slack-harness.js';
import { TEST_SLACK_USER, TEST_TEAM } from '../../support/slack-requests.js';
import { seedEmployee } from '../../support/telegram-harness.js';

const t = useTestDatabase();
beforeEach(() => truncateAll(t.db));

const NOW = new Date('2026-03-04T02:00:00Z');
const account = { platform: 'slack' as const, workspace: TEST_TEAM, externalUserId: TEST_SLACK_USER };

async function openDialogs(employeeId: number, kinds: string[]) {
  if (kinds.length === 0) return;
  await t.db
    .insert(conversations)
    .values(kinds.map((kind) => ({ employeeId, kind, channel: 'slack', state: { kind } })));
}

it.each([
  { open: [], draft: false },
  { open: ['checkin'], draft: false },
  { open: ['checkin', CONTINUOUS_KIND], draft: true },
  { open: [CONTINUOUS_KIND], draft: true },
])('an umpan balik draft waits: $draft with $open open', async ({ open, draft }) => {
  const me = await seedEmployee(t.db, { name: 'Sari' });
  await linkSlack(t.db, me.id);
  await openDialogs(me.id, open);
  const home = await loadHome(t.db, account, NOW, 'test');
  expect(home?.continuousDraft).toBe(draft);
});

it('an account linked to nobody has no home', async () => {
  expect(await loadHome(t.db, account, NOW, 'test')).toBeUndefined();
});
