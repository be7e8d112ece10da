import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { lockDataDir } from './data-dir-lock.js';
import { createDatabaseOnce } from './embedded-initdb.js';
import { embeddedStartParams, useBaselineWasmCompiler } from './embedded-options.js';
import * as schema from './schema.js';
import { beginSurvivingConnectionLoss, enablePipelining, type QueryObserver } from './transaction.js';

export type Schema = typeof schema;
/** The shared base of both drivers: repositories are written once against it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query API. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  backend: 'pglite' | 'postgres';
  /** Where the data is, for the ready log line (never contains a password). */
  location: string;
  close: () => Promise<void>;
}

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations');

export type DatabaseOptions =
  | {
      url: string;
      migrate?: boolean;
      max?: number;
      /**
       * Called once per statement sent, with whether it cost a round trip of its own (false when
       * it was pipelined behind another); the benchmark counts round trips with it.
       */
      onQuery?: QueryObserver;
      /** Server-side limit for one statement (dika's own process: 15 s); none for imports. */
      statementTimeoutMs?: number;
    }
  /** `dataDir` undefined = in memory (tests). */
  | { dataDir?: string; migrate?: boolean };

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * drizzle asks postgres.js for unnamed statements (`prepare: false`), and for those postgres.js
 * sends Parse and Describe, waits for the parameter types, and only then Bind and Execute: two
 * round trips a statement, and nothing can be pipelined behind it. Prepared, a statement is
 * described once per connection and then costs one round trip (postgres.js keeps the cache per
 * connection, recycled with the connection's lifetime).
 */
function preparedOptions(options: Record<string, unknown> | undefined): Record<string, unknown> {
  return { ...options, prepare: true };
}

/** Any 64-bit number no other program uses: "dika" in ASCII. */
const MIGRATION_LOCK = 0x64696b61;

/**
 * Applies migrations under a PostgreSQL advisory lock: replicas starting together wait for the
 * first, then find nothing left to do, instead of racing each other's CREATE TABLE.
 */
async function migrateOnce(client: postgres.Sql, migrate: () => Promise<void>): Promise<void> {
  const lock = await client.reserve();
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      await migrate();
    } finally {
      await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    lock.release();
  }
}

/**
 * Migrations run on a short-lived client of their own: the advisory lock holds one connection for
 * the whole run while the migrator needs another, which a pool of one (`max: 1`) cannot give.
 */
async function migrateWithOwnClient(url: string): Promise<void> {
  const client = postgres(url, { max: 2, onnotice: () => {}, connect_timeout: 5 });
  try {
    const db = drizzlePostgres(client, { schema, casing: 'snake_case' });
    await migrateOnce(client, () => migratePostgres(db, { migrationsFolder }));
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Whether the database answers and holds every migration this build ships. */
export async function databaseReady(db: Db, timeoutMs = 2_000): Promise<boolean> {
  const journal = JSON.parse(readFileSync(resolve(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  let timer: NodeJS.Timeout | undefined;
  const check = (async () => {
    const result = await db.execute(sql`select count(*)::int as applied from drizzle.__drizzle_migrations`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
      applied: number;
    }>;
    return (rows[0]?.applied ?? 0) >= journal.entries.length;
  })();
  try {
    return await Promise.race([
      check,
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    check.catch(() => {});
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const shouldMigrate = options.migrate ?? true;
  if ('url' in options) {
    // Notices such as "relation already exists, skipping" are noise in our logs.
    const client = postgres(options.url, {
      max: options.max ?? 10,
      onnotice: () => {},
      // A server that does not answer is an outage, not a wait: updates are delivered again later.
      connect_timeout: 5,
      // postgres.js waits up to 20 s before reconnecting once many connects failed (3^n / 100 s):
      // after a 30 s outage the backlog then waited as long again. A refused connect costs
      // nothing; try again within a second of the server's return.
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
      ...(options.statementTimeoutMs
        ? { connection: { statement_timeout: options.statementTimeoutMs } }
        : {}),
    });
    const observe = options.onQuery;
    // Statements outside a transaction each wait for their answer: one round trip each.
    const prepared = new Proxy(client, {
      get: (target, property, receiver) =>
        property === 'unsafe'
          ? (query: string, params?: unknown[], options?: Record<string, unknown>) => {
              observe?.(true);
              return target.unsafe(query, params as never, preparedOptions(options));
            }
          : property === 'begin'
            ? beginSurvivingConnectionLoss(target.begin.bind(target) as never)
            : Reflect.get(target, property, receiver),
    });
    const db = drizzlePostgres(prepared, { schema, casing: 'snake_case' });
    enablePipelining(db as unknown as Db, observe);
    try {
      if (shouldMigrate) await migrateWithOwnClient(options.url);
    } catch (error) {
      await client.end({ timeout: 1 });
      throw error;
    }
    return {
      db: db as unknown as Db,
      backend: 'postgres',
      location: redact(options.url),
      close: () => client.end({ timeout: 5 }),
    };
  }

  // Creates the folder too, so a folder dika may not write is reported before PGlite touches it.
  const lock = options.dataDir ? lockDataDir(options.dataDir) : undefined;
  try {
    useBaselineWasmCompiler();
    const startParams = embeddedStartParams();
    if (options.dataDir) await createDatabaseOnce(resolve(options.dataDir), startParams);
    const client = options.dataDir
      ? await PGlite.create(resolve(options.dataDir), { startParams })
      : await PGlite.create({ startParams });
    const db = drizzlePglite(client, { schema, casing: 'snake_case' });
    if (shouldMigrate) await migratePglite(db, { migrationsFolder });
    let closed = false;
    return {
      db: db as unknown as Db,
      backend: 'pglite',
      location: options.dataDir ? resolve(options.dataDir) : 'memory',
      close: async () => {
        if (closed) return;
        closed = true;
        try {
          await client.close(); // checkpoints; skipping it risks a slow or broken reopen
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
