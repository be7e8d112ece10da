import type { Context } from 'grammy';
import type {
  ForceReply,
  InlineKeyboardMarkup,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
} from 'grammy/types';
import type { Logger } from 'pino';
import type { Locale, MessageArgs, Translator } from '../../i18n/translator.js';
import type { DialogRunner } from '../../services/dialogs/dialog-runner.js';
import type { EventDeps, EventPreload } from '../../services/events/handle-event.js';
import type { EmployeeRow } from '../../services/people/identity-service.js';
import type { Tx } from '../../storage/database.js';

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

/**
 * What a handler wants sent. Handlers never call the Bot API themselves: they push operations
 * here while the update's transaction is open; the event middleware writes them to the durable
 * outbound queue in that transaction and delivers them after the commit. A redelivered update is
 * absorbed before any handler runs, so it sends nothing twice; a failed update sends nothing.
 */
export type TelegramOp =
  | { op: 'send'; chatId: number; text: string; markup?: ReplyMarkup }
  | { op: 'answer-callback'; callbackQueryId: string; text?: string; alert?: boolean }
  | { op: 'edit-markup'; chatId: number; messageId: number; markup?: InlineKeyboardMarkup }
  /** Turns the message whose button was pressed into the next question: one call, no stale keyboard left. */
  | { op: 'edit-text'; chatId: number; messageId: number; text: string; markup?: InlineKeyboardMarkup }
  /**
   * A chart (PNG) or an export (XLSX), base64 in the queued row: a few tens of kilobytes, kept only
   * as long as the outbound retention keeps sent rows.
   */
  | { op: 'send-photo'; chatId: number; fileName: string; base64: string; caption?: string }
  | { op: 'send-document'; chatId: number; fileName: string; base64: string; caption?: string };

export interface DikaFlavor {
  /** The transaction this update runs in (the processed_events row is in it). */
  tx: Tx;
  /** The sender and their locked dialog, found with the dedupe row (see handleEvent). */
  preloaded?: EventPreload | undefined;
  outbox: TelegramOp[];
  /**
   * Work to do after the update committed, outside its transaction (a long rekap must not hold
   * the update's pooled connection). Skipped for a redelivered update, like everything else.
   */
  afterCommit: Array<() => Promise<void>>;
  /** The linked, active employee; undefined for strangers. */
  employee?: EmployeeRow;
  /** Employee's language, else the Telegram client's (en → en), else DIKA_LOCALE. */
  locale: Locale;
  t: (key: string, args?: MessageArgs) => string;
  log: Logger;
}

export type DikaContext = Context & DikaFlavor;

export interface TelegramDeps extends EventDeps {
  /** Every dialog (check-in, later feedback) runs through it. */
  dialogs: DialogRunner;
  translator: Translator;
  logger: Logger;
  /** DIKA_SECRET (keyed hashes of link codes). */
  secret: string;
  /** Injected so tests can move time (weeks, code expiry, snoozes). */
  clock: () => Date;
  defaultLocale: Locale;
  /** IANA zone for people without one. */
  defaultTimeZone: string;
}
