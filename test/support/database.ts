/**
 * Real, migrated databases for tests: PGlite in memory by default, or databases on the PostgreSQL
 * server named by TEST_DATABASE_URL.
 *
 * Two kinds:
 *
 * - `useTestDatabase()`: the worker's SHARED database. vitest runs with `isolate: false`
 *   (vitest.config.ts), so a worker process runs many test files one after another and this module
 *   (with the database it opened) lives as long as the worker: one PGlite boot (≈ 3 s, ≈ 0.7 GB)
 *   or one PostgreSQL database per worker instead of one per file. Each file starts from empty
 *   tables with identities restarted: its beforeAll first checks the database is usable (no
 *   transaction left open, not stuck behind a hung test of the previous file) and replaces it
 *   with a fresh one when it is not, then truncates everything. Tests inside a file still share
 *   it: call `truncateAll(t.db)` in beforeEach when they must not see each other's rows. Do not
 *   close it (`t.database.close()` throws).
 *
 * - `createTestDatabase()` (and `useTestDatabase({ private: true })`): a database of its own,
 *   with its own connection pool, dropped by `drop()` (afterAll for the hook form). For tests
 *   that close the database, race connections without other rows around, or need two databases.
 *   A private PGlite is a second instance (≈ 2–3 s, ≈ 0.2 GB more): use it sparingly.
 *
 * On PostgreSQL every database is cloned from a template migrated once (`dika_tpl_<hash of
 * migrations/>`, built on first use under an advisory lock, kept between runs), and named after
 * the run (`dika_t_<pid>_…`); the global teardown (test/support/global-setup.ts) drops them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Database, type Db, migrationsFolder, openDatabase } from '../../src/storage/database.js';
import {
  type Admin,
  checkName,
  databaseUrl,
  openAdmin,
  RUN_PREFIX,
  TEMPLATE_PREFIX,
} from './database-names.js';

export type TestDatabase = Database & { drop: () => Promise<void> };

/** How long the per-file check and reset of the shared database may take before it is replaced. */
const RESET_TIMEOUT_MS = 8_000;

// ---------------------------------------------------------------------------------------------
// PostgreSQL: template, clones, names

let runName: string | undefined;
let serial = 0;

/** `dika_t_<pid>_<random>` from the global setup; a made-up one when used outside vitest's run. */
function run(): string {
  if (!runName) {
    let provided: string | undefined;
    try {
      provided = inject('dikaTestRun');
    } catch {
      provided = undefined;
    }
    runName = provided ?? `${RUN_PREFIX}${process.pid}_${randomBytes(3).toString('hex')}`;
  }
  return runName;
}

function nextName(): string {
  serial += 1;
  return checkName(`${run()}_w${process.env.VITEST_POOL_ID ?? '0'}_${process.pid}_${serial}`);
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(relative(migrationsFolder, full)).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  walk(migrationsFolder);
  return hash.digest('hex').slice(0, 16);
}

let admin: Admin | undefined;
let template: Promise<string> | undefined;

function adminFor(serverUrl: string): Admin {
  admin ??= openAdmin(serverUrl);
  return admin;
}

