/**
 * The platform layer through the real bot: a second dialog beside an open check-in, and replies
 * that survive a crash between commit and delivery.
 */
import { eq } from 'drizzle-orm';
import { Api } from 'grammy';
import pino from 'pino';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { telegramSender } from '../../src/channels/telegram/outbound-sender.js';
import { telegramReplyRenderer } from '../../src/channels/telegram/reply-renderer.js';
import type { DialogState, Flow } from '../../src/core/conversation/flow.js';
import type { DialogService } from '../../src/services/dialogs/dialog-runner.js';
import { personOf } from '../../src/services/people/person.js';
import { createPlatform } from '../../src/services/platform.js';
import { conversations, outboundMessages, processedEvents } from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { linkTelegram, seedEmployee, TEST_TOKEN, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, TEST_USER, textMessage } from '../support/telegram-updates.js';

const h = useTelegramHarness();

/** A one-question dialog: "what is your favourite colour?" with a "skip" button. */
interface EchoState extends DialogState {
  kind: 'echo';
}
const echoFlow: Flow<EchoState, { type: 'heard'; text: string }> = {
  kind: 'echo',
  step(state, input) {
    if (input.type === 'choice' && input.choice === 'skip')
      return { state: null, prompts: [{ key: 'checkin-cancelled', expects: 'none' }], effects: [] };
    if (input.type === 'text')
      return {
        state: null,
        prompts: [{ key: 'checkin-revise-kept', expects: 'none' }],
        effects: [{ type: 'heard', text: input.text }],
      };
    return { state, prompts: [{ key: 'checkin-hint-text', expects: 'none' }], effects: [] };
  },
  currentPrompt: () => ({
    key: 'checkin-blockers',
    expects: 'text',
    choices: [[{ id: 'skip', label: 'checkin-btn-skip' }]],
  }),
  resume: (state) => ({ state: { ...state, seq: state.seq + 1 }, prompts: [echoFlow.currentPrompt(state)] }),
};
const heard: string[] = [];
const echoService: DialogService<EchoState, { type: 'heard'; text: string }> = {
  flow: echoFlow,
  applyEffect: async (_tx, _person, _channel, effect) => void heard.push(effect.text),
};

/** The newest message with buttons, and a press of the button ending in `|choice` on it. */
function press(choice: string, kind?: string) {
  const call = h.api.calls
    .filter((c) =>
      (c.body.reply_markup?.inline_keyboard as Array<Array<{ callback_data: string }>> | undefined)
        ?.flat()
        .some((b) => b.callback_data.endsWith(`|${choice}`) && (!kind || b.callback_data.startsWith(kind))),
    )
    .at(-1);
  if (!call) throw new Error(`no button ${choice}`);
  const data = (call.body.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>>)
    .flat()
    .find((b) => b.callback_data.endsWith(`|${choice}`))!.callback_data;
  return callbackQuery(data, { messageId: call.body.message_id ?? 5001, messageText: call.body.text });
}

async function seedPerson() {
  const me = await seedEmployee(h.db, { name: 'Sari', timeZone: 'Asia/Makassar' });
  await linkTelegram(h.db, me.id);
  await seedKeyResults(h.db, me.id, THREE_KRS);
  return me;
}

/** Opens the echo dialog as a scheduled prompt would: a queued message with its buttons. */
async function openEcho(me: Awaited<ReturnType<typeof seedPerson>>) {
  const { dialogs, outbound, renderers } = h.platform;
  const rows = await h.db.transaction(async (tx) => {
    const state: EchoState = { kind: 'echo', nonce: 'e1', seq: 1 };
    const reply = await dialogs.begin(tx, personOf(me), 'telegram', 'echo', {
      state,
      prompts: [echoFlow.currentPrompt(state)],
    });
    const recipient = { employeeId: me.id, channel: 'telegram', address: String(TEST_USER.id) };
    return outbound.enqueue(
      tx,
      renderers.render({ ...recipient, locale: 'id', timeZone: me.timeZone }, reply, 1),
    );
  });
  await outbound.deliver(rows);
}

beforeAll(() => {
  h.platform.dialogs.register(echoService);
});

