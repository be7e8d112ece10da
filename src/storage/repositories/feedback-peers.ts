/**
 * Peer changes asked by a ratee (`/rekan`) and settled by their appraiser. A decline asked for
 * is an `asked` peer row with a reason (the peer stays asked until the appraiser agrees); a
 * proposal is a `proposed` row. Nothing here tells the ratee whether a peer has answered.
 */
import { sql } from 'drizzle-orm';
import type { PeerCandidate } from '../../core/feedback/peer-change.js';
import type { DbOrTx } from '../database.js';

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** The newest open cycle rating this person, with who appraises them. */
export async function openCycleOfRatee(
  db: DbOrTx,
  rateeId: number,
): Promise<{ cycleId: number; appraiserId: number | null; supervisorId: number | null } | undefined> {
  const [row] = rowsOf<{ cycleId: number; appraiserId: number | null; supervisorId: number | null }>(
    await db.execute(sql`
      select c.id as "cycleId", coalesce(e.appraiser_id, e.supervisor_id) as "appraiserId", e.supervisor_id as "supervisorId"
      from feedback_cycles c join employees e on e.id = ${rateeId}
      where c.status = 'open' and exists (select 1 from feedback_assignments a where a.cycle_id = c.id and a.ratee_id = ${rateeId})
      order by c.id desc limit 1`),
  );
  return row;
}

/** Peers assigned to rate this person (declinable; submitted ones too, so nothing is revealed). */
export async function assignedPeers(db: DbOrTx, cycleId: number, rateeId: number): Promise<PeerCandidate[]> {
  return rowsOf<PeerCandidate>(
    await db.execute(sql`select e.id, e.name from feedback_assignments a join employees e on e.id = a.rater_id
      where a.cycle_id = ${cycleId} and a.ratee_id = ${rateeId} and a.relation = 'peer'
        and a.status in ('asked', 'submitted') order by e.name`),
  );
}

/** Colleagues with the same atasan who are not asked about this person yet (proposable). */
export async function proposablePeers(
  db: DbOrTx,
  cycleId: number,
  ratee: { id: number; supervisorId: number | null },
): Promise<PeerCandidate[]> {
  if (ratee.supervisorId === null) return [];
  return rowsOf<PeerCandidate>(
    await db.execute(sql`select e.id, e.name from employees e
      where e.active and e.supervisor_id = ${ratee.supervisorId} and e.id <> ${ratee.id}
        and not exists (select 1 from feedback_assignments a where a.cycle_id = ${cycleId}
          and a.ratee_id = ${ratee.id} and a.rater_id = e.id)
      order by e.name`),
  );
}

/** Asks to drop a peer; a peer who already answered is left as is (the ratee is told the same). */
export async function requestDecline(
  tx: DbOrTx,
  input: { cycleId: number; rateeId: number; raterId: number; reason: string },
): Promise<void> {
  await tx.execute(sql`update feedback_assignments set reason = ${input.reason}
    where cycle_id = ${input.cycleId} and ratee_id = ${input.rateeId} and rater_id = ${input.raterId}
      and relation = 'peer' and status = 'asked'`);
}

export async function insertProposal(
  tx: DbOrTx,
  input: { cycleId: number; rateeId: number; raterId: number; reason: string },
): Promise<void> {
  await tx.execute(sql`insert into feedback_assignments (cycle_id, ratee_id, rater_id, relation, status, reason)
    values (${input.cycleId}, ${input.rateeId}, ${input.raterId}, 'peer', 'proposed', ${input.reason})
    on conflict do nothing`);
}

export interface PeerReview {
  assignmentId: number;
  cycleId: number;
  rateeName: string;
  raterName: string;
  kind: 'propose' | 'decline';
  reason: string;
}

/** What one appraiser still has to settle in a cycle. */
export async function pendingReviews(
  db: DbOrTx,
  cycleId: number,
  appraiserId: number,
): Promise<PeerReview[]> {
  return rowsOf<PeerReview>(
    await db.execute(sql`
      select a.id as "assignmentId", a.cycle_id as "cycleId", ratee.name as "rateeName", rater.name as "raterName",
        case when a.status = 'proposed' then 'propose' else 'decline' end as kind, a.reason
      from feedback_assignments a
      join employees ratee on ratee.id = a.ratee_id join employees rater on rater.id = a.rater_id
      join feedback_cycles c on c.id = a.cycle_id and c.status = 'open'
      where a.cycle_id = ${cycleId} and coalesce(ratee.appraiser_id, ratee.supervisor_id) = ${appraiserId}
        and a.relation = 'peer' and (a.status = 'proposed' or (a.status = 'asked' and a.reason is not null))
      order by ratee.name, rater.name`),
  );
}

/**
 * The appraiser's decision, only by the ratee's appraiser while the cycle is open. A proposal
 * agreed becomes `asked` (its reason dropped: an asked row with a reason is a decline asked for); refused, it goes. A decline agreed becomes `declined`; refused, the
 * peer stays asked and the reason goes. Returns the rater to invite, or whether anything changed.
 */
export async function settleReview(
  tx: DbOrTx,
  input: { cycleId: number; assignmentId: number; appraiserId: number; accept: boolean },
): Promise<
  { kind: 'propose' | 'decline'; raterId: number; rateeName: string; raterName: string } | undefined
> {
  const [row] = rowsOf<{
    status: string;
    reason: string | null;
    raterId: number;
    rateeName: string;
    raterName: string;
  }>(
    await tx.execute(sql`
      select a.status, a.reason, a.rater_id as "raterId", ratee.name as "rateeName", rater.name as "raterName"
      from feedback_assignments a
      join employees ratee on ratee.id = a.ratee_id join employees rater on rater.id = a.rater_id
      join feedback_cycles c on c.id = a.cycle_id and c.status = 'open'
      where a.id = ${input.assignmentId} and a.cycle_id = ${input.cycleId} and a.relation = 'peer'
        and coalesce(ratee.appraiser_id, ratee.supervisor_id) = ${input.appraiserId}
      for update of a`),
  );
  if (!row) return undefined;
  const id = input.assignmentId;
  if (row.status === 'proposed') {
    await tx.execute(
      input.accept
        ? sql`update feedback_assignments set status = 'asked', reason = null where id = ${id}`
        : sql`delete from feedback_assignments where id = ${id}`,
    );
    return { kind: 'propose', raterId: row.raterId, rateeName: row.rateeName, raterName: row.raterName };
  }
  if (row.status !== 'asked' || row.reason === null) return undefined;
  await tx.execute(
    input.accept
      ? sql`update feedback_assignments set status = 'declined' where id = ${id}`
      : sql`update feedback_assignments set reason = null where id = ${id}`,
  );
  return { kind: 'decline', raterId: row.raterId, rateeName: row.rateeName, raterName: row.raterName };
}
