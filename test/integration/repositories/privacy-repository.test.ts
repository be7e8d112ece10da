/**
 * The privacy repositories statement by statement (src/storage/repositories/privacy.ts and
 * privacy-erasure.ts): what the export reads about one person and nothing of anyone else's, and
 * what the erasure deletes, empties and scrubs for exactly that person while the other's rows and
 * the anonymous aggregates stay. Written against mutants Stryker left alive; the end-to-end
 * documents are in test/integration/person-privacy.test.ts.
 */
import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  auditEntriesAbout,
  blockersOf,
  checkinsOf,
  conversationsOf,
  dialogRequestsOf,
  evidenceOf,
  identitiesOf,
  keyResultsOf,
  krUpdatesOf,
  leaveOf,
  nextActionsOf,
  outboundMetadataOf,
  unitPathOf,
} from '../../../src/storage/repositories/privacy.js';
import {
  anonymiseEmployee,
  ERASE_ACTION,
  erasePersonalRows,
  recordAudit,
  replaceMentions,
  scrubMentions,
} from '../../../src/storage/repositories/privacy-erasure.js';
import {
  auditLog,
  behaviourExpectations,
  blockers,
  channelIdentities,
  checkinFeedback,
  checkins,
  continuousFeedback,
  continuousFeedbackWaiting,
  conversations,
  dialogRequests,
  employees,
  evidence,
  feedbackAnswers,
  feedbackComments,
  feedbackCycles,
  feedbackNamedRatings,
  feedbackPending,
  jobRuns,
  krUpdates,
  leavePeriods,
  linkCodeAttempts,
  linkCodes,
  nextActions,
  orgUnits,
  outboundMessages,
  performancePeriods,
} from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { seedKeyResults } from '../../support/okr-seed.js';

const t = useTestDatabase();
const now = new Date('2026-03-10T03:00:00Z');

beforeEach(() => truncateAll(t.db));

interface Person {
  id: number;
  nip: string;
  chatId: string;
  checkinId: number;
  updateId: number;
  krId: number;
}

let serial = 0;
/** One person with a linked chat, a key result and a check-in holding every part someone writes. */
async function seedPerson(word: string, unitId: number | null = null): Promise<Person> {
  serial += 1;
  const nip = `19870315201001${String(serial).padStart(4, '0')}`;
  const chatId = `9182736${String(serial).padStart(2, '0')}`;
  const [person] = await t.db
    .insert(employees)
    .values({
      nip,
      name: `Nama ${word}`,
      email: `${word}@instansi.example`,
      phone: `62812${serial}`,
      position: 'Analis',
      roles: ['pegawai', 'atasan'],
      unitId,
    })
    .returning();
  const id = person!.id;
  await t.db
    .insert(channelIdentities)
    .values({ employeeId: id, platform: 'telegram', externalUserId: chatId, chatId });
  const [kr] = await seedKeyResults(t.db, id, [
    { code: `KR-${word}`, title: `Indikator ${word}`, unitLabel: 'dokumen', baseline: 1, target: 4 },
  ]);
  const [checkin] = await t.db
    .insert(checkins)
    .values({
      employeeId: id,
      isoWeek: '2026-W10',
      weekStart: '2026-03-02',
      channel: 'telegram',
      supportNeeded: `Dukungan ${word}`,
      submittedAt: new Date('2026-03-06T08:00:00Z'),
    })
    .returning();
  const [update] = await t.db
    .insert(krUpdates)
    .values({
      checkinId: checkin!.id,
      keyResultId: kr!.id,
      value: 2.5,
      confidence: 7,
      note: `Catatan ${word}`,
    })
    .returning();
  await t.db.insert(blockers).values([
    { checkinId: checkin!.id, text: `Kendala ${word}` },
    { checkinId: checkin!.id, text: '' },
  ]);
  await t.db.insert(nextActions).values([
    { checkinId: checkin!.id, text: `Rencana ${word}` },
    { checkinId: checkin!.id, text: '' },
  ]);
  await t.db.insert(evidence).values([
    { krUpdateId: update!.id, kind: 'link', url: `https://drive.example/${word}` },
    { krUpdateId: update!.id, kind: 'file', platform: 'telegram', fileId: `F-${word}` },
    { krUpdateId: update!.id, kind: 'file', fileName: `${word}.pdf`, mimeType: 'application/pdf' },
    { krUpdateId: update!.id, kind: 'photo', fileUniqueId: `U-${word}`, sizeBytes: 10 },
    { krUpdateId: update!.id, kind: 'photo' },
  ]);
  return { id, nip, chatId, checkinId: checkin!.id, updateId: update!.id, krId: kr!.id };
}

