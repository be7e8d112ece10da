/**
 * Who may do what: every role × every action, through the real bot against the Telegram stand-in.
 * Each cell seeds the same small organisation (test/authorization/actors.ts), lets one actor try
 * one action, and checks the outcome the table below names: allowed (the action's own proof) or
 * refused (its refusal, and no change to employees, accounts, dialogs or check-ins). In every
 * cell, allowed or not, nothing about anyone else leaves dika: no other person's name, NIP,
 * phone or key result in any Bot API call, and no message to anyone else's chat.
 *
 * A feature that adds an action adds a row to ACTIONS (and its expected column to MATRIX); the
 * rows for rekap and feedback results are still todo, with the rule they must meet.
 *
 * The admin CLI (`npm run dika -- person export|erase`, imports, link codes) has no in-chat
 * counterpart and no authorization of its own: whoever can run it on the server, with the
 * database configuration, is the administrator (shell access is the boundary). The `admin` role
 * in employees.roles grants nothing in chat; the row "ask for an export in chat" checks that.
 */
import { eq } from 'drizzle-orm';
import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { createLinkCode } from '../../src/accounts/link-codes.js';
import { channelIdentities, conversations, linkCodes } from '../../src/storage/schema.js';
import { TEST_SECRET, type TelegramHarness, useTelegramHarness } from '../support/telegram-harness.js';
import {
  callbackQuery,
  contactMessage,
  groupMessage,
  TEST_GROUP,
  textMessage,
} from '../support/telegram-updates.js';
import {
  type Actor,
  answers,
  command,
  expectNothingOfOthers,
  ROLES,
  type Role,
  seedWorld,
  stateOf,
  type World,
} from './actors.js';

type Outcome = 'allowed' | 'refused';

interface Action {
  /** What the actor tries, as a row title. */
  name: string;
  /** Anything the world needs first (another person's open dialog…); its Bot API calls are forgotten. */
  setup?: (h: TelegramHarness, world: World, actor: Actor) => Promise<void>;
  /** The actor's updates. */
  updates: (h: TelegramHarness, world: World, actor: Actor) => Promise<Update[]>;
  /** The proof it was done; when absent, "allowed" only means the generic checks. */
  allowed?: (h: TelegramHarness, world: World, actor: Actor) => Promise<void>;
  /** The proof it was refused (the state is compared by the table runner). */
  refused: (h: TelegramHarness, world: World, actor: Actor) => Promise<void>;
}

const h = useTelegramHarness();
const t = (key: string, args?: Record<string, string | number>) => h.deps.translator.t('id', key, args);
const linkInstructions = () => t('link-instructions');

/** Refused by the require-linked gate: the linking instructions, nothing else. */
async function refusedAsStranger(): Promise<void> {
  expect(h.sentTexts()).toEqual([linkInstructions()]);
}
const ownKrShown = async (_h: TelegramHarness, _w: World, actor: Actor) => {
  expect(h.sentTexts().join('\n')).toContain(actor.person!.krTitles[0]);
};
const repliedOnce = async () => {
  expect(h.sentTexts()).toHaveLength(1);
  expect(h.sentTexts()[0]).not.toBe(linkInstructions());
};

/** The buttons of the newest keyboard sent to `chatId`. */
function keyboardOf(chatId: number): string[] {
  const call = h.api.calls
    .filter((c) => c.body.chat_id === chatId && c.body.reply_markup?.inline_keyboard)
    .at(-1);
  if (!call) throw new Error(`no keyboard was sent to ${chatId}`);
  return (call.body.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>>)
    .flat()
    .map((b) => b.callback_data);
}
async function dialogOf(employeeId: number | undefined) {
  if (employeeId === undefined) return undefined;
  const [row] = await h.db.select().from(conversations).where(eq(conversations.employeeId, employeeId));
  return row;
}

let forged: string | undefined;

