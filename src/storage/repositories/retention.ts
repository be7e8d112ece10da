/**
 * Retention: removes what dika no longer needs, in batches of its own statements, so a
 * ministry-sized table is never locked (or bloated into one huge transaction) by a single
 * statement, and replicas keep serving updates while it runs. Every rule is safe to run twice at
 * once (two replicas at 03:17): a row another run removed first is simply not counted again.
 */
import { and, asc, gt, inArray, isNotNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { conversations, evidence, jobRuns, outboundMessages, processedEvents } from '../schema.js';

export const RETENTION_RULES = [
  'processedEvents',
  'outboundMessages',
  'conversations',
  'evidenceMetadata',
  'jobRuns',
] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

/** Rows older than its cutoff fall under a rule; a rule without a cutoff is off. */
export type RetentionCutoffs = Partial<Record<RetentionRule, Date>>;

export interface PruneOptions {
  /** Rows one statement touches (default 5,000: each holds its locks for a fraction of a second). */
  batchSize?: number;
  /** Count what would be pruned, change nothing. */
  dryRun?: boolean;
}

export const DEFAULT_PRUNE_BATCH = 5_000;

/** Finished jobs. A done or failed job finished after it was due, so `due_at` (indexed) bounds both. */
const FINISHED_JOBS = ['done', 'failed', 'cancelled'];

/**
 * A moment as a parameter of raw SQL. Outside a column comparison drizzle does not map a Date, and
 * postgres.js refuses one (PGlite takes it): ISO text with an explicit type works on both.
 */
const at = (moment: Date): SQL => sql`${moment.toISOString()}::timestamptz`;

/** Each rule's rows, as one condition the counting, the choosing and the deleting statement share. */
const expired: Record<RetentionRule, (cutoff: Date) => SQL> = {
  processedEvents: (cutoff) => lt(processedEvents.processedAt, cutoff),
  // Pending rows are never touched, however old: they are messages still to deliver.
  outboundMessages: (cutoff) =>
    and(lt(outboundMessages.createdAt, cutoff), ne(outboundMessages.status, 'pending'))!,
  // A conversation row exists only while a dialog is open (finishing it deletes the row): one
  // untouched this long was abandoned. A late button press finds no dialog and says so.
  conversations: (cutoff) =>
    sql`greatest(${conversations.promptedAt}, ${conversations.updatedAt}, ${conversations.createdAt}) < ${at(cutoff)}`,
  // Only rows still holding something to clear, so a row is rewritten once, not every night.
  evidenceMetadata: (cutoff) =>
    and(
      lt(evidence.createdAt, cutoff),
      or(
        isNotNull(evidence.fileId),
        isNotNull(evidence.fileUniqueId),
        isNotNull(evidence.fileName),
        isNotNull(evidence.mimeType),
        isNotNull(evidence.sizeBytes),
      ),
    )!,
  jobRuns: (cutoff) =>
    and(
      inArray(jobRuns.status, FINISHED_JOBS),
      lt(jobRuns.dueAt, cutoff),
      sql`coalesce(${jobRuns.finishedAt}, ${jobRuns.dueAt}) < ${at(cutoff)}`,
    )!,
};

const tableOf = {
  processedEvents,
  outboundMessages,
  conversations,
  evidenceMetadata: evidence,
  jobRuns,
} as const satisfies Record<RetentionRule, unknown>;

/** How many rows a rule would touch now. */
async function countExpired(db: Db, rule: RetentionRule, cutoff: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(tableOf[rule])
    .where(expired[rule](cutoff));
  return row?.n ?? 0;
}

/** Runs `batch` until it touches fewer rows than a full batch; returns the rows touched in all. */
async function untilDone(batchSize: number, batch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const touched = await batch();
    total += touched;
    if (touched < batchSize) return total;
  }
}

// Each DELETE repeats the rule in its own WHERE: a row changed between choosing and deleting (a
// dialog answered, a message requeued) is re-checked on its new version and kept.

async function pruneProcessedEvents(db: Db, cutoff: Date, batchSize: number): Promise<number> {
  // No id column: the primary key (platform, event_id) names the rows; processed_at is indexed.
  return untilDone(batchSize, async () => {
    const page = db
      .select({ platform: processedEvents.platform, eventId: processedEvents.eventId })
      .from(processedEvents)
      .where(expired.processedEvents(cutoff))
      .limit(batchSize);
    const deleted = await db
      .delete(processedEvents)
      .where(
        and(
          sql`(${processedEvents.platform}, ${processedEvents.eventId}) in (${page})`,
          expired.processedEvents(cutoff),
        ),
      )
      .returning({ eventId: processedEvents.eventId });
    return deleted.length;
  });
}

