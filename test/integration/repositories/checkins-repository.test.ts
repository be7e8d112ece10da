/**
 * The check-in repository's statements one by one (src/storage/repositories/checkins.ts): what a
 * submit writes (every part, each piece of evidence under its own indicator, the dialog request),
 * what a revision replaces, and what a revision reads back. Written against mutants Stryker left
 * alive (bench/results/2026-12-01-mutation-3.txt); /riwayat's counts are in checkin-storage.test.ts.
 */
import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckinSubmission, EvidenceItem } from '../../../src/core/checkin/state.js';
import { findSubmittedCheckin, saveSubmission } from '../../../src/storage/repositories/checkins.js';
import {
  blockers,
  checkins,
  dialogRequests,
  employees,
  evidence,
  krUpdates,
  nextActions,
} from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { seedKeyResults, THREE_KRS } from '../../support/okr-seed.js';

const t = useTestDatabase();
const W48 = { key: '2026-W48', start: '2026-11-23', end: '2026-11-29' };
const W49 = { key: '2026-W49', start: '2026-11-30', end: '2026-12-06' };
const monday = new Date('2026-11-23T03:00:00Z');
const tuesday = new Date('2026-11-24T03:00:00Z');
const wednesday = new Date('2026-11-25T03:00:00Z');

let seeded = 0;
/** Not the Telegram harness's seeder: this file needs no channel and loads none. */
async function seedEmployee() {
  seeded += 1;
  const [row] = await t.db
    .insert(employees)
    .values({ nip: `19900101201503${String(seeded).padStart(4, '0')}`, name: `Pegawai ${seeded}` })
    .returning();
  return row!;
}

const link: EvidenceItem = { kind: 'link', url: 'https://drive.example/laporan.pdf' };
const fullFile: EvidenceItem = {
  kind: 'file',
  platform: 'telegram',
  fileId: 'BQAC-file',
  fileUniqueId: 'AgAD-file',
  fileName: 'notulen.docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  sizeBytes: 20_480,
};
const barePhoto: EvidenceItem = { kind: 'photo', platform: 'slack', fileId: 'F0PHOTO' };

function emptySubmission(week = W48): CheckinSubmission {
  return { week, updates: [], blockers: [], supportNeeded: null, nextActions: [], wantsDialog: false };
}

/** Two indicators with evidence on both, every optional part filled. */
async function fullSubmission(ownerId: number): Promise<CheckinSubmission> {
  const [first, second, third] = await seedKeyResults(t.db, ownerId, THREE_KRS);
  return {
    week: W48,
    updates: [
      { keyResultId: first!.id, value: 2, skipped: false, confidence: 8, evidence: [link, fullFile] },
      { keyResultId: second!.id, value: 45.5, skipped: false, confidence: 6, evidence: [barePhoto] },
      { keyResultId: third!.id, value: null, skipped: true, confidence: null, evidence: [] },
    ],
    blockers: ['Rapat bentrok', 'Server lambat'],
    supportNeeded: 'Akses ke aplikasi SIASN',
    nextActions: ['Finalisasi draf', 'Koordinasi dengan BKD'],
    wantsDialog: true,
  };
}

const save = (
  employeeId: number,
  submission: CheckinSubmission,
  now = monday,
  supervisorId: number | null = null,
) => saveSubmission(t.db, { employeeId, supervisorId, channel: 'telegram', submission, now });

const dialogRows = () =>
  t.db
    .select({
      checkinId: dialogRequests.checkinId,
      employeeId: dialogRequests.employeeId,
      supervisorId: dialogRequests.supervisorId,
      status: dialogRequests.status,
      requestedAt: dialogRequests.requestedAt,
      closedAt: dialogRequests.closedAt,
    })
    .from(dialogRequests)
    .orderBy(asc(dialogRequests.id));

beforeEach(() => truncateAll(t.db));

