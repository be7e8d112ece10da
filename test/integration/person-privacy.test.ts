import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { erasePerson } from '../../src/services/privacy/erase-person.js';
import { exportPerson } from '../../src/services/privacy/export-person.js';
import { openDatabase } from '../../src/storage/database.js';
import { replaceMentions } from '../../src/storage/repositories/privacy-erasure.js';
import {
  auditLog,
  blockers,
  checkins,
  dialogRequests,
  employees,
  evidence,
  keyResults,
  krUpdates,
  nextActions,
} from '../../src/storage/schema.js';
import { runCliCaptured } from '../support/cli.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { BAMBANG, dumpTables, occurrences, RATNA, seedTwoPeople } from '../support/privacy-seed.js';

const t = useTestDatabase();
const now = new Date('2026-03-10T03:00:00Z');
const identifiersOf = (p: typeof RATNA | typeof BAMBANG) => [p.name, p.nip, p.email, p.phone, p.chatId];

async function employee(id: number) {
  const [row] = await t.db.select().from(employees).where(eq(employees.id, id));
  return row!;
}

beforeEach(() => truncateAll(t.db));

describe('exportPerson', () => {
  it("holds the person's data and nobody else's", async () => {
    const { ratna, bambang } = await seedTwoPeople(t.db);
    const document = await exportPerson(t.db, await employee(ratna.id), now);
    const text = JSON.stringify(document);
    for (const value of [...identifiersOf(RATNA), ...ratna.texts]) expect(text).toContain(value);
    for (const value of [...identifiersOf(BAMBANG), ...bambang.texts]) expect(text).not.toContain(value);
    expect(document).toMatchObject({
      format: 'dika.person-export/1',
      generatedAt: now.toISOString(),
      employee: { nip: RATNA.nip, unit: 'Deputi Bidang SDM/Biro Kepegawaian' },
      channelIdentities: [{ platform: 'telegram', chatId: RATNA.chatId }],
      keyResults: [{ code: 'RK-1', period: '2026' }],
      checkins: [
        {
          isoWeek: '2026-W10',
          krUpdates: [
            { keyResult: 'RK-1', value: 2.5, confidence: 7, evidence: [{ kind: 'link' }, { kind: 'file' }] },
          ],
          blockers: [{ text: ratna.texts[1] }],
          nextActions: [{ text: ratna.texts[2] }],
        },
      ],
      dialogRequests: [{ week: '2026-W10', status: 'open' }],
      leavePeriods: [{ startsOn: '2026-03-09', endsOn: '2026-03-13' }],
      openConversations: [{ kind: 'checkin' }],
      outboundMessages: [{ address: RATNA.chatId, op: 'send', status: 'sent' }],
    });
    // Imports key employees by NIP, account changes by id: both are about her.
    expect(document.auditEntries.map((a) => a.action)).toEqual(['import.create', 'account.link']);
  });

  it('puts each week’s updates, evidence, kendala, plans and dialog request under that week only', async () => {
    const { ratna } = await seedTwoPeople(t.db);
    const [kr] = await t.db.select().from(keyResults).where(eq(keyResults.ownerId, ratna.id));
    const [w11] = await t.db
      .insert(checkins)
      .values({
        employeeId: ratna.id,
        isoWeek: '2026-W11',
        weekStart: '2026-03-09',
        channel: 'telegram',
        submittedAt: new Date('2026-03-13T08:00:00Z'),
      })
      .returning();
    const [update] = await t.db
      .insert(krUpdates)
      .values({ checkinId: w11!.id, keyResultId: kr!.id, value: 3, confidence: 9, note: 'W11' })
      .returning();
    await t.db
      .insert(evidence)
      .values({ krUpdateId: update!.id, kind: 'link', url: 'https://drive.example/w11' });
    await t.db.insert(blockers).values({ checkinId: w11!.id, text: 'Kendala W11' });
    await t.db.insert(nextActions).values({ checkinId: w11!.id, text: 'Rencana W11' });
    await t.db.insert(dialogRequests).values({ employeeId: ratna.id, checkinId: w11!.id });

    const document = await exportPerson(t.db, await employee(ratna.id), now);

    const weeks = [...document.checkins].sort((a, b) => a.isoWeek.localeCompare(b.isoWeek));
    expect(weeks).toMatchObject([
      {
        isoWeek: '2026-W10',
        krUpdates: [{ value: 2.5, evidence: [{ kind: 'link' }, { kind: 'file' }] }],
        blockers: [{ text: ratna.texts[1] }],
        nextActions: [{ text: ratna.texts[2] }],
      },
      {
        isoWeek: '2026-W11',
        krUpdates: [
          { value: 3, note: 'W11', evidence: [{ kind: 'link', url: 'https://drive.example/w11' }] },
        ],
        blockers: [{ text: 'Kendala W11' }],
        nextActions: [{ text: 'Rencana W11' }],
      },
    ]);
    for (const week of weeks) {
      expect(week.krUpdates).toHaveLength(1);
      expect(week.blockers).toHaveLength(1);
      expect(week.nextActions).toHaveLength(1);
    }
    expect(weeks[0]!.krUpdates[0]!.evidence).toHaveLength(2);
    expect(weeks[1]!.krUpdates[0]!.evidence).toHaveLength(1);
    expect(document.dialogRequests.map((d) => d.week).sort()).toEqual(['2026-W10', '2026-W11']);
  });
});

