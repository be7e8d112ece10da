/**
 * `npm run bench:outage`: 20 people keep answering while PostgreSQL is away for 30 s, stopped
 * cleanly and hung, against real dika (child process, long polling; `--modes polling,webhook`
 * for both). Each case gets a fresh migrated database on the server; see bench/outage-scenario.ts
 * for the traffic and the counting, bench/outage-proxy.ts for the outages. The target (issue 7):
 * 0 lost, 0 doubled, 0 "retry" answers, dika up.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { openDatabase } from '../src/storage/database.js';
import type { HangRecovery, OutageKind } from './outage-proxy.js';
import { type OutageFigures, runOutageScenario } from './outage-scenario.js';

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

const { values: args } = parseArgs({
  options: {
    people: { type: 'string', default: '20' },
    'interval-ms': { type: 'string', default: '1000' },
    'traffic-seconds': { type: 'string', default: '60' },
    'lead-seconds': { type: 'string', default: '15' },
    'outage-seconds': { type: 'string', default: '30' },
    'drain-seconds': { type: 'string', default: '120' },
    cases: { type: 'string', default: 'stop,hang' },
    modes: { type: 'string', default: 'polling' },
    'rate-limit': { type: 'string', default: '0' },
    out: { type: 'string' },
  },
});

/** `hang` resumes the stalled connections; `hang-reset` resets them. */
function caseOf(name: string): { kind: OutageKind; recovery?: HangRecovery } {
  if (name === 'stop') return { kind: 'stop' };
  if (name === 'hang') return { kind: 'hang', recovery: 'resume' };
  if (name === 'hang-reset') return { kind: 'hang', recovery: 'reset' };
  throw new Error(`unknown case ${name} (stop, hang, hang-reset)`);
}

async function freshDatabase(serverUrl: string, name: string) {
  const admin = postgres(serverUrl, { max: 1, connect_timeout: 2, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const migrated = await openDatabase({ url: url.toString(), max: 2 });
  await migrated.close();
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 1 });
    },
  };
}

function table(rows: OutageFigures[]): string {
  const columns: Array<[string, (f: OutageFigures) => string]> = [
    ['outage', (f) => f.kind],
    ['mode', (f) => f.mode],
    ['sent', (f) => String(f.sent)],
    ['in outage', (f) => String(f.sentDuringOutage)],
    ['handled', (f) => String(f.handled)],
    ['lost', (f) => String(f.lost)],
    ['doubled', (f) => String(f.repliesDoubled)],
    ['no reply', (f) => String(f.repliesMissing)],
    ['retry', (f) => String(f.retryAnswers)],
    ['notices/people', (f) => `${f.notices}/${f.noticedPeople}`],
    [
      'recorded after',
      (f) => (f.backlogRecordedMs === null ? 'never' : `${(f.backlogRecordedMs / 1000).toFixed(1)} s`),
    ],
    [
      'replied after',
      (f) => (f.backlogRepliedMs === null ? 'never' : `${(f.backlogRepliedMs / 1000).toFixed(1)} s`),
    ],
    ['webhook non-200', (f) => (f.mode === 'webhook' ? String(f.webhookNon200) : '-')],
    ['dika up', (f) => (f.dikaStayedUp ? 'yes' : 'NO')],
    ['error logs', (f) => String(f.dikaErrorLogs)],
    ['unmarked', (f) => String(f.pendingAfterDrain)],
    ['connections', (f) => String(f.connections)],
  ];
  const cells = [columns.map(([h]) => h), ...rows.map((r) => columns.map(([, get]) => get(r)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  return cells.map((c) => c.map((v, i) => v.padEnd(widths[i]!)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_POSTGRES_URL;
  const people = Number(args.people);
  const results: OutageFigures[] = [];
  for (const mode of args.modes!.split(',') as Array<'polling' | 'webhook'>) {
    for (const name of args.cases!.split(',')) {
      const database = await freshDatabase(serverUrl, `dika_bench_outage_${process.pid}`);
      try {
        console.info(`${name}, ${mode}: ${args['outage-seconds']} s outage…`);
        const figures = await runOutageScenario({
          url: database.url,
          ...caseOf(name),
          mode,
          people,
          intervalMs: Number(args['interval-ms']),
          leadMs: Number(args['lead-seconds']) * 1000,
          trafficMs: Number(args['traffic-seconds']) * 1000,
          outageMs: Number(args['outage-seconds']) * 1000,
          drainTimeoutMs: Number(args['drain-seconds']) * 1000,
          rateLimit: Number(args['rate-limit']),
        });
        console.info(JSON.stringify(figures));
        results.push(figures);
      } finally {
        await database.drop();
      }
    }
  }
  const report = [
    `dika outage probe, ${new Date().toISOString()}`,
    `${people} people each send /status every ${args['interval-ms']} ms for ${args['traffic-seconds']} s; the outage starts after ${args['lead-seconds']} s and lasts ${args['outage-seconds']} s.`,
    `Real dika (child process) -> TCP proxy -> PostgreSQL (${new URL(serverUrl).host}, a fresh database per case); Bot API stand-in; TELEGRAM_RATE_LIMIT=${args['rate-limit']}.`,
    'stop: connections closed, port refused; hang (resume): accepted, nothing passes, then the held bytes flow; hang (reset): stalled connections reset at recovery.',
    'recorded/replied after: from recovery until every update sent before it has its processed_events row / its reply.',
    'unmarked: outbound rows still pending 3 s after the last reply; the probe then expires every lease so the sweeper would resend them (doubled counts that).',
    '',
    table(results),
    '',
    ...results.flatMap((r) =>
      r.dikaErrors.length ? [`${r.kind}, ${r.mode}: errors: ${r.dikaErrors.join(' | ')}`] : [],
    ),
  ].join('\n');
  console.info(`\n${report}`);
  if (args.out) writeFileSync(args.out, `${report}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