async function twoPeople() {
  const [unit] = await t.db.insert(orgUnits).values({ name: 'Biro', path: 'Deputi/Biro' }).returning();
  const ratna = await seedPerson('ratnaword', unit!.id);
  const bambang = await seedPerson('bambangword', unit!.id);
  return { ratna, bambang, unitId: unit!.id };
}

describe('the export reads', () => {
  it('the unit path, or null without a unit or for a unit that is gone', async () => {
    const { unitId } = await twoPeople();
    expect(await unitPathOf(t.db, unitId)).toBe('Deputi/Biro');
    expect(await unitPathOf(t.db, null)).toBeNull();
    expect(await unitPathOf(t.db, unitId + 1000)).toBeNull();
  });

  it("the person's identities, key results, check-ins and their parts, nobody else's", async () => {
    const { ratna, bambang } = await twoPeople();
    expect(await identitiesOf(t.db, ratna.id)).toMatchObject([
      { employeeId: ratna.id, chatId: ratna.chatId },
    ]);
    expect(await keyResultsOf(t.db, ratna.id)).toEqual([
      {
        code: 'KR-ratnaword',
        period: '2026',
        objective: 'Meningkatnya kualitas layanan kepegawaian',
        title: 'Indikator ratnaword',
        unitLabel: 'dokumen',
        baseline: 1,
        target: 4,
        direction: 'up',
        kind: 'committed',
        weight: 1,
        active: true,
      },
    ]);
    const theirs = await checkinsOf(t.db, ratna.id);
    expect(theirs.map((c) => c.id)).toEqual([ratna.checkinId]);
    const updates = await krUpdatesOf(t.db, [ratna.checkinId]);
    expect(updates).toEqual([
      {
        id: ratna.updateId,
        checkinId: ratna.checkinId,
        keyResult: 'KR-ratnaword',
        value: 2.5,
        skipped: false,
        confidence: 7,
        note: 'Catatan ratnaword',
        createdAt: expect.any(Date),
      },
    ]);
    expect((await evidenceOf(t.db, [ratna.updateId])).map((e) => e.krUpdateId)).toEqual([
      ratna.updateId,
      ratna.updateId,
      ratna.updateId,
      ratna.updateId,
      ratna.updateId,
    ]);
    expect((await blockersOf(t.db, [ratna.checkinId])).map((b) => b.text)).toEqual(['Kendala ratnaword', '']);
    expect((await nextActionsOf(t.db, [ratna.checkinId])).map((b) => b.text)).toEqual([
      'Rencana ratnaword',
      '',
    ]);
    expect(JSON.stringify([theirs, updates])).not.toContain('bambangword');
    expect((await checkinsOf(t.db, bambang.id)).map((c) => c.id)).toEqual([bambang.checkinId]);
    expect((await identitiesOf(t.db, bambang.id)).map((i) => i.chatId)).toEqual([bambang.chatId]);
  });

  it('nothing for no check-ins or updates (no query with an empty list)', async () => {
    await twoPeople();
    expect(await krUpdatesOf(t.db, [])).toEqual([]);
    expect(await evidenceOf(t.db, [])).toEqual([]);
    expect(await blockersOf(t.db, [])).toEqual([]);
    expect(await nextActionsOf(t.db, [])).toEqual([]);
  });

  it('dialog requests, leave and open conversations as metadata, only theirs', async () => {
    const { ratna, bambang } = await twoPeople();
    for (const p of [ratna, bambang]) {
      await t.db.insert(dialogRequests).values({
        employeeId: p.id,
        checkinId: p.checkinId,
        agreement: `Kesepakatan ${p.id}`,
        proposedFor: new Date('2026-03-12T02:00:00Z'),
      });
      await t.db
        .insert(leavePeriods)
        .values({ employeeId: p.id, startsOn: '2026-03-09', endsOn: '2026-03-13', source: 'import' });
      await t.db
        .insert(conversations)
        .values({ employeeId: p.id, kind: 'checkin', channel: 'telegram', state: { draft: `Draf ${p.id}` } });
    }
    const requests = await dialogRequestsOf(t.db, ratna.id);
    expect(requests).toEqual([
      {
        id: expect.any(Number),
        checkinId: ratna.checkinId,
        status: 'open',
        requestedAt: expect.any(Date),
        proposedFor: new Date('2026-03-12T02:00:00Z'),
        closedAt: null,
      },
    ]);
    expect(await leaveOf(t.db, ratna.id)).toEqual([
      { startsOn: '2026-03-09', endsOn: '2026-03-13', source: 'import', createdAt: expect.any(Date) },
    ]);
    expect(await conversationsOf(t.db, ratna.id)).toEqual([
      {
        kind: 'checkin',
        channel: 'telegram',
        state: { draft: `Draf ${ratna.id}` },
        createdAt: expect.any(Date),
        updatedAt: expect.any(Date),
      },
    ]);
  });

  it('messages to the person or to their chat, without the text', async () => {
    const { ratna, bambang } = await twoPeople();
    const message = (over: Partial<typeof outboundMessages.$inferInsert>) => ({
      channel: 'telegram',
      address: '1',
      op: 'send',
      payload: { text: 'isi pesan' },
      ...over,
    });
    await t.db
      .insert(outboundMessages)
      .values([
        message({ address: ratna.chatId, employeeId: ratna.id, status: 'sent' }),
        message({ address: ratna.chatId, employeeId: null }),
        message({ address: 'C-other', employeeId: ratna.id }),
        message({ channel: 'slack', address: ratna.chatId }),
        message({ address: bambang.chatId, employeeId: bambang.id }),
        message({ address: `${ratna.chatId}0` }),
      ]);
    const chats = [{ channel: 'telegram', address: ratna.chatId }];
    const rows = await outboundMetadataOf(t.db, ratna.id, chats);
    expect(rows.map((r) => [r.channel, r.address])).toEqual([
      ['telegram', ratna.chatId],
      ['telegram', ratna.chatId],
      ['telegram', 'C-other'],
    ]);
    expect(rows[0]).toEqual({
      id: expect.any(Number),
      channel: 'telegram',
      address: ratna.chatId,
      op: 'send',
      status: 'sent',
      createdAt: expect.any(Date),
      sentAt: null,
    });
    expect(JSON.stringify(rows)).not.toContain('isi pesan');
    // Without chats: only those addressed to the person.
    expect(await outboundMetadataOf(t.db, ratna.id, [])).toHaveLength(2);
  });

  it('audit rows about the employee by NIP or id, not other entities with the same key', async () => {
    const { ratna, bambang } = await twoPeople();
    await t.db.insert(auditLog).values([
      { actor: 'cli:hr', action: 'import.create', entity: 'employee', entityKey: ratna.nip, after: { a: 1 } },
      { actor: 'telegram:1', action: 'account.link', entity: 'employee', entityKey: String(ratna.id) },
      { actor: 'cli:hr', action: 'kr.create', entity: 'key_result', entityKey: String(ratna.id) },
      { actor: 'cli:hr', action: 'kr.create', entity: 'key_result', entityKey: ratna.nip },
      { actor: 'cli:hr', action: 'import.create', entity: 'employee', entityKey: bambang.nip },
      { actor: 'cli:hr', action: 'import.update', entity: 'employee', entityKey: String(bambang.id) },
    ]);
    const rows = await auditEntriesAbout(t.db, ratna);
    expect(rows).toEqual([
      { at: expect.any(Date), actor: 'cli:hr', action: 'import.create', before: null, after: { a: 1 } },
      { at: expect.any(Date), actor: 'telegram:1', action: 'account.link', before: null, after: null },
    ]);
  });
});

