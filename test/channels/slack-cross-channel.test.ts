import { asc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkins, conversations, krUpdates } from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { lastDmText, press } from '../support/slack-dialog.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import { dmMessage, eventCallback, slashCommand } from '../support/slack-requests.js';
import { linkTelegram, seedEmployee, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, textMessage } from '../support/telegram-updates.js';

const tg = useTelegramHarness();
const slack = useSlackHarness();

/** Presses a button of the newest Telegram keyboard by its choice id. */
function tgPress(choice: string) {
  const call = tg.api.calls.filter((c) => c.body.reply_markup?.inline_keyboard).at(-1)!;
  const button = (call.body.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>>)
    .flat()
    .find((b) => b.callback_data.endsWith(`|${choice}`))!;
  return callbackQuery(button.callback_data, {
    messageId: call.body.message_id ?? 5001,
    messageText: call.body.text,
  });
}

describe('one check-in across Telegram and Slack', () => {
  it('finishes in Slack a check-in started in Telegram: one record for the week', async () => {
    for (const clock of [tg.clock, slack.clock]) clock.set('2026-03-04T02:00:00Z');
    const me = await seedEmployee(tg.db, { name: 'Sari Wulandari', timeZone: 'Asia/Makassar' });
    await linkTelegram(tg.db, me.id);
    await linkSlack(tg.db, me.id);
    const krs = await seedKeyResults(tg.db, me.id, THREE_KRS);

    // Telegram: the first indicator answered, the second asked.
    await tg.send(commandMessage('checkin'));
    await tg.send(tgPress('go'));
    await tg.send(textMessage('2'));
    await tg.send(tgPress('c7'));
    await tg.send(tgPress('skip'));

    // Slack: /checkin chat resumes at the same question; the rest is answered there.
    await slack.send(slashCommand('/checkin', 'chat', { responseUrl: slack.api.responseUrl() }));
    expect(lastDmText(slack.api)).toContain('Pegawai mengikuti pelatihan');
    expect(await slack.db.select().from(conversations)).toMatchObject([
      { kind: 'checkin', channel: 'slack' },
    ]);
    await slack.send(eventCallback(dmMessage('65%')));
    await slack.send(press(slack.api, 'c6'));
    await slack.send(press(slack.api, 'skip'));
    await slack.send(eventCallback(dmMessage('10')));
    await slack.send(press(slack.api, 'c8'));
    await slack.send(press(slack.api, 'skip'));
    await slack.send(press(slack.api, 'none'));
    await slack.send(press(slack.api, 'skip'));
    await slack.send(press(slack.api, 'skip'));
    await slack.send(press(slack.api, 'n'));
    await slack.send(press(slack.api, 'submit'));

    expect(await slack.db.select().from(checkins)).toMatchObject([
      { employeeId: me.id, isoWeek: '2026-W10', revision: 1 },
    ]);
    const updates = await slack.db.select().from(krUpdates).orderBy(asc(krUpdates.keyResultId));
    expect(updates.map((u) => [u.keyResultId, u.value, u.confidence])).toEqual([
      [krs[0]!.id, 2, 7], // from Telegram
      [krs[1]!.id, 65, 6],
      [krs[2]!.id, 10, 8],
    ]);
    expect(lastDmText(slack.api)).toContain('Laporan progres Anda sudah tersimpan');

    // Back in Telegram the same week offers a revision, not a new check-in.
    await tg.send(commandMessage('checkin'));
    expect(tg.sentTexts().at(-1)).toContain('sudah mengirim laporan progres pekan');
  });
});
