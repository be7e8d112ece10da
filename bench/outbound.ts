/**
 * Outbound throughput: `messages` bulk messages to as many distinct chats, written as queued rows
 * in one transaction (`outbound.enqueue`), then delivered by the real OutboundDispatcher through
 * telegramSender to the local stand-in, with the per-bot rate limit off or on.
 */
import { inArray } from 'drizzle-orm';
import pino from 'pino';
import { telegramSender } from '../src/channels/telegram/outbound-sender.js';
import { toDraft } from '../src/channels/telegram/outbox.js';
import { createPlatform } from '../src/services/platform.js';
import { outboundMessages } from '../src/storage/schema.js';
import { dropIdleSockets, type Rig, standInApi } from './rig.js';

export interface OutboundResult {
  label: string;
  messages: number;
  /** Bot-wide limit (messages/s); null = off. */
  configuredPerSecond: number | null;
  perChatPerSecond: number | null;
  /** The one transaction that writes every row. */
  enqueueMs: number;
  /** From `deliver(rows)` until it resolved: every message sent to the stand-in. */
  deliverMs: number;
  /** From `deliver(rows)` until every row was also marked `sent` (`settled()`). */
  recordedMs: number;
  messagesPerSecond: number;
  /** messagesPerSecond ÷ configuredPerSecond (≈ 1 when the limiter lets exactly the rate through). */
  achievedOverConfigured: number | null;
  /** Most calls that started within any one second (the limiter's burst lets a few more than the rate). */
  peakInOneSecond: number;
  /** sendMessage calls the stand-in received for these chats; must equal `messages`. */
  standInCalls: number;
  /** Rows that ended `sent` after exactly one attempt. */
  rowsSentOnce: number;
  sentExactlyOnce: boolean;
  /** Statements the pool sent per message (enqueue + recording), null on PGlite. */
  statementsPerMessage: number | null;
}

/** Chats for the outbound runs, far from the people's user ids (600 000 000 + i). */
let nextChat = 900_000_000;

export async function measureOutbound(
  rig: Rig,
  messages: number,
  limit: { perSecond: number; perChatPerSecond: number } | undefined,
): Promise<OutboundResult> {
  const db = rig.database.db;
  const platform = createPlatform({
    db,
    logger: pino({ level: 'silent' }),
    messagesPerSecond: limit?.perSecond ?? 0,
    ...(limit ? { limits: { perChatPerSecond: limit.perChatPerSecond } } : {}),
  });
  const inner = telegramSender(standInApi(rig.api), rig.api.botInfo.id);
  const starts: number[] = [];
  platform.outbound.register({
    ...inner,
    deliver: (row) => {
      starts.push(performance.now());
      return inner.deliver(row);
    },
  });

  const chats = Array.from({ length: messages }, () => nextChat++);
  const drafts = chats.map((chatId, i) =>
    toDraft(
      { op: 'send', chatId, text: `Pengingat check-in minggu ini (${i + 1})` },
      { botId: rig.api.botInfo.id, priority: 1 },
    ),
  );
  dropIdleSockets();
  const callsFrom = rig.api.calls.length;
  const statementsFrom = rig.database.statements();

  let start = performance.now();
  const rows = await db.transaction((tx) => platform.outbound.enqueue(tx, drafts));
  const enqueueMs = performance.now() - start;
  start = performance.now();
  await platform.outbound.deliver(rows);
  const deliverMs = performance.now() - start;
  await platform.outbound.settled(); // the sent marks follow in one batched UPDATE
  const recordedMs = performance.now() - start;
  const statementsTo = rig.database.statements();

  const wanted = new Set(chats.map(String));
  const perChat = new Map<string, number>();
  for (const call of rig.api.calls.slice(callsFrom)) {
    const chat = String(call.body.chat_id);
    if (call.method === 'sendMessage' && wanted.has(chat)) perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
  }
  const standInCalls = [...perChat.values()].reduce((a, b) => a + b, 0);
  const stored = await db
    .select({ status: outboundMessages.status, attempts: outboundMessages.attempts })
    .from(outboundMessages)
    .where(
      inArray(
        outboundMessages.id,
        rows.map((r) => r.id),
      ),
    );
  const rowsSentOnce = stored.filter((r) => r.status === 'sent' && r.attempts === 1).length;

  starts.sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; i < starts.length; i++) {
    while (starts[i]! - starts[j]! >= 1000) j++;
    peak = Math.max(peak, i - j + 1);
  }

  const messagesPerSecond = messages / (deliverMs / 1000);
  return {
    label: limit
      ? `limit ${limit.perSecond}/s per bot, ${limit.perChatPerSecond}/s per chat`
      : 'rate limit off',
    messages,
    configuredPerSecond: limit?.perSecond ?? null,
    perChatPerSecond: limit?.perChatPerSecond ?? null,
    enqueueMs,
    deliverMs,
    recordedMs,
    messagesPerSecond,
    achievedOverConfigured: limit ? messagesPerSecond / limit.perSecond : null,
    peakInOneSecond: peak,
    standInCalls,
    rowsSentOnce,
    sentExactlyOnce:
      rows.length === messages &&
      standInCalls === messages &&
      perChat.size === messages &&
      rowsSentOnce === messages,
    statementsPerMessage:
      statementsFrom === undefined || statementsTo === undefined
        ? null
        : (statementsTo - statementsFrom) / messages,
  };
}