describe('erasePersonalRows', () => {
  /** Everything that reaches or names a person, for both. */
  async function seedReach(p: Person, other: Person, cycleId: number, periodId: number) {
    await t.db.insert(linkCodes).values({ codeHash: `h-${p.id}`, employeeId: p.id, expiresAt: now });
    await t.db.insert(linkCodeAttempts).values([
      { platform: 'telegram', externalUserId: p.chatId, windowStartedAt: now, attempts: 1 },
      // Same user id elsewhere: another account, kept.
      { platform: 'telegram', workspace: 'W1', externalUserId: p.chatId, windowStartedAt: now, attempts: 1 },
      { platform: 'slack', externalUserId: p.chatId, windowStartedAt: now, attempts: 1 },
    ]);
    await t.db.insert(outboundMessages).values([
      { channel: 'telegram', address: p.chatId, op: 'send', payload: {} },
      { channel: 'telegram', address: 'X', employeeId: p.id, op: 'send', payload: {} },
    ]);
    await t.db
      .insert(conversations)
      .values({ employeeId: p.id, kind: 'checkin', channel: 'telegram', state: {} });
    await t.db.insert(jobRuns).values([
      { job: 'checkin-snooze', periodKey: 'W10', subject: String(p.id), dueAt: now },
      { job: 'other-job', periodKey: 'W10', subject: String(p.id), dueAt: now },
    ]);
    await t.db.insert(checkinFeedback).values([
      { checkinId: p.checkinId, authorId: other.id, body: `Umpan ${p.id}` },
      { checkinId: p.checkinId, authorId: other.id, body: '' },
    ]);
    await t.db
      .insert(dialogRequests)
      .values([
        { employeeId: p.id, agreement: `Sepakat ${p.id}` },
        { employeeId: p.id, followUp: `Tindak ${p.id}` },
        { employeeId: p.id },
      ]);
    await t.db.insert(continuousFeedback).values([
      { recipientId: p.id, kind: 'appreciation', values: ['kolaboratif'], body: `Terima kasih ${p.id}` },
      { recipientId: p.id, kind: 'suggestion', values: ['adaptif'], body: '' },
    ]);
    await t.db
      .insert(continuousFeedbackWaiting)
      .values({ recipientId: p.id, giverId: other.id, since: '2026-03-01' });
    await t.db.insert(feedbackComments).values([
      { cycleId, rateeId: p.id, category: 'peer', body: `Komentar ${p.id}` },
      { cycleId, rateeId: p.id, category: 'peer', body: '' },
    ]);
    await t.db
      .insert(feedbackAnswers)
      .values({ cycleId, rateeId: p.id, category: 'peer', value: 'adaptif', indicator: 1, score: 4 });
    await t.db.insert(feedbackNamedRatings).values([
      {
        cycleId,
        rateeId: p.id,
        raterId: other.id,
        relation: 'appraiser',
        value: 'adaptif',
        rating: 'meets',
        comment: `Nilai ${p.id}`,
      },
      { cycleId, rateeId: p.id, raterId: p.id, relation: 'self', value: 'adaptif', score: 4 },
    ]);
    await t.db.insert(feedbackPending).values({ cycleId, rateeId: p.id, category: 'peer', body: '{}' });
    await t.db
      .insert(behaviourExpectations)
      .values({ employeeId: p.id, periodId, value: 'adaptif', expectation: 'Cepat' });
  }

  it('removes and empties exactly their rows, counts each, and leaves the other person whole', async () => {
    const { ratna, bambang } = await twoPeople();
    const [period] = await t.db
      .insert(performancePeriods)
      .values({ code: '2026-Q1', year: 2026, quarter: 1, startsOn: '2026-01-01', endsOn: '2026-03-31' })
      .returning();
    const [cycle] = await t.db
      .insert(feedbackCycles)
      .values({ periodId: period!.id, closesOn: '2026-03-20', openedBy: 'cli:hr' })
      .returning();
    await seedReach(ratna, bambang, cycle!.id, period!.id);
    await seedReach(bambang, ratna, cycle!.id, period!.id);
    // Ratna as a giver waiting on someone else's bundle goes too.
    const [third] = await t.db.insert(employees).values({ nip: '1', name: 'Ketiga' }).returning();
    await t.db.insert(continuousFeedbackWaiting).values([
      { recipientId: third!.id, giverId: ratna.id, since: '2026-03-01' },
      { recipientId: third!.id, giverId: bambang.id, since: '2026-03-01' },
    ]);

    const counts = await erasePersonalRows(t.db, ratna, { jobs: ['checkin-snooze'] });
    expect(counts).toEqual({
      identities: 1,
      linkCodes: 1,
      linkCodeAttempts: 1,
      conversations: 1,
      outboundMessages: 2,
      scheduledJobs: 1,
      blockers: 1,
      nextActions: 1,
      notes: 1,
      evidence: 4,
      feedback: 1,
      support: 1,
      dialogRecords: 2,
      umpanBalik: 1,
      feedbackComments: 1,
    });

    // Ratna: contacts gone, words empty, numbers and anonymous scores kept.
    expect(
      await t.db.select().from(channelIdentities).where(eq(channelIdentities.employeeId, ratna.id)),
    ).toEqual([]);
    expect(
      (
        await t.db
          .select()
          .from(linkCodeAttempts)
          .orderBy(asc(linkCodeAttempts.platform), asc(linkCodeAttempts.workspace))
      )
        .filter((a) => a.externalUserId === ratna.chatId)
        .map((a) => [a.platform, a.workspace]),
    ).toEqual([
      ['slack', ''],
      ['telegram', 'W1'],
    ]);
    expect(
      (
        await t.db
          .select()
          .from(jobRuns)
          .where(eq(jobRuns.subject, String(ratna.id)))
      ).map((j) => j.job),
    ).toEqual(['other-job']);
    expect(
      (await t.db.select().from(blockers).where(eq(blockers.checkinId, ratna.checkinId))).map((b) => b.text),
    ).toEqual(['', '']);
    expect(
      (await t.db.select().from(nextActions).where(eq(nextActions.checkinId, ratna.checkinId))).map(
        (b) => b.text,
      ),
    ).toEqual(['', '']);
    expect(await t.db.select().from(krUpdates).where(eq(krUpdates.id, ratna.updateId))).toMatchObject([
      { note: null, value: 2.5, confidence: 7 },
    ]);
    const ratnaEvidence = await t.db
      .select()
      .from(evidence)
      .where(eq(evidence.krUpdateId, ratna.updateId))
      .orderBy(asc(evidence.id));
    expect(ratnaEvidence.map((e) => e.kind)).toEqual(['link', 'file', 'file', 'photo', 'photo']);
    for (const e of ratnaEvidence)
      expect(e).toMatchObject({
        url: null,
        platform: null,
        fileId: null,
        fileUniqueId: null,
        fileName: null,
        mimeType: null,
      });
    expect(await t.db.select().from(checkins).where(eq(checkins.id, ratna.checkinId))).toMatchObject([
      { supportNeeded: null },
    ]);
    expect(
      (await t.db.select().from(checkinFeedback).where(eq(checkinFeedback.checkinId, ratna.checkinId))).map(
        (f) => f.body,
      ),
    ).toEqual(['', '']);
    expect(
      (await t.db.select().from(dialogRequests).where(eq(dialogRequests.employeeId, ratna.id))).map((d) => [
        d.agreement,
        d.followUp,
      ]),
    ).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(await t.db.select().from(continuousFeedbackWaiting)).toEqual([
      { recipientId: third!.id, giverId: bambang.id, since: '2026-03-01' },
    ]);
    expect(
      (await t.db.select().from(continuousFeedback).where(eq(continuousFeedback.recipientId, ratna.id))).map(
        (c) => c.body,
      ),
    ).toEqual(['', '']);
    expect(
      (await t.db.select().from(feedbackComments).where(eq(feedbackComments.rateeId, ratna.id))).map(
        (c) => c.body,
      ),
    ).toEqual(['', '']);
    expect(
      await t.db.select().from(feedbackAnswers).where(eq(feedbackAnswers.rateeId, ratna.id)),
    ).toMatchObject([{ score: 4 }]);
    expect(
      (await t.db.select().from(feedbackNamedRatings).where(eq(feedbackNamedRatings.rateeId, ratna.id))).map(
        (r) => [r.relation, r.rating, r.comment],
      ),
    ).toEqual(
      expect.arrayContaining([
        ['appraiser', 'meets', null],
        ['self', null, null],
      ]),
    );
    expect(await t.db.select().from(feedbackPending).where(eq(feedbackPending.rateeId, ratna.id))).toEqual(
      [],
    );
    expect(
      await t.db.select().from(behaviourExpectations).where(eq(behaviourExpectations.employeeId, ratna.id)),
    ).toEqual([]);

    // Bambang: all his rows as written (only the waiting row where Ratna gave is gone).
    expect(
      await t.db.select().from(channelIdentities).where(eq(channelIdentities.employeeId, bambang.id)),
    ).toHaveLength(1);
    expect(await t.db.select().from(linkCodes)).toMatchObject([{ employeeId: bambang.id }]);
    expect((await t.db.select().from(outboundMessages)).map((m) => m.address).sort()).toEqual(
      [bambang.chatId, 'X'].sort(),
    );
    expect(await t.db.select().from(conversations)).toMatchObject([{ employeeId: bambang.id }]);
    expect(
      (
        await t.db
          .select()
          .from(jobRuns)
          .where(eq(jobRuns.subject, String(bambang.id)))
      )
        .map((j) => j.job)
        .sort(),
    ).toEqual(['checkin-snooze', 'other-job']);
    expect(
      (await t.db.select().from(blockers).where(eq(blockers.checkinId, bambang.checkinId))).map(
        (b) => b.text,
      ),
    ).toContain('Kendala bambangword');
    expect(
      (await t.db.select().from(nextActions).where(eq(nextActions.checkinId, bambang.checkinId))).map(
        (b) => b.text,
      ),
    ).toContain('Rencana bambangword');
    expect(await t.db.select().from(krUpdates).where(eq(krUpdates.id, bambang.updateId))).toMatchObject([
      { note: 'Catatan bambangword' },
    ]);
    expect(
      (await t.db.select().from(evidence).where(eq(evidence.krUpdateId, bambang.updateId))).map(
        (e) => e.url ?? e.fileId ?? e.fileName ?? e.fileUniqueId,
      ),
    ).toEqual(
      expect.arrayContaining([
        'https://drive.example/bambangword',
        'F-bambangword',
        'bambangword.pdf',
        'U-bambangword',
      ]),
    );
    expect(await t.db.select().from(checkins).where(eq(checkins.id, bambang.checkinId))).toMatchObject([
      { supportNeeded: 'Dukungan bambangword' },
    ]);
    expect(
      (await t.db.select().from(checkinFeedback).where(eq(checkinFeedback.checkinId, bambang.checkinId))).map(
        (f) => f.body,
      ),
    ).toContain(`Umpan ${bambang.id}`);
    expect(
      (await t.db.select().from(dialogRequests).where(eq(dialogRequests.employeeId, bambang.id))).map(
        (d) => d.agreement ?? d.followUp,
      ),
    ).toEqual(expect.arrayContaining([`Sepakat ${bambang.id}`, `Tindak ${bambang.id}`]));
    expect(
      (
        await t.db.select().from(continuousFeedback).where(eq(continuousFeedback.recipientId, bambang.id))
      ).map((c) => c.body),
    ).toContain(`Terima kasih ${bambang.id}`);
    expect(
      (await t.db.select().from(feedbackComments).where(eq(feedbackComments.rateeId, bambang.id))).map(
        (c) => c.body,
      ),
    ).toContain(`Komentar ${bambang.id}`);
    expect(
      (
        await t.db.select().from(feedbackNamedRatings).where(eq(feedbackNamedRatings.rateeId, bambang.id))
      ).map((r) => r.comment),
    ).toContain(`Nilai ${bambang.id}`);
    expect(await t.db.select().from(feedbackPending)).toMatchObject([{ rateeId: bambang.id }]);
    expect(await t.db.select().from(behaviourExpectations)).toMatchObject([{ employeeId: bambang.id }]);
  });

  it('a person without a chat or any rows: zero everywhere, nothing else touched', async () => {
    const { bambang } = await twoPeople();
    const [lone] = await t.db.insert(employees).values({ nip: '2', name: 'Sendiri' }).returning();
    await t.db
      .insert(linkCodeAttempts)
      .values({ platform: 'telegram', externalUserId: bambang.chatId, windowStartedAt: now, attempts: 2 });
    const counts = await erasePersonalRows(t.db, { id: lone!.id, nip: '2' }, { jobs: ['checkin-snooze'] });
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(await t.db.select().from(channelIdentities)).toHaveLength(2);
    expect(await blockersOf(t.db, [bambang.checkinId])).toHaveLength(2);
    expect(await t.db.select().from(linkCodeAttempts)).toHaveLength(1);
  });
});

