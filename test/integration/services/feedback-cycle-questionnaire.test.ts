/**
 * The 360° cycle and questionnaire services on a real database, beside test/integration/feedback-*:
 * what opening refuses and what it writes (close date, reminder, audit), that closing twice is a
 * no-op, how `status`/`close` find cycles, and what a submission stores by relation (the named
 * self and appraiser rows, the anonymous pending row), what the invitation tells the rater, and
 * the `/360`, `/batal` and button paths.
 */
import { and, eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  INVITE_KIND,
  INVITE_SEQ,
  inviteChoice,
  inviteNonce,
} from '../../../src/core/feedback/invitation-button.js';
import type { SubmitEffect } from '../../../src/core/feedback/questionnaire-flow.js';
import {
  closeCycleIn,
  cycleIdOfPeriodKey,
  cyclePeriodKey,
  cyclesNamed,
  openFeedbackCycle,
} from '../../../src/services/feedback/cycle-service.js';
import {
  answerInvitation,
  cancelQuestionnaire,
  invitationReply,
  listQuestionnaires,
  pressInvitation,
  questionnaireDialog,
} from '../../../src/services/feedback/questionnaire-service.js';
import { unreachableNotifier } from '../../../src/services/outbound/notifier.js';
import { personOf } from '../../../src/services/people/person.js';
import type { AskedRating } from '../../../src/storage/repositories/feedback-cycles.js';
import {
  auditLog,
  feedbackAssignments,
  feedbackCycles,
  feedbackNamedRatings,
  feedbackPending,
  jobRuns,
} from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { dialogs, NOW, openCycle, openDraft, seedUnit } from '../feedback-seed.js';

const t = useTestDatabase();
beforeEach(() => truncateAll(t.db));

const base = {
  period: '2026-Q4',
  unitPath: null,
  closesOn: '2026-12-18',
  peersPerRatee: 4,
  maxPeerRequests: 6,
  includeSelf: false,
  minRaters: 3,
  actor: 'cli:test',
  now: NOW, // 2026-12-02
};

describe('cycle period keys', () => {
  it('c<id> and back; anything else is no cycle', () => {
    expect(cyclePeriodKey(12)).toBe('c12');
    expect(cycleIdOfPeriodKey('c12')).toBe(12);
    expect(cycleIdOfPeriodKey('c1')).toBe(1);
    for (const key of ['c0', 'c012', 'x12', 'c12x', 'ac12', 'c', '12', '2026-Q4'])
      expect(cycleIdOfPeriodKey(key), key).toBeUndefined();
  });
});

