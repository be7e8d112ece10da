/**
 * Umpan balik berkelanjutan on a real database: the search never leaves the giver's circle, an
 * anonymous item has no giver, its waiting row lives only until delivery, a bundle is held with
 * one giver and released with two or after a week, a supervisor's item is named and needs no
 * cover, the delivered order is not the order written, and nobody can write to themself.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Inbound } from '../../src/core/conversation/types.js';
import type { BerakhlakValue } from '../../src/core/feedback/berakhlak.js';
import { runDueJobs } from '../../src/scheduler/job-runner.js';
import { continuousFeedbackJobs } from '../../src/scheduler/jobs/continuous-feedback-bundle.js';
import type { DialogReply } from '../../src/services/dialogs/dialog-reply.js';
import {
  answerWithSearch,
  continuousDialog,
  openContinuous,
} from '../../src/services/feedback/continuous-service.js';
import { type Person, personOf } from '../../src/services/people/person.js';
import {
  insertContinuousFeedback,
  searchCircle,
} from '../../src/storage/repositories/continuous-feedback.js';
import type { EmployeeRow } from '../../src/storage/repositories/identities.js';
import {
  continuousFeedback,
  continuousFeedbackWaiting,
  conversations,
  type employees,
  jobRuns,
} from '../../src/storage/schema.js';
import { transaction } from '../../src/storage/transaction.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { scheduleRig } from '../support/schedule-rig.js';
import { linkTelegram, seedEmployee, seedUnitPath } from '../support/telegram-harness.js';

const t = useTestDatabase();
const WED_10 = new Date('2026-12-02T03:00:00Z'); // Wednesday 2 Dec 2026, 10.00 WIB
const WED_16 = new Date('2026-12-02T09:00:30Z');
const THU_16 = new Date('2026-12-03T09:00:30Z');

type Rig = ReturnType<typeof scheduleRig>;
let rig: Rig;

/** The giver's circle and people just outside it, all called "Budi …". */
async function seedOrg() {
  const a = await seedUnitPath(t.db, 'Biro Umum/Bagian A');
  const b = await seedUnitPath(t.db, 'Biro Umum/Bagian B');
  const a1 = await seedUnitPath(t.db, 'Biro Umum/Bagian A/Subbag A1');
  const b1 = await seedUnitPath(t.db, 'Biro Umum/Bagian B/Subbag B1');
  const biro = await seedUnitPath(t.db, 'Biro Umum');
  const x = await seedUnitPath(t.db, 'Biro Lain/Bagian X');
  const person = async (name: string, unitId: number, extra: Partial<typeof employees.$inferInsert> = {}) => {
    const row = await seedEmployee(t.db, { name, unitId, ...extra });
    await linkTelegram(t.db, row.id, 800_000 + row.id);
    return row;
  };
  const atasan = await person('Budi Gita', x);
  const giver = await person('Budi Pemberi', a, { supervisorId: atasan.id });
  const inside = {
    peer: await person('Budi Aman', a, { supervisorId: atasan.id }),
    sibling: await person('Budi Bagus', b),
    child: await person('Budi Cakra', a1),
    parent: await person('Budi Dharma', biro),
    atasan,
    report: await person('Budi Hadi', x, { supervisorId: giver.id }),
  };
  const outside = {
    nephew: await person('Budi Elang', b1),
    elsewhere: await person('Budi Fajar', x),
    inactive: await person('Budi Nonaktif', a, { active: false }),
  };
  return { giver, inside, outside };
}

const reply = async (work: Parameters<typeof transaction<DialogReply>>[1]) => transaction(t.db, work);
const press = (r: DialogReply, choice: string): Inbound => ({
  type: 'choice',
  kind: r.buttons!.kind,
  nonce: r.buttons!.nonce,
  seq: r.buttons!.seq,
  choice,
});

