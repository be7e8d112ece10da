/**
 * The appraiser's services called directly (src/services/appraisal): who is told of a check-in and
 * how (at once, in the daily bundle, not at all), the bundle split into messages, the names an
 * employee sees, and the refusals of appraiser buttons. A recording notifier stands in for the
 * channels; storage is real. Written against mutants `npm run mutate` left alive, every value
 * built inside its test.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { DIGEST_ITEMS_PER_MESSAGE } from '../../src/core/appraisal/digest.js';
import { appraiserName } from '../../src/services/appraisal/appraiser-name.js';
import { DIGEST_JOB, tellAppraiserOfCheckin } from '../../src/services/appraisal/checkin-notice.js';
import { dialogTimeDialog } from '../../src/services/appraisal/dialog-time-service.js';
import { sendAppraiserDigest } from '../../src/services/appraisal/digest-service.js';
import type { DialogReply } from '../../src/services/dialogs/dialog-reply.js';
import type { Notifier } from '../../src/services/outbound/notifier.js';
import { type Person, personOf } from '../../src/services/people/person.js';
import type { Recipient } from '../../src/services/people/recipient.js';
import type { Db } from '../../src/storage/database.js';
import {
  blockers,
  checkins,
  dialogRequests,
  employees,
  jobRuns,
  krUpdates,
} from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
// Wednesday 2 December 2026, 10.00 WITA.
const now = new Date('2026-12-02T02:00:00Z');

beforeEach(() => truncateAll(t.db));

interface Told {
  to: number | Recipient;
  reply: DialogReply;
}

/** Reaches the people in `reachable` (all when omitted); `notify` answers `delivered`. */
function recordingNotifier(options: { reachable?: number[]; delivered?: boolean } = {}) {
  const told: Told[] = [];
  const asked: number[] = [];
  const notifier: Notifier = {
    async recipient(_tx, employeeId) {
      asked.push(employeeId);
      if (options.reachable && !options.reachable.includes(employeeId)) return undefined;
      return {
        employeeId,
        channel: 'telegram',
        address: `chat-${employeeId}`,
        locale: 'id',
        timeZone: 'Asia/Jayapura',
      };
    },
    async notify(_tx, to, reply) {
      told.push({ to, reply });
      return options.delivered ?? true;
    },
  };
  return { notifier, told, asked };
}

async function insertCheckin(
  db: Db,
  employeeId: number,
  values: { isoWeek?: string; weekStart?: string; updatedAt?: Date; notifiedAt?: Date | null } = {},
) {
  const [row] = await db
    .insert(checkins)
    .values({
      employeeId,
      isoWeek: values.isoWeek ?? '2026-W49',
      weekStart: values.weekStart ?? '2026-11-30',
      channel: 'telegram',
      submittedAt: now,
      updatedAt: values.updatedAt ?? now,
      appraiserNotifiedAt: values.notifiedAt ?? null,
    })
    .returning();
  return row!;
}

async function team(mode: 'each' | 'daily' = 'each') {
  const penilai = await seedEmployee(t.db, {
    name: 'Dr. Ir. Hendra Gunawan, M.Si.',
    salutation: 'Bapak',
    timeZone: 'Asia/Makassar',
    checkinNotifications: mode,
  });
  const sari = await seedEmployee(t.db, { name: 'Sari Wulandari', supervisorId: penilai.id });
  return { penilai, sari, person: personOf(sari) as Person };
}

const notifiedAt = async (id: number) =>
  (await t.db.select({ at: checkins.appraiserNotifiedAt }).from(checkins).where(eq(checkins.id, id)))[0]!.at;

describe('appraiserName', () => {
  it('a sapaan and the short name, else the full name, else nothing', async () => {
    const hendra = await seedEmployee(t.db, { name: 'Dr. Ir. Hendra Gunawan, M.Si.', salutation: 'Bapak' });
    const rina = await seedEmployee(t.db, { name: 'Rina Kusuma, S.E.' });
    expect(await appraiserName(t.db, hendra.id)).toBe('Bapak Hendra');
    expect(await appraiserName(t.db, rina.id)).toBe('Rina Kusuma, S.E.');
    expect(await appraiserName(t.db, rina.id + 100)).toBe('');
  });
});