describe('openFeedbackCycle', () => {
  it('refuses a bad period, k below 3 or not whole, a bad or past close date, an unknown unit; writes nothing', async () => {
    await seedUnit(t.db, 3);
    expect(await openFeedbackCycle(t.db, { ...base, period: 'kemarin' })).toEqual({ status: 'bad-period' });
    expect(await openFeedbackCycle(t.db, { ...base, minRaters: 2 })).toEqual({ status: 'k-too-low' });
    expect(await openFeedbackCycle(t.db, { ...base, minRaters: 3.5 })).toEqual({ status: 'k-too-low' });
    expect(await openFeedbackCycle(t.db, { ...base, closesOn: '2026-12-01' })).toEqual({
      status: 'bad-close-date',
    });
    expect(await openFeedbackCycle(t.db, { ...base, closesOn: '18-12-2026' })).toEqual({
      status: 'bad-close-date',
    });
    expect(await openFeedbackCycle(t.db, { ...base, closesOn: '2026-12-18x' })).toEqual({
      status: 'bad-close-date',
    });
    expect(await openFeedbackCycle(t.db, { ...base, closesOn: 'x2026-12-18' })).toEqual({
      status: 'bad-close-date',
    });
    expect(await openFeedbackCycle(t.db, { ...base, unitPath: 'Biro Tidak Ada' })).toEqual({
      status: 'unit-not-found',
    });
    expect(await t.db.select().from(feedbackCycles)).toHaveLength(0);
    expect(await t.db.select().from(jobRuns)).toHaveLength(0);
  });

  it('k = 3 exactly, closing today, and a unit typed with spaces are accepted', async () => {
    await seedUnit(t.db, 3);
    const outcome = await openFeedbackCycle(t.db, {
      ...base,
      unitPath: '  Biro Umum  ',
      closesOn: '2026-12-02',
      minRaters: 3,
    });
    expect(outcome).toMatchObject({ status: 'opened', closesOn: '2026-12-02', ratees: 4, raters: 4 });
    // Closing today: too late for the reminder three working days before.
    const jobs = (await t.db.select().from(jobRuns)).map((j) => j.job);
    expect(jobs).not.toContain('feedback-remind-plan');
    expect(jobs).toContain('feedback-close');
  });

  it('without a close date the cycle closes at the end of the period; counts, jobs and the audit say so', async () => {
    const { head, staff } = await seedUnit(t.db, 3);
    const outcome = await openFeedbackCycle(t.db, { ...base, closesOn: null, minRaters: 4 });
    if (outcome.status !== 'opened') throw new Error(outcome.status);
    expect(outcome.closesOn).toBe('2026-12-31');
    // 3 appraiser rows, 3 subordinate rows, each of 3 colleagues rated by the other 2.
    expect(outcome).toMatchObject({ ratees: 4, raters: 4, assignments: 12 });
    const [cycle] = await t.db.select().from(feedbackCycles);
    expect(cycle).toMatchObject({
      id: outcome.cycleId,
      closesOn: '2026-12-31',
      minRaters: 4,
      status: 'open',
    });
    const jobs = await t.db.select().from(jobRuns);
    for (const j of jobs) expect(j.periodKey).toBe(`c${outcome.cycleId}`);
    const subjects = (job: string) => jobs.filter((j) => j.job === job).map((j) => j.subject);
    expect(subjects('feedback-remind-plan')).toEqual([String(outcome.cycleId)]);
    expect(subjects('feedback-close')).toEqual([String(outcome.cycleId)]);
    expect(subjects('feedback-invite').sort()).toEqual([head, ...staff].map((p) => String(p.id)).sort());
    const [audit] = await t.db.select().from(auditLog);
    expect(audit!.after).toEqual({
      period: '2026-Q4',
      unit: null,
      closesOn: '2026-12-31',
      minRaters: 4,
      peersPerRatee: 4,
      maxPeerRequests: 6,
      includeSelf: false,
      ratees: 4,
      assignments: 12,
    });
  });

  it('the same unit twice is "already open" with that cycle', async () => {
    await seedUnit(t.db, 3);
    const first = await openFeedbackCycle(t.db, { ...base, unitPath: 'Biro Umum' });
    if (first.status !== 'opened') throw new Error(first.status);
    const again = await openFeedbackCycle(t.db, { ...base, unitPath: 'Biro Umum ' });
    expect(again.status).toBe('already-open');
    if (again.status === 'already-open') expect(again.cycle.id).toBe(first.cycleId);
    const overlap = await openFeedbackCycle(t.db, { ...base, unitPath: 'Biro Umum/Bagian Keuangan' });
    expect(overlap.status).toBe('overlap');
    if (overlap.status === 'overlap') expect(overlap.cycle.id).toBe(first.cycleId);
  });
});

describe('closeCycleIn', () => {
  it('a second close changes nothing and audits nothing', async () => {
    await seedUnit(t.db, 3);
    const cycleId = await openCycle(t.db);
    const close = () => t.db.transaction((tx) => closeCycleIn(tx, cycleId, { actor: 'cli:test', now: NOW }));
    expect(await close()).toEqual({ closed: true, flushed: 0, drafts: 0 });
    expect(await close()).toEqual({ closed: false, flushed: 0, drafts: 0 });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'feedback-close'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actor: 'cli:test', after: { status: 'closed' } });
  });
});

describe('cyclesNamed', () => {
  it('every cycle, a period, a period and unit; or why none', async () => {
    await seedUnit(t.db, 2);
    await seedUnit(t.db, 2, 'Biro Hukum');
    expect(await cyclesNamed(t.db, null, null)).toEqual({ status: 'no-cycle' });
    expect(await cyclesNamed(t.db, 'kemarin', null)).toEqual({ status: 'bad-period' });
    expect(await cyclesNamed(t.db, '2026-Q4', null)).toEqual({ status: 'no-cycle' });
    const umum = await openCycle(t.db, { unit: 'Biro Umum' });
    // The period exists now; a unit without a cycle in it, and a unit nobody has.
    expect(await cyclesNamed(t.db, '2026-Q4', 'Biro Hukum')).toEqual({ status: 'no-cycle' });
    expect(await cyclesNamed(t.db, '2026-Q4', 'Biro Tidak Ada')).toEqual({ status: 'unit-not-found' });
    const hukum = await openCycle(t.db, { unit: 'Biro Hukum' });
    const ids = (o: Awaited<ReturnType<typeof cyclesNamed>>) =>
      o.status === 'found' ? o.cycles.map((c) => c.id).sort() : o.status;
    expect(ids(await cyclesNamed(t.db, null, null))).toEqual([umum, hukum].sort());
    // HR names periods by the codes it imports; the triwulan spelling is for chat commands.
    expect(ids(await cyclesNamed(t.db, '2026-Q4', null))).toEqual([umum, hukum].sort());
    expect(ids(await cyclesNamed(t.db, '2026-Q4', ' Biro Hukum '))).toEqual([hukum]);
    // A period that exists (opened elsewhere) without a cycle.
    await t.db.execute(
      sql`insert into performance_periods (code, year, quarter, starts_on, ends_on) values ('2027-Q1', 2027, 1, '2027-01-01', '2027-03-31')`,
    );
    expect(await cyclesNamed(t.db, '2027-Q1', null)).toEqual({ status: 'no-cycle' });
  });
});