const ACTIONS: Record<string, Action> = {
  start: {
    name: '/start (welcome, or how to link)',
    updates: async (_h, _w, actor) => [command(actor, 'start')],
    allowed: async (_h, _w, actor) => {
      expect(h.sentTexts()).toEqual(
        actor.person ? [t('tg-welcome', { name: actor.person.name })] : [linkInstructions()],
      );
    },
    refused: refusedAsStranger,
  },
  'used code': {
    name: "redeem another person's activation code that was already used",
    setup: async (_h, world) => {
      const { code } = await createLinkCode(h.db, {
        employeeId: world.victim.employeeId,
        secret: TEST_SECRET,
        now: h.clock.now(),
      });
      await h.db.update(linkCodes).set({ usedAt: h.clock.now() });
      forged = code;
    },
    updates: async (_h, _w, actor) => [command(actor, 'start', forged)],
    // One answer for unknown, used and expired codes: a guesser learns nothing.
    refused: async () => expect(h.sentTexts()).toEqual([t('link-code-invalid')]),
  },
  'unknown code': {
    name: 'redeem an activation code that does not exist',
    updates: async (_h, _w, actor) => [command(actor, 'start', 'Zm9yZ2VkLWNvZGUtMTIzNDU2')],
    refused: async () => expect(h.sentTexts()).toEqual([t('link-code-invalid')]),
  },
  'shared contact': {
    name: "link by sharing another person's contact card",
    updates: async (_h, world, actor) => [
      contactMessage({ phone: world.victim.phone, userId: world.victim.user.id }, { from: actor.user }),
    ],
    refused: async () => expect(h.sentTexts()).toEqual([t('link-contact-not-yours')]),
  },
  'own checkin': {
    name: '/checkin: open their own check-in',
    updates: async (_h, _w, actor) => [command(actor, 'checkin')],
    allowed: async (_h, _w, actor) => {
      const dialog = await dialogOf(actor.person!.employeeId);
      expect(dialog?.kind).toBe('checkin');
      expect(keyboardOf(actor.user.id).length).toBeGreaterThan(0);
    },
    refused: refusedAsStranger,
  },
  "another's checkin": {
    name: "press a button of another person's check-in (forged data: their nonce and seq)",
    // The victim's check-in is open at its first question; so is the actor's own (same seq), so
    // only the nonce tells the two dialogs apart.
    setup: async (_h, world, actor) => {
      await h.send(victimCheckin(world));
      if (actor.person) await h.send(command(actor, 'checkin'));
      forged = keyboardOf(world.victim.user.id)[0];
      const [victim, own] = [
        await dialogOf(world.victim.employeeId),
        await dialogOf(actor.person?.employeeId),
      ];
      const seq = (dialog: typeof own) => (dialog?.state as { seq?: number } | undefined)?.seq;
      if (own) expect(seq(own), 'both dialogs at the same question').toBe(seq(victim));
    },
    updates: async (_h, world, actor) => [
      callbackQuery(forged!, { from: actor.user, messageId: 5_001, messageText: world.victim.krTitles[0] }),
    ],
    refused: async (_h, _w, actor) => {
      const answered = h.api.callsOf('answerCallbackQuery');
      expect(answered).toHaveLength(1);
      if (actor.person) {
        expect(answered[0]!.text).toBe(t('stale-button'));
        expect(h.sentTexts()).toEqual([]);
      } else {
        await refusedAsStranger();
      }
    },
  },
  status: {
    name: '/status: their own key results',
    updates: async (_h, _w, actor) => [command(actor, 'status')],
    allowed: ownKrShown,
    refused: refusedAsStranger,
  },
  riwayat: {
    name: '/riwayat: their own history',
    updates: async (_h, _w, actor) => [command(actor, 'riwayat')],
    allowed: repliedOnce,
    refused: refusedAsStranger,
  },
  privasi: {
    name: '/privasi: what dika stores about them',
    updates: async (_h, _w, actor) => [command(actor, 'privasi')],
    allowed: async () => expect(h.sentTexts()).toEqual([t('privacy-text')]),
    refused: refusedAsStranger,
  },
  'export in chat': {
    name: "ask for another person's data export or erasure in chat (the admin CLI is shell-only)",
    updates: async (_h, world, actor) => [
      command(actor, 'export', world.victim.nip),
      textMessage(`person export ${world.victim.nip}`, { from: actor.user }),
      command(actor, 'erase', world.victim.nip),
    ],
    // A linked person is told the command or text means nothing (there is no such command).
    refused: async (_h, _w, actor) => {
      const expected = actor.person
        ? [t('tg-not-understood'), t('checkin-no-dialog'), t('tg-not-understood')]
        : Array(3).fill(linkInstructions());
      expect(h.sentTexts()).toEqual(expected);
    },
  },
  'group chat': {
    name: '/status and /checkin in a supergroup and a basic group',
    updates: async (_h, _w, actor) =>
      [TEST_GROUP, BASIC_GROUP].flatMap((chat) => [
        groupMessage('/status', { from: actor.user, chat, command: true }),
        groupMessage('/checkin', { from: actor.user, chat, command: true }),
      ]),
    // One pointer to the private chat each time, in the group; nothing personal.
    refused: async () =>
      expect(h.sentTexts()).toEqual(
        Array(4).fill(t('tg-group-private-only', { link: `https://t.me/${h.api.botInfo.username}` })),
      ),
  },
};

