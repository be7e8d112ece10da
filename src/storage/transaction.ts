/**
 * Transactions for the hot path. An update needs one transaction: mark the event, read who is
 * talking and lock their dialog, step, write the state and the outbound messages, commit. With
 * drizzle's transaction on postgres.js every statement waits for its answer, BEGIN and COMMIT
 * included. Here the writes registered with `atCommit` leave together with COMMIT (postgres.js
 * pipelines statements sent on one connection before their answers arrive), so an update costs
 * three round trips: BEGIN, the first statement, the writes with COMMIT.
 *
 * BEGIN is not pipelined with the first statement: that needs a reserved connection
 * (`sql.reserve()`), and postgres.js 3.4 crashes the process with a TypeError when a reserved
 * connection's socket dies under it (measured with a proxy cutting connections). `sql.begin`
 * survives outages, so the round trip is the price of not crashing. PGlite runs in this process,
 * where a round trip costs nothing: the writes simply run before its COMMIT.
 */
import type { Db, DbOrTx, Tx } from './database.js';

/** Errors after which a transaction's connection is gone (closed, reset, or shut down by the server). */
const CONNECTION_GONE = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown: the server closes the connection after it
  '57P02', // crash_shutdown
]);

function connectionGone(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 4) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_GONE.has(code)) return true;
  return connectionGone(error.cause, depth + 1); // drizzle wraps the driver's error
}

type Begin = (...args: unknown[]) => Promise<unknown>;

/**
 * `sql.begin` of postgres.js 3.4.9 answers a failed transaction with a ROLLBACK written to the
 * transaction's connection, even when the failure is that this connection closed: the write lands
 * on a null socket in a setImmediate callback and the TypeError kills the process
 * (porsager/postgres#1208; measured: PostgreSQL stopped while a statement ran, `npm run
 * bench:outage`). When the callback fails because its connection is gone, this keeps it from
 * settling, so postgres.js writes nothing; `begin` rejects by itself when the connection closes
 * (it races the callback against the connection's close). If `begin` is still pending after
 * `parkMs` (the connection did not close after all), the error goes through as usual.
 */
export function beginSurvivingConnectionLoss(begin: Begin, parkMs = 5_000): Begin {
  return (...args) => {
    const work = args.pop() as (sql: unknown) => unknown;
    let settled = false;
    const result = begin(...args, async (sql: unknown) => {
      try {
        return await work(sql);
      } catch (error) {
        if (!connectionGone(error)) throw error;
        return new Promise((_, reject) => {
          setTimeout(() => {
            if (!settled) reject(error);
          }, parkMs).unref();
        });
      }
    });
    result.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    return result;
  };
}

/** A write sent with COMMIT. It must send exactly one statement (see `atCommit`). */
type Deferred = () => Promise<unknown>;

const deferredWrites = new WeakMap<object, Deferred[]>();

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
  if (pipelined.has(db)) return pipelinedTransaction(db, pipelined.get(db) ?? undefined, work);
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

type Query = Promise<unknown> & { handle(): Promise<void> };
const pipelined = new WeakMap<object, QueryObserver | null>();

/** Marks a drizzle database on postgres.js for pipelined COMMITs; `observe` counts statements. */
export function enablePipelining(db: Db, observe?: QueryObserver): void {
  pipelined.set(db, observe ?? null);
}

async function pipelinedTransaction<T>(
  db: Db,
  observe: QueryObserver | undefined,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  let writes: Array<Promise<unknown>> = [];
  const result = await db.transaction(async (tx) => {
    observe?.(true); // BEGIN, which postgres.js sends and awaits before this callback
    // drizzle's postgres.js session keeps the transaction's connection in `client`; watching it
    // tells when each statement has been handed to the connection.
    const session = (tx as unknown as { session: { client: WatchedClient['target'] } }).session;
    const client = new WatchedClient(session.client, observe);
    session.client = client.proxy;
    const deferred: Deferred[] = [];
    deferredWrites.set(tx, deferred);
    const value = await work(tx);
    const before = client.issued;
    // Each write is awaited exactly once: a drizzle query runs again on every `then`.
    writes = deferred.map(async (write) => await write());
    const allWritten = Promise.allSettled(writes);
    // postgres.js sends COMMIT when this callback returns: only after the writes' statements.
    const issued = await Promise.race([
      client.untilIssued(before + writes.length).then(() => true),
      allWritten.then(() => false),
    ]);
    if (!issued) {
      const failed = (await allWritten).find((w) => w.status === 'rejected');
      if (failed) throw failed.reason; // before COMMIT: postgres.js rolls back
    }
    if (writes.length > 0) observe?.(false); // COMMIT, in the same flight as the writes
    return value;
  });
  // A write that failed after COMMIT left made PostgreSQL answer COMMIT with ROLLBACK.
  const failure = (await Promise.allSettled(writes)).find((w) => w.status === 'rejected');
  if (failure) throw failure.reason;
  return result;
}

/** A transaction's postgres.js connection, counting statements as they are handed over. */
class WatchedClient {
  issued = 0;
  private inFlight = 0;
  private waiters: Array<{ target: number; resolve: () => void }> = [];
  readonly proxy: WatchedClient['target'];

  constructor(
    readonly target: { unsafe: (query: never, params: never, options: never) => unknown },
    private readonly observe?: QueryObserver,
  ) {
    this.proxy = new Proxy(target, {
      get: (object, property, receiver) =>
        property === 'unsafe'
          ? (query: never, params: never, options?: Record<string, unknown>) =>
              this.watch(object.unsafe(query, params, { ...options, prepare: true } as never) as Query)
          : Reflect.get(object, property, receiver),
    });
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
      const sending = handle();
      if (counted) return sending;
      counted = true;
      this.observe?.(this.inFlight === 0);
      this.inFlight++;
      this.issued++;
      const done = () => {
        this.inFlight--;
      };
      // Species is Promise: this `then` does not start the query again.
      Promise.prototype.then.call(query, done, done);
      const ready = this.waiters.filter((w) => this.issued >= w.target);
      this.waiters = this.waiters.filter((w) => this.issued < w.target);
      for (const w of ready) w.resolve();
      return sending;
    };
    return query;
  }
}