describe('replaceMentions', () => {
  it('replaces inside strings, numbers equal to one, arrays and objects; leaves the rest', () => {
    const doc = {
      text: 'Halo Ratna (198703), Ratna lagi',
      nip: 198703,
      other: 42,
      list: ['Ratna', 7, null, true],
      nested: { who: 'Ratna', flag: false },
      none: null,
    };
    expect(replaceMentions(doc, ['Ratna', '198703'], '[dihapus]')).toEqual({
      text: 'Halo [dihapus] ([dihapus]), [dihapus] lagi',
      nip: '[dihapus]',
      other: 42,
      list: ['[dihapus]', 7, null, true],
      nested: { who: '[dihapus]', flag: false },
      none: null,
    });
    expect(replaceMentions('tanpa', ['Ratna'], 'X')).toBe('tanpa');
    expect(replaceMentions(undefined, ['Ratna'], 'X')).toBeUndefined();
  });
});

describe('scrubMentions', () => {
  it('clears audit rows about them, renames their accounts, scrubs every document, counts audit rows', async () => {
    const { ratna, bambang } = await twoPeople();
    const placeholder = 'erased-1';
    const ids = (
      await t.db
        .insert(auditLog)
        .values([
          {
            actor: 'cli:hr',
            action: 'import.create',
            entity: 'employee',
            entityKey: ratna.nip,
            after: { name: 'Nama ratnaword' },
          },
          {
            actor: 'cli:hr',
            action: 'account.link',
            entity: 'employee',
            entityKey: String(ratna.id),
            before: { x: 1 },
          },
          // Already bare and keyed by id: nothing to change.
          { actor: 'cli:hr', action: 'account.note', entity: 'employee', entityKey: String(ratna.id) },
          // Bare but keyed by NIP: the key still changes.
          { actor: 'cli:hr', action: 'import.touch', entity: 'employee', entityKey: ratna.nip },
          {
            actor: 'cli:hr',
            action: ERASE_ACTION,
            entity: 'employee',
            entityKey: String(ratna.id),
            after: { identities: 1 },
          },
          { actor: `telegram:${ratna.chatId}`, action: 'checkin.submit', entity: 'checkin', entityKey: '5' },
          {
            actor: 'cli:hr',
            action: 'import.create',
            entity: 'employee',
            entityKey: bambang.nip,
            after: { supervisorNip: ratna.nip, name: 'Nama bambangword' },
          },
          {
            actor: 'cli:hr',
            action: 'import.update',
            entity: 'employee',
            entityKey: bambang.nip,
            after: { name: 'Nama bambangword' },
          },
        ])
        .returning({ id: auditLog.id })
    ).map((r) => r.id);
    await t.db.insert(outboundMessages).values({
      channel: 'telegram',
      address: bambang.chatId,
      op: 'send',
      payload: { text: 'Diteruskan kepada Nama ratnaword', chatId: Number(bambang.chatId) },
    });
    await t.db.insert(conversations).values({
      employeeId: bambang.id,
      kind: 'dialog',
      channel: 'telegram',
      state: { supervisor: 'Nama ratnaword' },
    });
    await t.db.insert(jobRuns).values({ job: 'x', periodKey: 'p', dueAt: now, payload: { nip: ratna.nip } });

    const changed = await scrubMentions(t.db, ratna, {
      identifiers: ['Nama ratnaword', ratna.nip, ''],
      accounts: [`telegram:${ratna.chatId}`],
      placeholder,
    });
    // About her: 0, 1, 3; her account: 5; a mention: 6.
    expect(changed).toBe(5);
    const rows = await t.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(rows.map((r) => [r.entityKey, r.before, r.after, r.actor])).toEqual([
      [placeholder, null, null, 'cli:hr'],
      [String(ratna.id), null, null, 'cli:hr'],
      [String(ratna.id), null, null, 'cli:hr'],
      [placeholder, null, null, 'cli:hr'],
      [String(ratna.id), null, { identities: 1 }, 'cli:hr'],
      ['5', null, null, 'telegram:erased'],
      [bambang.nip, null, { supervisorNip: placeholder, name: 'Nama bambangword' }, 'cli:hr'],
      [bambang.nip, null, { name: 'Nama bambangword' }, 'cli:hr'],
    ]);
    expect(ids).toHaveLength(8);
    expect(await t.db.select().from(outboundMessages)).toMatchObject([
      { payload: { text: `Diteruskan kepada ${placeholder}`, chatId: Number(bambang.chatId) } },
    ]);
    expect(await t.db.select().from(conversations)).toMatchObject([{ state: { supervisor: placeholder } }]);
    expect(await t.db.select().from(jobRuns)).toMatchObject([{ payload: { nip: placeholder } }]);
    // Run again: nothing left to change.
    expect(
      await scrubMentions(t.db, ratna, {
        identifiers: ['Nama ratnaword', ratna.nip],
        accounts: [`telegram:${ratna.chatId}`],
        placeholder,
      }),
    ).toBe(0);
  });

  it('with no identifiers only the audit rows change', async () => {
    const { ratna, bambang } = await twoPeople();
    await t.db.insert(auditLog).values([
      { actor: 'cli:hr', action: 'import.create', entity: 'employee', entityKey: ratna.nip, after: { a: 1 } },
      {
        actor: 'cli:hr',
        action: 'import.create',
        entity: 'employee',
        entityKey: bambang.nip,
        after: { boss: ratna.nip },
      },
    ]);
    expect(await scrubMentions(t.db, ratna, { identifiers: [''], accounts: [], placeholder: 'P' })).toBe(1);
    expect((await t.db.select().from(auditLog).orderBy(asc(auditLog.id))).map((r) => r.after)).toEqual([
      null,
      { boss: ratna.nip },
    ]);
  });
});

