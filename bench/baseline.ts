/**
 * The floor dika is compared with: bare transactions on the same server, through the same driver
 * and the very same pool as the rig (the postgres.js client under dika's drizzle handle), on
 * scratch tables in the bench's fresh database.
 *
 * - `insert`: BEGIN; one-row INSERT into a processed_events-like table; COMMIT.
 * - `two-statement`: the least an update can do: BEGIN; INSERT the event id (ON CONFLICT DO
 *   NOTHING RETURNING, as the dedupe does); UPDATE one jsonb state row (the dialog's); COMMIT.
 * - `two-statement-drizzle`: the same two statements through drizzle's query builder, as dika
 *   writes them (informative: what the ORM adds on top of the driver).
 *
 * On PGlite the "driver" is PGlite's own query API (one connection).
 */
import type { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import type { Db } from '../src/storage/database.js';
import type { RigDatabase } from './rig.js';
import { type Summary, summarize } from './stats.js';

export type BaselineKind = 'insert' | 'two-statement' | 'two-statement-drizzle';
export const BASELINE_KINDS: readonly BaselineKind[] = ['insert', 'two-statement', 'two-statement-drizzle'];
export const BASELINE_LABELS: Record<BaselineKind, string> = {
  insert: '1-row INSERT tx',
  'two-statement': '2-statement tx',
  'two-statement-drizzle': '2-statement tx (drizzle)',
};

/** Statements per transaction, BEGIN and COMMIT included (by construction: the pool's own counter
 * only sees what dika's database layer sends). */
export const BASELINE_STATEMENTS: Record<BaselineKind, number> = {
  insert: 3,
  'two-statement': 4,
  'two-statement-drizzle': 4,
};

export interface BaselineResult {
  kind: BaselineKind;
  /** What sent the statements: `postgres.js` (tagged templates, prepared), `pglite`, `drizzle`. */
  via: 'postgres.js' | 'pglite' | 'drizzle';
  concurrency: number;
  transactions: number;
  wallMs: number;
  transactionsPerSecond: number;
  latencyMs: Summary;
  /** BEGIN, the statements, COMMIT. */
  statementsPerTransaction: number;
  /**
   * Transactions/s of each stretch measured (just before and just after dika's phase at this
   * level): far apart means the machine's speed changed meanwhile.
   */
  stretchesPerSecond: number[];
}

/** One measured stretch of a baseline. */
export interface Stretch {
  kind: BaselineKind;
  via: BaselineResult['via'];
  concurrency: number;
  latencies: number[];
  wallMs: number;
}

/** The stretches of one kind and level, as one result. */
export function mergeStretches(stretches: readonly Stretch[]): BaselineResult {
  const first = stretches[0];
  if (!first) throw new Error('no stretch to merge');
  const latencies = stretches.flatMap((s) => s.latencies);
  const wallMs = stretches.reduce((sum, s) => sum + s.wallMs, 0);
  return {
    kind: first.kind,
    via: first.via,
    concurrency: first.concurrency,
    transactions: latencies.length,
    wallMs,
    transactionsPerSecond: latencies.length / (wallMs / 1000),
    latencyMs: summarize(latencies),
    statementsPerTransaction: BASELINE_STATEMENTS[first.kind],
    stretchesPerSecond: stretches.map((s) => s.latencies.length / (s.wallMs / 1000)),
  };
}

/** A state row of about the size of a check-in dialog's (three KRs, answers so far). */
function stateOf(step: number): Record<string, unknown> {
  return {
    kind: 'checkin',
    week: '2026-W10',
    step,
    at: 'confidence',
    kr: step % 3,
    answers: [0, 1, 2].map((i) => ({
      krId: 1000 + i,
      code: `1.${i + 1}.7`,
      value: 10 * (i + 1) + (step % 10),
      confidence: 7,
      evidence: i === 1 ? [{ kind: 'document', name: 'daftar-hadir.pdf' }] : [],
    })),
    blockers: null,
    nextActions: null,
    messageId: 5_001 + step,
  };
}

const benchEvents = pgTable('bench_processed_events', {
  platform: text().notNull(),
  eventId: text().notNull(),
  processedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
const benchConversations = pgTable('bench_conversations', {
  id: integer().primaryKey(),
  state: jsonb().notNull(),
  version: integer().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});

/** State rows, one per worker: concurrent transactions never wait for each other's row lock. */
const STATE_ROWS = 64;

/** Copies of processed_events and conversations (columns, keys, indexes, defaults), plus the state rows. */
export async function createScratchTables(db: Db): Promise<void> {
  await db.execute(sql`create table bench_processed_events (like processed_events including all)`);
  await db.execute(sql`create table bench_conversations (like conversations including all)`);
  await db.execute(sql`
    insert into bench_conversations (employee_id, kind, channel, state)
    select g, 'bench', 'telegram', ${JSON.stringify(stateOf(0))}::jsonb
    from generate_series(1, ${STATE_ROWS}::integer) as g`);
}

export type Transaction = (eventId: string, row: number, step: number) => Promise<void>;

/** One transaction of `kind` (event id, the worker's state row, a step number for the state). */
export function baselineTransaction(
  database: RigDatabase,
  kind: BaselineKind,
): { via: BaselineResult['via']; run: Transaction } {
  const db = database.db;
  if (kind === 'two-statement-drizzle') {
    return {
      via: 'drizzle',
      run: async (eventId, row, step) => {
        await db.transaction(async (tx) => {
          const fresh = await tx
            .insert(benchEvents)
            .values({ platform: 'drizzle', eventId })
            .onConflictDoNothing()
            .returning({ eventId: benchEvents.eventId });
          if (fresh.length === 0) return;
          await tx
            .update(benchConversations)
            .set({
              state: stateOf(step),
              version: sql`${benchConversations.version} + 1`,
              updatedAt: new Date(),
            })
            .where(eq(benchConversations.id, row));
        });
      },
    };
  }
  const client = (db as unknown as { $client: unknown }).$client;
  if (database.backend === 'pglite') {
    const pglite = client as PGlite;
    return {
      via: 'pglite',
      run: (eventId, row, step) =>
        pglite.transaction(async (tx) => {
          if (kind === 'insert') {
            await tx.query(`insert into bench_processed_events (platform, event_id) values ('insert', $1)`, [
              eventId,
            ]);
            return;
          }
          const fresh = await tx.query(
            `insert into bench_processed_events (platform, event_id) values ('pair', $1)
             on conflict do nothing returning event_id`,
            [eventId],
          );
          if (fresh.rows.length === 0) return;
          await tx.query(
            `update bench_conversations set state = $1::jsonb, version = version + 1, updated_at = now() where id = $2`,
            [JSON.stringify(stateOf(step)), row],
          );
        }),
    };
  }
  const pool = client as postgres.Sql;
  return {
    via: 'postgres.js',
    run: async (eventId, row, step) => {
      await pool.begin(async (transaction) => {
        // postgres.js types TransactionSql without its call signature (Omit<Sql, …>); it has one.
        const tx = transaction as unknown as postgres.Sql;
        if (kind === 'insert') {
          await tx`insert into bench_processed_events (platform, event_id) values ('insert', ${eventId})`;
          return;
        }
        const fresh = await tx`
          insert into bench_processed_events (platform, event_id) values ('pair', ${eventId})
          on conflict do nothing returning event_id`;
        if (fresh.length === 0) return;
        await tx`
          update bench_conversations
          set state = ${JSON.stringify(stateOf(step))}::jsonb, version = version + 1, updated_at = now()
          where id = ${row}`;
      });
    },
  };
}

let nextEvent = 0;
/** A fresh event id for `kind`. */
export const eventIdFor = (kind: BaselineKind) => `${kind}-${nextEvent++}`;

/**
 * One stretch: `concurrency` workers run transactions back to back for `durationMs` (after an
 * unmeasured warm-up of a fifth of that); each worker updates its own state row.
 */
export async function runBaseline(
  database: RigDatabase,
  kind: BaselineKind,
  concurrency: number,
  durationMs: number,
): Promise<Stretch> {
  const { via, run } = baselineTransaction(database, kind);
  const loop = async (worker: number, until: number, latencies: number[] | undefined) => {
    const row = (worker % STATE_ROWS) + 1;
    for (let step = 0; performance.now() < until; step++) {
      const start = performance.now();
      await run(eventIdFor(kind), row, step);
      latencies?.push(performance.now() - start);
    }
  };
  const workers = (until: number, latencies?: number[]) =>
    Promise.all(Array.from({ length: concurrency }, (_, w) => loop(w, until, latencies)));

  await workers(performance.now() + durationMs / 5);
  const latencies: number[] = [];
  const start = performance.now();
  await workers(start + durationMs, latencies);
  const wallMs = performance.now() - start;
  return { kind, via, concurrency, latencies, wallMs };
}