describe('erasePerson', () => {
  it('leaves no trace of name, NIP, phone, email or chat id anywhere, and keeps the numbers', async () => {
    const { ratna, bambang } = await seedTwoPeople(t.db);
    const before = await dumpTables(t.db);
    expect(occurrences(before, identifiersOf(RATNA)).length).toBeGreaterThan(10);

    const result = await erasePerson(t.db, await employee(ratna.id), { actor: 'cli:hr', now });
    expect(result).toMatchObject({ changed: true, employeeRow: true });
    expect(result.counts).toEqual({
      identities: 1,
      linkCodes: 1,
      linkCodeAttempts: 1,
      conversations: 1,
      outboundMessages: 1,
      scheduledJobs: 1,
      blockers: 1,
      nextActions: 1,
      notes: 1,
      evidence: 2,
      feedback: 0,
      support: 0,
      dialogRecords: 0,
      umpanBalik: 0,
      feedbackComments: 0,
      // her two rows, the colleague's import row naming her, her key result's row
      auditEntries: 4,
    });

    const after = await dumpTables(t.db);
    expect(occurrences(after, [...identifiersOf(RATNA), ...ratna.texts, 'ratnaword'])).toEqual([]);
    // Bambang is untouched, apart from the mention of his supervisor's name in a message to him.
    expect(occurrences(after, [...identifiersOf(BAMBANG), ...bambang.texts]).length).toBe(
      occurrences(before, [...identifiersOf(BAMBANG), ...bambang.texts]).length,
    );

    const erased = await employee(ratna.id);
    expect(erased).toMatchObject({ nip: result.placeholder, name: result.placeholder, active: false });
    expect(erased.nip).toMatch(/^erased-[0-9a-f]{12}$/);
    const [week] = await t.db.select().from(checkins).where(eq(checkins.employeeId, ratna.id));
    const [update] = await t.db.select().from(krUpdates).where(eq(krUpdates.checkinId, week!.id));
    expect(update).toMatchObject({ value: 2.5, confidence: 7, note: null });
    expect((await employee(bambang.id)).supervisorId).toBe(ratna.id);

    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'person.erase'));
    expect(audit).toMatchObject({ actor: 'cli:hr', entity: 'employee', entityKey: String(ratna.id) });
    expect(audit!.after).toMatchObject({ employeeRow: true, identities: 1 });
  });

  it('is idempotent: a second erasure changes nothing and writes no audit row', async () => {
    const { ratna } = await seedTwoPeople(t.db);
    await erasePerson(t.db, await employee(ratna.id), { actor: 'cli:hr', now });
    const once = await dumpTables(t.db);
    const again = await erasePerson(t.db, await employee(ratna.id), { actor: 'cli:hr', now });
    expect(again.changed).toBe(false);
    expect(Object.values(again.counts).every((n) => n === 0)).toBe(true);
    expect(await dumpTables(t.db)).toEqual(once);
  });

  it('a dry run counts exactly what would change and writes nothing', async () => {
    const { ratna } = await seedTwoPeople(t.db);
    const before = await dumpTables(t.db);
    const plan = await erasePerson(t.db, await employee(ratna.id), { actor: 'cli:hr', now, dryRun: true });
    expect(plan).toMatchObject({ changed: true, counts: { identities: 1, evidence: 2, auditEntries: 4 } });
    expect(await dumpTables(t.db)).toEqual(before);
  });

  it('writes nothing when a statement fails in the middle', async () => {
    const { ratna } = await seedTwoPeople(t.db);
    // A real failure inside the transaction: blockers are emptied after the deletes ran.
    await t.db.execute(sql`create function fail_erasure() returns trigger language plpgsql as $$
      begin raise exception 'injected failure'; end $$`);
    await t.db.execute(
      sql`create trigger fail_erasure before update on blockers for each row execute function fail_erasure()`,
    );
    try {
      const before = await dumpTables(t.db);
      await expect(erasePerson(t.db, await employee(ratna.id), { actor: 'cli:hr', now })).rejects.toThrow(
        /update "blockers"/,
      );
      expect(await dumpTables(t.db)).toEqual(before);
    } finally {
      await t.db.execute(sql`drop trigger fail_erasure on blockers`);
      await t.db.execute(sql`drop function fail_erasure()`);
    }
  });

  it('replaces mentions inside JSON strings only, and a number equal to an identifier', () => {
    expect(
      replaceMentions(
        { a: ['Halo Ratna', 918273645, 12], b: { c: '918273645' }, d: null },
        ['Ratna', '918273645'],
        'X',
      ),
    ).toEqual({ a: ['Halo X', 'X', 12], b: { c: 'X' }, d: null });
  });
});

