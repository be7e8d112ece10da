/**
 * `/cuti` as the service runs it (src/services/leave/leave-command.ts): recording, showing and
 * withdrawing one's own leave, with "today" in the person's zone. Storage is real. Written against
 * mutants `npm run mutate` left alive, every value built inside its test.
 */
import { asc } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { runLeaveCommand } from '../../src/services/leave/leave-command.js';
import { leavePeriods } from '../../src/storage/schema.js';
import { transaction } from '../../src/storage/transaction.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
// Monday 7 December 2026, 23.30 in Jakarta, already Tuesday 8 December in Jayapura.
const now = new Date('2026-12-07T16:30:00Z');

beforeEach(() => truncateAll(t.db));

const run = (employeeId: number, text: string, timeZone = 'Asia/Jakarta') =>
  transaction(t.db, (tx) => runLeaveCommand(tx, { employeeId, timeZone, text, now }));
const periods = () =>
  t.db
    .select({ startsOn: leavePeriods.startsOn, endsOn: leavePeriods.endsOn, source: leavePeriods.source })
    .from(leavePeriods)
    .orderBy(asc(leavePeriods.startsOn));

describe('runLeaveCommand', () => {
  it('records a range once, from the command', async () => {
    const sari = await seedEmployee(t.db);
    expect(await run(sari.id, '  14 Des sampai 18 Des ')).toEqual({
      kind: 'recorded',
      from: '2026-12-14',
      to: '2026-12-18',
      alreadyRecorded: false,
    });
    expect(await run(sari.id, '14 Des sampai 18 Des')).toEqual({
      kind: 'recorded',
      from: '2026-12-14',
      to: '2026-12-18',
      alreadyRecorded: true,
    });
    expect(await periods()).toEqual([{ startsOn: '2026-12-14', endsOn: '2026-12-18', source: 'command' }]);
  });

  it('refuses what it cannot read, with the parser’s problem, and records nothing', async () => {
    const sari = await seedEmployee(t.db);
    expect(await run(sari.id, '18 Des sampai 14 Des')).toEqual({
      kind: 'refused',
      problem: { ok: false, problem: 'order', from: '2026-12-18', to: '2026-12-14' },
    });
    expect(await periods()).toEqual([]);
  });

  it('without dates shows leave not ended yet, as of today in the person’s zone', async () => {
    const sari = await seedEmployee(t.db);
    await t.db.insert(leavePeriods).values([
      { employeeId: sari.id, startsOn: '2026-12-01', endsOn: '2026-12-07', source: 'import' },
      { employeeId: sari.id, startsOn: '2026-12-20', endsOn: '2026-12-21', source: 'command' },
    ]);
    expect(await run(sari.id, '   ')).toEqual({
      kind: 'shown',
      periods: [
        { startsOn: '2026-12-01', endsOn: '2026-12-07', source: 'import' },
        { startsOn: '2026-12-20', endsOn: '2026-12-21', source: 'command' },
      ],
    });
    expect(await run(sari.id, '', 'Asia/Jayapura')).toEqual({
      kind: 'shown',
      periods: [{ startsOn: '2026-12-20', endsOn: '2026-12-21', source: 'command' }],
    });
  });

  it('batal (any case, any of its words) withdraws one’s own leave from today on; leave under way ends yesterday', async () => {
    const sari = await seedEmployee(t.db);
    await t.db.insert(leavePeriods).values([
      { employeeId: sari.id, startsOn: '2026-12-03', endsOn: '2026-12-10', source: 'command' },
      { employeeId: sari.id, startsOn: '2026-12-14', endsOn: '2026-12-15', source: 'command' },
      { employeeId: sari.id, startsOn: '2026-12-21', endsOn: '2026-12-22', source: 'import' },
    ]);
    expect(await run(sari.id, ' BATAL ')).toEqual({ kind: 'cancelled', count: 2 });
    expect(await periods()).toEqual([
      { startsOn: '2026-12-03', endsOn: '2026-12-06', source: 'command' },
      { startsOn: '2026-12-21', endsOn: '2026-12-22', source: 'import' },
    ]);
    expect(await run(sari.id, 'batalkan')).toEqual({ kind: 'cancelled', count: 0 });
    expect(await run(sari.id, 'Cancel')).toEqual({ kind: 'cancelled', count: 0 });
  });

  it('batal counts "today" in the person’s zone', async () => {
    const sari = await seedEmployee(t.db);
    await t.db
      .insert(leavePeriods)
      .values({ employeeId: sari.id, startsOn: '2026-12-03', endsOn: '2026-12-10', source: 'command' });
    expect(await run(sari.id, 'batal', 'Asia/Jayapura')).toEqual({ kind: 'cancelled', count: 1 });
    expect(await periods()).toEqual([{ startsOn: '2026-12-03', endsOn: '2026-12-07', source: 'command' }]);
  });
});