/** The whole dialog through the services, as a channel drives it. */
async function give(
  giver: EmployeeRow,
  name: string,
  input: { text: string; values?: number[]; kind?: 'apr' | 'saran'; send?: 'kirim' | 'nama'; now?: Date },
): Promise<DialogReply> {
  const person: Person = personOf(giver);
  const dialogs = rig.platform.dialogs;
  const now = input.now ?? WED_10;
  const answer = (i: Inbound) => reply((tx) => answerWithSearch(tx, dialogs, person, i, now));
  await reply((tx) => openContinuous(tx, dialogs, person, 'telegram'));
  let r = await answer({ type: 'text', text: name });
  r = await answer(press(r, 'c0'));
  for (const v of input.values ?? [1]) r = await answer(press(r, `v${v}`));
  r = await answer(press(r, 'lanjut'));
  r = await answer(press(r, input.kind ?? 'apr'));
  r = await answer({ type: 'text', text: input.text });
  return answer(press(r, input.send ?? 'kirim'));
}

async function search(giver: EmployeeRow, name: string): Promise<string[]> {
  const person = personOf(giver);
  const dialogs = rig.platform.dialogs;
  await reply((tx) => openContinuous(tx, dialogs, person, 'telegram'));
  const r = await reply((tx) => answerWithSearch(tx, dialogs, person, { type: 'text', text: name }, WED_10));
  await reply(async (tx) => {
    await dialogs.cancel(tx, person, 'umpanbalik');
    return r;
  });
  if (r.prompts.some((p) => p.key === 'cf-not-found')) return [];
  return (r.prompts.at(-1)!.choices ?? [])
    .flat()
    .filter((c) => c.id.startsWith('c'))
    .map((c) => String(c.args!.name));
}

/** Runs the bundle jobs at `now` (twice: planning queues deliveries the second pass runs). */
async function runBundles(now: Date) {
  const deps = { ...rig.deps, handlers: [...continuousFeedbackJobs] };
  await runDueJobs(deps, now, 60_000);
  await runDueJobs(deps, now, 60_000);
}

/** Bundles delivered to one person: each as its items' [kind, from, body]. */
function bundlesFor(employeeId: number) {
  return rig.delivered
    .filter((row) => row.employeeId === employeeId)
    .map((row) => row.payload as { keys: string[]; lines: Array<Array<Record<string, unknown>> | null> })
    .filter((p) => p.keys.includes('cf-bundle'))
    .map((p) => {
      const lines = p.lines[0] ?? [];
      const items = lines.filter((l) => l && 'index' in l);
      const bodies = lines.filter((l) => l && 'body' in l).map((l) => String(l.body));
      return items.map((item, i) => ({ kind: item.kind, from: item.from, body: bodies[i] }));
    });
}

beforeEach(async () => {
  await truncateAll(t.db);
  rig = scheduleRig(t.db);
});

describe('choosing a colleague', () => {
  it('finds the own unit, parent, siblings, children, atasan and bawahan; nobody else', async () => {
    const { giver, inside } = await seedOrg();
    const found = await search(giver, 'budi');
    expect(found.sort()).toEqual(
      Object.values(inside)
        .map((p) => p.name)
        .sort(),
    );
    expect(await search(giver, 'ELANG')).toEqual([]);
    expect(await search(giver, 'Fajar')).toEqual([]);
    expect(await search(giver, 'Nonaktif')).toEqual([]);
    expect(await search(giver, 'Pemberi')).toEqual([]);
    // The storage query itself never returns the giver (the flow's own filter is a second guard).
    const direct = await searchCircle(t.db, { giverId: giver.id, query: 'budi', limit: 20 });
    expect(direct.map((c) => c.id).sort((x, y) => x - y)).toEqual(
      Object.values(inside)
        .map((p) => p.id)
        .sort((x, y) => x - y),
    );
    // LIKE wildcards are text, not patterns.
    expect(await search(giver, '%_')).toEqual([]);
  });

  it('an unknown name is "not found in your unit and the units around it"', async () => {
    const { giver } = await seedOrg();
    const person = personOf(giver);
    await reply((tx) => openContinuous(tx, rig.platform.dialogs, person, 'telegram'));
    const r = await reply((tx) =>
      answerWithSearch(tx, rig.platform.dialogs, person, { type: 'text', text: 'Zulkifli' }, WED_10),
    );
    expect(r.prompts[0]).toMatchObject({ key: 'cf-not-found', args: { query: 'Zulkifli' } });
  });

  it('refuses feedback to oneself, even from a forged draft', async () => {
    const { giver } = await seedOrg();
    const refused = await transaction(t.db, (tx) =>
      continuousDialog.applyEffect(
        tx,
        personOf(giver),
        'telegram',
        {
          type: 'submit',
          recipientId: giver.id,
          named: false,
          relation: null,
          values: ['akuntabel'],
          feedbackKind: 'appreciation',
          body: 'Saya hebat',
        },
        WED_10,
        { notifier: rig.platform.notifier },
      ),
    );
    expect(refused).toEqual({ end: [{ key: 'cf-self', expects: 'none' }] });
    expect(await t.db.select().from(continuousFeedback)).toEqual([]);
  });
});