describe('saveSubmission and findSubmittedCheckin', () => {
  it('reads back exactly what was submitted: each indicator with its own evidence, in order', async () => {
    const me = await seedEmployee();
    const submission = await fullSubmission(me.id);
    await save(me.id, submission);

    const found = await findSubmittedCheckin(t.db, me.id, W48.key);
    expect(found?.submission).toStrictEqual({ ...submission });
    // Evidence rows carry their metadata in columns, and nothing is invented for a bare photo.
    const files = await t.db.select().from(evidence).orderBy(asc(evidence.id));
    expect(
      files.map((f) => [f.kind, f.url, f.platform, f.fileId, f.fileUniqueId, f.fileName, f.sizeBytes]),
    ).toEqual([
      ['link', 'https://drive.example/laporan.pdf', null, null, null, null, null],
      ['file', null, 'telegram', 'BQAC-file', 'AgAD-file', 'notulen.docx', 20_480],
      ['photo', null, 'slack', 'F0PHOTO', null, null, null],
    ]);
  });

  it('reads this person’s check-in of that week only, and nothing for a week without one', async () => {
    const me = await seedEmployee();
    const other = await seedEmployee();
    await save(me.id, { ...emptySubmission(W48), blockers: ['Punya saya'] });
    await save(other.id, { ...emptySubmission(W49), blockers: ['Punya rekan'] });

    expect(await findSubmittedCheckin(t.db, me.id, W49.key)).toBeUndefined();
    expect(await findSubmittedCheckin(t.db, other.id, W48.key)).toBeUndefined();
    const mine = await findSubmittedCheckin(t.db, me.id, W48.key);
    const [row] = await t.db.select({ id: checkins.id }).from(checkins).where(eq(checkins.employeeId, me.id));
    expect(mine).toStrictEqual({
      id: row!.id,
      submission: { ...emptySubmission(W48), blockers: ['Punya saya'] },
    });
  });

  it('stores a check-in without indicators, blockers or plans, and counts its revisions', async () => {
    const me = await seedEmployee();
    const first = await save(me.id, emptySubmission());
    const [row] = await t.db.select().from(checkins);
    expect(first).toEqual({ checkinId: row!.id, revision: 1 });
    expect(row).toMatchObject({
      employeeId: me.id,
      isoWeek: W48.key,
      weekStart: W48.start,
      channel: 'telegram',
    });
    expect(await save(me.id, emptySubmission(), tuesday)).toEqual({ checkinId: row!.id, revision: 2 });
    for (const table of [krUpdates, blockers, nextActions, dialogRequests]) {
      expect(await t.db.select().from(table)).toEqual([]);
    }
  });

  it('reads rows written without their columns (older rows) as empty strings, not as missing', async () => {
    const me = await seedEmployee();
    const [kr] = await seedKeyResults(t.db, me.id, THREE_KRS.slice(0, 1));
    const { checkinId } = await save(me.id, {
      ...emptySubmission(),
      updates: [{ keyResultId: kr!.id, value: 1, skipped: false, confidence: 7, evidence: [] }],
    });
    const [update] = await t.db.select().from(krUpdates).where(eq(krUpdates.checkinId, checkinId));
    await t.db.insert(evidence).values([
      { krUpdateId: update!.id, kind: 'link' },
      { krUpdateId: update!.id, kind: 'file' },
    ]);
    const found = await findSubmittedCheckin(t.db, me.id, W48.key);
    expect(found?.submission.updates[0]?.evidence).toStrictEqual([
      { kind: 'link', url: '' },
      { kind: 'file', platform: '', fileId: '' },
    ]);
  });
});

describe('saveSubmission: a revision', () => {
  it('replaces every part: old evidence, blockers and plans are gone, the new ones stored', async () => {
    const me = await seedEmployee();
    const submission = await fullSubmission(me.id);
    await save(me.id, submission);
    const revised: CheckinSubmission = {
      ...submission,
      updates: [{ ...submission.updates[1]!, value: 50, evidence: [link] }],
      blockers: ['Hanya satu kendala'],
      nextActions: [],
      supportNeeded: null,
    };
    expect((await save(me.id, revised, tuesday)).revision).toBe(2);

    expect((await findSubmittedCheckin(t.db, me.id, W48.key))?.submission).toStrictEqual({ ...revised });
    expect(await t.db.select({ kind: evidence.kind }).from(evidence)).toEqual([{ kind: 'link' }]);
    expect(await t.db.select({ text: nextActions.text }).from(nextActions)).toEqual([]);
  });

  it('opens a dialog request, cancels it when the revision withdraws it, and opens it again', async () => {
    const me = await seedEmployee();
    const boss = await seedEmployee();
    const { checkinId } = await save(me.id, { ...emptySubmission(), wantsDialog: true }, monday, boss.id);
    expect(await dialogRows()).toEqual([
      {
        checkinId,
        employeeId: me.id,
        supervisorId: boss.id,
        status: 'open',
        requestedAt: monday,
        closedAt: null,
      },
    ]);
    expect((await findSubmittedCheckin(t.db, me.id, W48.key))?.submission.wantsDialog).toBe(true);

    await save(me.id, emptySubmission(), tuesday, boss.id);
    expect(await dialogRows()).toMatchObject([{ checkinId, status: 'cancelled', closedAt: tuesday }]);
    expect((await findSubmittedCheckin(t.db, me.id, W48.key))?.submission.wantsDialog).toBe(false);

    await save(me.id, { ...emptySubmission(), wantsDialog: true }, wednesday, boss.id);
    expect(await dialogRows()).toMatchObject([
      { checkinId, status: 'open', requestedAt: monday, closedAt: null },
    ]);
    expect((await findSubmittedCheckin(t.db, me.id, W48.key))?.submission.wantsDialog).toBe(true);
  });

  it('leaves a dialog already held, and other check-ins’ requests, as they are', async () => {
    const me = await seedEmployee();
    const earlier = await save(me.id, { ...emptySubmission(W48), wantsDialog: true });
    const later = await save(me.id, { ...emptySubmission(W49), wantsDialog: true }, tuesday);
    await t.db
      .update(dialogRequests)
      .set({ status: 'held', closedAt: tuesday })
      .where(eq(dialogRequests.checkinId, earlier.checkinId));

    await save(me.id, emptySubmission(W48), wednesday);
    expect(await dialogRows()).toMatchObject([
      { checkinId: earlier.checkinId, status: 'held', closedAt: tuesday },
      { checkinId: later.checkinId, status: 'open', closedAt: null },
    ]);
    // A held dialog is no open request: the revision offers it again.
    expect((await findSubmittedCheckin(t.db, me.id, W48.key))?.submission.wantsDialog).toBe(false);
  });

  it('writes no dialog request when none is wanted', async () => {
    const me = await seedEmployee();
    await save(me.id, emptySubmission());
    expect(await dialogRows()).toEqual([]);
  });
});