describe('tellAppraiserOfCheckin', () => {
  it('at once: the report goes to the appraiser and the check-in is marked told now', async () => {
    const { penilai, sari, person } = await team();
    const checkin = await insertCheckin(t.db, sari.id);
    const r = recordingNotifier();
    await tellAppraiserOfCheckin(t.db, person, '2026-W49', now, { notifier: r.notifier });
    expect(r.asked).toEqual([penilai.id]);
    expect(r.told).toHaveLength(1);
    expect(r.told[0]!.to).toMatchObject({ employeeId: penilai.id, address: `chat-${penilai.id}` });
    const reply = r.told[0]!.reply;
    expect(reply.open).toBe(false);
    expect(reply.prompts).toHaveLength(1);
    expect(reply.prompts[0]!.key).toBe('appraisal-report');
    expect(reply.buttons).toMatchObject({ kind: 'penilai' });
    expect(await notifiedAt(checkin.id)).toEqual(now);
    expect(await t.db.select().from(jobRuns)).toEqual([]);
  });

  it('an appraiser who cannot be reached: nothing sent, the check-in stays not told', async () => {
    const { sari, person } = await team();
    const checkin = await insertCheckin(t.db, sari.id, { notifiedAt: new Date('2026-11-01T00:00:00Z') });
    const r = recordingNotifier({ reachable: [] });
    await tellAppraiserOfCheckin(t.db, person, '2026-W49', now, { notifier: r.notifier });
    expect(r.told).toEqual([]);
    expect(await notifiedAt(checkin.id)).toBeNull();
  });

  it('a message that could not be queued leaves the check-in not told', async () => {
    const { sari, person } = await team();
    const checkin = await insertCheckin(t.db, sari.id);
    const r = recordingNotifier({ delivered: false });
    await tellAppraiserOfCheckin(t.db, person, '2026-W49', now, { notifier: r.notifier });
    expect(r.told).toHaveLength(1);
    expect(await notifiedAt(checkin.id)).toBeNull();
  });

  it('daily bundle: nothing sent, the revision marked unseen, a bundle job at 16.00 the appraiser’s time', async () => {
    const { penilai, sari, person } = await team('daily');
    const checkin = await insertCheckin(t.db, sari.id, { notifiedAt: new Date('2026-11-01T00:00:00Z') });
    const r = recordingNotifier();
    await tellAppraiserOfCheckin(t.db, person, '2026-W49', now, { notifier: r.notifier });
    expect(r.asked).toEqual([]);
    expect(r.told).toEqual([]);
    expect(await notifiedAt(checkin.id)).toBeNull();
    const jobs = await t.db
      .select({
        job: jobRuns.job,
        periodKey: jobRuns.periodKey,
        subject: jobRuns.subject,
        dueAt: jobRuns.dueAt,
      })
      .from(jobRuns);
    // 16.00 WITA (UTC+8) on Wednesday 2 December.
    expect(jobs).toEqual([
      {
        job: DIGEST_JOB,
        periodKey: '2026-12-02',
        subject: String(penilai.id),
        dueAt: new Date('2026-12-02T08:00:00Z'),
      },
    ]);
    expect(DIGEST_JOB).toBe('appraiser-digest');
  });

  it('no check-in that week: nobody asked, nothing marked', async () => {
    const { sari, person } = await team();
    const other = await insertCheckin(t.db, sari.id, { isoWeek: '2026-W48', weekStart: '2026-11-23' });
    const r = recordingNotifier();
    await tellAppraiserOfCheckin(t.db, person, '2026-W49', now, { notifier: r.notifier });
    expect(r.asked).toEqual([]);
    expect(r.told).toEqual([]);
    expect(await notifiedAt(other.id)).toBeNull();
  });

  it('nobody appraises the employee: nothing sent or marked', async () => {
    const alone = await seedEmployee(t.db, { name: 'Tono Saputra' });
    const checkin = await insertCheckin(t.db, alone.id, { notifiedAt: new Date('2026-11-01T00:00:00Z') });
    const r = recordingNotifier();
    await tellAppraiserOfCheckin(t.db, personOf(alone), '2026-W49', now, { notifier: r.notifier });
    expect(r.asked).toEqual([]);
    expect(r.told).toEqual([]);
    expect(await notifiedAt(checkin.id)).toEqual(new Date('2026-11-01T00:00:00Z'));
  });

  it('an employee who appraises themselves is not told of their own check-in', async () => {
    const self = await seedEmployee(t.db, { name: 'Tono Saputra', checkinNotifications: 'daily' });
    await t.db.update(employees).set({ appraiserId: self.id }).where(eq(employees.id, self.id));
    const checkin = await insertCheckin(t.db, self.id, { notifiedAt: new Date('2026-11-01T00:00:00Z') });
    const r = recordingNotifier();
    await tellAppraiserOfCheckin(t.db, personOf(self), '2026-W49', now, { notifier: r.notifier });
    expect(r.asked).toEqual([]);
    expect(r.told).toEqual([]);
    expect(await notifiedAt(checkin.id)).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(await t.db.select().from(jobRuns)).toEqual([]);
  });
});