const submit = (rater: { id: number } & Parameters<typeof personOf>[0], effect: SubmitEffect) =>
  t.db.transaction((tx) =>
    questionnaireDialog.applyEffect(tx, personOf(rater), 'terminal', effect, NOW, {
      notifier: unreachableNotifier,
    }),
  );
const namedRows = async () =>
  (await t.db.select().from(feedbackNamedRatings))
    .map((r) => ({
      relation: r.relation,
      value: r.value,
      rating: r.rating,
      score: r.score,
      comment: r.comment,
    }))
    .sort((a, b) => a.value.localeCompare(b.value));

describe('a submission stores by relation', () => {
  it('self: one score per value, the rounded mean of the indicators judged; the comments; overall', async () => {
    const { staff } = await seedUnit(t.db, 3);
    const cycleId = await openCycle(t.db, { self: true });
    const me = staff[0]!;
    const result = await submit(me, {
      type: 'submit',
      cycleId,
      rateeId: me.id,
      rateeName: me.name,
      relation: 'self',
      answers: [
        { value: 'akuntabel', indicator: 1, score: 4 },
        { value: 'akuntabel', indicator: 2, score: 5 },
        { value: 'akuntabel', indicator: 3, score: null },
        { value: 'harmonis', indicator: 1, score: null },
        { value: 'loyal', indicator: 1, score: 2 },
        { value: 'loyal', indicator: 2, score: 3 },
        { value: 'loyal', indicator: 3, score: 3 },
      ],
      ratings: [],
      comments: [
        { value: 'loyal', body: 'Setia' },
        { value: null, body: 'Secara umum baik' },
      ],
    });
    expect(result).toBeUndefined();
    expect(await namedRows()).toEqual([
      { relation: 'self', value: 'akuntabel', rating: null, score: 5, comment: null },
      { relation: 'self', value: 'harmonis', rating: null, score: null, comment: null },
      { relation: 'self', value: 'loyal', rating: null, score: 3, comment: 'Setia' },
      { relation: 'self', value: 'overall', rating: null, score: null, comment: 'Secara umum baik' },
    ]);
    expect(await t.db.select().from(feedbackPending)).toHaveLength(0);
  });

  it('appraiser: the ratings with their comments, no overall row without an overall comment', async () => {
    const { head, staff } = await seedUnit(t.db, 3);
    const cycleId = await openCycle(t.db);
    await submit(head, {
      type: 'submit',
      cycleId,
      rateeId: staff[0]!.id,
      rateeName: staff[0]!.name,
      relation: 'appraiser',
      answers: [],
      ratings: [
        { value: 'akuntabel', rating: 'meets' },
        { value: 'harmonis', rating: 'above' },
      ],
      comments: [{ value: 'harmonis', body: 'Menjaga suasana' }],
    });
    expect(await namedRows()).toEqual([
      { relation: 'appraiser', value: 'akuntabel', rating: 'meets', score: null, comment: null },
      { relation: 'appraiser', value: 'harmonis', rating: 'above', score: null, comment: 'Menjaga suasana' },
    ]);
  });

  it('subordinate: anonymous and pending, never a named row; a relation that is not theirs is not saved', async () => {
    const { head, staff } = await seedUnit(t.db, 3);
    const cycleId = await openCycle(t.db);
    const effect = (relation: SubmitEffect['relation']): SubmitEffect => ({
      type: 'submit',
      cycleId,
      rateeId: head.id,
      rateeName: head.name,
      relation,
      answers: [{ value: 'akuntabel', indicator: 2, score: 4 }],
      ratings: [],
      comments: [{ value: null, body: 'Terima kasih' }],
    });
    // Staf B is Hendra's subordinate, not his peer.
    expect(await submit(staff[1]!, effect('peer'))).toEqual({
      end: [{ key: 'fb360-not-saved', args: { name: head.name }, expects: 'none' }],
    });
    expect(await submit(staff[0]!, effect('subordinate'))).toBeUndefined();
    const pending = await t.db.select().from(feedbackPending);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ rateeId: head.id, category: 'subordinate' });
    expect(JSON.parse(pending[0]!.body)).toEqual({
      answers: [['akuntabel', 2, 4]],
      comments: [[null, 'Terima kasih']],
    });
    expect(JSON.stringify(pending[0])).not.toContain(String(staff[0]!.nip));
    expect(await t.db.select().from(feedbackNamedRatings)).toHaveLength(0);
  });
});

