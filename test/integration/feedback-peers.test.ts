/**
 * `/rekan`: a ratee proposes or declines a peer with a reason, the appraiser settles it; the
 * ratee learns nothing about who answered; only the appraiser's press changes anything.
 */
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  INVITE_KIND,
  inviteNonce,
  REVIEW_SEQ,
  reviewChoice,
} from '../../src/core/feedback/invitation-button.js';
import {
  peerCommand,
  pendingReviews,
  pressReview,
  reviewReply,
} from '../../src/services/feedback/peer-service.js';
import { personOf } from '../../src/services/people/person.js';
import { employees, feedbackAssignments, jobRuns } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedEmployee } from '../support/telegram-harness.js';
import { dialogs, fillQuestionnaire, NOW, openCycle, seedUnit } from './feedback-seed.js';

const t = useTestDatabase();
beforeEach(() => truncateAll(t.db));

const assignment = async (cycleId: number, rateeId: number, raterId: number) =>
  (
    await t.db
      .select()
      .from(feedbackAssignments)
      .where(
        and(
          eq(feedbackAssignments.cycleId, cycleId),
          eq(feedbackAssignments.rateeId, rateeId),
          eq(feedbackAssignments.raterId, raterId),
        ),
      )
  )[0];

describe('/rekan', () => {
  it('proposes and declines with reasons; the appraiser agrees to one and refuses the other', async () => {
    const { head, staff } = await seedUnit(t.db, 3);
    const cycleId = await openCycle(t.db, { peers: 2 });
    // Joins the team after the cycle opened: not asked yet, so proposable.
    const newcomer = await seedEmployee(t.db, { name: 'Wati Lestari', supervisorId: head.id });
    const me = personOf(staff[0]!);
    const say = (text: string) => t.db.transaction((tx) => peerCommand(tx, me, text, NOW));

    expect((await say('')).prompts[0]).toMatchObject({ key: 'fb360-peer-list' });
    expect((await say('usul Wati Lestari satu tim pengadaan')).prompts[0]).toMatchObject({
      key: 'fb360-peer-sent',
    });
    expect((await say(`tolak ${staff[1]!.name} beda bidang`)).prompts[0]).toMatchObject({
      key: 'fb360-peer-sent',
    });
    expect((await say('usul Orang Asing alasan')).prompts[0]).toMatchObject({ key: 'fb360-peer-unknown' });
    expect(await assignment(cycleId, me.id, newcomer.id)).toMatchObject({
      status: 'proposed',
      reason: 'satu tim pengadaan',
    });
    expect(await assignment(cycleId, me.id, staff[1]!.id)).toMatchObject({
      status: 'asked',
      reason: 'beda bidang',
    });
    const jobs = (await t.db.select().from(jobRuns)).filter((j) => j.job === 'feedback-peer-review');
    expect(jobs.map((j) => Number(j.subject))).toEqual([head.id]);

    const reviews = await pendingReviews(t.db, cycleId, head.id);
    expect(reviews.map((r) => [r.kind, r.raterName, r.reason])).toEqual([
      ['decline', staff[1]!.name, 'beda bidang'],
      ['propose', 'Wati Lestari', 'satu tim pengadaan'],
    ]);
    // Someone else pressing the appraiser's buttons changes nothing.
    const proposal = reviews.find((r) => r.kind === 'propose')!;
    const decline = reviews.find((r) => r.kind === 'decline')!;
    const other = await t.db.transaction((tx) =>
      pressReview(
        tx,
        personOf(staff[2]!),
        { cycleId, assignmentId: proposal.assignmentId, accept: true },
        NOW,
      ),
    );
    expect(other.prompts[0]!.key).toBe('fb360-review-gone');
    expect(await assignment(cycleId, me.id, newcomer.id)).toMatchObject({ status: 'proposed' });

    await t.db.transaction((tx) =>
      pressReview(tx, personOf(head), { cycleId, assignmentId: proposal.assignmentId, accept: true }, NOW),
    );
    await t.db.transaction((tx) =>
      pressReview(tx, personOf(head), { cycleId, assignmentId: decline.assignmentId, accept: false }, NOW),
    );
    expect(await assignment(cycleId, me.id, newcomer.id)).toMatchObject({ status: 'asked' });
    expect(await assignment(cycleId, me.id, staff[1]!.id)).toMatchObject({ status: 'asked', reason: null });
    const invite = (await t.db.select().from(jobRuns)).find(
      (j) => j.job === 'feedback-invite' && j.subject === String(newcomer.id),
    );
    expect(invite?.status).toBe('pending');
    expect(await pendingReviews(t.db, cycleId, head.id)).toHaveLength(0);
  });

  it('answers each case in its own words, and asks the appraiser with one pair of buttons per change', async () => {
    const { head, staff } = await seedUnit(t.db, 3);
    const me = personOf(staff[0]!);
    const say = (text: string, who = me) => t.db.transaction((tx) => peerCommand(tx, who, text, NOW));
    const only = async (text: string, who = me) => (await say(text, who)).prompts;

    expect(await only('')).toEqual([{ key: 'fb360-peer-no-cycle', expects: 'none' }]);
    const cycleId = await openCycle(t.db, { peers: 2 });
    const newcomer = await seedEmployee(t.db, { name: 'Wati Lestari', supervisorId: head.id });

    const list = (await only('   '))[0]!;
    expect(list.key).toBe('fb360-peer-list');
    expect(String(list.args?.names)).toMatch(/^Staf [BC], Staf [BC]$/);
    expect(await only('hapus Wati Lestari alasan')).toEqual([{ key: 'fb360-peer-usage', expects: 'none' }]);
    expect(await only('usul Wati Lestari')).toEqual([{ key: 'fb360-peer-no-reason', expects: 'none' }]);
    expect(await only('usul Wati Lestari: satu tim')).toEqual([
      { key: 'fb360-peer-sent', args: { kind: 'propose', name: 'Wati Lestari' }, expects: 'none' },
    ]);

    const reviews = await pendingReviews(t.db, cycleId, head.id);
    const review = reviewReply(reviews);
    expect(review).toEqual({
      prompts: [
        {
          key: 'fb360-review',
          lines: [
            {
              key: 'fb360-review-line',
              args: { kind: 'propose', ratee: staff[0]!.name, rater: 'Wati Lestari', reason: 'satu tim' },
            },
          ],
          choices: [
            [
              {
                id: reviewChoice(reviews[0]!.assignmentId, true),
                label: 'fb360-btn-review-yes',
                args: { kind: 'propose', rater: 'Wati Lestari', ratee: staff[0]!.name },
              },
              { id: reviewChoice(reviews[0]!.assignmentId, false), label: 'fb360-btn-review-no' },
            ],
          ],
          expects: 'choice',
        },
      ],
      open: false,
      buttons: { kind: INVITE_KIND, nonce: inviteNonce(cycleId), seq: REVIEW_SEQ },
    });

    // Refused: the colleague is not invited.
    const done = await t.db.transaction((tx) =>
      pressReview(
        tx,
        personOf(head),
        { cycleId, assignmentId: reviews[0]!.assignmentId, accept: false },
        NOW,
      ),
    );
    expect(done.prompts).toEqual([
      {
        key: 'fb360-review-done',
        args: { kind: 'propose', accept: 'no', rater: 'Wati Lestari', ratee: staff[0]!.name },
        expects: 'none',
      },
    ]);
    const invites = (await t.db.select().from(jobRuns)).filter(
      (j) => j.job === 'feedback-invite' && j.subject === String(newcomer.id),
    );
    expect(invites).toEqual([]);

    // Someone whose atasan was removed after the cycle opened has no appraiser: a change could reach nobody.
    await t.db.update(employees).set({ supervisorId: null }).where(eq(employees.id, staff[1]!.id));
    expect(
      await only(`tolak ${staff[2]!.name} alasan`, personOf({ ...staff[1]!, supervisorId: null })),
    ).toEqual([{ key: 'fb360-peer-no-appraiser', expects: 'none' }]);
  });

  it('declining a peer who already answered reads the same and changes nothing', async () => {
    const { staff } = await seedUnit(t.db, 3);
    const cycleId = await openCycle(t.db, { peers: 2 });
    await fillQuestionnaire(t.db, dialogs(), staff[1]!, cycleId, staff[0]!.id, { score: 2 });
    const reply = await t.db.transaction((tx) =>
      peerCommand(tx, personOf(staff[0]!), `tolak ${staff[1]!.name} alasan`, NOW),
    );
    expect(reply.prompts[0]).toMatchObject({ key: 'fb360-peer-sent' });
    expect(await assignment(cycleId, staff[0]!.id, staff[1]!.id)).toMatchObject({
      status: 'submitted',
      reason: null,
    });
  });
});
