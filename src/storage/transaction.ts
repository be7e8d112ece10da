/**
 * Transactions for the hot path. An update needs one transaction: mark the event, read who is
 * talking and lock their dialog, step, write the state and the outbound messages, commit. With
 * drizzle's own `db.transaction` on postgres.js that is a round trip per statement (BEGIN and
 * COMMIT included). Here, on PostgreSQL, BEGIN travels with the first statement and the writes
 * registered with `atCommit` travel with COMMIT (postgres.js pipelines statements sent on one
 * connection before their answers arrive), so an update costs about three round trips.
 * PGlite runs in this process, where a round trip costs nothing: it uses drizzle's transaction.
 */
import { createTableRelationsHelpers, extractTablesRelationalConfig } from 'drizzle-orm';
import { PgDatabase, PgDialect } from 'drizzle-orm/pg-core';
import { PostgresJsSession } from 'drizzle-orm/postgres-js/session';
import type { ReservedSql, Sql } from 'postgres';
import type { Db, DbOrTx, Tx } from './database.js';

/** A write sent with COMMIT. It must send exactly one statement (see `atCommit`). */
type Deferred = () => Promise<unknown>;

const deferredWrites = new WeakMap<object, Deferred[]>();
const runners = new WeakMap<object, <T>(work: (tx: Tx) => Promise<T>) => Promise<T>>();

/**
 * Registers a write to happen when the transaction commits: on PostgreSQL it is sent in the same
 * packet as COMMIT. Only for writes whose result nobody in the transaction reads afterwards, and
 * that send exactly ONE statement (a second one would arrive after COMMIT, outside the
 * transaction). An error fails the transaction as any error would. Outside `transaction` (a
 * plain `db`, or drizzle's own transaction) the write simply runs now.
 */
export async function atCommit(tx: DbOrTx, write: Deferred): Promise<void> {
  const list = deferredWrites.get(tx);
  if (list) list.push(write);
  else await write();
}

/** Runs `work` in one transaction; writes registered with `atCommit` are sent with COMMIT. */
export function transaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const pipelined = runners.get(db);
  if (pipelined) return pipelined(work);
  return db.transaction(async (tx) => {
    const list: Deferred[] = [];
    deferredWrites.set(tx, list);
    const result = await work(tx);
    for (const write of list) await write();
    return result;
  });
}

/** What the database layer reports per statement: whether it cost a round trip of its own. */
export type QueryObserver = (roundTrip: boolean) => void;

type Query = Promise<unknown> & { execute(): Query; handle(): Promise<void> };

/**
 * Enables pipelined transactions for a drizzle database on postgres.js. The dialect and the
 * relational schema are built once; each transaction gets a light drizzle session on a reserved
 * connection.
 */
export function enablePipelining(
  db: Db,
  client: Sql,
  schema: Record<string, unknown>,
  casing: 'snake_case',
  observe?: QueryObserver,
): void {
  const dialect = new PgDialect({ casing });
  const tables = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
  const relational = { fullSchema: schema, schema: tables.tables, tableNamesMap: tables.tableNamesMap };

  runners.set(db, async <T>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    const reserved = await client.reserve();
    const connection = new PipelinedConnection(reserved, observe);
    const session = new PostgresJsSession(connection.client, dialect, relational as never, {});
    const tx = new PgDatabase(dialect, session, relational as never) as unknown as Tx;
    const deferred: Deferred[] = [];
    deferredWrites.set(tx, deferred);
    try {
      // Sent at once, not awaited: the work's first statement follows in the same flight.
      const begin = connection.send('begin');
      let result: T;
      try {
        result = await work(tx);
        await begin;
      } catch (error) {
        await begin.catch(() => {});
        await connection.send('rollback').catch(() => {});
        throw error;
      }
      const before = connection.issued;
      // Each write is awaited exactly once: a drizzle query runs again on every `then`.
      const writes = deferred.map(async (write) => await write());
      const allWritten = Promise.allSettled(writes);
      // COMMIT must leave after the writes' statements: wait until each has been handed over.
      const issued = await Promise.race([
        connection.untilIssued(before + writes.length).then(() => true),
        allWritten.then(() => false),
      ]);
      if (!issued) {
        const failed = (await allWritten).find((w) => w.status === 'rejected');
        if (failed) {
          await connection.send('rollback').catch(() => {});
          throw failed.reason;
        }
      }
      const commit = connection.send('commit');
      const settled = await Promise.allSettled([...writes, commit]);
      const failure = settled.find((s) => s.status === 'rejected');
      // A failed write aborts the transaction; PostgreSQL then answers COMMIT with ROLLBACK.
      if (failure) throw failure.reason;
      return result;
    } finally {
      deferredWrites.delete(tx);
      reserved.release();
    }
  });
}

/**
 * A reserved postgres.js connection that counts the statements handed to it and how many were
 * pipelined behind another one still waiting for its answer.
 */
class PipelinedConnection {
  issued = 0;
  private inFlight = 0;
  private waiters: Array<{ target: number; resolve: () => void }> = [];
  readonly client: ReservedSql;

  constructor(
    private readonly reserved: ReservedSql,
    private readonly observe?: QueryObserver,
  ) {
    this.client = new Proxy(reserved, {
      get: (target, property, receiver) =>
        property === 'unsafe'
          ? (...args: Parameters<ReservedSql['unsafe']>) => this.watch(target.unsafe(...args) as never)
          : Reflect.get(target, property, receiver),
    });
  }

  send(statement: string): Promise<unknown> {
    return this.watch(this.reserved.unsafe(statement) as never).execute();
  }

  untilIssued(target: number): Promise<void> {
    if (this.issued >= target) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ target, resolve }));
  }

  /** postgres.js sends a query when it is first handled (awaited, then'd or executed). */
  private watch(query: Query): Query {
    const handle = query.handle.bind(query);
    let counted = false;
    query.handle = () => {
      if (!counted) {
        counted = true;
        this.observe?.(this.inFlight === 0);
        this.inFlight++;
        this.issued++;
        const done = () => {
          this.inFlight--;
        };
        handle().then(() => Promise.prototype.then.call(query, done, done));
        const ready = this.waiters.filter((w) => this.issued >= w.target);
        this.waiters = this.waiters.filter((w) => this.issued < w.target);
        for (const w of ready) w.resolve();
        return Promise.resolve();
      }
      return handle();
    };
    return query;
  }
}