describe('sendAppraiserDigest', () => {
  it('nothing pending: 0, and the appraiser is not even looked up', async () => {
    const { penilai, sari } = await team('daily');
    await insertCheckin(t.db, sari.id, { notifiedAt: now });
    const r = recordingNotifier();
    expect(await sendAppraiserDigest(t.db, penilai.id, now, r.notifier)).toBe(0);
    expect(r.asked).toEqual([]);
    expect(r.told).toEqual([]);
  });

  it('an unreachable appraiser: 0, nothing sent, nothing marked', async () => {
    const { penilai, sari } = await team('daily');
    const checkin = await insertCheckin(t.db, sari.id);
    const r = recordingNotifier({ reachable: [] });
    expect(await sendAppraiserDigest(t.db, penilai.id, now, r.notifier)).toBe(0);
    expect(r.asked).toEqual([penilai.id]);
    expect(r.told).toEqual([]);
    expect(await notifiedAt(checkin.id)).toBeNull();
  });

  it('counts reported (not skipped) indicators and blockers, and looks back 14 days', async () => {
    const { penilai, sari } = await team('daily');
    const krs = await seedKeyResults(t.db, sari.id, THREE_KRS);
    const checkin = await insertCheckin(t.db, sari.id);
    await t.db.insert(krUpdates).values([
      { checkinId: checkin.id, keyResultId: krs[0]!.id, value: 3 },
      { checkinId: checkin.id, keyResultId: krs[1]!.id, skipped: true },
      { checkinId: checkin.id, keyResultId: krs[2]!.id, value: 8 },
    ]);
    await t.db.insert(blockers).values({ checkinId: checkin.id, text: 'Server lambat' });
    // Exactly 14 days old is still in; a millisecond older is not.
    const edge = await insertCheckin(t.db, sari.id, {
      isoWeek: '2026-W47',
      weekStart: '2026-11-16',
      updatedAt: new Date(now.getTime() - 14 * 24 * 60 * 60 * 1000),
    });
    const old = await insertCheckin(t.db, sari.id, {
      isoWeek: '2026-W46',
      weekStart: '2026-11-09',
      updatedAt: new Date(now.getTime() - 14 * 24 * 60 * 60 * 1000 - 1),
    });
    const r = recordingNotifier();
    expect(await sendAppraiserDigest(t.db, penilai.id, now, r.notifier)).toBe(2);
    expect(r.told).toHaveLength(1);
    const prompt = r.told[0]!.reply.prompts[0]!;
    expect(prompt.args).toEqual({ count: 2, part: 1, parts: 1 });
    expect(prompt.lines!.map((l) => [l.args!.indicators, l.args!.blockers])).toEqual([
      [0, 0],
      [2, 1],
    ]);
    expect(r.told[0]!.reply.open).toBe(false);
    expect(r.told[0]!.reply.buttons).toEqual({ kind: 'penilai', nonce: '0', seq: 1 });
    expect(await notifiedAt(checkin.id)).toEqual(now);
    expect(await notifiedAt(edge.id)).toEqual(now);
    expect(await notifiedAt(old.id)).toBeNull();
  });

  it('more than one message’s worth: messages of 20, numbered, every check-in once', async () => {
    const { penilai } = await team('daily');
    const count = DIGEST_ITEMS_PER_MESSAGE * 2 + 1;
    const people = await t.db
      .insert(employees)
      .values(
        Array.from({ length: count }, (_, i) => ({
          nip: `19800101200501${String(i).padStart(4, '0')}`,
          name: `Pegawai ${i}`,
          supervisorId: penilai.id,
        })),
      )
      .returning({ id: employees.id });
    await t.db.insert(checkins).values(
      people.map((p, i) => ({
        employeeId: p.id,
        isoWeek: '2026-W49',
        weekStart: '2026-11-30',
        channel: 'telegram',
        submittedAt: now,
        updatedAt: new Date(now.getTime() - (count - i) * 1000),
      })),
    );
    const r = recordingNotifier();
    expect(await sendAppraiserDigest(t.db, penilai.id, now, r.notifier)).toBe(count);
    expect(r.told.map((m) => m.reply.prompts[0]!.args)).toEqual([
      { count: 20, part: 1, parts: 3 },
      { count: 20, part: 2, parts: 3 },
      { count: 1, part: 3, parts: 3 },
    ]);
    const names = r.told.flatMap((m) => m.reply.prompts[0]!.lines!.map((l) => l.args!.name));
    expect(names).toEqual(people.map((_, i) => `Pegawai ${i}`));
    expect(
      r.told.every((m) => m.reply.prompts[0]!.choices!.length === m.reply.prompts[0]!.lines!.length),
    ).toBe(true);
    const left = await t.db.select().from(checkins).where(eq(checkins.appraiserNotifiedAt, now));
    expect(left).toHaveLength(count);
  });
});

