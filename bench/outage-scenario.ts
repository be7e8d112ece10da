/**
 * One database outage under steady traffic, against real dika as a child process: the people
 * each send `/status` (one reply each) every `intervalMs`, the proxy in front of PostgreSQL goes
 * down (`stop`) or silent (`hang`) for `outageMs`, then recovers, and the scenario counts what
 * became of every update. Used by `bench/outage-probe.ts` (30 s outages) and by the fast
 * regression test `test/e2e/database-outage.test.ts` (a few seconds).
 *
 * Telegram is the stand-in of test/support. In long polling it serves the updates as they are
 * sent; in webhook mode this file plays Telegram's side: each chat's next update is posted only
 * after the previous one got 200, and anything else is posted again after a back-off (1 s,
 * doubling to 8 s).
 */
import type { Update, User } from 'grammy/types';
import postgres from 'postgres';
import { Translator } from '../src/i18n/translator.js';
import { type DikaProcess, freePort, startDika } from '../test/support/dika-process.js';
import { TEST_SECRET, TEST_TOKEN } from '../test/support/telegram-harness.js';
import { type BotApiStandIn, startBotApiStandIn } from '../test/support/telegram-stand-in.js';
import { commandMessage, TEST_BOT_INFO, testUser } from '../test/support/telegram-updates.js';
import { type HangRecovery, type OutageKind, startOutageProxy } from './outage-proxy.js';

export interface OutageScenario {
  /** The fresh, migrated database (direct URL); the people are linked here. */
  url: string;
  kind: OutageKind;
  /** For a hang: the stalled connections resume (default) or are reset. */
  recovery?: HangRecovery;
  mode: 'polling' | 'webhook';
  people: number;
  intervalMs: number;
  /** Traffic before the outage starts, and in all (the outage falls inside it). */
  leadMs: number;
  trafficMs: number;
  outageMs: number;
  /** How long to wait after the traffic for the last update and reply. */
  drainTimeoutMs: number;
  /** dika's TELEGRAM_RATE_LIMIT (0: off, so the figures show the database side only). */
  rateLimit?: number;
  /** Telegram user id of the first person. */
  firstUserId?: number;
}

export interface OutageFigures {
  kind: string;
  mode: string;
  sent: number;
  sentDuringOutage: number;
  handled: number;
  lost: number;
  /** Updates with more than one processed_events row can't exist (primary key): replies count. */
  repliesMissing: number;
  repliesDoubled: number;
  /** Replies with the "try again / coba lagi" wording (error-generic or anything like it). */
  retryAnswers: number;
  /** "will be processed automatically" notices, and to how many people. */
  notices: number;
  noticedPeople: number;
  /** From recovery until every update sent before it was recorded, and until all were replied. */
  backlogRecordedMs: number | null;
  backlogRepliedMs: number | null;
  /** Webhook mode: answers other than 200 (Telegram re-sent those). */
  webhookNon200: number;
  dikaStayedUp: boolean;
  dikaErrorLogs: number;
  /** The distinct messages of those error lines (first 120 characters). */
  dikaErrors: string[];
  /** Warnings dika logged, by message. */
  dikaWarnings: Record<string, number>;
  /** Outbound rows still pending 3 s after everything was replied (each would be sent again). */
  pendingAfterDrain: number;
  /** New TCP connections dika opened through the proxy (attempts included). */
  connections: number;
}

const translator = new Translator('id');
const NOTICES = new Set(['id', 'en'].map((l) => translator.t(l as 'id', 'db-unavailable-queued')));
const RETRY_WORDING = /coba lagi|try again|kirim ulang|send it again/i;
const WEBHOOK_SECRET = 'outage-probe-webhook-secret';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a reply tells the person to retry (the notice says "no need to send it again"). */
export function isRetryAnswer(text: string): boolean {
  if (NOTICES.has(text)) return false;
  return (
    RETRY_WORDING.test(text) || ['id', 'en'].some((l) => text === translator.t(l as 'id', 'error-generic'))
  );
}

export const eventIdOf = (update: Update) => `${TEST_BOT_INFO.id}:${update.update_id}`;

/**
 * Links `people` Telegram users to new employees (one multi-row insert each), in a unit whose
 * schedule is paused: dika's scheduler runs in the process, and a reminder due at a minute's turn
 * would count as a second reply to someone's update (it did, in a third of the test's runs).
 */
