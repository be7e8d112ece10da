/**
 * `npm run bench`: latency and throughput of full weekly check-ins through the real Telegram bot
 * (grammY, bot.handleUpdate), the real database and the local Bot API stand-in.
 * See bench/README.md for what is measured and how to read it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { type Counters, perCheckin, readCounters } from './db-counters.js';
import {
  BENCH_NOW,
  callsOfPerson,
  openRig,
  type Person,
  type Rig,
  runCheckin,
  type Sample,
  seedPeople,
  timedUpdate,
  UPDATE_KINDS,
  type UpdateKind,
} from './rig.js';
import { ms, type Summary, summarize, table } from './stats.js';

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const WARMUP_PEOPLE = 3;
const UPDATES_PER_CHECKIN = 14;

const USAGE = `npm run bench -- [options]
  --people <n>        people per measured phase (default 50)
  --concurrency <n>   people checking in at once in the concurrent phase (default 8)
  --pglite            run on embedded PGlite (in memory)
  --postgres          run on PostgreSQL: BENCH_DATABASE_URL, TEST_DATABASE_URL or ${DEFAULT_POSTGRES_URL}
  --out <file>        where to write the JSON results (default: under the OS temp folder)
Without --pglite/--postgres: PGlite, plus PostgreSQL at ${DEFAULT_POSTGRES_URL} if it answers
within 2 s; with BENCH_DATABASE_URL or TEST_DATABASE_URL set, PostgreSQL at that URL only.`;

type Backend = { name: 'pglite' } | { name: 'postgres'; url: string };

interface PhaseResult {
  phase: 'sequential' | 'concurrent' | 'redelivered';
  people: number;
  concurrency: number;
  updates: number;
  wallMs: number;
  updatesPerSecond: number;
  latencyMs: Summary;
  byKindMs: Partial<Record<UpdateKind, Summary>>;
}

interface ApiCalls {
  perCheckinMin: number;
  perCheckinMax: number;
  perCheckinMean: number;
  byMethodPerCheckin: Record<string, number>;
}

interface BackendResult {
  backend: 'pglite' | 'postgres';
  location: string;
  pool: string;
  setupMs: number;
  phases: PhaseResult[];
  apiCalls: { sequential: ApiCalls; concurrent: ApiCalls; redelivered: number };
  /** Per check-in, tables that changed: net rows and tuples inserted/updated/deleted. */
  databasePerCheckin: Counters;
}

function options() {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '50' },
      concurrency: { type: 'string', default: '8' },
      pglite: { type: 'boolean', default: false },
      postgres: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.info(USAGE);
    process.exit(0);
  }
  const positive = (value: string, name: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
    return n;
  };
  return {
    people: positive(values.people, 'people'),
    concurrency: positive(values.concurrency, 'concurrency'),
    pglite: values.pglite,
    postgres: values.postgres,
    out: values.out,
  };
}