const asked = (over: Partial<AskedRating>): AskedRating => ({
  cycleId: 7,
  rateeId: 1,
  rateeName: 'Sari',
  relation: 'peer',
  minRaters: 4,
  closesOn: '2026-12-18',
  ...over,
});

describe('invitationReply', () => {
  it('anonymous raters are told k, the appraiser that the answer is named; a button per ratee', () => {
    const reply = invitationReply(
      [asked({}), asked({ rateeId: 2, rateeName: 'Budi', relation: 'subordinate', minRaters: 9 })],
      'remind',
    );
    const [list, choose] = reply.prompts;
    expect(list).toEqual({
      key: 'fb360-remind',
      args: { count: 2, closes: { date: '2026-12-18' } },
      lines: [
        { key: 'fb360-invite-ratee', args: { name: 'Sari', relation: 'peer' } },
        { key: 'fb360-invite-ratee', args: { name: 'Budi', relation: 'subordinate' } },
        { key: 'fb360-invite-anonymous', args: { k: 4 } },
      ],
      expects: 'none',
    });
    expect(choose).toEqual({
      key: 'fb360-invite-choose',
      choices: [
        [{ id: inviteChoice(1), label: 'fb360-btn-ratee', args: { name: 'Sari', relation: 'peer' } }],
        [{ id: inviteChoice(2), label: 'fb360-btn-ratee', args: { name: 'Budi', relation: 'subordinate' } }],
      ],
      expects: 'choice',
    });
    expect(reply.open).toBe(false);
    expect(reply.buttons).toEqual({ kind: INVITE_KIND, nonce: inviteNonce(7), seq: INVITE_SEQ });
  });

  it('only the appraiser: the named line, no anonymity line; subordinates alone get the k line', () => {
    const appraiser = invitationReply([asked({ relation: 'appraiser' })], 'invite').prompts[0]!;
    expect(appraiser.key).toBe('fb360-invite');
    expect(appraiser.lines!.map((l) => l.key)).toEqual(['fb360-invite-ratee', 'fb360-invite-named']);
    const both = invitationReply([asked({ relation: 'appraiser' }), asked({ relation: 'self' })], 'list');
    expect(both.prompts[0]!.lines!.map((l) => l.key)).not.toContain('fb360-invite-anonymous');
    const subordinate = invitationReply([asked({ relation: 'subordinate' })], 'invite').prompts[0]!;
    expect(subordinate.lines!.map((l) => l.key)).toEqual(['fb360-invite-ratee', 'fb360-invite-anonymous']);
    const self = invitationReply([asked({ relation: 'self' })], 'invite').prompts[0]!;
    expect(self.lines!.map((l) => l.key)).toEqual(['fb360-invite-ratee']);
  });
});

