/**
 * The appraiser's buttons called directly (src/services/appraisal/feedback-service.ts): who may
 * press them, what each begins, the umpan balik stored and told, and /batal. A recording notifier
 * stands in for the channels; storage is real. Written against mutants `npm run mutate` left alive,
 * every value built inside its test.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { DIALOG_TIME_KIND } from '../../src/core/appraisal/dialog-time-flow.js';
import { FEEDBACK_KIND } from '../../src/core/appraisal/feedback-flow.js';
import { dialogTimeDialog } from '../../src/services/appraisal/dialog-time-service.js';
import {
  cancelAppraisalDialog,
  feedbackDialog,
  pressNoticeButton,
  REFUSED,
} from '../../src/services/appraisal/feedback-service.js';
import { setCheckinNotifications } from '../../src/services/appraisal/notification-setting.js';
import type { DialogReply } from '../../src/services/dialogs/dialog-reply.js';
import { DialogRunner } from '../../src/services/dialogs/dialog-runner.js';
import type { Notifier } from '../../src/services/outbound/notifier.js';
import { personOf } from '../../src/services/people/person.js';
import { lockConversation } from '../../src/storage/repositories/conversations.js';
import { checkinFeedback, checkins, dialogRequests, employees, krUpdates } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
const now = new Date('2026-12-02T02:00:00Z');

beforeEach(() => truncateAll(t.db));

async function seed() {
  const penilai = await seedEmployee(t.db, {
    name: 'Dr. Ir. Hendra Gunawan, M.Si.',
    salutation: 'Bapak',
    timeZone: 'Asia/Makassar',
  });
  const atasan = await seedEmployee(t.db, { name: 'Rina Kusuma', supervisorId: penilai.id });
  const sari = await seedEmployee(t.db, {
    name: 'Sari Wulandari',
    supervisorId: atasan.id,
    appraiserId: penilai.id,
    timeZone: 'Asia/Jayapura',
  });
  const krs = await seedKeyResults(t.db, sari.id, THREE_KRS);
  const [checkin] = await t.db
    .insert(checkins)
    .values({
      employeeId: sari.id,
      isoWeek: '2026-W49',
      weekStart: '2026-11-30',
      channel: 'telegram',
      submittedAt: now,
    })
    .returning();
  await t.db.insert(krUpdates).values([
    { checkinId: checkin!.id, keyResultId: krs[0]!.id, value: 3 },
    { checkinId: checkin!.id, keyResultId: krs[1]!.id, skipped: true },
  ]);
  const dialogs = new DialogRunner([feedbackDialog, dialogTimeDialog]);
  const press = (
    presser: typeof penilai,
    action: Parameters<typeof pressNoticeButton>[4]['action'],
    id = checkin!.id,
  ) => pressNoticeButton(t.db, dialogs, personOf(presser), 'telegram', { checkinId: id, action }, now);
  return { penilai, atasan, sari, krs, checkin: checkin!, dialogs, press };
}

describe('pressNoticeButton: who may press', () => {
  it('anyone but the appraiser, and a check-in that is gone, get the same refusal', async () => {
    const s = await seed();
    expect(await s.press(s.atasan, { type: 'feedback', keyResultId: null })).toBe(REFUSED);
    expect(await s.press(s.sari, { type: 'propose' })).toBe(REFUSED);
    expect(await s.press(s.penilai, { type: 'open', checkinId: s.checkin.id + 99 }, s.checkin.id + 99)).toBe(
      REFUSED,
    );
    expect(REFUSED).toBe('refused');
    // Nothing was begun for anyone.
    for (const who of [s.atasan, s.sari, s.penilai])
      expect(await lockConversation(t.db, who.id, FEEDBACK_KIND)).toBeUndefined();
  });

  it('an employee who appraises themselves may not answer their own check-in', async () => {
    const s = await seed();
    await t.db.update(employees).set({ appraiserId: s.sari.id }).where(eq(employees.id, s.sari.id));
    expect(await s.press(s.sari, { type: 'feedback', keyResultId: null })).toBe(REFUSED);
  });

  it('an inactive employee’s check-in is gone for the appraiser', async () => {
    const s = await seed();
    await t.db.update(employees).set({ active: false }).where(eq(employees.id, s.sari.id));
    expect(await s.press(s.penilai, { type: 'propose' })).toBe(REFUSED);
  });
});

describe('pressNoticeButton: what the appraiser gets', () => {
  it('open: the full report with its buttons', async () => {
    const s = await seed();
    const reply = (await s.press(s.penilai, { type: 'open', checkinId: s.checkin.id })) as DialogReply;
    expect(reply.open).toBe(false);
    expect(reply.prompts.map((p) => p.key)).toEqual(['appraisal-report']);
    expect(reply.buttons).toMatchObject({ kind: 'penilai' });
  });

  it('umpan balik on the whole check-in: a dialog naming the week, stored for the appraiser', async () => {
    const s = await seed();
    const reply = (await s.press(s.penilai, { type: 'feedback', keyResultId: null })) as DialogReply;
    expect(reply.open).toBe(true);
    const stored = await lockConversation(t.db, s.penilai.id, FEEDBACK_KIND);
    expect(stored?.state).toEqual({
      kind: FEEDBACK_KIND,
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{4}$/),
      seq: 0,
      checkinId: s.checkin.id,
      employeeId: s.sari.id,
      keyResultId: null,
      indicator: null,
      weekStart: '2026-11-30',
      weekEnd: '2026-12-04',
      employeeName: 'Sari Wulandari',
    });
    expect(reply.buttons).toEqual({
      kind: FEEDBACK_KIND,
      nonce: (stored!.state as { nonce: string }).nonce,
      seq: 0,
    });
  });

  it('umpan balik on one reported indicator names it; a skipped or unknown one is refused', async () => {
    const s = await seed();
    await s.press(s.penilai, { type: 'feedback', keyResultId: s.krs[0]!.id });
    const stored = await lockConversation(t.db, s.penilai.id, FEEDBACK_KIND);
    expect(stored?.state).toMatchObject({ keyResultId: s.krs[0]!.id, indicator: THREE_KRS[0]!.title });
    expect(await s.press(s.penilai, { type: 'feedback', keyResultId: s.krs[1]!.id })).toBe(REFUSED);
    expect(await s.press(s.penilai, { type: 'feedback', keyResultId: s.krs[2]!.id })).toBe(REFUSED);
  });

  it('propose a time: a note when no dialog was asked for, else times offered in the employee’s zone', async () => {
    const s = await seed();
    expect(await s.press(s.penilai, { type: 'propose' })).toEqual({
      prompts: [{ key: 'appraisal-time-no-request', expects: 'none' }],
      open: false,
    });
    expect(await lockConversation(t.db, s.penilai.id, DIALOG_TIME_KIND)).toBeUndefined();
    await t.db.insert(dialogRequests).values({ employeeId: s.sari.id, checkinId: s.checkin.id });
    const reply = (await s.press(s.penilai, { type: 'propose' })) as DialogReply;
    expect(reply.open).toBe(true);
    expect(reply.prompts).toHaveLength(1);
    expect(reply.prompts[0]!.choices!.length).toBeGreaterThan(0);
    const stored = await lockConversation(t.db, s.penilai.id, DIALOG_TIME_KIND);
    expect(stored?.state).toMatchObject({
      kind: DIALOG_TIME_KIND,
      seq: 0,
      checkinId: s.checkin.id,
      employeeId: s.sari.id,
      employeeName: 'Sari Wulandari',
      timeZone: 'Asia/Jayapura',
    });
    const options = (stored!.state as { options: string[] }).options;
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(new Date(o).getTime()).toBeGreaterThan(now.getTime());
  });
});

describe('feedbackDialog.applyEffect', () => {
  it('stores the umpan balik under the appraiser’s name and tells the employee', async () => {
    const s = await seed();
    const told: Array<{ to: unknown; reply: DialogReply }> = [];
    const notifier: Notifier = {
      recipient: async () => undefined,
      notify: async (_tx, to, reply) => {
        told.push({ to, reply });
        return true;
      },
    };
    const effect = {
      type: 'feedback' as const,
      checkinId: s.checkin.id,
      employeeId: s.sari.id,
      keyResultId: s.krs[0]!.id,
      body: 'Lampirkan daftar hadir',
      indicator: THREE_KRS[0]!.title,
      weekStart: '2026-11-30',
      weekEnd: '2026-12-04',
    };
    await feedbackDialog.applyEffect(t.db, personOf(s.penilai), 'telegram', effect, now, { notifier });
    const rows = await t.db.select().from(checkinFeedback);
    expect(rows).toEqual([
      expect.objectContaining({
        checkinId: s.checkin.id,
        keyResultId: s.krs[0]!.id,
        authorId: s.penilai.id,
        body: 'Lampirkan daftar hadir',
      }),
    ]);
    expect(told).toEqual([
      {
        to: s.sari.id,
        reply: {
          prompts: [
            {
              key: 'appraisal-feedback-received',
              args: {
                from: 'Bapak Hendra',
                indicator: THREE_KRS[0]!.title,
                start: { date: '2026-11-30' },
                end: { date: '2026-12-04' },
                body: 'Lampirkan daftar hadir',
              },
              expects: 'none',
            },
          ],
          open: false,
        },
      },
    ]);
    // On the whole check-in the message names no indicator.
    await feedbackDialog.applyEffect(
      t.db,
      personOf(s.penilai),
      'telegram',
      { ...effect, keyResultId: null, indicator: null },
      now,
      { notifier },
    );
    expect(told[1]!.reply.prompts[0]!.args!.indicator).toBe('none');
  });
});

describe('cancelAppraisalDialog and the notification setting', () => {
  it('/batal names the dialog it dropped, or leaves the command to the check-in', async () => {
    const s = await seed();
    const cancel = () => cancelAppraisalDialog(t.db, s.dialogs, personOf(s.penilai));
    expect(await cancel()).toBeUndefined();
    await t.db.insert(dialogRequests).values({ employeeId: s.sari.id, checkinId: s.checkin.id });
    await s.press(s.penilai, { type: 'propose' });
    expect(await cancel()).toEqual({
      prompts: [{ key: 'appraisal-time-cancelled', expects: 'none' }],
      open: false,
    });
    expect(await lockConversation(t.db, s.penilai.id, DIALOG_TIME_KIND)).toBeUndefined();
    await s.press(s.penilai, { type: 'feedback', keyResultId: null });
    expect(await cancel()).toEqual({
      prompts: [{ key: 'appraisal-feedback-cancelled', expects: 'none' }],
      open: false,
    });
    expect(await cancel()).toBeUndefined();
  });

  it('/notifikasi stores the mode with the time of the change', async () => {
    const s = await seed();
    await setCheckinNotifications(t.db, s.penilai.id, 'daily', now);
    const [row] = await t.db.select().from(employees).where(eq(employees.id, s.penilai.id));
    expect(row).toMatchObject({ checkinNotifications: 'daily', updatedAt: now });
  });
});
