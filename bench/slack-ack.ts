/**
 * `npm run bench:slack`: how fast Slack gets its ack for `/checkin` when 50 people type it at the
 * same moment, through the real Bolt HTTP receiver (signature check included) on loopback, with the
 * check-in's database work running behind the acks. Baseline, measured in the same run at the same
 * concurrency: signed `url_verification` requests, which Bolt answers without any listener. Target:
 * /checkin ack p99 < 200 ms (Slack gives up after 3 s). Embedded PGlite by default; `--postgres`
 * for a fresh database on the server of BENCH_DATABASE_URL / TEST_DATABASE_URL (dropped after).
 * The requests come from a worker thread (bench/slack-ack-load.mjs), whose event loop the server's
 * work cannot hold up.
 */
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import pino from 'pino';
import postgres from 'postgres';
import { startSlack } from '../src/channels/slack/start.js';
import { loadConfig, slackConfigOf } from '../src/config.js';
import { Translator } from '../src/i18n/translator.js';
import { createPlatform } from '../src/services/platform.js';
import { openDatabase } from '../src/storage/database.js';
import { seedKeyResults, THREE_KRS } from '../test/support/okr-seed.js';
import { linkSlack } from '../test/support/slack-harness.js';
import {
  type RawRequest,
  slashCommand,
  TEST_BOT_TOKEN,
  TEST_SIGNING_SECRET,
  TEST_TEAM,
} from '../test/support/slack-requests.js';
import { startSlackStandIn } from '../test/support/slack-stand-in.js';
import { seedEmployee, TEST_SECRET } from '../test/support/telegram-harness.js';
import { ms, summarize } from './stats.js';

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '6' },
    postgres: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results/2026-12-01-slack-ack.json' },
  },
});
const CONCURRENCY = Number(values.concurrency);
const ROUNDS = Number(values.rounds);
const TARGET_P99_MS = 200;

const serverUrl =
  process.env.BENCH_DATABASE_URL ||
  process.env.TEST_DATABASE_URL ||
  'postgres://postgres@127.0.0.1:5432/postgres';
const benchName = `dika_bench_slack_${process.pid}`;
const admin = values.postgres ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : undefined;
await admin?.unsafe(`create database ${benchName}`);
const pgUrl = new URL(serverUrl);
pgUrl.pathname = `/${benchName}`;
const database = await openDatabase(
  values.postgres
    ? { url: pgUrl.toString(), max: 10 }
    : { dataDir: mkdtempSync(join(tmpdir(), 'dika-bench-slack-')) },
);
const api = await startSlackStandIn(TEST_TEAM);
const config = loadConfig({
  SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
  SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
  SLACK_API_URL: api.apiUrl,
  DIKA_SECRET: TEST_SECRET,
});
const slack = slackConfigOf(config);
if (slack.mode !== 'http') throw new Error('expected HTTP mode');
const logger = pino({ level: 'silent' });
const platform = createPlatform({ db: database.db, logger, messagesPerSecond: 0 });
const channel = await startSlack({
  config,
  slack,
  database,
  translator: new Translator('id'),
  logger,
  clock: () => new Date('2026-03-04T02:00:00Z'),
  charts: false,
  methodLimits: false,
  ...platform,
});
const server = createServer((req, res) => {
  if (!channel.route!(req, res)) res.writeHead(404).end();
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

const users: string[] = [];
for (let i = 0; i < CONCURRENCY; i++) {
  const employee = await seedEmployee(database.db, { name: `Pegawai Bench ${i}`, timeZone: 'Asia/Makassar' });
  const user = `U0BENCH${i}`;
  await linkSlack(database.db, employee.id, user);
  await seedKeyResults(
    database.db,
    employee.id,
    THREE_KRS.map((kr) => ({ ...kr, code: `${kr.code}-${i}` })),
  );
  users.push(user);
}

const load = new Worker(new URL('./slack-ack-load.mjs', import.meta.url), {
  workerData: { url, secret: TEST_SIGNING_SECRET },
});
/** Fires every request at once from the worker; each one's time to its HTTP answer (the ack), in ms. */
async function burst(requests: RawRequest[]): Promise<number[]> {
  load.postMessage(requests);
  const [times] = (await once(load, 'message')) as [number[]];
  return times;
}

const verification = (): RawRequest => ({
  body: JSON.stringify({ type: 'url_verification', token: 't', challenge: 'c' }),
  contentType: 'application/json',
});
const baseline: number[] = [];
const checkin: number[] = [];
const form: number[] = [];
await burst(users.map(verification)); // warm-up: connections, JIT
for (let round = 0; round < ROUNDS; round++) {
  baseline.push(...(await burst(users.map(verification))));
  // `/checkin` opens the form (views.open within the trigger's 3 s, then views.update after the
  // database); `/checkin chat` opens the DM check-in. Both ack before their work.
  form.push(
    ...(await burst(
      users.map((user) => slashCommand('/checkin', '', { user, responseUrl: api.responseUrl() })),
    )),
  );
  await channel.app.settled();
  checkin.push(
    ...(await burst(
      users.map((user) => slashCommand('/checkin', 'chat', { user, responseUrl: api.responseUrl() })),
    )),
  );
  await channel.app.settled(); // the next round starts once this round's check-ins are written
  await platform.outbound.settled();
}

const base = summarize(baseline);
const measured = summarize(checkin);
const formAcks = summarize(form);
const result = {
  date: new Date().toISOString(),
  database: database.backend,
  concurrency: CONCURRENCY,
  rounds: ROUNDS,
  baseline: { what: 'signed url_verification, no listener', ...base },
  checkin: { what: 'signed /checkin chat: ack, then the check-in opens in the DM', ...measured },
  form: { what: 'signed /checkin: ack, then views.open and views.update with the form', ...formAcks },
  ratio: { p50: measured.p50 / base.p50, p99: measured.p99 / base.p99 },
  formRatio: { p50: formAcks.p50 / base.p50, p99: formAcks.p99 / base.p99 },
  targetP99Ms: TARGET_P99_MS,
  meetsTarget: measured.p99 < TARGET_P99_MS && formAcks.p99 < TARGET_P99_MS,
  dmPosts: api.callsOf('chat.postMessage').length,
  formsOpened: api.callsOf('views.open').length,
  formsFilled: api.callsOf('views.update').length,
};
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, `${JSON.stringify(result, null, 2)}\n`);
console.info(
  `/checkin chat ack under ${CONCURRENCY} concurrent requests (${database.backend}): p50 ${ms(measured.p50)} ms, p99 ${ms(measured.p99)} ms` +
    ` (baseline p50 ${ms(base.p50)}, p99 ${ms(base.p99)}; ratio p50 ${result.ratio.p50.toFixed(2)}×, p99 ${result.ratio.p99.toFixed(2)}×);` +
    ` form: p50 ${ms(formAcks.p50)} ms, p99 ${ms(formAcks.p99)} ms (${result.formsOpened} opened, ${result.formsFilled} filled)` +
    ` → ${values.out}`,
);
await load.terminate();
await channel.stop();
server.close();
await api.close();
await database.close();
await admin?.unsafe(`drop database if exists ${benchName} with (force)`);
await admin?.end();
process.exit(0);
