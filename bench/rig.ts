/**
 * The system under measurement: a real database, the local Bot API stand-in and the real grammY
 * bot from createTelegramBot, plus the person-by-person check-in script of
 * test/channels/telegram-checkin.test.ts (`fullCheckin()`), driven through bot.handleUpdate.
 */
import type { Bot } from 'grammy';
import type { Update, User } from 'grammy/types';
import pino from 'pino';
import { createTelegramBot } from '../src/channels/telegram/bot.js';
import type { DikaContext, TelegramDeps } from '../src/channels/telegram/context.js';
import { Translator } from '../src/i18n/translator.js';
import type { Database } from '../src/storage/database.js';
import { createTestDatabase } from '../test/support/database.js';
import { seedKeyResults, THREE_KRS } from '../test/support/okr-seed.js';
import { linkTelegram, seedEmployee, TEST_SECRET, TEST_TOKEN } from '../test/support/telegram-harness.js';
import { type BotApiStandIn, startBotApiStandIn } from '../test/support/telegram-stand-in.js';
import {
  callbackQuery,
  commandMessage,
  documentMessage,
  testUser,
  textMessage,
} from '../test/support/telegram-updates.js';

/** Wednesday of 2026-W10, 10:00 WITA: every check-in lands in the same week. */
export const BENCH_NOW = new Date('2026-03-04T02:00:00Z');
export const FIRST_USER_ID = 600_000_000;

export type UpdateKind = 'command' | 'button' | 'text' | 'document';
export const UPDATE_KINDS: readonly UpdateKind[] = ['command', 'button', 'text', 'document'];

export interface Person {
  index: number;
  employeeId: number;
  user: User;
}

export interface Sample {
  kind: UpdateKind;
  ms: number;
  update: Update;
}

export interface Rig {
  database: Database & { drop: () => Promise<void> };
  api: BotApiStandIn;
  bot: Bot<DikaContext>;
  /** Errors the bot's error boundary caught (a benchmark with errors is void). */
  errors: unknown[];
  close: () => Promise<void>;
}

/**
 * Opens a fresh database through createTestDatabase (PGlite in memory, or a new database on the
 * server in `postgresUrl`, dropped on close), starts the stand-in and builds the bot.
 */
