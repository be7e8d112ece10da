/**
 * Umpan balik in `person export` and `person erase`: received and given feedback are exported
 * (other people by id only); erasing the employee empties the words written about them (the
 * dated rows stay, like kendala) and their "dukungan" text; erasing the appraiser keeps the
 * feedback on the employee's SKP record, its author the anonymised row.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { erasePerson } from '../../src/services/privacy/erase-person.js';
import { exportPerson } from '../../src/services/privacy/export-person.js';
import { insertFeedback } from '../../src/storage/repositories/checkin-feedback.js';
import { scheduleJob } from '../../src/storage/repositories/jobs.js';
import { checkinFeedback, checkins, employees, jobRuns } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
const now = new Date('2026-12-02T08:00:00Z');
beforeEach(() => truncateAll(t.db));

async function seed() {
  const penilai = await seedEmployee(t.db, { name: 'Hendra Gunawan', salutation: 'Bapak' });
  const sari = await seedEmployee(t.db, { name: 'Sari Wulandari', supervisorId: penilai.id });
  const dodi = await seedEmployee(t.db, { name: 'Dodi Pratama', supervisorId: sari.id });
  const [kr] = await seedKeyResults(t.db, sari.id, THREE_KRS.slice(0, 1));
  const checkinOf = async (employeeId: number) => {
    const [row] = await t.db
      .insert(checkins)
      .values({
        employeeId,
        isoWeek: '2026-W49',
        weekStart: '2026-11-30',
        channel: 'telegram',
        supportNeeded: `Dukungan untuk ${employeeId}: akses server`,
        submittedAt: now,
      })
      .returning();
    return row!;
  };
  const sariCheckin = await checkinOf(sari.id);
  const dodiCheckin = await checkinOf(dodi.id);
  await insertFeedback(t.db, {
    checkinId: sariCheckin.id,
    keyResultId: kr!.id,
    authorId: penilai.id,
    body: 'Sari, lampirkan daftar hadir',
    now,
  });
  await insertFeedback(t.db, {
    checkinId: dodiCheckin.id,
    keyResultId: null,
    authorId: sari.id,
    body: 'Dodi, laporan lengkap',
    now,
  });
  // Sari appraises Dodi in a daily bundle.
  await scheduleJob(t.db, {
    job: 'appraiser-digest',
    periodKey: '2026-12-02',
    subject: String(sari.id),
    dueAt: now,
  });
  const row = async (id: number) => (await t.db.select().from(employees).where(eq(employees.id, id)))[0]!;
  return { penilai, sari, dodi, kr: kr!, sariCheckin, dodiCheckin, row };
}

describe('umpan balik and personal data', () => {
  it('exports feedback received and given, naming other people by id only', async () => {
    const { penilai, sari, dodi, row } = await seed();
    const document = await exportPerson(t.db, await row(sari.id), now);
    expect(document.feedbackReceived).toEqual([
      {
        week: '2026-W49',
        keyResult: 'SDM-1',
        authorId: penilai.id,
        body: 'Sari, lampirkan daftar hadir',
        createdAt: now,
      },
    ]);
    expect(document.feedbackGiven).toEqual([
      {
        week: '2026-W49',
        keyResult: null,
        employeeId: dodi.id,
        body: 'Dodi, laporan lengkap',
        createdAt: now,
      },
    ]);
    expect(document.checkins[0]!.supportNeeded).toContain('akses server');
    const text = JSON.stringify(document);
    expect(text).not.toContain('Hendra');
    expect(text).not.toContain('Dodi Pratama');
  });

  it('erasing the employee empties the feedback on their work and their dukungan, keeps what they gave', async () => {
    const { sari, row, sariCheckin, dodiCheckin } = await seed();
    const result = await erasePerson(t.db, await row(sari.id), { actor: 'cli:hr', now });
    expect(result.counts).toMatchObject({ feedback: 1, support: 1, scheduledJobs: 1 });

    const [received] = await t.db
      .select()
      .from(checkinFeedback)
      .where(eq(checkinFeedback.checkinId, sariCheckin.id));
    expect(received).toMatchObject({ body: '' }); // the dated row stays, like a kendala row
    const [given] = await t.db
      .select()
      .from(checkinFeedback)
      .where(eq(checkinFeedback.checkinId, dodiCheckin.id));
    expect(given).toMatchObject({ body: 'Dodi, laporan lengkap', authorId: sari.id });
    expect((await row(sari.id)).name).toMatch(/^erased-/); // the author is now the anonymised row
    const [sariRow] = await t.db.select().from(checkins).where(eq(checkins.id, sariCheckin.id));
    expect(sariRow!.supportNeeded).toBeNull();
    const [dodiRow] = await t.db.select().from(checkins).where(eq(checkins.id, dodiCheckin.id));
    expect(dodiRow!.supportNeeded).not.toBeNull();
    expect(await t.db.select().from(jobRuns)).toHaveLength(0);

    const again = await erasePerson(t.db, await row(sari.id), { actor: 'cli:hr', now });
    expect(again.counts).toMatchObject({ feedback: 0, support: 0 });
  });

  it("erasing the appraiser keeps the feedback on the employee's record", async () => {
    const { penilai, row, sariCheckin } = await seed();
    await erasePerson(t.db, await row(penilai.id), { actor: 'cli:hr', now });
    const [kept] = await t.db
      .select()
      .from(checkinFeedback)
      .where(eq(checkinFeedback.checkinId, sariCheckin.id));
    expect(kept).toMatchObject({ body: 'Sari, lampirkan daftar hadir', authorId: penilai.id });
    expect((await row(penilai.id)).name).toMatch(/^erased-/);
  });
});