/** The migrated template for the current migrations/, built once on this server. */
async function buildTemplate(serverUrl: string): Promise<string> {
  const name = checkName(`${TEMPLATE_PREFIX}${migrationsHash()}`);
  const building = checkName(`${name}_build`);
  const sqlAdmin = adminFor(serverUrl);
  // Serializes builders across this run's workers and any other run on the server.
  await sqlAdmin`select pg_advisory_lock(hashtext('dika test template'))`;
  try {
    const [exists] = await sqlAdmin`select 1 from pg_database where datname = ${name}`;
    if (exists) return name;
    // Built under another name and renamed when complete: a killed build never passes for a template.
    await sqlAdmin.unsafe(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await sqlAdmin.unsafe(`CREATE DATABASE ${building}`);
    // Two connections: one holds the migration advisory lock while the other migrates.
    const migrated = await openDatabase({ url: databaseUrl(serverUrl, building), max: 2 });
    await migrated.close();
    await sqlAdmin.unsafe(`ALTER DATABASE ${building} RENAME TO ${name}`);
    // Templates of older migrations are of no use any more (a run still cloning one keeps it).
    const old = await sqlAdmin<{ datname: string }[]>`
      select datname from pg_database where starts_with(datname, ${TEMPLATE_PREFIX}) and datname <> ${name}`;
    for (const { datname } of old) {
      await sqlAdmin.unsafe(`DROP DATABASE IF EXISTS ${checkName(datname)}`).catch(() => {});
    }
    return name;
  } finally {
    await sqlAdmin`select pg_advisory_unlock(hashtext('dika test template'))`;
  }
}

/** A new database cloned from the template, opened with its own pool. */
async function clonePostgres(serverUrl: string): Promise<TestDatabase> {
  const sqlAdmin = adminFor(serverUrl);
  const name = nextName();
  for (let attempt = 1; ; attempt++) {
    template ??= buildTemplate(serverUrl).catch((error) => {
      template = undefined;
      throw error;
    });
    const from = await template;
    try {
      await sqlAdmin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${from}`);
      break;
    } catch (error) {
      const code = (error as { code?: string }).code;
      // 3D000: the template was dropped meanwhile (migrations changed): build it again.
      // 55006: somebody is connected to the template: wait a little.
      if (attempt >= 5 || (code !== '3D000' && code !== '55006')) throw error;
      if (code === '3D000') template = undefined;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
  let database: Database;
  try {
    database = await openDatabase({ url: databaseUrl(serverUrl, name), max: 4 });
  } catch (error) {
    await sqlAdmin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    throw error;
  }
  let dropped = false;
  return {
    ...database,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      // A pool stuck behind a hung query must not keep us waiting: FORCE ends its connections.
      await Promise.race([
        database.close().catch(() => {}),
        new Promise((r) => setTimeout(r, 2_000).unref()),
      ]);
      await sqlAdmin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Private and shared databases

/**
 * A PRIVATE, migrated database: its own PGlite instance, or its own PostgreSQL database and pool
 * (cloned from the template). Call `drop()` when done.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) return clonePostgres(serverUrl);
  const database = await openDatabase({});
  return { ...database, drop: database.close };
}

let shared: Promise<TestDatabase> | undefined;

function openShared(): Promise<TestDatabase> {
  const opening = createTestDatabase();
  shared = opening;
  // A failed open is not remembered: the next file tries again.
  opening.catch(() => {
    if (shared === opening) shared = undefined;
  });
  return opening;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The PGlite client under drizzle (`db.$client`), as far as reset() needs it. */
interface PgliteLike {
  isInTransaction?: () => boolean;
  exec: (query: string) => Promise<unknown>;
}

/** Leaves the database as a new file expects it: usable, no open transaction, empty tables. */
async function reset(database: TestDatabase): Promise<void> {
  // PGlite is a single connection: a BEGIN issued with db.execute by an aborted test would
  // wrap everything that follows. (A transaction stuck in db.transaction() holds PGlite's
  // mutex instead: the timeout below catches that one, and locks held on PostgreSQL.)
  const client = (database.db as unknown as { $client?: PgliteLike }).$client;
  if (database.backend === 'pglite' && client?.isInTransaction?.()) await client.exec('ROLLBACK');
  await truncateAll(database.db);
}

/** The worker's shared database, reset for a new file; replaced when it cannot be reset. */
async function acquireShared(): Promise<TestDatabase> {
  const current = shared;
  if (!current) return openShared(); // fresh: nothing to reset
  let database: TestDatabase;
  try {
    database = await current;
  } catch {
    return openShared();
  }
  try {
    await withTimeout(reset(database), RESET_TIMEOUT_MS, 'resetting the shared test database');
    return database;
  } catch (error) {
    const { message, cause } = error as Error & { cause?: Error };
    console.warn(`test database: replacing the shared database: ${cause?.message ?? message.split('\n')[0]}`);
    if (shared === current) shared = undefined;
    // Not awaited: a hung instance may never answer. PostgreSQL drops it by force.
    void database.drop().catch(() => {});
    return openShared();
  }
}

function sharedView(database: TestDatabase): Database {
  return {
    ...database,
    close: async () => {
      throw new Error(
        'The shared test database stays open for the next test file. ' +
          'Use useTestDatabase({ private: true }) or createTestDatabase() for a database you may close.',
      );
    },
  };
}

/**
 * Registers beforeAll (and afterAll for a private one); read `.db` inside tests.
 * Shared by default (see the top of this file); `{ private: true }` for a database of the file's own.
 */
export function useTestDatabase(options: { private?: boolean } = {}): {
  readonly db: Db;
  readonly database: Database;
} {
  let database: Database | undefined;
  let owned: TestDatabase | undefined;
  beforeAll(async () => {
    if (options.private) {
      owned = await createTestDatabase();
      database = owned;
    } else {
      database = sharedView(await acquireShared());
    }
  });
  afterAll(async () => {
    await owned?.drop();
    owned = undefined;
    database = undefined;
  });
  return {
    get db() {
      if (!database) throw new Error('test database not open yet (use it inside tests or hooks)');
      return database.db;
    },
    get database() {
      if (!database) throw new Error('test database not open yet (use it inside tests or hooks)');
      return database;
    },
  };
}

/**
 * Empties every table of the public schema and restarts every sequence, as in a new database.
 * Only tables holding rows are truncated (with those referencing them): TRUNCATE of an empty table
 * still costs a new file per table and index, so this takes ≈ 2 ms on empty tables instead of 20–90.
 */
const RESET_SQL = sql.raw(`DO $reset$
DECLARE
  r record;
  has_rows boolean;
  targets text[] := '{}';
BEGIN
  -- A lock held by a transaction left open fails the TRUNCATE in 3 s instead of hanging.
  PERFORM set_config('lock_timeout', '3s', true);
  FOR r IN SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
           WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_%' LOOP
    EXECUTE 'SELECT EXISTS (SELECT 1 FROM ' || r.name || ')' INTO has_rows;
    IF has_rows THEN targets := targets || r.name; END IF;
  END LOOP;
  IF cardinality(targets) > 0 THEN
    EXECUTE 'TRUNCATE ' || array_to_string(targets, ', ') || ' RESTART IDENTITY CASCADE';
  END IF;
  PERFORM setval(format('%I.%I', schemaname, sequencename), start_value, false)
    FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL;
END
$reset$`);

/** Empties every table (a few ms), keeping the schema; ids restart so tests can name them. */
export async function truncateAll(db: Db): Promise<void> {
  await db.execute(RESET_SQL);
}

/** Row arrays from db.execute differ by driver (postgres.js: array; PGlite: { rows }). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