export async function openRig(postgresUrl: string | undefined): Promise<Rig> {
  const saved = process.env.TEST_DATABASE_URL;
  if (postgresUrl) process.env.TEST_DATABASE_URL = postgresUrl;
  else delete process.env.TEST_DATABASE_URL;
  let database: Rig['database'];
  try {
    database = await createTestDatabase();
  } finally {
    if (saved === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = saved;
  }
  const api = await startBotApiStandIn();
  const errors: unknown[] = [];
  const deps: TelegramDeps = {
    db: database.db,
    translator: new Translator('id'),
    logger: pino({ level: 'silent' }),
    secret: TEST_SECRET,
    clock: () => new Date(BENCH_NOW),
    defaultLocale: 'id',
    defaultTimeZone: 'Asia/Jakarta',
  };
  const bot = createTelegramBot(TEST_TOKEN, deps, {
    apiRoot: api.url,
    botInfo: api.botInfo,
    onUpdateError: (error) => void errors.push(error),
  });
  return {
    database,
    api,
    bot,
    errors,
    close: async () => {
      await api.close();
      await database.drop();
    },
  };
}

/** `count` people with three KRs each, linked to Telegram; one supervisor per ten people. */
export async function seedPeople(rig: Rig, firstIndex: number, count: number): Promise<Person[]> {
  const db = rig.database.db;
  const people: Person[] = [];
  let supervisorId = 0;
  for (let i = firstIndex; i < firstIndex + count; i++) {
    if ((i - firstIndex) % 10 === 0) {
      supervisorId = (await seedEmployee(db, { name: `Ibu Ratna ${i}` })).id;
    }
    const me = await seedEmployee(db, { name: `Pegawai ${i}`, supervisorId, timeZone: 'Asia/Makassar' });
    const user = testUser({ id: FIRST_USER_ID + i, first_name: 'Pegawai', last_name: String(i) });
    await linkTelegram(db, me.id, user.id);
    // KR codes are unique across the organisation: the test's three, numbered per person.
    await seedKeyResults(
      db,
      me.id,
      THREE_KRS.map((kr) => ({ ...kr, code: `${kr.code}.${i}` })),
    );
    people.push({ index: i, employeeId: me.id, user });
  }
  return people;
}

/** The stand-in's recorded calls that belong to one person's chat (by chat_id or callback id). */
export function callsOfPerson(rig: Rig, person: Person, from = 0) {
  const chat = String(person.user.id);
  return rig.api.calls.slice(from).filter((c) =>
    c.method === 'answerCallbackQuery'
      ? String(c.body.callback_query_id).startsWith(chat) // ids are `${user.id}${n}`
      : String(c.body.chat_id) === chat,
  );
}

/** Presses the button whose choice id is `choice` on the newest keyboard in this person's chat. */
function press(rig: Rig, person: Person, choice: string): Update {
  const chat = String(person.user.id);
  let call: (typeof rig.api.calls)[number] | undefined;
  let sentBefore = 0; // messages the stand-in numbered before it, to know the message id
  for (let i = rig.api.calls.length - 1; i >= 0; i--) {
    const c = rig.api.calls[i]!;
    if (String(c.body.chat_id) === chat && c.body.reply_markup?.inline_keyboard) {
      call = c;
      sentBefore = rig.api.calls.slice(0, i).filter((x) => x.method === 'sendMessage').length;
      break;
    }
  }
  if (!call) throw new Error(`no keyboard shown to ${chat}`);
  const button = (call.body.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>>)
    .flat()
    .find((b) => b.callback_data.endsWith(`|${choice}`));
  if (!button) throw new Error(`no button ${choice} in ${JSON.stringify(call.body.reply_markup)}`);
  return callbackQuery(button.callback_data, {
    from: person.user,
    // An edited message keeps its id; a sent one got the stand-in's next id (5001, 5002, …).
    messageId: call.body.message_id ?? 5_001 + sentBefore,
    messageText: call.body.text,
  });
}

/** The 14 updates of `fullCheckin()`; each is built just before it is sent (buttons need the last reply). */
export function checkinScript(rig: Rig, p: Person): Array<{ kind: UpdateKind; make: () => Update }> {
  const from = { from: p.user };
  const button = (choice: string) => ({ kind: 'button' as const, make: () => press(rig, p, choice) });
  const text = (t: string) => ({ kind: 'text' as const, make: () => textMessage(t, from) });
  return [
    { kind: 'command', make: () => commandMessage('checkin', undefined, from) },
    button('go'),
    text('2'),
    button('c7'),
    button('skip'), // no evidence
    text('65%'),
    button('c6'),
    { kind: 'document', make: () => documentMessage({ ...from, fileName: 'daftar-hadir.pdf' }) },
    text('10 https://drive.example.go.id/sop-layanan'),
    button('c8'),
    text('Server SIMPEG sering lambat'),
    text('- Finalisasi draf\n- Rapat dengan Biro Hukum'),
    button('y'),
    button('submit'),
  ];
}

/** Times one update through the whole middleware stack; fails on any error the boundary caught. */
export async function timedUpdate(rig: Rig, kind: UpdateKind, update: Update): Promise<Sample> {
  const start = performance.now();
  await rig.bot.handleUpdate(update);
  const elapsed = performance.now() - start;
  if (rig.errors.length > 0) throw rig.errors[0];
  return { kind, ms: elapsed, update };
}

/** One person's full check-in, update after update; checks it ended with the saved message. */
export async function runCheckin(rig: Rig, person: Person): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const step of checkinScript(rig, person)) samples.push(await timedUpdate(rig, step.kind, step.make()));
  const last = callsOfPerson(rig, person)
    .filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText')
    .at(-1);
  if (!String(last?.body.text).includes('Check-in Anda sudah tersimpan')) {
    throw new Error(`check-in of ${person.user.id} did not finish: ${String(last?.body.text)}`);
  }
  return samples;
}