describe('two dialogs at once', () => {
  beforeEach(() => {
    h.clock.set('2026-03-04T02:00:00Z');
    heard.length = 0;
  });

  it('text goes to the dialog that asked last, buttons to their own dialog', async () => {
    const me = await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go', 'checkin')); // the check-in now asks for the first value
    await openEcho(me); // a questionnaire arrives while the check-in waits
    expect(
      String(h.api.callsOf('sendMessage').at(-1)!.reply_markup.inline_keyboard[0][0].callback_data),
    ).toMatch(/^echo\|e1\|1\|skip$/);

    await h.send(textMessage('biru'));
    expect(heard).toEqual(['biru']); // the echo dialog took the text, not the value question
    const [checkin] = await h.db.select().from(conversations).where(eq(conversations.kind, 'checkin'));
    expect((checkin!.state as { answers: object }).answers).toEqual({});

    // With the echo dialog over, text is the check-in's again.
    await h.send(textMessage('2'));
    const [after] = await h.db.select().from(conversations).where(eq(conversations.kind, 'checkin'));
    expect((after!.state as { cursor: { at: string } }).cursor.at).toBe('confidence');
  });

  it('a check-in button pressed while another dialog asked last still answers the check-in', async () => {
    const me = await seedPerson();
    await h.send(commandMessage('checkin'));
    await openEcho(me);
    await h.send(press('go', 'checkin'));
    const rows = await h.db.select().from(conversations);
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r.state as { cursor?: { at: string } }]));
    expect(byKind.checkin!.cursor!.at).toBe('value');
    expect(byKind.echo).toBeDefined(); // untouched
    // The echo dialog's own button ends only the echo dialog.
    await h.send(press('skip', 'echo'));
    expect((await h.db.select().from(conversations)).map((r) => r.kind)).toEqual(['checkin']);
  });

  it('a button of one dialog with the nonce of another is refused and changes nothing', async () => {
    const me = await seedPerson();
    await h.send(commandMessage('checkin'));
    await openEcho(me);
    const [checkin] = await h.db.select().from(conversations).where(eq(conversations.kind, 'checkin'));
    const { seq } = checkin!.state as { seq: number };
    // Right kind and step, wrong dialog instance (its nonce): an old keyboard of a cancelled check-in.
    await h.send(callbackQuery(`checkin|zzzz|${seq.toString(36)}|go`));
    expect(h.api.callsOf('answerCallbackQuery').at(-1)!.text).toBe(h.deps.translator.t('id', 'stale-button'));
    const [same] = await h.db.select().from(conversations).where(eq(conversations.kind, 'checkin'));
    expect(same!.version).toBe(checkin!.version);
  });
});

describe('a crash between commit and delivery', () => {
  it('loses no reply: after a restart the sweeper delivers it exactly once', async () => {
    await seedPerson();
    const outbound = h.platform.outbound;
    const deliver = outbound.deliver.bind(outbound);
    // The process "dies" right after the commit: nothing is sent.
    outbound.deliver = async () => {};
    const update = commandMessage('checkin');
    try {
      await h.send(update);
    } finally {
      outbound.deliver = deliver;
    }
    expect(h.api.callsOf('sendMessage')).toHaveLength(0);
    expect(await h.db.select().from(processedEvents)).toHaveLength(1);
    // Telegram redelivers the update (its offset was not confirmed): absorbed, nothing sent twice.
    await h.send(update);
    expect(h.api.callsOf('sendMessage')).toHaveLength(0);
    const [queued] = await h.db.select().from(outboundMessages);
    expect(queued).toMatchObject({ status: 'pending', op: 'send' });

    // A restarted process, 61 s later (the dead writer's lease has passed), with two sweepers racing.
    const logger = pino({ level: 'silent' });
    const later = () => new Date(Date.now() + 61_000);
    const restarted = [1, 2].map(() => {
      const p = createPlatform({ db: h.db, logger, messagesPerSecond: 0, clock: later });
      p.outbound.register(telegramSender(new Api(TEST_TOKEN, { apiRoot: h.api.url }), h.api.botInfo.id));
      p.renderers.register(telegramReplyRenderer(h.deps.translator, h.api.botInfo.id));
      return p;
    });
    const swept = await Promise.all(restarted.map((p) => p.outbound.sweep()));
    expect(swept.reduce((a, b) => a + b, 0)).toBe(1);
    expect(h.api.callsOf('sendMessage')).toHaveLength(1);
    const [message] = h.api.callsOf('sendMessage');
    expect(message!.reply_markup.inline_keyboard[0][0].text).toBe(
      h.deps.translator.t('id', 'checkin-btn-start'),
    );
    expect(await restarted[0]!.outbound.sweep()).toBe(0);
    const [sent] = await h.db.select().from(outboundMessages);
    expect(sent).toMatchObject({ status: 'sent', externalId: expect.stringMatching(/^\d+$/) });
  });

  it('a row still leased to a live writer is not taken by a sweeper', async () => {
    await seedPerson();
    const outbound = h.platform.outbound;
    const deliver = outbound.deliver.bind(outbound);
    outbound.deliver = async () => {};
    try {
      await h.send(commandMessage('checkin'));
    } finally {
      outbound.deliver = deliver;
    }
    expect(await outbound.sweep()).toBe(0); // the lease (60 s) has not passed
    expect(h.api.callsOf('sendMessage')).toHaveLength(0);
  });
});