describe('the questionnaire as the channels open it', () => {
  it('/360: nothing asked; else the newest cycle only; a draft open is resumed', async () => {
    const { staff } = await seedUnit(t.db, 3);
    const runner = dialogs();
    const me = personOf(staff[0]!);
    const list = () => t.db.transaction((tx) => listQuestionnaires(tx, runner, me, 'terminal'));
    expect((await list()).prompts.map((p) => p.key)).toEqual(['fb360-nothing-asked']);
    await openCycle(t.db);
    const newer = await openFeedbackCycle(t.db, {
      ...base,
      period: '2027-Q1',
      closesOn: null,
      peersPerRatee: 1,
    });
    if (newer.status !== 'opened') throw new Error(newer.status);
    const reply = await list();
    expect(reply.prompts[0]!.key).toBe('fb360-list');
    expect(reply.buttons).toMatchObject({ nonce: inviteNonce(newer.cycleId) });
    const assigned = await t.db
      .select({ id: feedbackAssignments.id })
      .from(feedbackAssignments)
      .where(and(eq(feedbackAssignments.cycleId, newer.cycleId), eq(feedbackAssignments.raterId, me.id)));
    const n = assigned.length;
    expect(reply.prompts[0]!.args!.count).toBe(n);
    const ratee = staff[1]!.id;
    await t.db.transaction((tx) =>
      pressInvitation(tx, runner, me, 'terminal', { cycleId: newer.cycleId, rateeId: ratee }),
    );
    const resumed = await list();
    expect(resumed.prompts.map((p) => p.key)).not.toContain('fb360-list');
    expect((await openDraft(t.db, me))!.rateeId).toBe(ratee);
  });

  it('a button about someone else while a draft is open: that draft first, said so', async () => {
    const { staff } = await seedUnit(t.db, 3);
    const cycleId = await openCycle(t.db);
    const runner = dialogs();
    const me = personOf(staff[0]!);
    const press = (rateeId: number) =>
      t.db.transaction((tx) => pressInvitation(tx, runner, me, 'terminal', { cycleId, rateeId }));
    const first = await press(staff[1]!.id);
    if (first === 'refused') throw new Error('refused');
    const again = await press(staff[1]!.id);
    if (again === 'refused') throw new Error('refused');
    // The same draft again, its buttons bound anew (the older ones go stale).
    expect(again.prompts).toEqual(first.prompts);
    expect(again.buttons).toMatchObject({ nonce: first.buttons!.nonce, seq: first.buttons!.seq + 1 });
    const other = await press(staff[2]!.id);
    if (other === 'refused') throw new Error('refused');
    expect(other.prompts[0]).toEqual({
      key: 'fb360-finish-open-first',
      args: { name: staff[1]!.name },
      expects: 'none',
    });
    expect(other.prompts.slice(1)).toEqual(first.prompts);
    expect((await openDraft(t.db, me))!.rateeId).toBe(staff[1]!.id);
    // Not asked about oneself: refused even with a draft open.
    expect(await press(staff[0]!.id)).toBe('refused');
    expect(await press(9_999_999)).toBe('refused');
  });

  it('/batal drops the draft; with none open it is not ours to answer', async () => {
    const { staff } = await seedUnit(t.db, 3);
    const cycleId = await openCycle(t.db);
    const runner = dialogs();
    const me = personOf(staff[0]!);
    const cancel = () => t.db.transaction((tx) => cancelQuestionnaire(tx, runner, me));
    expect(await cancel()).toBeUndefined();
    await t.db.transaction((tx) =>
      pressInvitation(tx, runner, me, 'terminal', { cycleId, rateeId: staff[1]!.id }),
    );
    const reply = await cancel();
    expect(reply!.prompts).toEqual([{ key: 'fb360-cancelled', expects: 'none' }]);
    expect(await openDraft(t.db, me)).toBeUndefined();
  });

  it('answerInvitation: only a well-formed invitation button opens the questionnaire', async () => {
    const { staff } = await seedUnit(t.db, 3);
    const cycleId = await openCycle(t.db);
    const runner = dialogs();
    const me = personOf(staff[0]!);
    const answer = (input: Parameters<typeof answerInvitation>[4]) =>
      t.db.transaction((tx) => answerInvitation(tx, runner, me, 'terminal', input));
    const refused = [{ key: 'fb360-not-allowed', expects: 'none' }];
    const button = {
      type: 'choice' as const,
      kind: INVITE_KIND,
      nonce: inviteNonce(cycleId),
      seq: INVITE_SEQ,
    };
    expect((await answer({ type: 'text', text: inviteChoice(staff[1]!.id) })).prompts).toEqual(refused);
    expect((await answer({ ...button, kind: 'other', choice: inviteChoice(staff[1]!.id) })).prompts).toEqual(
      refused,
    );
    expect(
      (await answer({ ...button, nonce: undefined, choice: inviteChoice(staff[1]!.id) })).prompts,
    ).toEqual(refused);
    expect((await answer({ ...button, choice: 'zzz' })).prompts).toEqual(refused);
    expect((await answer({ ...button, choice: inviteChoice(staff[0]!.id) })).prompts).toEqual(refused);
    expect(await openDraft(t.db, me)).toBeUndefined();
    const opened = await answer({ ...button, choice: inviteChoice(staff[1]!.id) });
    expect(opened.prompts).not.toEqual(refused);
    expect((await openDraft(t.db, me))!.rateeId).toBe(staff[1]!.id);
  });
});

// Keeps `and` in use for readers who extend the file with filtered selects.
void and;