describe('storing and delivering', () => {
  it('anonymous: no giver on the item; held with one giver, released with two; waiting rows gone', async () => {
    const { giver, inside } = await seedOrg();
    const sent = await give(giver, 'Aman', { text: 'Laporan Bapak selalu rapi', values: [1, 6] });
    expect(sent.prompts[0]).toMatchObject({ key: 'cf-sent', args: { named: 'no' } });
    const [item] = await t.db.select().from(continuousFeedback);
    expect(item).toMatchObject({
      recipientId: inside.peer.id,
      giverId: null,
      kind: 'appreciation',
      values: ['akuntabel', 'kolaboratif'],
      batchOn: null,
    });
    expect(await t.db.select().from(continuousFeedbackWaiting)).toEqual([
      { recipientId: inside.peer.id, giverId: giver.id, since: '2026-12-02' },
    ]);
    expect(await t.db.select().from(conversations)).toEqual([]);

    // A second item from the same giver is still one giver: held.
    await give(giver, 'Aman', { text: 'Terima kasih', kind: 'saran' });
    await runBundles(WED_16);
    expect(bundlesFor(inside.peer.id)).toEqual([]);
    expect(await t.db.select().from(continuousFeedbackWaiting)).toHaveLength(1);

    // A second giver, the next day: same `since`, released at 16.00.
    await give(inside.sibling, 'Aman', { text: 'Sigap membantu', now: new Date('2026-12-03T02:00:00Z') });
    const waiting = await t.db.select().from(continuousFeedbackWaiting);
    expect(waiting.map((w) => w.since)).toEqual(['2026-12-02', '2026-12-02']);
    await runBundles(THU_16);
    const [bundle] = bundlesFor(inside.peer.id);
    expect(bundle!.map((i) => i.body).sort()).toEqual([
      'Laporan Bapak selalu rapi',
      'Sigap membantu',
      'Terima kasih',
    ]);
    expect(bundle!.every((i) => i.from === 'none')).toBe(true);
    expect(await t.db.select().from(continuousFeedbackWaiting)).toEqual([]);
    const items = await t.db.select().from(continuousFeedback);
    expect(items.map((i) => i.batchOn)).toEqual(['2026-12-03', '2026-12-03', '2026-12-03']);

    // Nothing twice: the next day's run finds nothing.
    await runBundles(new Date('2026-12-04T09:00:30Z'));
    expect(bundlesFor(inside.peer.id)).toHaveLength(1);
  });

  it('one giver is released after a week, not before', async () => {
    const { giver, inside } = await seedOrg();
    await give(giver, 'Bagus', { text: 'Responsif' });
    await runBundles(new Date('2026-12-08T09:00:30Z')); // Tuesday, 6 days
    expect(bundlesFor(inside.sibling.id)).toEqual([]);
    await runBundles(new Date('2026-12-09T09:00:30Z')); // Wednesday, 7 days
    expect(bundlesFor(inside.sibling.id)).toHaveLength(1);
    expect(await t.db.select().from(continuousFeedbackWaiting)).toEqual([]);
  });

  it("a supervisor's item is named, needs no cover, and leaves an anonymous one waiting", async () => {
    const { giver, inside, outside } = await seedOrg();
    const sent = await give(giver, 'Hadi', { text: 'Tingkatkan ketelitian', kind: 'saran' });
    expect(sent.prompts[0]).toMatchObject({ key: 'cf-sent', args: { named: 'yes' } });
    await give(inside.atasan, 'Pemberi', { text: 'Pelayanan prima' }); // atasan → named too
    await give(outside.elsewhere, 'Hadi', { text: 'Anonim dari rekan' }); // Hadi's peer in Bagian X
    const rows = await t.db.select().from(continuousFeedback);
    expect(rows.find((r) => r.body === 'Tingkatkan ketelitian')!.giverId).toBe(giver.id);
    expect(rows.find((r) => r.body === 'Pelayanan prima')!.giverId).toBe(inside.atasan.id);
    expect(await t.db.select().from(continuousFeedbackWaiting)).toEqual([
      { recipientId: inside.report.id, giverId: outside.elsewhere.id, since: '2026-12-02' },
    ]);
    await runBundles(WED_16);
    expect(bundlesFor(inside.report.id)).toEqual([
      [{ kind: 'suggestion', from: 'Budi Pemberi', body: 'Tingkatkan ketelitian' }],
    ]);
    expect(bundlesFor(giver.id)).toEqual([
      [{ kind: 'appreciation', from: 'Budi Gita', body: 'Pelayanan prima' }],
    ]);
    // The peer's anonymous item did not ride along: it waits for cover.
    expect(await t.db.select().from(continuousFeedbackWaiting)).toHaveLength(1);
    const anonymous = rows.find((r) => r.body === 'Anonim dari rekan')!;
    const [still] = await t.db
      .select()
      .from(continuousFeedback)
      .where(eq(continuousFeedback.id, anonymous.id));
    expect(still!.batchOn).toBeNull();
  });

  it('a peer may sign with "Kirim dengan nama saya"', async () => {
    const { giver, inside } = await seedOrg();
    await give(giver, 'Bagus', { text: 'Dengan nama', send: 'nama' });
    const [row] = await t.db.select().from(continuousFeedback);
    expect(row!.giverId).toBe(giver.id);
    expect(await t.db.select().from(continuousFeedbackWaiting)).toEqual([]);
    await runBundles(WED_16);
    expect(bundlesFor(inside.sibling.id)).toEqual([
      [{ kind: 'appreciation', from: 'Budi Pemberi', body: 'Dengan nama' }],
    ]);
  });

  it('the delivered order is not the order written', async () => {
    const recipient = await seedEmployee(t.db, { name: 'Penerima' });
    await linkTelegram(t.db, recipient.id, 900_001);
    const givers = await Promise.all(
      Array.from({ length: 5 }, (_, i) => seedEmployee(t.db, { name: `G${i}` })),
    );
    const orders = new Set<string>();
    for (let trial = 0; trial < 8; trial++) {
      const day = new Date(Date.UTC(2026, 11, 7 + trial, 9, 0, 30)); // 16.00 WIB, 7–14 Dec
      await transaction(t.db, async (tx) => {
        for (const [i, g] of givers.entries())
          await insertContinuousFeedback(tx, {
            recipientId: recipient.id,
            giverId: g.id,
            named: false,
            kind: 'appreciation',
            values: ['harmonis'] as BerakhlakValue[],
            body: `item ${i}`,
            today: day.toISOString().slice(0, 10),
          });
        await tx.insert(jobRuns).values({
          job: 'umpanbalik-bundle',
          periodKey: `trial-${trial}`,
          subject: String(recipient.id),
          dueAt: day,
        });
      });
      await runBundles(day);
      orders.add(
        bundlesFor(recipient.id)
          .at(-1)!
          .map((i) => i.body)
          .join(),
      );
    }
    expect(bundlesFor(recipient.id)).toHaveLength(8);
    // Eight identical orders by chance: (1/120)^7. Insertion order every time would be a bug.
    expect(orders.size).toBeGreaterThan(1);
    expect([...orders].every((o) => o === 'item 0,item 1,item 2,item 3,item 4')).toBe(false);
  });
});
