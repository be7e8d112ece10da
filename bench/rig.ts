/**
 * The system under measurement: a real database, the local Bot API stand-in and the real grammY
 * bot from createTelegramBot, plus the person-by-person check-in script of
 * test/channels/telegram-checkin.test.ts (`fullCheckin()`), driven through bot.handleUpdate.
 */
import { randomBytes } from 'node:crypto';
import { Agent as HttpAgent } from 'node:http';
import { desc, eq } from 'drizzle-orm';
import { Api, type Bot } from 'grammy';
import type { Update, User } from 'grammy/types';
import pino from 'pino';
import postgres from 'postgres';
import { createTelegramBot } from '../src/channels/telegram/bot.js';
import type { DikaContext, TelegramDeps } from '../src/channels/telegram/context.js';
import { telegramSender } from '../src/channels/telegram/outbound-sender.js';
import { Translator } from '../src/i18n/translator.js';
import { createPlatform } from '../src/services/platform.js';
import { type Database, type Db, openDatabase } from '../src/storage/database.js';
import { outboundMessages } from '../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from '../test/support/okr-seed.js';
import { linkTelegram, seedEmployee, TEST_SECRET, TEST_TOKEN } from '../test/support/telegram-harness.js';
import {
  type BotApiStandIn,
  type RecordedCall,
  startBotApiStandIn,
} from '../test/support/telegram-stand-in.js';
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

export interface RigDatabase extends Database {
  /** Statements dika's database layer reported so far (`onQuery`); undefined on PGlite. */
  statements: () => number | undefined;
  /** Of those, the ones it reported as a round trip of their own (not pipelined); undefined on PGlite. */
  roundTrips: () => number | undefined;
  /** Closes the pool and drops the fresh database (PGlite: closes it). */
  drop: () => Promise<void>;
  /** The fresh database's URL (PostgreSQL only). */
  url?: string;
}

export interface Rig {
  database: RigDatabase;
  api: BotApiStandIn;
  bot: Bot<DikaContext>;
  /** Errors the bot's error boundary caught (a benchmark with errors is void). */
  errors: unknown[];
  close: () => Promise<void>;
}

/** The pool dika gets in the rig (and test/support's createTestDatabase); baselines share it. */
export const POOL_SIZE = 4;

/**
 * Counts what openDatabase's `onQuery` reports: one call per statement, with `false` when the
 * statement was pipelined behind another one (no round trip of its own). An observer called
 * without an argument (an older database layer) counts every statement as a round trip.
 */
export function counter() {
  let statements = 0;
  let roundTrips = 0;
  return {
    onQuery: (roundTrip?: boolean) => {
      statements++;
      if (roundTrip !== false) roundTrips++;
    },
    statements: (): number | undefined => statements,
    roundTrips: (): number | undefined => roundTrips,
  };
}

/**
 * A fresh, migrated database: PGlite in memory, or a new `dika_bench_…` database on the server in
 * `serverUrl` (created here, dropped by `drop`), opened with a pool of {@link POOL_SIZE} whose
 * statements are counted.
 */
