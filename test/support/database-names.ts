/**
 * Names and clean-up of the PostgreSQL databases the tests create (TEST_DATABASE_URL runs), shared
 * by the global setup (main vitest process) and test/support/database.ts (workers). No vitest
 * imports here: this module also runs in the main process.
 *
 * - `dika_tpl_<hash of migrations/>`: the migrated template, built once, kept between runs, cloned
 *   with `CREATE DATABASE … TEMPLATE …` (tens of ms instead of creating and migrating).
 * - `dika_t_<pid of the vitest process>_<random>_…`: the databases of one run (one per worker, plus
 *   private ones). The global teardown drops them; a run that was killed leaves them behind, and
 *   the next run drops those whose pid is dead.
 */

import postgres from 'postgres';
import { isAlive } from '../../src/storage/data-dir-lock.js';

export const RUN_PREFIX = 'dika_t_';
export const TEMPLATE_PREFIX = 'dika_tpl_';

export type Admin = postgres.Sql;

/** A connection to the server's maintenance database, for CREATE/DROP DATABASE. */
export function openAdmin(serverUrl: string): Admin {
  return postgres(serverUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
}

/** The server URL with another database name. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Our names are [a-z0-9_] only, so they need no quoting; refuse anything else. */
export function checkName(name: string): string {
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`not a test database name: ${name}`);
  return name;
}

async function databasesLike(admin: Admin, prefix: string): Promise<string[]> {
  const rows = await admin<{ datname: string }[]>`
    select datname from pg_database where starts_with(datname, ${prefix}) order by datname`;
  return rows.map((r) => r.datname);
}

/** Drops every database of one run (connections are closed by force: the run is over). */
export async function dropRun(admin: Admin, run: string): Promise<void> {
  for (const name of await databasesLike(admin, `${run}_`)) {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${checkName(name)} WITH (FORCE)`);
  }
}

/**
 * Drops databases left by runs whose vitest process is gone (killed, crashed). Without FORCE:
 * a database somebody is still connected to stays, so a live run elsewhere is never disturbed.
 */
export async function dropStaleRuns(admin: Admin): Promise<void> {
  for (const name of await databasesLike(admin, RUN_PREFIX)) {
    const pid = Number(/^dika_t_(\d+)_/.exec(name)?.[1]);
    if (!pid || isAlive(pid)) continue;
    await admin.unsafe(`DROP DATABASE IF EXISTS ${checkName(name)}`).catch(() => {});
  }
}
