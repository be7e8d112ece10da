/**
 * Feedback in Slack through the real Bolt app: /umpanbalik searches a colleague by the name typed
 * in the DM and stores an anonymous umpan balik; the 360° invitation reaches a Slack-preferring
 * rater, whose button opens the questionnaire filled in to the end; a forged or foreign
 * invitation button is refused with nothing written; /dika 360, rekan, hasil360; /dika batal
 * drops a questionnaire or a draft before the check-in.
 */
import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeButton } from '../../src/core/conversation/button-codec.js';
import { Translator } from '../../src/i18n/translator.js';
import { runDueJobs } from '../../src/scheduler/job-runner.js';
import { feedbackInviteJob } from '../../src/scheduler/jobs/feedback-invite.js';
import {
  continuousFeedback,
  conversations,
  feedbackAssignments,
  feedbackPending,
} from '../../src/storage/schema.js';
import { openTestCycle } from '../support/feedback-cycle-seed.js';
import { seedResultsCycle, seedResultsTeam } from '../support/feedback-results-seed.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import {
  blockAction,
  dmMessage,
  eventCallback,
  slashCommand,
  TEST_SLACK_USER,
} from '../support/slack-requests.js';
import { seedEmployee, seedUnitPath } from '../support/telegram-harness.js';

const h = useSlackHarness();
const translator = new Translator('id');
const t = (key: string, args?: Record<string, string | number>) => translator.t('id', key, args);
const SARI = TEST_SLACK_USER;
const DODI = 'U0DODI';
const HENDRA = 'U0HENDRA';
const STRANGER = 'U0ASING';
const SECRET = 'Komentar uji XK7Q: Sari selalu menolong warga antre';

const dika = (text: string, user = SARI, channel?: string) =>
  slashCommand('/dika', text, { user, responseUrl: h.api.responseUrl(), ...(channel ? { channel } : {}) });
const dm = (text: string, user = SARI) => eventCallback(dmMessage(text, { user }));
const lastResponse = () => String(h.responses().at(-1)?.text ?? '');

interface Button {
  action_id: string;
  value?: string;
  text: { text: string };
}

/** Messages dika wrote to `user`: posted to their user id, or a pressed message in their DM updated. */
function messagesTo(user: string) {
  const dmChannel = `D${user.slice(1)}`;
  return h.api.calls.filter(
    (c) =>
      (c.method === 'chat.postMessage' && c.body.channel === user) ||
      (c.method === 'chat.update' && c.body.channel === dmChannel),
  );
}
const lastTextTo = (user: string) => String(messagesTo(user).at(-1)?.body.text ?? '');

/** The newest message to `user` with buttons: its buttons and the ts a press refers to. */
function buttonsTo(user: string): { ts: string; buttons: Button[] } {
  const call = messagesTo(user)
    .filter((c) => (c.body.blocks as Array<{ type: string }> | undefined)?.some((b) => b.type === 'actions'))
    .at(-1);
  if (!call) throw new Error(`no message with buttons to ${user}`);
  const buttons = (call.body.blocks as Array<{ type: string; elements?: Button[] }>)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);
  return { ts: String(call.method === 'chat.update' ? call.body.ts : call.body.assignedTs), buttons };
}

/** `user` presses the button `dlg:<choice>` of the newest message with buttons sent to `from`. */
function press(user: string, choice: string, from = user) {
  const { ts, buttons } = buttonsTo(from);
  const button = buttons.find((b) => b.action_id === `dlg:${choice}`);
  if (!button) throw new Error(`no button ${choice} in ${buttons.map((b) => b.action_id).join(' ')}`);
  return blockAction(
    { action_id: button.action_id, value: button.value! },
    { user, messageTs: ts, responseUrl: h.api.responseUrl() },
  );
}

