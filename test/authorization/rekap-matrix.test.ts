/**
 * The authorization matrix's rekap rows (issue 10): who may see whose rekap, through the real bot.
 * A supervisor sees their own line (direct reports and appraisees), a unit head their unit's
 * subtree, an admin everyone (audited); everyone else is refused. A person outside the asker's
 * line reads exactly like a person who does not exist. The people are those of actors.ts.
 */
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeChartRenderer } from '../../src/charts/index.js';
import { Translator } from '../../src/i18n/translator.js';
import { auditLog } from '../../src/storage/schema.js';
import { useTelegramHarness } from '../support/telegram-harness.js';
import { type Actor, command, ROLES, type Role, seedWorld, type World } from './actors.js';

const h = useTelegramHarness();
afterAll(() => closeChartRenderer());
const t = new Translator().forLocale('id');

type PersonKey = keyof World['people'];
/** What a cell expects: refused with this message, or allowed showing exactly these people. */
type Cell = { refused: string } | { shows: PersonKey[] };

const ALL: PersonKey[] = ['hendra', 'ratna', 'sari', 'dewi', 'yusuf', 'agus', 'rina'];
const stranger = { refused: 'link' } as const;
const notAllowed = { refused: 'rekap-not-allowed' } as const;
const notFound = { refused: 'rekap-not-found' } as const;

/** The target of "outside the line": someone in nobody's line of the actor (Yusuf; Agus for Yusuf). */
const outsider = (actor: Actor): PersonKey => (actor.person?.key === 'yusuf' ? 'agus' : 'yusuf');

const ROWS: Record<string, { text: (w: World, a: Actor) => string | undefined; cells: Record<Role, Cell> }> =
  {
    '/rekap: own line': {
      text: () => undefined,
      cells: {
        unlinked: stranger,
        pegawai: notAllowed,
        atasan: { shows: ['sari', 'dewi', 'rina'] },
        penilai: { shows: ['sari', 'dewi'] },
        'unit head': { shows: ['ratna'] },
        admin: { refused: 'rekap-empty' },
      },
    },
    '/rekap <someone outside the line>': {
      text: (w, a) => w.people[outsider(a)].name,
      cells: {
        unlinked: stranger,
        pegawai: notAllowed,
        atasan: notFound,
        penilai: notFound,
        'unit head': notFound,
        admin: { shows: ['yusuf'] },
      },
    },
    '/rekap unit: a unit head’s subtree': {
      text: () => 'unit',
      cells: {
        unlinked: stranger,
        pegawai: notAllowed,
        atasan: notAllowed,
        penilai: notAllowed,
        // Summarised per sub-unit (here all five sit in the Biro itself: one line, no names).
        'unit head': { shows: [] },
        admin: { shows: ALL },
      },
    },
  };

const cells = Object.entries(ROWS).flatMap(([name, row]) =>
  ROLES.map((role) => ({ name, row, role, cell: row.cells[role] })),
);

describe('authorization matrix: rekap', () => {
  it.each(cells)('$role · $name', async ({ row, role, cell }) => {
    h.clock.set('2026-03-04T02:00:00Z');
    const world = await seedWorld(h.db);
    const actor = world.actor(role);
    h.api.reset();
    await h.send(command(actor, 'rekap', row.text(world, actor)));

    const texts = h.sentTexts();
    const all = texts.join('\n');
    if ('refused' in cell) {
      expect(texts).toHaveLength(1);
      if (cell.refused !== 'link') expect(texts[0]).toBe(t(cell.refused));
      expect(h.api.callsOf('sendPhoto')).toHaveLength(0);
      for (const key of ALL) {
        if (key === actor.person?.key) continue;
        expect(all, `${role} was shown ${key}`).not.toContain(world.people[key].name);
      }
      return;
    }
    for (const key of ALL) {
      const name = world.people[key].name;
      if (cell.shows.includes(key)) expect(all, `${role} should see ${key}`).toContain(name);
      else expect(all, `${role} was shown ${key}`).not.toContain(name);
    }
    // Every message went to the asker's own chat.
    for (const call of h.api.calls)
      if (call.body.chat_id !== undefined) expect(String(call.body.chat_id)).toBe(String(actor.user.id));
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.action, 'rekap'));
    expect(audits, 'an admin rekap is audited, others not').toHaveLength(role === 'admin' ? 1 : 0);
  });
});
