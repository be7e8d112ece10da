/**
 * The App Home through the real Bolt app: what waits for the person (a 360° questionnaire with
 * its button, an unfinished umpan balik, staff's dialog requests), a supervisor's team week with
 * "Rekap lengkap", the form opened from the tab, the Home republished after every check-in
 * submitted anywhere (Slack form, Slack DM, Telegram), and a supervisor of 200 within Slack's limits.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/storage/database.js';
import { checkins, dialogRequests, employees, outboundMessages } from '../../src/storage/schema.js';
import { openTestCycle } from '../support/feedback-cycle-seed.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { lastDmText, press } from '../support/slack-dialog.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import {
  dmMessage,
  eventCallback,
  homeAction,
  slashCommand,
  TEST_SLACK_USER,
  viewSubmission,
} from '../support/slack-requests.js';
import { linkTelegram, seedEmployee, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, textMessage } from '../support/telegram-updates.js';

const tg = useTelegramHarness();
const h = useSlackHarness();
const BOSS = 'U0HENDRA';

interface Block {
  type: string;
  block_id?: string;
  text?: { type: string; text: string };
  elements?: Array<{ action_id: string; value?: string; text: { text: string } }>;
}

const openHome = (user = TEST_SLACK_USER) =>
  h.send(eventCallback({ type: 'app_home_opened', user, channel: `D${user.slice(1)}`, tab: 'home' }));
const homeOf = (user = TEST_SLACK_USER) =>
  h.api
    .callsOf('views.publish')
    .filter((c) => c.user_id === user)
    .at(-1)?.view as { blocks: Block[] } | undefined;
const textOf = (home: { blocks: Block[] } | undefined) =>
  (home?.blocks ?? []).map((b) => b.text?.text ?? '').join('\n');
const buttonsOf = (home: { blocks: Block[] } | undefined) =>
  (home?.blocks ?? []).flatMap((b) => b.elements ?? []);
const dmTo = (user: string) =>
  h.api
    .callsOf('chat.postMessage')
    .filter((c) => c.channel === user)
    .map((c) => String(c.text))
    .join('\n');
const formBlankFor = (krs: Array<{ id: number }>) =>
  Object.fromEntries(
    krs.flatMap((kr) => [
      [`kr.${kr.id}.value`, ''],
      [`kr.${kr.id}.evidence`, ''],
    ]),
  );

/** Hendra heads Sari (on Slack, TEST_SLACK_USER) and Dodi; Hendra is on Slack too. */
async function seedTeam() {
  const boss = await seedEmployee(h.db, {
    name: 'Hendra Gunawan',
    salutation: 'Bapak',
    timeZone: 'Asia/Jakarta',
  });
  const sari = await seedEmployee(h.db, {
    name: 'Sari Wulandari',
    supervisorId: boss.id,
    timeZone: 'Asia/Jakarta',
  });
  const dodi = await seedEmployee(h.db, {
    name: 'Dodi Pratama',
    supervisorId: boss.id,
    timeZone: 'Asia/Jakarta',
  });
  await linkSlack(h.db, boss.id, BOSS);
  await linkSlack(h.db, sari.id);
  return { boss, sari, dodi };
}