describe('/umpanbalik in Slack', () => {
  beforeEach(() => {
    h.clock.set('2026-12-02T03:00:00Z'); // Wednesday 2 Dec 2026, 10.00 WIB
  });

  async function colleagues() {
    const unit = await seedUnitPath(h.db, 'Biro Umum/Bagian Kepegawaian');
    const me = await seedEmployee(h.db, { name: 'Sari Wulandari', unitId: unit });
    const peer = await seedEmployee(h.db, { name: 'Dodi Pratama', unitId: unit });
    await linkSlack(h.db, me.id, SARI);
    await linkSlack(h.db, peer.id, DODI);
    return { me, peer };
  }

  it('finds the colleague by the name typed in the DM and stores the umpan balik without a name', async () => {
    const { peer } = await colleagues();
    await h.send(slashCommand('/umpanbalik', '', { user: SARI, responseUrl: h.api.responseUrl() }));
    expect(lastTextTo(SARI)).toContain('Ketik sebagian namanya');
    await h.send(dm('Zulkifli'));
    expect(lastTextTo(SARI)).toContain('tidak ditemukan di unit Anda dan unit sekitar');
    await h.send(dm('dodi'));
    expect(buttonsTo(SARI).buttons.map((b) => b.action_id)).toContain('dlg:c0');
    await h.send(press(SARI, 'c0'));
    await h.send(press(SARI, 'v1'));
    await h.send(press(SARI, 'v6'));
    await h.send(press(SARI, 'lanjut'));
    await h.send(press(SARI, 'apr'));
    expect(lastTextTo(SARI)).toContain('Umpan balik Anda dikirim tanpa nama');
    await h.send(dm('Terima kasih sudah sigap membantu rekap SIMPEG kemarin'));
    expect(lastTextTo(SARI)).toContain('Pengirim: tanpa nama');
    await h.send(press(SARI, 'kirim'));
    expect(lastTextTo(SARI)).toContain('Terima kasih. Umpan balik Anda untuk Dodi Pratama');

    expect(await h.db.select().from(continuousFeedback)).toMatchObject([
      {
        recipientId: peer.id,
        giverId: null,
        kind: 'appreciation',
        body: 'Terima kasih sudah sigap membantu rekap SIMPEG kemarin',
      },
    ]);
    expect(await h.db.select().from(conversations)).toEqual([]);
    // Nothing reached the recipient yet: umpan balik waits for the daily bundle.
    expect(messagesTo(DODI)).toEqual([]);
  });

  it('searches even while an older check-in is open, and points to the DM from a channel', async () => {
    const { me } = await colleagues();
    await seedKeyResults(h.db, me.id, THREE_KRS);
    await h.send(slashCommand('/checkin', 'chat', { user: SARI, responseUrl: h.api.responseUrl() }));
    await h.send(press(SARI, 'go')); // the check-in now waits for a number
    await h.send(
      slashCommand('/umpanbalik', '', { user: SARI, channel: 'C0UMUM', responseUrl: h.api.responseUrl() }),
    );
    expect(lastResponse()).toBe(t('slack-dialog-in-dm'));
    await h.send(dm('dodi'));
    const match = buttonsTo(SARI).buttons.find((b) => b.action_id === 'dlg:c0');
    expect(match?.text.text).toContain('Dodi Pratama');
    const open = await h.db.select().from(conversations).where(eq(conversations.employeeId, me.id));
    expect(open.map((c) => c.kind).sort()).toEqual(['checkin', 'umpanbalik']);
  });

  it('/dika batal drops the draft first, then the check-in', async () => {
    const { me } = await colleagues();
    await seedKeyResults(h.db, me.id, THREE_KRS);
    await h.send(slashCommand('/checkin', 'chat', { user: SARI, responseUrl: h.api.responseUrl() }));
    await h.send(slashCommand('/umpanbalik', '', { user: SARI, responseUrl: h.api.responseUrl() }));
    await h.send(dm('dodi'));
    await h.send(dika('batal'));
    expect(lastResponse()).toBe(t('cf-cancelled'));
    expect((await h.db.select().from(conversations)).map((c) => c.kind)).toEqual(['checkin']);
    await h.send(dika('batal'));
    expect(lastResponse()).toBe(t('checkin-cancelled'));
    expect(await h.db.select().from(conversations)).toEqual([]);
    expect(await h.db.select().from(continuousFeedback)).toEqual([]);
  });
});

