/**
 * Everything a Telegram test needs: a real database, the Bot API stand-in, the real bot built by
 * createTelegramBot, a controllable clock and captured logs. `send(update)` runs one update
 * through the whole middleware stack (as a webhook would) and rethrows any error the bot's
 * error boundary swallowed, so a broken handler fails its test instead of replying "try again".
 */
import { Api, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createTelegramBot } from '../../src/channels/telegram/bot.js';
import type { DikaContext, TelegramDeps } from '../../src/channels/telegram/context.js';
import { telegramSender } from '../../src/channels/telegram/outbound-sender.js';
import { telegramReplyRenderer } from '../../src/channels/telegram/reply-renderer.js';
import { type Locale, Translator } from '../../src/i18n/translator.js';
import { createPlatform, type Platform } from '../../src/services/platform.js';
import type { Db } from '../../src/storage/database.js';
import type { EmployeeRow } from '../../src/storage/repositories/identities.js';
import { channelIdentities, employees, orgUnits } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from './database.js';
import { type BotApiStandIn, startBotApiStandIn } from './telegram-stand-in.js';
import { TEST_USER } from './telegram-updates.js';

export const TEST_TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1';
export const TEST_SECRET = 'test-secret-for-link-codes-0123456789';

export interface TestClock {
  now: () => Date;
  set: (date: Date | string) => void;
  advance: (by: { days?: number; hours?: number; minutes?: number; ms?: number }) => void;
  reset: () => void;
}

/** Starts Monday 2 March 2026, 09:00 WIB; `reset()` goes back there. */
export function createTestClock(start: Date | string = '2026-03-02T02:00:00Z'): TestClock {
  const initial = new Date(start).getTime();
  let current = initial;
  return {
    now: () => new Date(current),
    set: (date) => {
      current = new Date(date).getTime();
    },
    advance: ({ days = 0, hours = 0, minutes = 0, ms = 0 }) => {
      current += ((days * 24 + hours) * 60 + minutes) * 60_000 + ms;
    },
    reset: () => {
      current = initial;
    },
  };
}

export interface TelegramHarness {
  readonly db: Db;
  readonly api: BotApiStandIn;
  readonly bot: Bot<DikaContext>;
  readonly deps: TelegramDeps;
  /** Dialog runner, outbound queue and renderers, wired to the stand-in like production. */
  readonly platform: Platform;
  readonly clock: TestClock;
  /** Parsed pino lines (JSON objects) since the last reset. */
  readonly logs: Array<Record<string, unknown>>;
  /** Errors the error boundary caught since the last reset. */
  readonly errors: unknown[];
  /** Runs one update; rethrows a caught error unless `allowErrors`. */
  send: (update: Update, options?: { allowErrors?: boolean }) => Promise<void>;
  /** Texts of every sendMessage since the last reset. */
  sentTexts: () => string[];
}

/**
 * Registers beforeAll/afterAll (and beforeEach: empty tables, forget calls, logs, clock) for one
 * test file. Read the properties inside tests, not at module level.
 */
export function useTelegramHarness(
  options: { defaultLocale?: Locale; defaultTimeZone?: string; resetBetweenTests?: boolean } = {},
): TelegramHarness {
  const database = useTestDatabase();
  const clock = createTestClock();
  const logs: Array<Record<string, unknown>> = [];
  const errors: unknown[] = [];
  let api: BotApiStandIn | undefined;
  let bot: Bot<DikaContext> | undefined;
  let deps: TelegramDeps | undefined;
  let platform: Platform | undefined;

  beforeAll(async () => {
    api = await startBotApiStandIn();
    const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    const translator = new Translator(options.defaultLocale ?? 'id');
    // No rate limit in tests: the limiter has its own tests, and waiting would only slow the suite.
    platform = createPlatform({ db: database.db, logger, messagesPerSecond: 0 });
    platform.outbound.register(telegramSender(new Api(TEST_TOKEN, { apiRoot: api.url }), api.botInfo.id));
    platform.renderers.register(telegramReplyRenderer(translator, api.botInfo.id));
    deps = {
      db: database.db,
      dialogs: platform.dialogs,
      outbound: platform.outbound,
      translator,
      logger,
      secret: TEST_SECRET,
      clock: clock.now,
      defaultLocale: options.defaultLocale ?? 'id',
      defaultTimeZone: options.defaultTimeZone ?? 'Asia/Jakarta',
    };
    bot = createTelegramBot(TEST_TOKEN, deps, {
      apiRoot: api.url,
      botInfo: api.botInfo,
      onUpdateError: (error) => void errors.push(error),
    });
  });
  afterAll(async () => {
    await api?.close();
  });
  if (options.resetBetweenTests ?? true) {
    beforeEach(async () => {
      await truncateAll(database.db);
      api?.reset();
      clock.reset();
      logs.length = 0;
      errors.length = 0;
    });
  }

  const must = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`telegram harness: ${name} not ready (use it inside tests)`);
    return value;
  };
  return {
    get db() {
      return database.db;
    },
    get api() {
      return must(api, 'api');
    },
    get bot() {
      return must(bot, 'bot');
    },
    get deps() {
      return must(deps, 'deps');
    },
    get platform() {
      return must(platform, 'platform');
    },
    clock,
    logs,
    errors,
    send: async (update, sendOptions) => {
      const before = errors.length;
      await must(bot, 'bot').handleUpdate(update);
      await must(platform, 'platform').outbound.settled(); // the delivery marks, written just after
      const caught = errors[before];
      if (caught !== undefined && !sendOptions?.allowErrors) throw caught;
    },
    sentTexts: () =>
      must(api, 'api')
        .callsOf('sendMessage')
        .map((b) => String(b.text)),
  };
}

let seeded = 0;

/** An active employee with a unique NIP; override anything (phone in 62… form, unitId, locale…). */
export async function seedEmployee(
  db: Db,
  overrides: Partial<typeof employees.$inferInsert> = {},
): Promise<EmployeeRow> {
  seeded += 1;
  const [row] = await db
    .insert(employees)
    .values({
      nip: `19900101201503${String(seeded % 10_000).padStart(4, '0')}`, // 18 digits, like a real NIP
      name: `Pegawai ${seeded}`,
      ...overrides,
    })
    .returning();
  return row!;
}

/** Links an employee to a Telegram account (private chat id = user id), as a redeemed code would. */
export async function linkTelegram(
  db: Db,
  employeeId: number,
  userId: number = TEST_USER.id,
  chatId: number = userId,
): Promise<void> {
  await db.insert(channelIdentities).values({
    employeeId,
    platform: 'telegram',
    workspace: '',
    externalUserId: String(userId),
    chatId: String(chatId),
  });
}

/** Creates `A/B/C` and its ancestors (idempotent); returns the deepest unit's id. */
export async function seedUnitPath(db: Db, path: string): Promise<number> {
  let parentId: number | null = null;
  let prefix = '';
  for (const name of path.split('/')) {
    prefix = prefix ? `${prefix}/${name}` : name;
    const rows: Array<{ id: number }> = await db
      .insert(orgUnits)
      .values({ name, path: prefix, parentId })
      .onConflictDoUpdate({ target: orgUnits.path, set: { name } })
      .returning({ id: orgUnits.id });
    parentId = rows[0]!.id;
  }
  return parentId!;
}