export async function linkPeople(url: string, people: number, firstUserId: number): Promise<User[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const users = Array.from({ length: people }, (_, i) =>
      testUser({ id: firstUserId + i, first_name: `Orang${i}`, last_name: 'Uji' }),
    );
    const path = `Uji Gangguan ${firstUserId}`;
    const [unit] = await sql<Array<{ id: number }>>`
      insert into org_units (name, path) values (${path}, ${path}) returning id`;
    await sql`insert into unit_schedules (unit_id, paused) values (${unit!.id}, true)`;
    const employees = await sql<Array<{ id: number }>>`
      insert into employees ${sql(
        users.map((u, i) => ({
          nip: `1990010120261${String(u.id % 100_000).padStart(5, '0')}`,
          name: `Orang ${i} Uji`,
          unit_id: unit!.id,
        })),
      )}
      returning id`;
    await sql`insert into channel_identities ${sql(
      users.map((u, i) => ({
        employee_id: employees[i]!.id,
        platform: 'telegram',
        workspace: '',
        external_user_id: String(u.id),
        chat_id: String(u.id),
      })),
    )}`;
    return users;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export async function runOutageScenario(s: OutageScenario): Promise<OutageFigures> {
  const users = await linkPeople(s.url, s.people, s.firstUserId ?? 900_000);
  const direct = postgres(s.url, { max: 1, onnotice: () => {} });
  const target = new URL(s.url);
  const proxy = await startOutageProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const api = await startBotApiStandIn();
  const viaProxy = new URL(s.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const port = await freePort();
  let dika: DikaProcess | undefined;
  try {
    dika = await startDika({
      DATABASE_URL: viaProxy.toString(),
      DIKA_SECRET: TEST_SECRET,
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: api.url,
      TELEGRAM_RATE_LIMIT: String(s.rateLimit ?? 0),
      PORT: String(port),
      ...(s.mode === 'webhook'
        ? {
            TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
            TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
          }
        : {}),
    });
    return await drive(s, users, { api, proxy, dika, direct, port });
  } finally {
    await dika?.stop(15_000);
    await direct.end({ timeout: 1 });
    await proxy.close();
    await api.close();
  }
}

interface Rig {
  api: BotApiStandIn;
  proxy: Awaited<ReturnType<typeof startOutageProxy>>;
  dika: DikaProcess;
  direct: postgres.Sql;
  port: number;
}

async function drive(s: OutageScenario, users: User[], rig: Rig): Promise<OutageFigures> {
  const { api, proxy, dika, direct } = rig;
  const sent: Update[][] = users.map(() => []);
  const sentAt = new Map<number, number>();
  let webhookNon200 = 0;
  const webhookQueues: Update[][] = users.map(() => []);
  const send = (person: number) => {
    const update = commandMessage('status', undefined, { from: users[person]! });
    sent[person]!.push(update);
    sentAt.set(update.update_id, Date.now());
    if (s.mode === 'polling') api.queueUpdates(update);
    else webhookQueues[person]!.push(update);
  };

  const start = Date.now();
  let trafficOver = false;
  const senders = users.map(async (_, person) => {
    await sleep((s.intervalMs * person) / users.length); // spread the people over the interval
    while (Date.now() - start < s.trafficMs) {
      send(person);
      await sleep(s.intervalMs);
    }
  });
  // Webhook: Telegram's side, one delivery at a time per chat, re-sent until it gets 200.
  const deliverers =
    s.mode === 'webhook'
      ? users.map(async (_, person) => {
          const queue = webhookQueues[person]!;
          let backoff = 1_000;
          while (!trafficOver || queue.length > 0) {
            const next = queue[0];
            if (!next) {
              await sleep(50);
              continue;
            }
            const status = await postWebhook(rig.port, next).catch(() => 0);
            if (status === 200) {
              queue.shift();
              backoff = 1_000;
            } else {
              webhookNon200++;
              await sleep(backoff);
              backoff = Math.min(backoff * 2, 8_000);
            }
          }
        })
      : [];

  await sleep(s.leadMs);
  const outageStart = Date.now();
  await proxy.begin(s.kind);
  await sleep(s.outageMs);
  await proxy.recover(s.recovery ?? 'resume');
  const recoveredAt = Date.now();
  const sentBeforeRecovery = sent.flat().filter((u) => sentAt.get(u.update_id)! < recoveredAt);
  const sentDuringOutage = sentBeforeRecovery.filter((u) => sentAt.get(u.update_id)! >= outageStart).length;

  const recorded = async (): Promise<Set<string>> => {
    const rows = await direct<Array<{ id: string }>>`
      select event_id as id from processed_events where platform = 'telegram'`;
    return new Set(rows.map((r) => r.id));
  };
  const repliesPerChat = () => {
    const counts = new Map<number, number>();
    for (const m of api.callsOf('sendMessage')) {
      if (NOTICES.has(String(m.text))) continue;
      counts.set(Number(m.chat_id), (counts.get(Number(m.chat_id)) ?? 0) + 1);
    }
    return counts;
  };
  const beforeRecoveryPerChat = users.map(
    (u, p) => [u.id, sent[p]!.filter((x) => sentAt.get(x.update_id)! < recoveredAt).length] as const,
  );

  let backlogRecordedMs: number | null = null;
  let backlogRepliedMs: number | null = null;
  const allSent = () => sent.flat();
  const drainDeadline = () => start + s.trafficMs + s.drainTimeoutMs;
  // Watch until the traffic is over and everything sent is recorded and replied, or time is up.
  for (;;) {
    const now = Date.now();
    const done = await recorded();
    const replies = repliesPerChat();
    if (backlogRecordedMs === null && sentBeforeRecovery.every((u) => done.has(eventIdOf(u)))) {
      backlogRecordedMs = now - recoveredAt;
    }
    if (
      backlogRepliedMs === null &&
      beforeRecoveryPerChat.every(([chat, n]) => (replies.get(chat) ?? 0) >= n)
    ) {
      backlogRepliedMs = now - recoveredAt;
    }
    if (now - start >= s.trafficMs) trafficOver = true;
    const everything =
      trafficOver &&
      allSent().every((u) => done.has(eventIdOf(u))) &&
      users.every((u, p) => (replies.get(u.id) ?? 0) >= sent[p]!.length);
    if (everything || now > drainDeadline() || dika.child.exitCode !== null) break;
    await sleep(100);
  }
  trafficOver = true;
  await Promise.all(senders);
  await Promise.race([Promise.all(deliverers), sleep(10_000)]);
  // A reply sent but not marked sent would go out again once its lease (60 s) passes: give the
  // marks 3 s, then let the leases pass now, as kill-9.test.ts does, so a double shows up here.
  await sleep(3_000);
  const [{ pending }] = await direct<[{ pending: number }]>`
    select count(*)::int as pending from outbound_messages where status = 'pending'`;
  await direct`update outbound_messages set lease_until = now() - interval '1 second' where status = 'pending'`;
  await sleep(5_000); // the sweeper runs every 2 s

  const done = await recorded();
  const replies = repliesPerChat();
  const all = allSent();
  const texts = api.callsOf('sendMessage').map((m) => String(m.text));
  const notices = api.callsOf('sendMessage').filter((m) => NOTICES.has(String(m.text)));
  const errorLines = dika.logs.filter((l) => Number(l.level ?? 0) >= 50 || 'raw' in l);
  const callbackTexts = api.callsOf('answerCallbackQuery').map((m) => String(m.text ?? ''));
  return {
    kind: s.kind === 'hang' ? `hang (${s.recovery ?? 'resume'})` : 'stop',
    mode: s.mode,
    sent: all.length,
    sentDuringOutage,
    handled: all.filter((u) => done.has(eventIdOf(u))).length,
    lost: all.filter((u) => !done.has(eventIdOf(u))).length,
    repliesMissing: users.reduce((n, u, p) => n + Math.max(0, sent[p]!.length - (replies.get(u.id) ?? 0)), 0),
    repliesDoubled: users.reduce((n, u, p) => n + Math.max(0, (replies.get(u.id) ?? 0) - sent[p]!.length), 0),
    retryAnswers: [...texts, ...callbackTexts].filter(isRetryAnswer).length,
    notices: notices.length,
    noticedPeople: new Set(notices.map((m) => m.chat_id)).size,
    backlogRecordedMs,
    backlogRepliedMs,
    webhookNon200,
    dikaStayedUp: dika.child.exitCode === null && dika.child.signalCode === null,
    dikaErrorLogs: errorLines.length,
    dikaErrors: [...new Set(errorLines.map((l) => String(l.msg ?? l.raw).slice(0, 120)))],
    dikaWarnings: countBy(dika.logs.filter((l) => Number(l.level) === 40).map((l) => String(l.msg))),
    pendingAfterDrain: pending,
    connections: proxy.accepted,
  };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

async function postWebhook(port: number, update: Update): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
    body: JSON.stringify(update),
    signal: AbortSignal.timeout(60_000),
  });
  await response.arrayBuffer();
  return response.status;
}
