/**
 * Erasing a person (UU 27/2022) also takes the words others wrote about them since the rekap and
 * the 360° feedback came: the dialog-kinerja record's agreement and follow-up, umpan balik they
 * received, 360° comments about them and waiting bundles. Anonymous scores stay: they are
 * aggregates nobody can trace, and the SKP's ratings stay as the record.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { erasePerson } from '../../src/services/privacy/erase-person.js';
import {
  continuousFeedback,
  continuousFeedbackWaiting,
  dialogRequests,
  employees,
  feedbackAnswers,
  feedbackComments,
  feedbackCycles,
} from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedPeriod } from '../support/feedback-results-seed.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
const now = new Date('2026-12-02T03:00:00Z');

describe('erasing a person and the feedback about them', () => {
  it('empties the words about them, keeps the anonymous scores', async () => {
    await truncateAll(t.db);
    const boss = await seedEmployee(t.db, { name: 'Rina Kusuma' });
    const sari = await seedEmployee(t.db, { name: 'Sari Wulandari', supervisorId: boss.id });
    const peer = await seedEmployee(t.db, { name: 'Dodi Pratama', supervisorId: boss.id });
    await t.db.insert(dialogRequests).values({
      employeeId: sari.id,
      supervisorId: boss.id,
      status: 'held',
      heldBy: boss.id,
      agreement: 'Sari mempercepat draf',
      followUp: 'Sari rapat tiap Senin',
    });
    await t.db.insert(continuousFeedback).values({
      recipientId: sari.id,
      kind: 'appreciation',
      values: ['kolaboratif'],
      body: 'Sari sangat membantu',
    });
    await t.db
      .insert(continuousFeedbackWaiting)
      .values({ recipientId: sari.id, giverId: peer.id, since: '2026-12-01' });
    const period = await seedPeriod(t.db);
    const [cycle] = await t.db
      .insert(feedbackCycles)
      .values({ periodId: period.id, closesOn: '2026-12-18', status: 'closed', openedBy: 'cli:hr' })
      .returning();
    await t.db.insert(feedbackAnswers).values({
      cycleId: cycle!.id,
      rateeId: sari.id,
      category: 'peer',
      value: 'kolaboratif',
      indicator: 1,
      score: 4,
    });
    await t.db.insert(feedbackComments).values({
      cycleId: cycle!.id,
      rateeId: sari.id,
      category: 'peer',
      value: null,
      body: 'Sari suka menolong',
    });

    const [row] = await t.db.select().from(employees).where(eq(employees.id, sari.id));
    const result = await erasePerson(t.db, row!, { actor: 'cli:hr', now });
    expect(result.counts).toMatchObject({ dialogRecords: 1, umpanBalik: 1, feedbackComments: 1 });

    const dump = JSON.stringify([
      await t.db.select().from(dialogRequests),
      await t.db.select().from(continuousFeedback),
      await t.db.select().from(feedbackComments),
    ]);
    for (const words of ['mempercepat', 'rapat tiap', 'membantu', 'menolong'])
      expect(dump).not.toContain(words);
    expect(await t.db.select().from(continuousFeedbackWaiting)).toEqual([]);
    expect(await t.db.select().from(feedbackAnswers)).toMatchObject([{ score: 4, rateeId: sari.id }]);
    const [held] = await t.db.select().from(dialogRequests);
    expect(held).toMatchObject({ status: 'held', heldBy: boss.id });
  });
});
