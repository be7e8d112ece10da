/**
 * Retention meets a person: a check-in abandoned long enough is pruned, and what they press or
 * type afterwards is answered clearly (the button is no longer valid) without an error, and a new
 * /checkin starts afresh.
 */
import { describe, expect, it } from 'vitest';
import { pruneRetention } from '../../src/services/retention/prune-retention.js';
import { checkins, conversations } from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { linkTelegram, seedEmployee, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, textMessage } from '../support/telegram-updates.js';

const h = useTelegramHarness();
const DAY = 24 * 60 * 60 * 1000;
const POLICY = {
  processedEvents: 30,
  outboundMessages: 30,
  conversations: 30,
  evidenceMetadata: 730,
  jobRuns: 90,
};

/** Presses the button whose choice id is `choice` (else the first one) on the newest keyboard. */
function press(choice?: string) {
  const call = h.api.calls.filter((c) => c.body.reply_markup?.inline_keyboard).at(-1)!;
  const buttons = (call.body.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>>).flat();
  const button = choice ? buttons.find((b) => b.callback_data.endsWith(`|${choice}`)) : buttons[0];
  if (!button) throw new Error(`no button ${choice}`);
  return callbackQuery(button.callback_data, {
    messageId: call.body.message_id ?? 5001,
    messageText: call.body.text,
  });
}

describe('a pruned conversation', () => {
  it('leaves old buttons answered as no longer valid and lets a new check-in start', async () => {
    const me = await seedEmployee(h.db, { name: 'Sari Wulandari' });
    await linkTelegram(h.db, me.id);
    await seedKeyResults(h.db, me.id, THREE_KRS);
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    expect(await h.db.select().from(conversations)).toHaveLength(1);

    // Conversation times are the database's own: prune as if a month had passed since.
    const kept = await pruneRetention(h.db, { policy: POLICY, now: new Date(Date.now() + 29 * DAY) });
    expect(kept.counts.conversations).toBe(0);
    const pruned = await pruneRetention(h.db, { policy: POLICY, now: new Date(Date.now() + 31 * DAY) });
    expect(pruned.counts.conversations).toBe(1);
    expect(await h.db.select().from(conversations)).toEqual([]);

    await h.send(press()); // a button of the dialog that is gone
    expect(h.api.callsOf('answerCallbackQuery').at(-1)?.text).toContain('tidak berlaku');
    await h.send(textMessage('2'));
    expect(await h.db.select().from(checkins)).toEqual([]);
    expect(await h.db.select().from(conversations)).toEqual([]);

    await h.send(commandMessage('checkin'));
    expect(await h.db.select().from(conversations)).toHaveLength(1);
    expect(h.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });
});