/** Whether a PostgreSQL server answers `select 1` within 2 s. */
async function answers(url: string): Promise<boolean> {
  const client = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client`select 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), 2_000);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    await client.end({ timeout: 0 }).catch(() => {});
  }
}

async function chooseBackends(opts: ReturnType<typeof options>): Promise<Backend[]> {
  const envUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
  const url = envUrl ?? DEFAULT_POSTGRES_URL;
  const backends: Backend[] = [];
  if (opts.pglite || opts.postgres) {
    if (opts.pglite) backends.push({ name: 'pglite' });
    if (opts.postgres) backends.push({ name: 'postgres', url });
    return backends;
  }
  if (envUrl) return [{ name: 'postgres', url: envUrl }];
  backends.push({ name: 'pglite' });
  if (await answers(DEFAULT_POSTGRES_URL)) backends.push({ name: 'postgres', url: DEFAULT_POSTGRES_URL });
  else console.info(`PostgreSQL does not answer on ${DEFAULT_POSTGRES_URL}: PGlite only.\n`);
  return backends;
}

function phaseResult(
  phase: PhaseResult['phase'],
  people: number,
  concurrency: number,
  samples: Sample[],
  wallMs: number,
): PhaseResult {
  const byKindMs: PhaseResult['byKindMs'] = {};
  for (const kind of UPDATE_KINDS) {
    const of = samples.filter((s) => s.kind === kind).map((s) => s.ms);
    if (of.length > 0) byKindMs[kind] = summarize(of);
  }
  return {
    phase,
    people,
    concurrency,
    updates: samples.length,
    wallMs,
    updatesPerSecond: samples.length / (wallMs / 1000),
    latencyMs: summarize(samples.map((s) => s.ms)),
    byKindMs,
  };
}

/** Bot API calls per person (by chat) since `from`, checked against the phase's total. */
function apiCallsOf(rig: Rig, people: Person[], from: number): ApiCalls {
  const per = people.map((p) => callsOfPerson(rig, p, from).length);
  const all = rig.api.calls.slice(from);
  if (per.reduce((a, b) => a + b, 0) !== all.length) {
    throw new Error(`Bot API calls not attributable to people: ${all.length} vs ${per.join('+')}`);
  }
  const byMethod: Record<string, number> = {};
  for (const c of all) byMethod[c.method] = (byMethod[c.method] ?? 0) + 1;
  for (const m of Object.keys(byMethod)) byMethod[m] = byMethod[m]! / people.length;
  return {
    perCheckinMin: Math.min(...per),
    perCheckinMax: Math.max(...per),
    perCheckinMean: all.length / people.length,
    byMethodPerCheckin: byMethod,
  };
}

/** Set while a rig is open, so Ctrl-C still drops the fresh PostgreSQL database. */
let openRigToClose: Rig | undefined;
process.once('SIGINT', () => {
  const rig = openRigToClose;
  void (rig ? rig.close() : Promise.resolve()).finally(() => process.exit(130));
});

async function measure(backend: Backend, people: number, concurrency: number): Promise<BackendResult> {
  const setupStart = performance.now();
  const rig = await openRig(backend.name === 'postgres' ? backend.url : undefined);
  openRigToClose = rig;
  try {
    const warm = await seedPeople(rig, 0, WARMUP_PEOPLE);
    const sequential = await seedPeople(rig, WARMUP_PEOPLE, people);
    const parallel = await seedPeople(rig, WARMUP_PEOPLE + people, people);
    const setupMs = performance.now() - setupStart;
    const label = backend.name === 'pglite' ? 'PGlite' : 'PostgreSQL';
    console.info(
      `${label}: database ready and ${WARMUP_PEOPLE + 2 * people} people seeded in ${ms(setupMs)} ms`,
    );

    for (const p of warm) await runCheckin(rig, p); // JIT, plan caches, connections: not measured
    const before = await readCounters(rig.database);

    // 1. One person after another.
    let callsFrom = rig.api.calls.length;
    let start = performance.now();
    const seqSamples: Sample[] = [];
    for (const p of sequential) seqSamples.push(...(await runCheckin(rig, p)));
    const seq = phaseResult('sequential', people, 1, seqSamples, performance.now() - start);
    const seqCalls = apiCallsOf(rig, sequential, callsFrom);
    const after = await readCounters(rig.database);
    console.info(`  sequential: ${seq.updates} updates in ${ms(seq.wallMs)} ms`);

    // 2. The same updates delivered a second time (webhook retry, runner restart).
    callsFrom = rig.api.calls.length;
    start = performance.now();
    const redeliveries: Sample[] = [];
    for (const s of seqSamples) redeliveries.push(await timedUpdate(rig, s.kind, s.update));
    const redo = phaseResult('redelivered', people, 1, redeliveries, performance.now() - start);
    const redoCalls = rig.api.calls.length - callsFrom;
    console.info(`  redelivered: ${redo.updates} updates in ${ms(redo.wallMs)} ms`);

    // 3. `concurrency` people at once; each person's updates stay in order.
    callsFrom = rig.api.calls.length;
    const queue = [...parallel];
    const parSamples: Sample[] = [];
    const worker = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) parSamples.push(...(await runCheckin(rig, p)));
    };
    start = performance.now();
    await Promise.all(Array.from({ length: Math.min(concurrency, people) }, worker));
    const par = phaseResult(
      'concurrent',
      people,
      Math.min(concurrency, people),
      parSamples,
      performance.now() - start,
    );
    const parCalls = apiCallsOf(rig, parallel, callsFrom);
    console.info(`  concurrent: ${par.updates} updates in ${ms(par.wallMs)} ms`);

    return {
      backend: rig.database.backend,
      location: rig.database.location,
      pool: backend.name === 'pglite' ? '1 connection (in process)' : 'postgres.js, max 4 connections',
      setupMs,
      phases: [seq, par, redo],
      apiCalls: { sequential: seqCalls, concurrent: parCalls, redelivered: redoCalls },
      databasePerCheckin: perCheckin(before, after, people),
    };
  } finally {
    openRigToClose = undefined;
    await rig.close();
  }
}

const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

function report(result: BackendResult, people: number): string {
  const out: string[] = [];
  const title = `${result.backend === 'pglite' ? 'PGlite' : 'PostgreSQL'} (${result.location}; ${result.pool})`;
  out.push(title, '='.repeat(title.length));
  const phaseName = (p: PhaseResult) =>
    p.phase === 'concurrent'
      ? `concurrent x${p.concurrency}`
      : p.phase === 'redelivered'
        ? 'redelivered (2nd)'
        : 'sequential';
  out.push(
    table([
      ['per update (ms)', 'updates', 'mean', 'p50', 'p95', 'p99', 'max', 'updates/s', 'check-ins/s'],
      ...result.phases.map((p) => [
        phaseName(p),
        p.updates,
        ms(p.latencyMs.mean),
        ms(p.latencyMs.p50),
        ms(p.latencyMs.p95),
        ms(p.latencyMs.p99),
        ms(p.latencyMs.max),
        p.updatesPerSecond.toFixed(0),
        p.phase === 'redelivered' ? '-' : (p.updatesPerSecond / UPDATES_PER_CHECKIN).toFixed(1),
      ]),
    ]),
  );
  out.push('');
  const [seq, par, redo] = result.phases;
  const perCheckin = (kind: UpdateKind) => (seq!.byKindMs[kind]?.count ?? 0) / people;
  out.push(
    table([
      ['mean ms by kind', 'per check-in', 'sequential', 'concurrent', 'redelivered'],
      ...UPDATE_KINDS.map((kind) => [
        kind,
        round(perCheckin(kind)),
        ms(seq!.byKindMs[kind]?.mean ?? Number.NaN),
        ms(par!.byKindMs[kind]?.mean ?? Number.NaN),
        ms(redo!.byKindMs[kind]?.mean ?? Number.NaN),
      ]),
    ]),
  );
  out.push('');
  const calls = result.apiCalls;
  const methods = Object.entries(calls.sequential.byMethodPerCheckin)
    .map(([m, n]) => `${m} ${round(n)}`)
    .join(', ');
  out.push(
    `Bot API calls per check-in: ${round(calls.sequential.perCheckinMean)} (${methods}); ` +
      `per person ${calls.sequential.perCheckinMin}-${calls.sequential.perCheckinMax} sequential, ` +
      `${calls.concurrent.perCheckinMin}-${calls.concurrent.perCheckinMax} concurrent; ` +
      `${calls.redelivered} for all redeliveries`,
  );
  const db = Object.entries(result.databasePerCheckin);
  const total = (f: 'rows' | 'inserted' | 'updated' | 'deleted') =>
    round(db.reduce((a, [, c]) => a + c[f], 0));
  out.push(
    `Database per check-in: ${total('rows')} rows added; tuples ${total('inserted')} inserted, ` +
      `${total('updated')} updated, ${total('deleted')} deleted`,
  );
  out.push(
    table([
      ['table', 'rows added', 'inserted', 'updated', 'deleted'],
      ...db.map(([name, c]) => [name, round(c.rows), round(c.inserted), round(c.updated), round(c.deleted)]),
    ]),
  );
  return out.join('\n');
}

async function main(): Promise<void> {
  const opts = options();
  const backends = await chooseBackends(opts);
  console.info(
    `dika bench: ${opts.people} people x ${UPDATES_PER_CHECKIN} updates (full check-in of 3 KRs) per phase, ` +
      `warm-up ${WARMUP_PEOPLE} people, concurrency ${opts.concurrency}, clock ${BENCH_NOW.toISOString()}\n`,
  );
  const results: BackendResult[] = [];
  for (const backend of backends) results.push(await measure(backend, opts.people, opts.concurrency));

  console.info('');
  for (const result of results) console.info(`${report(result, opts.people)}\n`);

  const file = resolve(opts.out ?? join(tmpdir(), 'dika-bench', 'latest.json'));
  mkdirSync(dirname(file), { recursive: true });
  const json = {
    tool: 'dika bench',
    finishedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    options: {
      people: opts.people,
      concurrency: opts.concurrency,
      warmupPeople: WARMUP_PEOPLE,
      updatesPerCheckin: UPDATES_PER_CHECKIN,
      clock: BENCH_NOW.toISOString(),
    },
    results,
  };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.info(`Results written to ${file}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
