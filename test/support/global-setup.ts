/**
 * vitest globalSetup (main process, once per run): names the run for test/support/database.ts and,
 * on PostgreSQL (TEST_DATABASE_URL), drops this run's databases at the end, even those of workers
 * that died, plus the leftovers of earlier runs that were killed. The migrated template is built
 * lazily by the first worker that needs a database, so `npm run test:unit` touches no database.
 */
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { dropRun, dropStaleRuns, openAdmin, RUN_PREFIX } from './database-names.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dika_t_<pid>_<random>`: prefix of this run's PostgreSQL databases. */
    dikaTestRun: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = `${RUN_PREFIX}${process.pid}_${randomBytes(3).toString('hex')}`;
  project.provide('dikaTestRun', run);
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const admin = openAdmin(serverUrl);
    // Housekeeping only: a server that is down fails the database tests themselves, clearly.
    await dropStaleRuns(admin).catch((error) => console.warn(`test databases: clean-up skipped: ${error}`));
    await admin.end({ timeout: 1 });
  }
  return async () => {
    if (!serverUrl) return;
    const admin = openAdmin(serverUrl);
    try {
      await dropRun(admin, run);
    } catch (error) {
      console.warn(`test databases: could not drop ${run}_*: ${error}`);
    } finally {
      await admin.end({ timeout: 1 });
    }
  };
}
