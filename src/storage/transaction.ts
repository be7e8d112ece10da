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