/** A basic group (not a supergroup): Telegram still creates these for small teams. */
const BASIC_GROUP = { id: -4_100_200_300, type: 'group', title: 'Tim Jabatan Fungsional' } as const;

function victimCheckin(world: World): Update {
  return command({ role: 'pegawai', user: world.victim.user, person: world.victim }, 'checkin');
}

const A = 'allowed' as const;
const R = 'refused' as const;
/** The rule, as data: one row per action, one column per role (ROLES order). */
const MATRIX: Record<keyof typeof ACTIONS, Record<Role, Outcome>> = {
  //                  unlinked      pegawai    atasan     penilai    unit head       admin
  start: { unlinked: A, pegawai: A, atasan: A, penilai: A, 'unit head': A, admin: A },
  'used code': { unlinked: R, pegawai: R, atasan: R, penilai: R, 'unit head': R, admin: R },
  'unknown code': { unlinked: R, pegawai: R, atasan: R, penilai: R, 'unit head': R, admin: R },
  'shared contact': { unlinked: R, pegawai: R, atasan: R, penilai: R, 'unit head': R, admin: R },
  'own checkin': { unlinked: R, pegawai: A, atasan: A, penilai: A, 'unit head': A, admin: A },
  "another's checkin": { unlinked: R, pegawai: R, atasan: R, penilai: R, 'unit head': R, admin: R },
  status: { unlinked: R, pegawai: A, atasan: A, penilai: A, 'unit head': A, admin: A },
  riwayat: { unlinked: R, pegawai: A, atasan: A, penilai: A, 'unit head': A, admin: A },
  privasi: { unlinked: R, pegawai: A, atasan: A, penilai: A, 'unit head': A, admin: A },
  'export in chat': { unlinked: R, pegawai: R, atasan: R, penilai: R, 'unit head': R, admin: R },
  'group chat': { unlinked: R, pegawai: R, atasan: R, penilai: R, 'unit head': R, admin: R },
};

const cells = Object.entries(ACTIONS).flatMap(([key, action]) =>
  ROLES.map((role) => ({ key, action, role, outcome: MATRIX[key]![role] })),
);

describe('authorization matrix', () => {
  it.each(cells)('$role · $action.name → $outcome', async ({ action, role, outcome }) => {
    h.clock.set('2026-03-04T02:00:00Z'); // Wednesday of 2026-W10
    const world = await seedWorld(h.db);
    const actor = world.actor(role);
    forged = undefined;
    await action.setup?.(h, world, actor);
    h.api.reset();
    const before = await stateOf(h.db);
    const identitiesBefore = await h.db.select().from(channelIdentities);

    const updates = await action.updates(h, world, actor);
    for (const update of updates) await h.send(update);

    expectNothingOfOthers(h, world, actor, updates);
    if (outcome === 'allowed') {
      await action.allowed?.(h, world, actor);
    } else {
      await action.refused(h, world, actor);
      expect(await stateOf(h.db), 'a refused action changed nothing').toBe(before);
    }
    // Nobody's account moved, whatever happened.
    expect(await h.db.select().from(channelIdentities)).toEqual(identitiesBefore);
    expect(answers(h).length).toBeGreaterThan(0); // every attempt is answered, never silence
  });

  // Rows with their own tables: the rekap (rekap-matrix.test.ts), umpan balik from the appraiser
  // (appraiser-feedback.test.ts). Still to come, with its rule: feedback results (the person sees
  // aggregates about themself only; nobody sees who said what).
});