describe('dialogTimeDialog.applyEffect', () => {
  async function withRequest(status: 'open' | 'held') {
    const { penilai, sari } = await team();
    const checkin = await insertCheckin(t.db, sari.id);
    await t.db.insert(dialogRequests).values({ employeeId: sari.id, checkinId: checkin.id, status });
    const effect = { checkinId: checkin.id, employeeId: sari.id, at: '2026-12-03T01:00:00.000Z' };
    return { penilai, sari, checkin, effect };
  }

  it('stores the time and tells the employee in their zone, named by sapaan', async () => {
    const { penilai, sari, checkin, effect } = await withRequest('open');
    const r = recordingNotifier();
    await dialogTimeDialog.applyEffect(t.db, personOf(penilai), 'telegram', effect as never, now, {
      notifier: r.notifier,
    });
    const [request] = await t.db
      .select()
      .from(dialogRequests)
      .where(eq(dialogRequests.checkinId, checkin.id));
    expect(request!.proposedFor).toEqual(new Date('2026-12-03T01:00:00Z'));
    expect(r.asked).toEqual([sari.id]);
    expect(r.told).toHaveLength(1);
    expect(r.told[0]!.to).toMatchObject({ employeeId: sari.id });
    // 01.00 UTC is 10.00 in Asia/Jayapura (the recipient's zone here).
    expect(r.told[0]!.reply).toEqual({
      prompts: [
        {
          key: 'appraisal-time-proposed',
          args: { from: 'Bapak Hendra', date: { date: '2026-12-03' }, hh: '10', mm: '00', zone: 'WIT' },
          expects: 'none',
        },
      ],
      open: false,
    });
  });

  it('a request withdrawn meanwhile: nothing stored, nobody told', async () => {
    const { penilai, checkin, effect } = await withRequest('held');
    const r = recordingNotifier();
    await dialogTimeDialog.applyEffect(t.db, personOf(penilai), 'telegram', effect as never, now, {
      notifier: r.notifier,
    });
    const [request] = await t.db
      .select()
      .from(dialogRequests)
      .where(eq(dialogRequests.checkinId, checkin.id));
    expect(request!.proposedFor).toBeNull();
    expect(r.asked).toEqual([]);
    expect(r.told).toEqual([]);
  });

  it('an employee who cannot be reached: stored, nobody told', async () => {
    const { penilai, checkin, effect } = await withRequest('open');
    const r = recordingNotifier({ reachable: [] });
    await dialogTimeDialog.applyEffect(t.db, personOf(penilai), 'telegram', effect as never, now, {
      notifier: r.notifier,
    });
    const [request] = await t.db
      .select()
      .from(dialogRequests)
      .where(eq(dialogRequests.checkinId, checkin.id));
    expect(request!.proposedFor).not.toBeNull();
    expect(r.told).toEqual([]);
  });
});