// The CLI opens its own database from the environment: a PGlite folder, on either test backend.
describe('npm run dika -- person', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dika-person-cli-'));
    env = { DIKA_DATA_DIR: join(dir, 'data') };
    const database = await openDatabase({ dataDir: env.DIKA_DATA_DIR });
    try {
      await seedTwoPeople(database.db);
    } finally {
      await database.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  const run = (...argv: string[]) => runCliCaptured(env, ...argv);

  it('answers usage problems with exit code 2', async () => {
    expect(await run('person')).toMatchObject({ code: 2, err: expect.stringContaining('Cara penggunaan') });
    expect(await run('person', 'export', RATNA.nip)).toMatchObject({ code: 2 });
    expect(await run('person', 'erase', RATNA.nip, '--out', 'x.json')).toMatchObject({ code: 2 });
    expect(await run('person', 'export', '1', '--out', join(dir, 'x.json'))).toMatchObject({
      code: 1,
      err: 'Pegawai dengan NIP 1 tidak ditemukan.',
    });
  }, 60_000);

  it('exports to a new file readable by its owner only, erases only with --yes, then finds nobody', async () => {
    const file = join(dir, 'ratna.json');
    const exported = await run('person', 'export', RATNA.nip, '--out', file);
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toContain(`ditulis ke ${file}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const document = JSON.parse(readFileSync(file, 'utf8'));
    expect(document.employee).toMatchObject({ nip: RATNA.nip, name: RATNA.name });
    expect(JSON.stringify(document)).not.toContain(BAMBANG.name);
    expect(await run('person', 'export', RATNA.nip, '--out', file)).toMatchObject({
      code: 1,
      err: expect.stringContaining('sudah ada'),
    });

    const plan = await run('person', 'erase', RATNA.nip, '--lang', 'en');
    expect(plan.code).toBe(0);
    expect(plan.out).toContain('Nothing has been changed yet. Run again with --yes');
    expect(plan.out).toContain('• chat accounts: 1');
    expect((await run('person', 'export', RATNA.nip, '--out', join(dir, 'again.json'))).code).toBe(0);

    const erased = await run('person', 'erase', RATNA.nip, '--yes');
    expect(erased.code).toBe(0);
    expect(erased.out).toMatch(/kini tercatat sebagai erased-[0-9a-f]{12}/);
    expect(await run('person', 'erase', RATNA.nip, '--yes')).toMatchObject({
      code: 0,
      out: `Tidak ada pegawai dengan NIP ${RATNA.nip} (mungkin datanya sudah dihapus). Tidak ada yang diubah.`,
    });
  }, 60_000);
});