export async function openFreshDatabase(serverUrl: string | undefined): Promise<RigDatabase> {
  if (!serverUrl) {
    const database = await openDatabase({});
    return { ...database, statements: () => undefined, roundTrips: () => undefined, drop: database.close };
  }
  const name = `dika_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const count = counter();
  const drop = async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  let database: Database;
  try {
    database = await openDatabase({
      url: url.toString(),
      max: POOL_SIZE,
      onQuery: count.onQuery,
    });
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    ...database,
    url: url.toString(),
    statements: count.statements,
    roundTrips: count.roundTrips,
    drop: async () => {
      await database.close();
      await drop();
    },
  };
}

/** Keep-alive sockets to the stand-in, as grammY's default agent, but ours to clean up. */
const standInAgent = new HttpAgent({ keepAlive: true });

/**
 * Closes idle sockets to the stand-in, so a phase does not start on sockets left idle by the
 * previous one: the stand-in's server closes them after 5 s, and when PGlite keeps the event loop
 * busy a reused one can be closed under its request (ECONNRESET: the reply stays queued for the
 * sweeper, which the bench does not run, and the check-in stops).
 */
export function dropIdleSockets(): void {
  for (const sockets of Object.values(standInAgent.freeSockets)) {
    for (const socket of sockets ?? []) socket.destroy();
  }
}

/** A Bot API client for the stand-in. */
export function standInApi(api: BotApiStandIn): Api {
  return new Api(TEST_TOKEN, { apiRoot: api.url, baseFetchConfig: { agent: standInAgent } });
}

/** The real grammY bot over `db`, replying through the outbound queue to the stand-in. */
export function buildBot(db: Db, api: BotApiStandIn, errors: unknown[]): Bot<DikaContext> {
  const logger = pino({ level: 'silent' });
  const translator = new Translator('id');
  const platform = createPlatform({ db, logger, messagesPerSecond: 0 });
  platform.outbound.register(telegramSender(standInApi(api), api.botInfo.id));
  const deps: TelegramDeps = {
    db,
    dialogs: platform.dialogs,
    outbound: platform.outbound,
    translator,
    logger,
    secret: TEST_SECRET,
    clock: () => new Date(BENCH_NOW),
    defaultLocale: 'id',
    defaultTimeZone: 'Asia/Jakarta',
  };
  return createTelegramBot(TEST_TOKEN, deps, {
    apiRoot: api.url,
    botInfo: api.botInfo,
    onUpdateError: (error) => void errors.push(error),
  });
}

/**
 * Opens a fresh database (see {@link openFreshDatabase}), starts the stand-in and builds the bot.
 */
export async function openRig(postgresUrl: string | undefined): Promise<Rig> {
  const database = await openFreshDatabase(postgresUrl);
  let api: BotApiStandIn;
  try {
    api = await startBotApiStandIn();
  } catch (error) {
    await database.drop();
    throw error;
  }
  const errors: unknown[] = [];
  return {
    database,
    api,
    bot: buildBot(database.db, api, errors),
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

/**
 * What the bench reads back from the stand-in's calls, kept up to date incrementally (scanning
 * every call on every button press grows with the run and steals CPU from concurrent phases).
 */
interface CallIndex {
  scanned: number;
  /** sendMessage calls so far: the stand-in numbers sent messages 5001, 5002, … in call order. */
  sends: number;
  /** Per chat: the newest call that showed a keyboard, with its message id. */
  keyboards: Map<string, { body: RecordedCall['body']; messageId: number }>;
  /** Per chat: the text of the newest message sent or edited. */
  lastText: Map<string, string>;
}
const indexes = new WeakMap<BotApiStandIn, CallIndex>();

function indexOf(api: BotApiStandIn): CallIndex {
  let index = indexes.get(api);
  if (!index) {
    index = { scanned: 0, sends: 0, keyboards: new Map(), lastText: new Map() };
    indexes.set(api, index);
  }
  for (; index.scanned < api.calls.length; index.scanned++) {
    const { method, body } = api.calls[index.scanned]!;
    if (method === 'sendMessage') index.sends++;
    const chat = String(body.chat_id);
    if (method === 'sendMessage' || method === 'editMessageText') index.lastText.set(chat, String(body.text));
    if (body.chat_id !== undefined && body.reply_markup?.inline_keyboard) {
      // An edited message keeps its id; a sent one got the stand-in's next id.
      index.keyboards.set(chat, { body, messageId: body.message_id ?? 5_000 + index.sends });
    }
  }
  return index;
}

/** Presses the button whose choice id is `choice` on the newest keyboard in this person's chat. */
function press(rig: Rig, person: Person, choice: string): Update {
  const chat = String(person.user.id);
  const shown = indexOf(rig.api).keyboards.get(chat);
  if (!shown) throw new Error(`no keyboard shown to ${chat}`);
  const button = (shown.body.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>>)
    .flat()
    .find((b) => b.callback_data.endsWith(`|${choice}`));
  if (!button) throw new Error(`no button ${choice} in ${JSON.stringify(shown.body.reply_markup)}`);
  return callbackQuery(button.callback_data, {
    from: person.user,
    messageId: shown.messageId,
    messageText: shown.body.text,
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

/** What the stand-in got for this person and the state of their queued messages, for an error. */
async function diagnose(rig: Rig, person: Person): Promise<string> {
  const calls = callsOfPerson(rig, person)
    .slice(-3)
    .map((c) => `${c.method} ${JSON.stringify(c.body).slice(0, 160)}`);
  let rows = '';
  try {
    const queued = await rig.database.db
      .select({
        id: outboundMessages.id,
        op: outboundMessages.op,
        status: outboundMessages.status,
        attempts: outboundMessages.attempts,
        lastError: outboundMessages.lastError,
      })
      .from(outboundMessages)
      .where(eq(outboundMessages.address, String(person.user.id)))
      .orderBy(desc(outboundMessages.id))
      .limit(4);
    rows = JSON.stringify(queued);
  } catch (error) {
    rows = `(could not read: ${String(error)})`;
  }
  return `last calls to the stand-in: ${calls.join(' ; ') || 'none'}; last outbound rows: ${rows}`;
}

/** One person's full check-in, update after update; checks it ended with the saved message. */
export async function runCheckin(rig: Rig, person: Person): Promise<Sample[]> {
  const samples: Sample[] = [];
  try {
    for (const step of checkinScript(rig, person))
      samples.push(await timedUpdate(rig, step.kind, step.make()));
  } catch (error) {
    throw new Error(
      `check-in of ${person.user.id} failed at update ${samples.length + 1}: ${await diagnose(rig, person)}`,
      {
        cause: error,
      },
    );
  }
  const last = indexOf(rig.api).lastText.get(String(person.user.id));
  if (!last?.includes('Check-in Anda sudah tersimpan')) {
    throw new Error(`check-in of ${person.user.id} did not finish: ${last}`);
  }
  return samples;
}