describe('the App Home', () => {
  beforeEach(() => {
    h.clock.set('2026-03-04T02:00:00Z'); // Wednesday of 2026-W10
    tg.clock.set('2026-03-04T02:00:00Z');
  });

  it("shows a supervisor their team's week and staff's dialog requests; Rekap lengkap sends the /rekap to the DM", async () => {
    const { sari, dodi } = await seedTeam();
    const krs = await seedKeyResults(h.db, sari.id, THREE_KRS);
    await seedKeyResults(h.db, dodi.id, [{ ...THREE_KRS[0]!, code: 'DOD-1' }]);
    // Sari reports with low confidence and asks for a dialog kinerja; Dodi does not report.
    await h.send(
      viewSubmission({
        ...formBlankFor(krs),
        [`kr.${krs[0]!.id}.value`]: '1',
        [`kr.${krs[0]!.id}.confidence`]: { option: 'c3' },
        wantsDialog: { options: ['yes'] },
      }),
    );
    await openHome(BOSS);
    const home = homeOf(BOSS);
    const text = textOf(home);
    expect(text).toContain('1 dari 2 pegawai sudah melapor');
    expect(text).toContain('belum melapor: Dodi Pratama');
    expect(text).toContain('Perlu perhatian: 1 pegawai');
    expect(text).toContain('Pengajuan dialog kinerja yang belum dilaksanakan (1)');
    const [request] = await h.db.select().from(dialogRequests);
    const held = buttonsOf(home).find((b) => b.action_id === `dlg:h${request!.id.toString(36)}`);
    expect(held?.text.text).toContain('Sari Wulandari');

    await h.send(homeAction({ action_id: 'home:rekap' }, { user: BOSS }));
    expect(dmTo(BOSS)).toContain('Rekap pekan');
    expect(dmTo(BOSS)).toContain('belum melapor: Dodi Pratama');

    // The dialog request's button works from the tab: the record is asked for in the DM.
    await h.send(homeAction({ action_id: held!.action_id, value: held!.value! }, { user: BOSS }));
    expect(dmTo(BOSS)).toContain('Catatan dialog kinerja dengan Sari Wulandari');

    // Someone without staff sees no team section.
    await openHome(TEST_SLACK_USER);
    const mine = homeOf(TEST_SLACK_USER);
    expect(textOf(mine)).not.toContain('sudah melapor');
    expect(buttonsOf(mine).map((b) => b.action_id)).toEqual(['home:checkin', 'home:form']);
  });

  it('shows what waits for the person: a 360° questionnaire to press from the tab, an unfinished umpan balik', async () => {
    h.clock.set('2026-12-02T02:00:00Z');
    const { boss } = await seedTeam();
    await seedEmployee(h.db, { name: 'Rina Kusuma', supervisorId: boss.id });
    const opened = await openTestCycle(h.db, h.clock.now());
    expect(opened.status).toBe('opened');
    await h.send(slashCommand('/umpanbalik', '', { responseUrl: h.api.responseUrl() }));

    await openHome();
    const home = homeOf();
    const text = textOf(home);
    expect(text).toContain('Menunggu tindakan Anda');
    expect(text).toContain('Kuesioner umpan balik 360°');
    expect(text).toContain('Hendra Gunawan (atasan langsung Bapak/Ibu)');
    expect(text).toContain('/umpanbalik');
    const invite = buttonsOf(home).find((b) => b.action_id === `dlg:r${boss.id.toString(36)}`)!;
    expect(invite.value).toMatch(/^f360\|/);

    await h.send(homeAction({ action_id: invite.action_id, value: invite.value! }));
    expect(lastDmText(h.api)).toContain('Hendra Gunawan');
  });

  it('opens the check-in form from the tab with the press’s trigger_id', async () => {
    const { sari } = await seedTeam();
    const krs = await seedKeyResults(h.db, sari.id, THREE_KRS);
    await h.send(homeAction({ action_id: 'home:form' }));
    const [opened] = h.api.callsOf('views.open');
    expect(opened!.trigger_id).toMatch(/trigger/);
    const filled = h.api.callsOf('views.update').at(-1)!.view as { blocks: Block[] };
    expect(filled.blocks.map((b) => b.block_id)).toContain(`kr.${krs[0]!.id}.value`);
  });

  it('is republished after a check-in sent from Telegram, a Slack form revision and a Slack DM check-in', async () => {
    const { sari, dodi } = await seedTeam();
    await linkTelegram(h.db, sari.id);
    const krs = await seedKeyResults(h.db, sari.id, THREE_KRS);
    await openHome();
    expect(textOf(homeOf())).toContain('belum dikirim');

    // Telegram: the whole check-in, in another process's pipeline.
    await tg.send(commandMessage('checkin'));
    for (const step of ['go', 'text:2', 'c7', 'skip', 'text:65%', 'c6', 'skip', 'text:10', 'c8', 'skip'])
      await tg.send(step.startsWith('text:') ? textMessage(step.slice(5)) : tgPress(step));
    for (const step of ['none', 'skip', 'skip', 'n', 'submit']) await tg.send(tgPress(step));
    expect(await h.db.select().from(checkins)).toMatchObject([{ revision: 1, channel: 'telegram' }]);
    const before = h.api.callsOf('views.publish').length;
    await h.platform.outbound.sweep();
    expect(h.api.callsOf('views.publish')).toHaveLength(before + 1);
    expect(textOf(homeOf())).toContain('sudah dikirim');

    // Slack form: a revision.
    await h.send(
      viewSubmission({
        ...formBlankFor(krs),
        [`kr.${krs[0]!.id}.value`]: '3',
        [`kr.${krs[0]!.id}.confidence`]: { option: 'c8' },
      }),
    );
    await h.platform.outbound.sweep();
    expect(h.api.callsOf('views.publish')).toHaveLength(before + 2);
    expect(JSON.stringify(homeOf())).toContain('3 dokumen');

    // Slack DM: Dodi's first check-in.
    await linkSlack(h.db, dodi.id, 'U0DODI');
    await seedKeyResults(h.db, dodi.id, [{ ...THREE_KRS[0]!, code: 'SDM-9' }]);
    await h.send(slashCommand('/checkin', 'chat', { user: 'U0DODI', responseUrl: h.api.responseUrl() }));
    await h.send(press(h.api, 'go', 'U0DODI'));
    await h.send(eventCallback(dmMessage('2', { user: 'U0DODI' })));
    for (const step of ['c7', 'skip', 'none', 'skip', 'skip', 'n', 'submit'])
      await h.send(press(h.api, step, 'U0DODI'));
    expect(await h.db.select().from(checkins).where(eq(checkins.employeeId, dodi.id))).toHaveLength(1);
    await h.platform.outbound.sweep();
    expect(textOf(homeOf('U0DODI'))).toContain('sudah dikirim');
  });

  it('queues no Home for a person without a Slack account', async () => {
    const me = await seedEmployee(h.db, { name: 'Rudi', timeZone: 'Asia/Jakarta' });
    await linkTelegram(h.db, me.id);
    await seedKeyResults(h.db, me.id, THREE_KRS.slice(0, 1));
    await tg.send(commandMessage('checkin'));
    for (const step of ['go', 'text:2', 'c7', 'skip', 'none', 'skip', 'skip', 'n', 'submit'])
      await tg.send(step.startsWith('text:') ? textMessage(step.slice(5)) : tgPress(step));
    expect(await h.db.select().from(checkins)).toHaveLength(1);
    const rows = await h.db.select().from(outboundMessages);
    expect(rows.filter((r) => r.channel === 'slack-home')).toEqual([]);
  });

  it("keeps a supervisor of 200 within Slack's limits: 100 blocks, 3,000 characters a section", async () => {
    h.clock.set('2026-12-02T02:00:00Z'); // Wednesday of 2026-W49
    const { boss } = await seedTeam();
    await seedKeyResults(h.db, boss.id, THREE_KRS);
    const staff = await seedStaff(h.db, boss.id, 200);
    // Every one of them reported and asked for a dialog kinerja.
    for (const person of staff) {
      const [checkin] = await h.db
        .insert(checkins)
        .values({
          employeeId: person.id,
          isoWeek: '2026-W49',
          weekStart: '2026-11-30',
          channel: 'slack',
          wantsDialog: true,
          submittedAt: h.clock.now(),
        })
        .returning();
      await h.db
        .insert(dialogRequests)
        .values({ employeeId: person.id, supervisorId: boss.id, checkinId: checkin!.id, status: 'open' });
    }
    await openTestCycle(h.db, h.clock.now());

    await openHome(BOSS);
    const home = homeOf(BOSS)!;
    const text = textOf(home);
    // Sari and Dodi have no indicators: listed apart, not as 2 reports missing.
    expect(text).toContain('200 dari 200 pegawai sudah melapor');
    expect(text).toContain(
      'Belum ada indikator aktif (minta pengelola kinerja mengimpornya): Dodi Pratama, Sari',
    );
    expect(text).toContain('Pengajuan dialog kinerja yang belum dilaksanakan (200)');
    expect(text).toContain('dan 192 lainnya. Ketik /rekap');
    expect(text).toContain('Kuesioner umpan balik 360° yang belum Bapak/Ibu kirim (202)');
    expect(text).toContain('dan 194 lainnya. Ketik /dika 360');
    // The person's own indicators are not squeezed out.
    expect(text).toContain('Rancangan peraturan kepegawaian selesai');
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    for (const block of home.blocks) {
      if (block.text)
        expect(block.text.text.length).toBeLessThanOrEqual(block.type === 'header' ? 150 : 3000);
      if (block.elements) {
        expect(block.elements.length).toBeLessThanOrEqual(25);
        const ids = block.elements.map((e) => e.action_id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const e of block.elements) expect(e.text.text.length).toBeLessThanOrEqual(75);
      }
    }
  });
});

/** `count` people reporting to `bossId`, with long names (titles and degrees), in one insert. */
async function seedStaff(db: Db, bossId: number, count: number) {
  return db
    .insert(employees)
    .values(
      Array.from({ length: count }, (_, i) => ({
        nip: `19800101200501${String(5000 + i).padStart(4, '0')}`,
        name: `Dr. Pegawai Dengan Nama Yang Cukup Panjang ${i + 1}, S.Kom., M.Si.`,
        supervisorId: bossId,
        timeZone: 'Asia/Jakarta',
      })),
    )
    .returning();
}

/** Presses a button of the newest Telegram keyboard by its choice id. */
function tgPress(choice: string) {
  const call = tg.api.calls.filter((c) => c.body.reply_markup?.inline_keyboard).at(-1)!;
  const button = (call.body.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>>)
    .flat()
    .find((b) => b.callback_data.endsWith(`|${choice}`));
  if (!button) throw new Error(`no Telegram button ${choice}`);
  return callbackQuery(button.callback_data, {
    messageId: call.body.message_id ?? 5001,
    messageText: call.body.text,
  });
}
