/**
 * `npm run dika -- period close|open <period>`: the CLI opens its own database from the
 * environment (a PGlite folder), freezes or reopens a period's ratings, and audits the change
 * with who ran it; a second close changes nothing; bad input gets the usage and exit code 2.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { auditLog, performancePeriods } from '../../src/storage/schema.js';
import { runCliCaptured } from '../support/cli.js';

describe('npm run dika -- period', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  async function read() {
    const database = await openDatabase({ dataDir: env.DIKA_DATA_DIR });
    try {
      return {
        periods: await database.db.select().from(performancePeriods),
        audit: await database.db.select().from(auditLog).orderBy(auditLog.id),
      };
    } finally {
      await database.close();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dika-period-cli-'));
    env = { DIKA_DATA_DIR: join(dir, 'data') };
    // Created (and migrated) here, where the hook's longer timeout covers a cold PGlite folder.
    await (await openDatabase({ dataDir: env.DIKA_DATA_DIR })).close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  it('answers bad input with the usage and exit code 2, changing nothing', async () => {
    for (const args of [
      ['period'],
      ['period', 'close'],
      ['period', 'shut', '2026-Q4'],
      ['period', 'close', '2026-Q5'],
    ]) {
      const result = await runCliCaptured(env, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain('npm run dika -- period close <periode>');
    }
  });

  it('closes (creating the quarter if needed), audits it, closes again without a change, reopens', async () => {
    const closed = await runCliCaptured(env, 'period', 'close', '2026-TW4');
    expect(closed).toMatchObject({ code: 0 });
    expect(closed.out).toContain('Periode 2026-Q4 ditutup.');
    let state = await read();
    expect(state.periods).toMatchObject([
      {
        code: '2026-Q4',
        year: 2026,
        quarter: 4,
        startsOn: '2026-10-01',
        endsOn: '2026-12-31',
        status: 'closed',
      },
    ]);
    expect(state.audit).toMatchObject([
      {
        actor: expect.stringMatching(/^cli:/),
        action: 'period.close',
        entity: 'performance_period',
        entityKey: '2026-Q4',
        before: { status: 'open' },
        after: { status: 'closed' },
      },
    ]);

    const again = await runCliCaptured(env, 'period', 'close', '2026-Q4', '--lang', 'en');
    expect(again.out).toBe('Period 2026-Q4 is already closed; nothing changed.');
    expect((await read()).audit).toHaveLength(1);

    const opened = await runCliCaptured(env, 'period', 'open', '2026-Q4');
    expect(opened.out).toContain('Periode 2026-Q4 dibuka kembali.');
    state = await read();
    expect(state.periods[0]!.status).toBe('open');
    expect(state.audit.map((a) => a.action)).toEqual(['period.close', 'period.open']);
  }, 120_000); // five opens of a PGlite folder
});
