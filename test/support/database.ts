import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import { type Database, type Db, openDatabase } from '../../src/storage/database.js';

/**
 * A real, migrated database for one test file: PGlite in memory by default, or a fresh database
 * on the PostgreSQL server named by TEST_DATABASE_URL (created here, dropped afterwards), so
 * test files can run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(): Promise<Database & { drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({});
    return { ...database, drop: database.close };
  }
  const name = `dika_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max: 4 });
  return {
    ...database,
    drop: async () => {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Registers beforeAll/afterAll; read `.db` inside tests. */
export function useTestDatabase(): { readonly db: Db; readonly database: Database } {
  let database: (Database & { drop: () => Promise<void> }) | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  return {
    get db() {
      if (!database) throw new Error('test database not open yet');
      return database.db;
    },
    get database() {
      if (!database) throw new Error('test database not open yet');
      return database;
    },
  };
}

/** Empties every table (≈ 5 ms), keeping the schema; ids restart so tests can name them. */
export async function truncateAll(db: Db): Promise<void> {
  const rows = await db.execute<{ tablename: string }>(
    sql`select tablename from pg_tables where schemaname = 'public' and tablename not like '\\_\\_%'`,
  );
  const list = (Array.isArray(rows) ? rows : (rows as { rows: { tablename: string }[] }).rows)
    .map((r) => `"${r.tablename}"`)
    .join(', ');
  if (list) await db.execute(sql.raw(`TRUNCATE ${list} RESTART IDENTITY CASCADE`));
}

/** Row arrays from db.execute differ by driver (postgres.js: array; PGlite: { rows }). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
