/** Umpan balik berkelanjutan: the appraiser's dated, named feedback on a check-in or one indicator. */
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { checkinFeedback, checkins, keyResults } from '../schema.js';

export async function insertFeedback(
  db: DbOrTx,
  input: { checkinId: number; keyResultId: number | null; authorId: number; body: string; now: Date },
): Promise<number> {
  const [row] = await db
    .insert(checkinFeedback)
    .values({
      checkinId: input.checkinId,
      keyResultId: input.keyResultId,
      authorId: input.authorId,
      body: input.body,
      createdAt: input.now,
    })
    .returning({ id: checkinFeedback.id });
  return row!.id;
}

const exportColumns = {
  id: checkinFeedback.id,
  isoWeek: checkins.isoWeek,
  keyResult: keyResults.code,
  authorId: checkinFeedback.authorId,
  employeeId: checkins.employeeId,
  body: checkinFeedback.body,
  createdAt: checkinFeedback.createdAt,
};

/** Feedback on this person's check-ins (for their export). */
export function feedbackReceivedBy(db: DbOrTx, employeeId: number) {
  return db
    .select(exportColumns)
    .from(checkinFeedback)
    .innerJoin(checkins, eq(checkins.id, checkinFeedback.checkinId))
    .leftJoin(keyResults, eq(keyResults.id, checkinFeedback.keyResultId))
    .where(eq(checkins.employeeId, employeeId))
    .orderBy(asc(checkinFeedback.id));
}

/** Feedback this person wrote as appraiser (for their export). */
export function feedbackGivenBy(db: DbOrTx, authorId: number) {
  return db
    .select(exportColumns)
    .from(checkinFeedback)
    .innerJoin(checkins, eq(checkins.id, checkinFeedback.checkinId))
    .leftJoin(keyResults, eq(keyResults.id, checkinFeedback.keyResultId))
    .where(eq(checkinFeedback.authorId, authorId))
    .orderBy(asc(checkinFeedback.id));
}