async function pruneOutboundMessages(db: Db, cutoff: Date, batchSize: number): Promise<number> {
  // created_at is indexed: each batch reads only old rows.
  return untilDone(batchSize, async () => {
    const page = db
      .select({ id: outboundMessages.id })
      .from(outboundMessages)
      .where(expired.outboundMessages(cutoff))
      .limit(batchSize);
    const deleted = await db
      .delete(outboundMessages)
      .where(and(inArray(outboundMessages.id, page), expired.outboundMessages(cutoff)))
      .returning({ id: outboundMessages.id });
    return deleted.length;
  });
}

async function pruneJobRuns(db: Db, cutoff: Date, batchSize: number): Promise<number> {
  // (status, due_at) is indexed: each batch reads only old finished rows.
  return untilDone(batchSize, async () => {
    const page = db.select({ id: jobRuns.id }).from(jobRuns).where(expired.jobRuns(cutoff)).limit(batchSize);
    const deleted = await db
      .delete(jobRuns)
      .where(and(inArray(jobRuns.id, page), expired.jobRuns(cutoff)))
      .returning({ id: jobRuns.id });
    return deleted.length;
  });
}

async function pruneConversations(db: Db, cutoff: Date, batchSize: number): Promise<number> {
  // No index on the times: walk by id, each batch going on where the last stopped (one pass).
  let after = 0;
  return untilDone(batchSize, async () => {
    const page = db
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(gt(conversations.id, after), expired.conversations(cutoff)))
      .orderBy(asc(conversations.id))
      .limit(batchSize);
    const deleted = await db
      .delete(conversations)
      .where(and(inArray(conversations.id, page), expired.conversations(cutoff)))
      .returning({ id: conversations.id });
    for (const row of deleted) after = Math.max(after, row.id);
    return deleted.length;
  });
}

/**
 * Bukti dukung older than the cutoff keeps what the performance record needs (that a week's
 * realisasi had evidence, of which kind, the link itself, where it was sent) and loses what only
 * described or fetched the file: its platform file ids (with the bot token they download the
 * file), name (often a person's name or NIP), type and size.
 */
async function clearEvidenceMetadata(db: Db, cutoff: Date, batchSize: number): Promise<number> {
  // evidence.created_at has no index and cleared rows stay: walk by id in one pass.
  let after = 0;
  return untilDone(batchSize, async () => {
    const page = db
      .select({ id: evidence.id })
      .from(evidence)
      .where(and(gt(evidence.id, after), expired.evidenceMetadata(cutoff)))
      .orderBy(asc(evidence.id))
      .limit(batchSize);
    const cleared = await db
      .update(evidence)
      .set({ fileId: null, fileUniqueId: null, fileName: null, mimeType: null, sizeBytes: null })
      .where(and(inArray(evidence.id, page), expired.evidenceMetadata(cutoff)))
      .returning({ id: evidence.id });
    for (const row of cleared) after = Math.max(after, row.id);
    return cleared.length;
  });
}

const prune: Record<RetentionRule, (db: Db, cutoff: Date, batchSize: number) => Promise<number>> = {
  processedEvents: pruneProcessedEvents,
  outboundMessages: pruneOutboundMessages,
  conversations: pruneConversations,
  evidenceMetadata: clearEvidenceMetadata,
  jobRuns: pruneJobRuns,
};

/**
 * Applies every rule that has a cutoff, one after another, each in batches of its own
 * autocommitted statements. Returns the rows deleted (evidence: cleared) per rule; 0 for a rule
 * that is off. With `dryRun`, the rows that would be.
 */
export async function pruneExpired(
  db: Db,
  cutoffs: RetentionCutoffs,
  options: PruneOptions = {},
): Promise<Record<RetentionRule, number>> {
  const batchSize = options.batchSize ?? DEFAULT_PRUNE_BATCH;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('batchSize must be a positive integer');
  const counts = Object.fromEntries(RETENTION_RULES.map((rule) => [rule, 0])) as Record<
    RetentionRule,
    number
  >;
  for (const rule of RETENTION_RULES) {
    const cutoff = cutoffs[rule];
    if (!cutoff) continue;
    counts[rule] = options.dryRun
      ? await countExpired(db, rule, cutoff)
      : await prune[rule](db, cutoff, batchSize);
  }
  return counts;
}
