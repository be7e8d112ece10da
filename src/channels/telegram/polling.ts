/**
 * Long polling that never confirms an update before it is recorded. Telegram forgets updates
 * below the offset of the next getUpdates call, so the offset only moves past a batch once every
 * update in it has been handled (committed, or refused as a redelivery). A kill -9 in the middle
 * of a batch loses nothing: the next process receives the batch again and the dedupe row of each
 * update already handled absorbs it. grammY's runner confirms offsets as soon as it fetches (it
 * keeps fetching while earlier updates run), which loses fetched updates on a hard kill.
 *
 * Within a batch, each chat's updates run in order and chats run side by side. When the database
 * is unavailable the batch stops, the offset stays, and polling resumes with back-off: Telegram
 * keeps undelivered updates for 24 hours.
 */
import { type Bot, BotError } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { safeError } from '../../logging/safe-error.js';
import { isDatabaseUnavailable, RetryLaterError } from '../../storage/availability.js';
import type { DikaContext } from './context.js';

export interface PollingOptions {
  allowedUpdates: readonly string[];
  logger: Logger;
  /** Seconds Telegram holds a getUpdates call open when nothing is waiting. */
  timeoutSeconds?: number;
  limit?: number;
  /** Back-off after a failed batch or fetch: doubles from `minBackoffMs` up to `maxBackoffMs`. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /**
   * The most a batch waits between tries while the database is unavailable (5 s). People are
   * waiting for these answers, and a try costs one refused connection per chat, so the backlog
   * goes through within seconds of the database's return (with 30 s, up to 30 s later).
   */
  maxOutageBackoffMs?: number;
}

export interface Poller {
  /** Stops fetching and waits for the batch in hand. */
  stop: () => Promise<void>;
  /** Resolves when the loop has ended. */
  done: Promise<void>;
}

/** The chat an update belongs to: its updates must not overtake each other. */
export function chatKeyOf(update: Update): string {
  const chat =
    update.message?.chat.id ??
    update.edited_message?.chat.id ??
    update.callback_query?.message?.chat.id ??
    update.callback_query?.from.id;
  return chat === undefined ? `update:${update.update_id}` : String(chat);
}

/** Handles one batch; false when it must be fetched again later (database unavailable). */
async function handleBatch(bot: Bot<DikaContext>, updates: Update[], logger: Logger): Promise<boolean> {
  const byChat = new Map<string, Update[]>();
  for (const update of updates) {
    const key = chatKeyOf(update);
    byChat.set(key, [...(byChat.get(key) ?? []), update]);
  }
  let retry = false;
  await Promise.all(
    [...byChat.values()].map(async (chatUpdates) => {
      for (const update of chatUpdates) {
        try {
          await bot.handleUpdate(update);
        } catch (thrown) {
          // handleUpdate wraps what the middleware threw in a BotError.
          const error = thrown instanceof BotError ? thrown.error : thrown;
          if (error instanceof RetryLaterError || isDatabaseUnavailable(error)) {
            retry = true;
            return; // this chat's later updates wait for the retry, in order
          }
          // Anything else was logged (and answered) by the error boundary; it stays handled.
          logger.error({ update_id: update.update_id, err: safeError(error) }, 'update failed');
        }
      }
    }),
  );
  return !retry;
}

export function startSafePolling(bot: Bot<DikaContext>, options: PollingOptions): Poller {
  const { logger } = options;
  const min = options.minBackoffMs ?? 1_000;
  const max = options.maxBackoffMs ?? 30_000;
  const maxOutage = Math.min(options.maxOutageBackoffMs ?? 5_000, max);
  const abort = new AbortController();
  let running = true;
  let backoff = min;
  let offset: number | undefined;

  // One listener per pause, removed after it: an outage's retries must not pile them up.
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        abort.signal.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      abort.signal.addEventListener('abort', wake);
    });
  const backOff = async (ceiling = max) => {
    await pause(Math.min(backoff, ceiling));
    backoff = Math.min(backoff * 2, ceiling);
  };

  const loop = async () => {
    while (running) {
      let updates: Update[];
      try {
        updates = await bot.api.getUpdates(
          {
            ...(offset !== undefined ? { offset } : {}),
            timeout: options.timeoutSeconds ?? 30,
            limit: options.limit ?? 100,
            allowed_updates: [...options.allowedUpdates] as never,
          },
          abort.signal as never,
        );
      } catch (error) {
        if (!running) break;
        logger.warn({ err: safeError(error) }, 'getUpdates failed; retrying');
        await backOff();
        continue;
      }
      if (updates.length === 0) continue;
      if (!(await handleBatch(bot, updates, logger))) {
        logger.warn({ updates: updates.length }, 'database unavailable: polling paused, updates kept');
        await backOff(maxOutage);
        continue; // same offset: Telegram hands the batch over again
      }
      backoff = min;
      offset = updates.at(-1)!.update_id + 1;
    }
  };
  const done = loop();
  return {
    done,
    stop: async () => {
      running = false;
      abort.abort();
      await done;
    },
  };
}
