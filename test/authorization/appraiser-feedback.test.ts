/**
 * Who may give umpan balik on a check-in: only the employee's appraiser at press time (the
 * penilai when the import named one, else the atasan). Everyone else pressing the very button the
 * appraiser received (or forging one) is refused with one message that reveals nothing, and nothing
 * is written: no feedback row, no open dialog, nothing sent to the employee.
 */
import { eq } from 'drizzle-orm';
import type { User } from 'grammy/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkinFeedback, conversations, employees } from '../../src/storage/schema.js';
import {
  ATASAN,
  buttonsSentTo,
  PEER,
  PENILAI,
  seedTeam,
  submitCheckin,
  textsSentTo,
} from '../support/appraisal-rig.js';
import { type TelegramHarness, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, TEST_USER, testUser, textMessage } from '../support/telegram-updates.js';

const h = useTelegramHarness();
const STRANGER = testUser({ id: 555_000_999, first_name: 'Asing' });
const REFUSAL = 'Tombol ini tidak dapat Anda gunakan atau sudah tidak berlaku.';

type Team = Awaited<ReturnType<typeof seedTeam>>;
interface Row {
  who: string;
  actor: User;
  /** A change after the report was sent (the penilai replaced). */
  before?: (h: TelegramHarness, team: Team) => Promise<void>;
  outcome: 'allowed' | 'refused';
}

const ROWS: Row[] = [
  { who: 'the penilai (appraiser)', actor: PENILAI, outcome: 'allowed' },
  { who: 'the atasan who is not the appraiser', actor: ATASAN, outcome: 'refused' },
  { who: 'a peer of the employee', actor: PEER, outcome: 'refused' },
  { who: 'the employee themself', actor: TEST_USER, outcome: 'refused' },
  { who: 'an unlinked account', actor: STRANGER, outcome: 'refused' },
  {
    who: 'the former penilai, after the import named the atasan instead',
    actor: PENILAI,
    before: async (h, team) => {
      await h.db.update(employees).set({ appraiserId: null }).where(eq(employees.id, team.employee.id));
    },
    outcome: 'refused',
  },
  {
    who: 'the atasan, once they are the appraiser (no penilai named)',
    actor: ATASAN,
    before: async (h, team) => {
      await h.db.update(employees).set({ appraiserId: null }).where(eq(employees.id, team.employee.id));
    },
    outcome: 'allowed',
  },
];

describe('umpan balik: who may press "Beri umpan balik"', () => {
  beforeEach(() => h.clock.set('2026-12-02T02:00:00Z'));

  it.each(ROWS)('$who → $outcome', async (row) => {
    const team = await seedTeam(h);
    await submitCheckin(h, team.employee.id);
    const button = buttonsSentTo(h, PENILAI.id)[0]!.find((b) => b.endsWith('|all'))!;
    await row.before?.(h, team);
    const employeeMessages = textsSentTo(h, TEST_USER.id).length;

    await h.send(callbackQuery(button, { from: row.actor }));
    await h.send(textMessage('Umpan balik percobaan', { from: row.actor }));

    const rows = await h.db.select().from(checkinFeedback);
    const open = await h.db.select().from(conversations).where(eq(conversations.kind, 'umpan-balik'));
    const toEmployee = textsSentTo(h, TEST_USER.id).slice(employeeMessages);
    if (row.outcome === 'allowed') {
      expect(rows).toHaveLength(1);
      expect(rows[0]!.authorId).not.toBe(team.employee.id);
      expect(toEmployee.some((t) => t.includes('Umpan balik dari'))).toBe(true);
      return;
    }
    expect(rows).toHaveLength(0);
    expect(open).toHaveLength(0);
    expect(toEmployee.filter((t) => t.includes('Umpan balik'))).toHaveLength(0);
    if (row.actor !== STRANGER)
      expect(h.api.callsOf('answerCallbackQuery').some((a) => a.text === REFUSAL)).toBe(true);
    // The refusal names nobody: no employee name in anything sent to the actor.
    expect(textsSentTo(h, row.actor.id).join('\n')).not.toContain(
      row.actor === PENILAI ? 'Tulis umpan balik' : 'Sari Wulandari',
    );
  });
});