describe('anonymiseEmployee and recordAudit', () => {
  it('replaces name, contacts and NIP of that row only, keeping unit and supervisor', async () => {
    const { ratna, bambang, unitId } = await twoPeople();
    await t.db.update(employees).set({ supervisorId: bambang.id }).where(eq(employees.id, ratna.id));
    await anonymiseEmployee(t.db, ratna.id, { placeholder: 'erased-9', now });
    const [row] = await t.db.select().from(employees).where(eq(employees.id, ratna.id));
    expect(row).toMatchObject({
      nip: 'erased-9',
      name: 'erased-9',
      email: null,
      phone: null,
      position: null,
      roles: ['pegawai'],
      active: false,
      updatedAt: now,
      unitId,
      supervisorId: bambang.id,
    });
    const [other] = await t.db.select().from(employees).where(eq(employees.id, bambang.id));
    expect(other).toMatchObject({ nip: bambang.nip, name: 'Nama bambangword', active: true });

    await recordAudit(t.db, {
      at: now,
      actor: 'cli:hr',
      action: ERASE_ACTION,
      entity: 'employee',
      entityKey: String(ratna.id),
      after: { n: 1 },
    });
    expect(await t.db.select().from(auditLog)).toMatchObject([
      {
        at: now,
        actor: 'cli:hr',
        action: 'person.erase',
        entity: 'employee',
        entityKey: String(ratna.id),
        after: { n: 1 },
      },
    ]);
  });
});