describe('360° feedback in Slack', () => {
  beforeEach(() => {
    h.clock.set('2026-12-02T02:00:00Z');
  });

  /** Hendra heads Sari, Dodi and Rina; everyone's chat is Slack; the cycle's invitations went out. */
  async function invitedTeam() {
    const head = await seedEmployee(h.db, { name: 'Hendra Gunawan', salutation: 'Bapak' });
    const sari = await seedEmployee(h.db, { name: 'Sari Wulandari', supervisorId: head.id });
    const dodi = await seedEmployee(h.db, { name: 'Dodi Pratama', supervisorId: head.id });
    const rina = await seedEmployee(h.db, { name: 'Rina Kusuma', supervisorId: head.id });
    const stranger = await seedEmployee(h.db, { name: 'Orang Lain' });
    await linkSlack(h.db, head.id, HENDRA);
    await linkSlack(h.db, sari.id, SARI);
    await linkSlack(h.db, dodi.id, DODI);
    await linkSlack(h.db, rina.id, 'U0RINA');
    await linkSlack(h.db, stranger.id, STRANGER);
    const opened = await openTestCycle(h.db, h.clock.now());
    expect(opened.status).toBe('opened');
    const deps = {
      db: h.db,
      logger: pino({ level: 'silent' }),
      handlers: [feedbackInviteJob],
      outbound: h.platform.outbound,
      renderers: h.platform.renderers,
      dialogs: h.platform.dialogs,
      defaultLocale: 'id' as const,
      worker: 'w1',
    };
    expect((await runDueJobs(deps, h.clock.now(), 10_000)).done).toBeGreaterThanOrEqual(4);
    await h.platform.outbound.settled();
    return { head, sari, dodi, rina, stranger };
  }

  const rateeChoice = (id: number) => `r${id.toString(36)}`;

  it('a Slack rater presses the invitation and fills the questionnaire to the end', async () => {
    const { sari, dodi } = await invitedTeam();
    const invitation = lastTextTo(DODI);
    expect(invitation).toContain('paling lambat 18 Desember 2026');
    expect(invitation).toContain('Sari Wulandari (rekan kerja)');
    expect(invitation).toContain('Jawaban Anda anonim');

    h.logs.length = 0;
    await h.send(press(DODI, rateeChoice(sari.id)));
    expect(lastTextTo(DODI)).toContain(
      'Seberapa sering Anda melihat Sari Wulandari menunjukkan perilaku ini dalam 3 bulan terakhir?',
    );
    for (let value = 0; value < 7; value++) {
      for (const choice of ['s4', 's5', 'na']) await h.send(press(DODI, choice));
      if (value === 0) await h.send(dm(SECRET, DODI));
      else await h.send(press(DODI, 'lewati'));
    }
    await h.send(press(DODI, 'lewati')); // the overall comment
    expect(lastTextTo(DODI)).toContain('Ringkasan jawaban untuk Sari Wulandari');
    await h.send(press(DODI, 'kirim'));
    expect(lastTextTo(DODI)).toContain('Kuesioner untuk Sari Wulandari terkirim');

    const [pending] = await h.db.select().from(feedbackPending);
    expect(pending).toMatchObject({ rateeId: sari.id });
    expect(pending!.body).toContain(SECRET);
    const [assignment] = await h.db
      .select()
      .from(feedbackAssignments)
      .where(and(eq(feedbackAssignments.raterId, dodi.id), eq(feedbackAssignments.rateeId, sari.id)));
    expect(assignment!.status).toBe('submitted');
    expect(await h.db.select().from(conversations)).toEqual([]);
    expect(JSON.stringify(h.logs)).not.toContain('XK7Q');

    // /dika 360 lists who is left, with their buttons, in the DM.
    await h.send(dika('360', DODI));
    expect(lastTextTo(DODI)).toContain('Hendra Gunawan');
    expect(lastTextTo(DODI)).not.toContain('Sari Wulandari');
    expect(buttonsTo(DODI).buttons.map((b) => b.action_id)).not.toContain(`dlg:${rateeChoice(sari.id)}`);
  });

  it('refuses a foreign, forged or used invitation button and writes nothing', async () => {
    const { sari, stranger } = await invitedTeam();
    const invitation = buttonsTo(DODI);
    const sariButton = invitation.buttons.find((b) => b.action_id === `dlg:${rateeChoice(sari.id)}`)!;
    // The stranger presses Dodi's invitation (a copied payload): not asked about Sari.
    await h.send(
      blockAction(
        { action_id: sariButton.action_id, value: sariButton.value! },
        { user: STRANGER, messageTs: invitation.ts, responseUrl: h.api.responseUrl() },
      ),
    );
    expect(lastResponse()).toBe(t('fb360-not-allowed'));
    // A forged payload naming a cycle and a ratee nobody asked Dodi about.
    const forged = encodeButton({ kind: 'f360', nonce: 'zz', seq: 0, choice: rateeChoice(stranger.id) });
    await h.send(
      blockAction(
        { action_id: 'dlg:x', value: forged },
        { user: DODI, messageTs: invitation.ts, responseUrl: h.api.responseUrl() },
      ),
    );
    expect(lastResponse()).toBe(t('fb360-not-allowed'));
    expect(h.responses().map((r) => r.text)).toEqual([t('fb360-not-allowed'), t('fb360-not-allowed')]);
    expect(await h.db.select().from(conversations)).toEqual([]);
    expect(await h.db.select().from(feedbackPending)).toEqual([]);
    expect(messagesTo(STRANGER).filter((c) => String(c.body.text).includes('Sari'))).toEqual([]);
  });

  it('/dika batal drops an open questionnaire; typed in a channel, /dika 360 points to the DM', async () => {
    const { head } = await invitedTeam();
    await h.send(dika('360', DODI, 'C0UMUM'));
    expect(lastResponse()).toBe(t('slack-dialog-in-dm'));
    await h.send(press(DODI, rateeChoice(head.id)));
    await h.send(press(DODI, 's4'));
    expect(await h.db.select().from(conversations)).toMatchObject([
      { kind: 'kuesioner360', channel: 'slack' },
    ]);
    await h.send(dika('batal', DODI));
    expect(lastResponse()).toBe(t('fb360-cancelled'));
    expect(await h.db.select().from(conversations)).toEqual([]);
    expect(await h.db.select().from(feedbackPending)).toEqual([]);
  });

  it('/dika rekan lists the peer raters and passes a decline to the appraiser', async () => {
    await invitedTeam();
    await h.send(dika('rekan'));
    expect(lastResponse()).toContain('Dodi Pratama');
    expect(h.responses().at(-1)?.response_type).toBe('ephemeral');
    await h.send(dika('peer tolak Dodi Pratama jarang bekerja sama dengan saya'));
    expect(lastResponse()).toBe(t('fb360-peer-sent', { kind: 'decline', name: 'Dodi Pratama' }));
  });
});

describe('/dika hasil360 in Slack', () => {
  it('sends my closed results to my DM and refuses anyone else', async () => {
    h.clock.set('2026-12-21T02:00:00Z');
    const team = await seedResultsTeam(h.db);
    await seedResultsCycle(h.db, team, { peers: 3, subordinates: 3 });
    await linkSlack(h.db, team.sari.id, SARI);
    await linkSlack(h.db, team.stranger.id, STRANGER);
    await h.send(dika('hasil360'));
    const mine = messagesTo(SARI)
      .map((c) => String(c.body.text))
      .join('\n');
    expect(mine).toContain('Hasil umpan balik 360° BerAKHLAK Bapak/Ibu, periode 2026-Q4');
    expect(mine).toContain('Komentar rekan 1');
    await h.send(dika('results360 Sari', STRANGER));
    expect(lastTextTo(STRANGER)).toBe(t('hasil360-not-allowed'));
  });
});
