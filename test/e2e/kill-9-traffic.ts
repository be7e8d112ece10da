/**
 * The traffic of the kill -9 tests and how they count it: five linked people sending four
 * commands each (each command gets exactly one reply), and the figures the tests assert and
 * report: updates sent, handled (a processed_events row), lost, doubled (a second reply).
 */
import type { Update } from 'grammy/types';
import { expect } from 'vitest';
import { Translator } from '../../src/i18n/translator.js';
import type { Db } from '../../src/storage/database.js';
import { orgUnits, unitSchedules } from '../../src/storage/schema.js';
import { linkTelegram, seedEmployee } from '../support/telegram-harness.js';
import type { BotApiStandIn } from '../support/telegram-stand-in.js';
import { commandMessage, TEST_BOT_INFO, testUser } from '../support/telegram-updates.js';

export const PEOPLE = 5;
const COMMANDS = ['bantuan', 'status', 'bantuan', 'status'];
const translator = new Translator('id');

/** The dedupe key dika records for an update (bot id and update_id). */
export const eventId = (update: Update) => `${TEST_BOT_INFO.id}:${update.update_id}`;

/**
 * Links five people and returns their updates, one list per chat, in the order they are sent.
 * Their unit's schedule is paused: the real process runs the scheduler, and a reminder falling due
 * at a minute's turn in the middle of a test would read as a second reply (it did, in a third of
 * the runs, in the outage test that counts the same way).
 */
export async function seedTraffic(db: Db): Promise<Update[][]> {
  const [unit] = await db.insert(orgUnits).values({ name: 'Uji Kill', path: 'Uji Kill' }).returning();
  await db.insert(unitSchedules).values({ unitId: unit!.id, paused: true });
  const traffic: Update[][] = [];
  for (let p = 0; p < PEOPLE; p++) {
    const from = testUser({ id: 810_000 + p, first_name: `Orang${p}`, last_name: 'Uji' });
    const employee = await seedEmployee(db, { name: `Orang ${p} Uji`, unitId: unit!.id });
    await linkTelegram(db, employee.id, from.id);
    traffic.push(COMMANDS.map((command) => commandMessage(command, undefined, { from })));
  }
  return traffic;
}

export const chatOf = (updates: Update[]) => updates[0]!.message!.chat.id;

export interface KillFigures {
  sent: number;
  handled: number;
  lost: number;
  doubled: number;
  /** Replies the stand-in received, per chat. */
  perChat: number[];
}

/**
 * "Will be processed by itself": sent once when an update is still running after 5 s. On a loaded
 * machine the held updates (and the chats queued behind them) can wait that long before the kill;
 * it is a notice, not a reply, so it is counted apart (at most one a chat) and never as a double.
 */
const SLOW_NOTICE = new Set([
  translator.t('id', 'db-unavailable-queued'),
  translator.t('en', 'db-unavailable-queued'),
]);

/** The figures, from the handled event ids and the replies the stand-in received. */
export function figuresOf(traffic: Update[][], handled: string[], api: BotApiStandIn): KillFigures {
  const all = traffic.flat();
  const replies = new Map<number, number>();
  for (const message of api.callsOf('sendMessage')) {
    if (SLOW_NOTICE.has(String(message.text))) continue;
    replies.set(Number(message.chat_id), (replies.get(Number(message.chat_id)) ?? 0) + 1);
  }
  const perChat = traffic.map((updates) => replies.get(chatOf(updates)) ?? 0);
  const doubled = perChat.reduce((sum, n, p) => sum + Math.max(0, n - traffic[p]!.length), 0);
  const lost = all.filter((u) => !handled.includes(eventId(u))).length;
  return { sent: all.length, handled: handled.length, lost, doubled, perChat };
}

/** Every update handled once, one reply each, and nobody told that something went wrong. */
export function expectExactlyOnce(traffic: Update[][], figures: KillFigures, api: BotApiStandIn): void {
  const all = traffic.flat().length;
  expect(figures).toEqual({
    sent: all,
    handled: all,
    lost: 0,
    doubled: 0,
    perChat: traffic.map((u) => u.length),
  });
  const texts = api.callsOf('sendMessage').map((m) => String(m.text));
  expect(texts).not.toContain(translator.t('id', 'error-generic'));
  for (const updates of traffic) {
    const notices = api
      .callsOf('sendMessage')
      .filter((m) => Number(m.chat_id) === chatOf(updates) && SLOW_NOTICE.has(String(m.text)));
    expect(notices.length).toBeLessThanOrEqual(1);
  }
  if (process.env.E2E_REPORT) console.info('kill -9 figures', JSON.stringify(figures));
}
