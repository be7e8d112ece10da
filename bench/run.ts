/**
 * `npm run bench`: latency and throughput of full weekly check-ins through the real Telegram bot
 * (grammY, bot.handleUpdate), the real database and the local Bot API stand-in, as ratios to bare
 * transactions measured in the same run through the same pool; outbound throughput with the rate
 * limit off and on; and the same figures of an earlier commit's bench ("before").
 * See bench/README.md for what is measured and how to read it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import {
  BASELINE_KINDS,
  BASELINE_LABELS,
  type BaselineKind,
  type BaselineResult,
  createScratchTables,
  mergeStretches,
  runBaseline,
  type Stretch,
} from './baseline.js';
import { type BeforeResult, compare, DEFAULT_BEFORE_REF, figuresOf, runBefore } from './before.js';
import { type Counters, perCheckin, readCounters } from './db-counters.js';
import { measureOutbound, type OutboundResult } from './outbound.js';
import { type ProfileSummary, profile } from './profile.js';
import {
  BENCH_NOW,
  callsOfPerson,
  dropIdleSockets,
  openRig,
  type Person,
  POOL_SIZE,
  type Rig,
  runCheckin,
  type Sample,
  seedPeople,
  timedUpdate,
  UPDATE_KINDS,
  type UpdateKind,
} from './rig.js';
import { auditRoundTrips, type RoundTripAudit } from './round-trips.js';
import { ms, type Summary, summarize, table } from './stats.js';

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const WARMUP_PEOPLE = 3;
const UPDATES_PER_CHECKIN = 14;
/** People whose check-ins go through the round-trip counting proxy (the first is a warm-up). */
const AUDIT_PEOPLE = 4;
/** How far the machine's speed may move between the old bench and this run for before/after to count. */
const MACHINE_SPEED_TOLERANCE = 1.25;
/** Targets from the platform-layer issue. */
const TARGET = { rateOverTwoStatement: 0.5, p50OverTwoStatement: 3, roundTripsPerUpdate: 3 };

const USAGE = `npm run bench -- [options]
  --people <n>            people per measured dika phase (default 50; a concurrent phase rounds up
                          to a multiple of its concurrency)
  --concurrency <list>    concurrency levels, comma-separated (default 1,8,16; 1 is always run)
  --baseline-seconds <s>  measured seconds per baseline and level, half just before and half just
                          after dika's phase at that level (default 1.5)
  --outbound <n>          messages of the outbound run without rate limit (default 2000)
  --outbound-rate <n>     bot-wide limit of the rate-limited outbound run, messages/s (default 200;
                          it sends 3 s worth, 1 message/s per chat)
  --before <git ref>      also run that commit's bench on PostgreSQL and compare (default ${DEFAULT_BEFORE_REF})
  --no-before             skip it
  --profile               after the measurements, CPU-profile an extra sequential pass (not counted)
  --pglite                run on embedded PGlite (in memory)
  --postgres              run on PostgreSQL: BENCH_DATABASE_URL, TEST_DATABASE_URL or ${DEFAULT_POSTGRES_URL}
  --out <file>            where to write the JSON results (default: under the OS temp folder)
  --save                  also write it to bench/results/<yyyy-mm-dd>-platform-layer.json
Without --pglite/--postgres: PGlite, plus PostgreSQL at ${DEFAULT_POSTGRES_URL} if it answers
within 2 s; with BENCH_DATABASE_URL or TEST_DATABASE_URL set, PostgreSQL at that URL only.`;

type Backend = { name: 'pglite' } | { name: 'postgres'; url: string };

interface ApiCalls {
  perCheckinMin: number;
  perCheckinMax: number;
  perCheckinMean: number;
  byMethodPerCheckin: Record<string, number>;
}

interface PhaseResult {
  phase: 'sequential' | 'concurrent' | 'redelivered';
  people: number;
  concurrency: number;
  updates: number;
  wallMs: number;
  updatesPerSecond: number;
  latencyMs: Summary;
  byKindMs: Partial<Record<UpdateKind, Summary>>;
  /**
   * Per update, as dika's database layer reports them (`onQuery`): statements (BEGIN/COMMIT and
   * the delivery bookkeeping included) and the ones that cost a round trip of their own. Null on
   * PGlite. The wire's own count is in `roundTrips` of the backend (an audit pass).
   */
  statementsPerUpdate: number | null;
  roundTripsPerUpdate: number | null;
  /** Bot API calls per check-in (check-in phases) or in all (redelivered: must be 0). */
  botApiCalls: ApiCalls | number;
}

interface LevelRatio {
  concurrency: number;
  dika: {
    updatesPerSecond: number;
    p50Ms: number;
    statementsPerUpdate: number | null;
    /** Reported by dika's database layer in this phase. */
    roundTripsPerUpdate: number | null;
    /** Counted on the wire in the audit pass (sequential; the same for every level). */
    wireRoundTripsPerUpdate: number | null;
  };
  baselines: Partial<Record<BaselineKind, { transactionsPerSecond: number; p50Ms: number }>>;
  /** dika updates/s ÷ baseline transactions/s. */
  rateOver: Partial<Record<BaselineKind, number>>;
  /** dika p50 ÷ baseline p50. */
  p50Over: Partial<Record<BaselineKind, number>>;
  /** null where the target does not apply (the rate target is for concurrency > 1). */
  meets: { rate: boolean | null; p50: boolean; roundTrips: boolean | null; wireRoundTrips: boolean | null };
}

interface BackendResult {
  backend: 'pglite' | 'postgres';
  location: string;
  pool: string;
  setupMs: number;
  concurrencyLevels: number[];
  baselines: BaselineResult[];
  phases: PhaseResult[];
  ratios: LevelRatio[];
  /** Per check-in, tables that changed during the sequential phase: net rows and tuples inserted/updated/deleted. */
  databasePerCheckin: Counters;
  outbound: OutboundResult[];
  /** Network round trips counted on the wire (PostgreSQL only). */
  roundTrips: RoundTripAudit | null;
  profile: ProfileSummary | null;
}

/** A 1 s run of the two-statement baseline at concurrency 1: how fast the machine is right now. */
interface Probe {
  transactionsPerSecond: number;
  p50Ms: number;
}

function options() {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '50' },
      concurrency: { type: 'string', default: '1,8,16' },
      'baseline-seconds': { type: 'string', default: '1.5' },
      outbound: { type: 'string', default: '2000' },
      'outbound-rate': { type: 'string', default: '200' },
      before: { type: 'string', default: DEFAULT_BEFORE_REF },
      'no-before': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      pglite: { type: 'boolean', default: false },
      postgres: { type: 'boolean', default: false },
      out: { type: 'string' },
      save: { type: 'boolean', default: false },
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
  const levels = [
    ...new Set([1, ...values.concurrency.split(',').map((v) => positive(v.trim(), 'concurrency'))]),
  ];
  const seconds = Number(values['baseline-seconds']);
  if (!(seconds > 0)) throw new Error('--baseline-seconds must be a positive number');
  return {
    people: positive(values.people, 'people'),
    levels: levels.sort((a, b) => a - b),
    baselineMs: seconds * 1000,
    outbound: positive(values.outbound, 'outbound'),
    outboundRate: positive(values['outbound-rate'], 'outbound-rate'),
    before: values['no-before'] ? undefined : values.before,
    profile: values.profile,
    pglite: values.pglite,
    postgres: values.postgres,
    out: values.out,
    save: values.save,
  };
}
type Options = ReturnType<typeof options>;

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

async function chooseBackends(opts: Options): Promise<Backend[]> {
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
  counted: Counted,
  botApiCalls: PhaseResult['botApiCalls'],
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
    statementsPerUpdate: counted.statements === null ? null : counted.statements / samples.length,
    roundTripsPerUpdate: counted.roundTrips === null ? null : counted.roundTrips / samples.length,
    botApiCalls,
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

interface Counted {
  statements: number | null;
  roundTrips: number | null;
}

/** Statements and round trips dika's database layer reported while `work` ran (null on PGlite). */
async function counting<T>(rig: Rig, work: () => Promise<T>): Promise<{ result: T; counted: Counted }> {
  const db = rig.database;
  const from = { statements: db.statements(), roundTrips: db.roundTrips() };
  const result = await work();
  const to = { statements: db.statements(), roundTrips: db.roundTrips() };
  const delta = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? null : b - a;
  return {
    result,
    counted: {
      statements: delta(from.statements, to.statements),
      roundTrips: delta(from.roundTrips, to.roundTrips),
    },
  };
}

/** `people` check in, `concurrency` at a time; each person's updates stay in order. */
async function checkins(rig: Rig, people: Person[], concurrency: number) {
  dropIdleSockets();
  const queue = [...people];
  const samples: Sample[] = [];
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) samples.push(...(await runCheckin(rig, p)));
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, people.length) }, worker));
  return { samples, wallMs: performance.now() - start };
}

/** Set while a rig is open, so Ctrl-C still drops the fresh PostgreSQL database. */
let openRigToClose: Rig | undefined;
process.once('SIGINT', () => {
  const rig = openRigToClose;
  void (rig ? rig.close() : Promise.resolve()).finally(() => process.exit(130));
});

function levelRatio(
  level: number,
  dika: PhaseResult,
  baselines: BaselineResult[],
  wireRoundTripsPerUpdate: number | null,
): LevelRatio {
  const ratio: LevelRatio = {
    concurrency: level,
    dika: {
      updatesPerSecond: dika.updatesPerSecond,
      p50Ms: dika.latencyMs.p50,
      statementsPerUpdate: dika.statementsPerUpdate,
      roundTripsPerUpdate: dika.roundTripsPerUpdate,
      wireRoundTripsPerUpdate,
    },
    baselines: {},
    rateOver: {},
    p50Over: {},
    meets: { rate: null, p50: false, roundTrips: null, wireRoundTrips: null },
  };
  for (const b of baselines.filter((x) => x.concurrency === level)) {
    ratio.baselines[b.kind] = { transactionsPerSecond: b.transactionsPerSecond, p50Ms: b.latencyMs.p50 };
    ratio.rateOver[b.kind] = dika.updatesPerSecond / b.transactionsPerSecond;
    ratio.p50Over[b.kind] = dika.latencyMs.p50 / b.latencyMs.p50;
  }
  const rate = ratio.rateOver['two-statement'];
  const p50 = ratio.p50Over['two-statement'];
  ratio.meets = {
    rate: level > 1 && rate !== undefined ? rate >= TARGET.rateOverTwoStatement : null,
    p50: p50 !== undefined && p50 <= TARGET.p50OverTwoStatement,
    roundTrips:
      dika.roundTripsPerUpdate === null ? null : dika.roundTripsPerUpdate <= TARGET.roundTripsPerUpdate,
    wireRoundTrips:
      wireRoundTripsPerUpdate === null ? null : wireRoundTripsPerUpdate <= TARGET.roundTripsPerUpdate,
  };
  return ratio;
}

/**
 * `between` (the "before" bench) runs once this rig is set up and warm, between two probes of the
 * machine's speed, just before this run's own phases.
 */
async function measure(
  backend: Backend,
  opts: Options,
  between?: () => Promise<void>,
): Promise<{ result: BackendResult; probes: Probe[] }> {
  const label = backend.name === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const setupStart = performance.now();
  const rig = await openRig(backend.name === 'postgres' ? backend.url : undefined);
  openRigToClose = rig;
  try {
    await createScratchTables(rig.database.db);
    let next = 0;
    const seed = async (count: number) => {
      const people = await seedPeople(rig, next, count);
      next += count;
      return people;
    };
    const warm = await seed(WARMUP_PEOPLE);
    const groups = new Map<number, Person[]>();
    for (const level of opts.levels) {
      groups.set(level, await seed(Math.ceil(opts.people / level) * level));
    }
    const audit = backend.name === 'postgres' ? await seed(AUDIT_PEOPLE) : [];
    const profiled = opts.profile ? await seed(Math.min(opts.people, 20)) : [];
    const setupMs = performance.now() - setupStart;
    console.info(`${label}: database ready and ${next} people seeded in ${ms(setupMs)} ms`);

    for (const p of warm) await runCheckin(rig, p); // JIT, plan caches, connections: not measured

    const probes: Probe[] = [];
    if (between) {
      const probe = async () => {
        const b = mergeStretches([await runBaseline(rig.database, 'two-statement', 1, 1000)]);
        probes.push({ transactionsPerSecond: b.transactionsPerSecond, p50Ms: b.latencyMs.p50 });
      };
      await probe();
      await between();
      await probe();
    }

    const baselines: BaselineResult[] = [];
    const phases: PhaseResult[] = [];
    const dikaAt = new Map<number, PhaseResult>();
    let databasePerCheckin: Counters = {};
    for (const level of opts.levels) {
      // Each baseline runs twice, half its time just before dika's phase and half just after, so a
      // change in the machine's speed during the phase weighs on both sides of the ratio.
      const stretches = new Map<BaselineKind, Stretch[]>();
      const stretch = async (kinds: readonly BaselineKind[]) => {
        for (const kind of kinds) {
          const s = await runBaseline(rig.database, kind, level, opts.baselineMs / 2);
          stretches.set(kind, [...(stretches.get(kind) ?? []), s]);
        }
      };
      const closeBaselines = async () => {
        await stretch([...BASELINE_KINDS].reverse());
        for (const kind of BASELINE_KINDS) {
          const b = mergeStretches(stretches.get(kind)!);
          baselines.push(b);
          console.info(
            `  ${BASELINE_LABELS[kind]} x${level}: ${b.transactions} in ${ms(b.wallMs)} ms, ` +
              `${b.transactionsPerSecond.toFixed(0)}/s (${b.stretchesPerSecond.map((r) => r.toFixed(0)).join(' before, ')} after), ` +
              `p50 ${ms(b.latencyMs.p50)} ms`,
          );
        }
      };
      await stretch(BASELINE_KINDS);
      const people = groups.get(level)!;
      const callsFrom = rig.api.calls.length;
      if (level === 1) {
        const before = await readCounters(rig.database, POOL_SIZE);
        const { result: run, counted } = await counting(rig, () => checkins(rig, people, 1));
        const seq = phaseResult(
          'sequential',
          people.length,
          1,
          run.samples,
          run.wallMs,
          counted,
          apiCallsOf(rig, people, callsFrom),
        );
        const after = await readCounters(rig.database, POOL_SIZE);
        databasePerCheckin = perCheckin(before, after, people.length);
        phases.push(seq);
        dikaAt.set(1, seq);
        console.info(`  dika sequential: ${seq.updates} updates in ${ms(seq.wallMs)} ms`);
        await closeBaselines();

        // The same updates delivered a second time (webhook retry, runner restart).
        const redoFrom = rig.api.calls.length;
        const start = performance.now();
        const redo = await counting(rig, async () => {
          const samples: Sample[] = [];
          for (const s of run.samples) samples.push(await timedUpdate(rig, s.kind, s.update));
          return samples;
        });
        const redone = phaseResult(
          'redelivered',
          people.length,
          1,
          redo.result,
          performance.now() - start,
          redo.counted,
          rig.api.calls.length - redoFrom,
        );
        phases.push(redone);
        console.info(`  dika redelivered: ${redone.updates} updates in ${ms(redone.wallMs)} ms`);
      } else {
        const { result: run, counted } = await counting(rig, () => checkins(rig, people, level));
        const par = phaseResult(
          'concurrent',
          people.length,
          level,
          run.samples,
          run.wallMs,
          counted,
          apiCallsOf(rig, people, callsFrom),
        );
        phases.push(par);
        dikaAt.set(level, par);
        console.info(`  dika concurrent x${level}: ${par.updates} updates in ${ms(par.wallMs)} ms`);
        await closeBaselines();
      }
    }

    const outbound: OutboundResult[] = [];
    outbound.push(await measureOutbound(rig, opts.outbound, undefined));
    outbound.push(
      await measureOutbound(rig, 3 * opts.outboundRate, {
        perSecond: opts.outboundRate,
        perChatPerSecond: 1,
      }),
    );
    for (const o of outbound) {
      console.info(`  outbound, ${o.label}: ${o.messages} in ${ms(o.deliverMs)} ms`);
    }

    const roundTrips = audit.length > 0 ? await auditRoundTrips(rig, audit) : null;
    if (roundTrips) console.info(`  round trips counted on the wire over ${roundTrips.updates} updates`);

    let profileSummary: ProfileSummary | null = null;
    if (profiled.length > 0) {
      const file = resolve(tmpdir(), 'dika-bench', `sequential-${backend.name}.cpuprofile`);
      mkdirSync(dirname(file), { recursive: true });
      profileSummary = (await profile(file, () => checkins(rig, profiled, 1))).summary;
      console.info(`  profiled ${profiled.length} more sequential check-ins: ${file}`);
    }

    const result: BackendResult = {
      backend: rig.database.backend,
      location: rig.database.location,
      pool:
        backend.name === 'pglite'
          ? '1 connection (in process)'
          : `postgres.js, max ${POOL_SIZE} connections (dika and the baselines share it)`,
      setupMs,
      concurrencyLevels: opts.levels,
      baselines,
      phases,
      ratios: opts.levels.map((level) =>
        levelRatio(level, dikaAt.get(level)!, baselines, roundTrips?.perUpdate.roundTrips ?? null),
      ),
      databasePerCheckin,
      outbound,
      roundTrips,
      profile: profileSummary,
    };
    return { result, probes };
  } finally {
    openRigToClose = undefined;
    await rig.close();
  }
}

const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const x = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '-' : `${n.toFixed(2)}x`);
const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? ' ok' : ' MISSED');

function phaseName(p: PhaseResult): string {
  if (p.phase === 'concurrent') return `concurrent x${p.concurrency}`;
  if (p.phase === 'redelivered') return 'redelivered (2nd)';
  return 'sequential (x1)';
}

function report(result: BackendResult, people: number): string {
  const out: string[] = [];
  const title = `${result.backend === 'pglite' ? 'PGlite' : 'PostgreSQL'} (${result.location}; ${result.pool})`;
  out.push(title, '='.repeat(title.length));
  out.push(
    table([
      [
        'dika, per update (ms)',
        'updates',
        'mean',
        'p50',
        'p95',
        'p99',
        'max',
        'updates/s',
        'check-ins/s',
        'stmts/update',
        'round trips/update',
      ],
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
        p.statementsPerUpdate === null ? '-' : round(p.statementsPerUpdate),
        p.roundTripsPerUpdate === null ? '-' : round(p.roundTripsPerUpdate),
      ]),
    ]),
  );
  out.push('');
  out.push(
    table([
      ['baseline (same pool)', 'via', 'tx', 'tx/s', 'before / after dika', 'p50', 'p95', 'stmts/tx'],
      ...result.baselines.map((b) => [
        `${BASELINE_LABELS[b.kind]} x${b.concurrency}`,
        b.via,
        b.transactions,
        b.transactionsPerSecond.toFixed(0),
        b.stretchesPerSecond.map((r) => r.toFixed(0)).join(' / '),
        ms(b.latencyMs.p50),
        ms(b.latencyMs.p95),
        round(b.statementsPerTransaction),
      ]),
    ]),
  );
  out.push('');
  const rt = result.roundTrips;
  out.push(
    table([
      [
        'dika ÷ baseline',
        'updates/s',
        '÷ INSERT tx/s',
        `÷ 2-stmt tx/s (≥${TARGET.rateOverTwoStatement})`,
        'p50 ms',
        '÷ INSERT p50',
        `÷ 2-stmt p50 (≤${TARGET.p50OverTwoStatement})`,
        '÷ 2-stmt drizzle tx/s',
      ],
      ...result.ratios.map((r) => [
        `x${r.concurrency}`,
        r.dika.updatesPerSecond.toFixed(0),
        x(r.rateOver.insert),
        `${x(r.rateOver['two-statement'])}${verdict(r.meets.rate)}`,
        ms(r.dika.p50Ms),
        x(r.p50Over.insert),
        `${x(r.p50Over['two-statement'])}${verdict(r.meets.p50)}`,
        x(r.rateOver['two-statement-drizzle']),
      ]),
    ]),
  );
  const seq = result.phases.find((p) => p.phase === 'sequential');
  const redo = result.phases.find((p) => p.phase === 'redelivered');
  const rtText = (c: { statements: number; reportedRoundTrips: number; roundTrips: number }) =>
    `${round(c.statements)} / ${round(c.reportedRoundTrips)} / ${round(c.roundTrips)}`;
  if (seq?.statementsPerUpdate != null && seq.roundTripsPerUpdate != null) {
    out.push(
      `Per update (sequential), as dika's database layer reports them: ${round(seq.statementsPerUpdate)} statements, ` +
        `${round(seq.roundTripsPerUpdate)} round trips (target ≤ ${TARGET.roundTripsPerUpdate}:` +
        `${verdict(seq.roundTripsPerUpdate <= TARGET.roundTripsPerUpdate)})`,
    );
  }
  if (rt) {
    out.push(
      `Counted on the wire (audit pass, ${rt.updates} sequential updates through a counting proxy): ` +
        `${round(rt.perUpdate.roundTrips)} round trips per update, of which ${round(rt.perUpdate.describeWaits)} ` +
        `only to finish an unprepared statement (target ≤ ${TARGET.roundTripsPerUpdate}:` +
        `${verdict(rt.perUpdate.roundTrips <= TARGET.roundTripsPerUpdate)}); a redelivery ${round(rt.perRedelivery.roundTrips)}`,
    );
    out.push(
      `  statements / reported round trips / wire round trips, by kind: ${Object.entries(rt.byKind)
        .map(([k, c]) => `${k} ${rtText(c)}`)
        .join(', ')}; redelivery ${rtText(rt.perRedelivery)}`,
    );
    out.push(
      `  baselines on the wire (statements / round trips per tx): ${rt.baselines
        .map((b) => `${BASELINE_LABELS[b.kind]} ${round(b.statements)} / ${round(b.roundTrips)}`)
        .join(', ')}`,
    );
    const button = rt.trace.find((t) => t.kind === 'button');
    if (button) {
      out.push(`  one button update, round trip by round trip:`);
      for (const [i, t] of button.roundTrips.entries()) out.push(`    ${String(i + 1).padStart(2)}. ${t}`);
    }
  }
  out.push('');

  out.push(
    table([
      [
        'outbound to the stand-in',
        'messages',
        'deliver ms',
        'marked sent ms',
        'messages/s',
        'configured/s',
        'achieved ÷ configured',
        'peak in 1 s',
        'sent once',
        'stmts/msg',
      ],
      ...result.outbound.map((o) => [
        o.label,
        o.messages,
        ms(o.deliverMs),
        ms(o.recordedMs),
        o.messagesPerSecond.toFixed(0),
        o.configuredPerSecond ?? '-',
        o.achievedOverConfigured === null ? '-' : o.achievedOverConfigured.toFixed(3),
        o.peakInOneSecond,
        o.sentExactlyOnce
          ? `yes (${o.standInCalls})`
          : `NO (${o.standInCalls} calls, ${o.rowsSentOnce} rows)`,
        o.statementsPerMessage === null ? '-' : o.statementsPerMessage.toFixed(3),
      ]),
    ]),
  );
  out.push('');

  const seqPhase = seq!;
  const concurrent = result.phases.filter((p) => p.phase === 'concurrent');
  const perCheckinOf = (kind: UpdateKind) => (seqPhase.byKindMs[kind]?.count ?? 0) / people;
  out.push(
    table([
      [
        'mean ms by kind',
        'per check-in',
        'sequential',
        ...concurrent.map((p) => `x${p.concurrency}`),
        'redelivered',
      ],
      ...UPDATE_KINDS.map((kind) => [
        kind,
        round(perCheckinOf(kind)),
        ms(seqPhase.byKindMs[kind]?.mean ?? Number.NaN),
        ...concurrent.map((p) => ms(p.byKindMs[kind]?.mean ?? Number.NaN)),
        ms(redo?.byKindMs[kind]?.mean ?? Number.NaN),
      ]),
    ]),
  );
  out.push('');
  const calls = seqPhase.botApiCalls as ApiCalls;
  const methods = Object.entries(calls.byMethodPerCheckin)
    .map(([m, n]) => `${m} ${round(n)}`)
    .join(', ');
  out.push(
    `Bot API calls per check-in: ${round(calls.perCheckinMean)} (${methods}); per person ` +
      [seqPhase, ...concurrent]
        .map((p) => {
          const c = p.botApiCalls as ApiCalls;
          return `${c.perCheckinMin}-${c.perCheckinMax} ${phaseName(p)}`;
        })
        .join(', ') +
      `; ${redo?.botApiCalls ?? '-'} for all redeliveries`,
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
  if (result.profile) {
    const p = result.profile;
    out.push('');
    out.push(
      `CPU profile of ${ms(p.totalMs)} ms of extra sequential check-ins (${p.file}): ` +
        `${ms(p.busyMs)} ms busy, ${ms(p.idleMs)} ms idle (waiting for I/O); self time, share of busy:`,
    );
    out.push(
      table([
        ['module (self)', 'ms', 'share', 'module (native/node work charged to its caller)', 'ms', 'share'],
        ...Array.from({ length: 12 }, (_, i) => {
          const m = p.byModule[i];
          const o = p.byOwner[i];
          return [
            m?.module ?? '',
            m ? ms(m.ms) : '',
            m ? `${(100 * m.share).toFixed(1)}%` : '',
            o?.module ?? '',
            o ? ms(o.ms) : '',
            o ? `${(100 * o.share).toFixed(1)}%` : '',
          ];
        }),
      ]),
    );
    out.push(
      table([
        ['function', 'ms', 'share'],
        ...p.top.slice(0, 20).map((f) => [f.function, ms(f.ms), `${(100 * f.share).toFixed(1)}%`]),
      ]),
    );
  }
  return out.join('\n');
}

function reportBefore(before: BeforeResult): string {
  const title = `Before ${before.commit.slice(0, 7)} ("${before.subject.slice(0, 60)}") vs now, PostgreSQL, ${before.people} people`;
  const rows: Array<[string, keyof BeforeResult['before'], (n: number) => string]> = [
    ['sequential mean ms per update', 'sequentialMeanMs', ms],
    ['sequential p50 ms per update', 'sequentialP50Ms', ms],
    ['sequential p95 ms per update', 'sequentialP95Ms', ms],
    ['sequential updates/s', 'sequentialUpdatesPerSecond', (n) => n.toFixed(0)],
    [`concurrent x${before.concurrency} updates/s`, 'concurrentUpdatesPerSecond', (n) => n.toFixed(0)],
    [`concurrent x${before.concurrency} p50 ms`, 'concurrentP50Ms', ms],
  ];
  return [
    title,
    '='.repeat(title.length),
    table([
      ['reply latency and throughput', 'before', 'after', 'after ÷ before'],
      ...rows.map(([name, key, f]) => [
        name,
        f(before.before[key]),
        f(before.after[key]),
        x(before.afterOverBefore[key]),
      ]),
    ]),
    'Latency: below 1x is faster now; updates/s: above 1x is faster now.',
    `Machine speed (2-statement tx x1, same pool): ${before.machineSpeed.twoStatementX1AroundBefore
      .map((p) => `${p.transactionsPerSecond.toFixed(0)}/s p50 ${ms(p.p50Ms)} ms`)
      .join(' / ')} just before / after the old bench; ${
      before.machineSpeed.twoStatementX1ThisRun
        ? `${before.machineSpeed.twoStatementX1ThisRun.transactionsPerSecond.toFixed(0)}/s p50 ${ms(before.machineSpeed.twoStatementX1ThisRun.p50Ms)} ms`
        : '-'
    } in this run's x1 baseline.`,
    before.machineSpeed.comparable
      ? 'The machine ran at about the same speed for both: the ratios above are comparable.'
      : `NOT COMPARABLE: the machine ran ${before.machineSpeed.speedRatio?.toFixed(2) ?? '?'}x as fast during this run ` +
        `as during the old bench (tolerance ${MACHINE_SPEED_TOLERANCE}x); run again when it is quieter.`,
  ].join('\n');
}

/** A committed result goes through the repository's formatter, so `npm run lint` stays clean. */
function formatWithBiome(file: string): void {
  const root = resolve(import.meta.dirname, '..');
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'), 'format', '--write', file],
      { cwd: root, stdio: 'ignore' },
    );
  } catch {
    console.warn(`Could not format ${file}: run npx biome format --write on it before committing.`);
  }
}

/** The commit measured, and the files under src/ that differed from it (uncommitted work). */
function gitState(): { head: string; uncommittedSrc: string[] } | null {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: import.meta.dirname, encoding: 'utf8' });
    return {
      head: git('rev-parse', 'HEAD').trim(),
      // Porcelain lines are `XY path`: two status letters (either may be a space), a space, the path.
      uncommittedSrc: git('status', '--porcelain', '--', '../src')
        .split('\n')
        .filter((line) => line.length > 3)
        .map((line) => line.slice(3)),
    };
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const opts = options();
  const backends = await chooseBackends(opts);
  console.info(
    `dika bench: ${opts.people} people x ${UPDATES_PER_CHECKIN} updates (full check-in of 3 KRs) per phase, ` +
      `warm-up ${WARMUP_PEOPLE} people, concurrency ${opts.levels.join(', ')}, clock ${BENCH_NOW.toISOString()}\n`,
  );
  const beforeConcurrency = opts.levels.find((l) => l > 1) ?? 8;
  const results: BackendResult[] = [];
  let before: BeforeResult | { skipped: string } = {
    skipped: opts.before ? 'no PostgreSQL backend' : '--no-before',
  };
  let beforeRun: Awaited<ReturnType<typeof runBefore>> | undefined;
  let probes: Probe[] = [];
  for (const backend of backends) {
    const ref = opts.before;
    const between =
      backend.name === 'postgres' && ref
        ? async () => {
            console.info(
              `  before: the bench of ${ref} on PostgreSQL (--people ${opts.people} --concurrency ${beforeConcurrency})`,
            );
            try {
              beforeRun = await runBefore(ref, {
                serverUrl: backend.url,
                people: opts.people,
                concurrency: beforeConcurrency,
                onLine: (line) => {
                  if (/^\s*(sequential|concurrent|redelivered):|seeded/.test(line)) {
                    console.info(`  before | ${line.trim()}`);
                  }
                },
              });
            } catch (error) {
              before = { skipped: `the bench of ${ref} failed: ${(error as Error).message}` };
              console.error(`  ${before.skipped}`);
            }
          }
        : undefined;
    const measured = await measure(backend, opts, between);
    results.push(measured.result);
    if (between) probes = measured.probes;
  }

  const postgresResult = results.find((r) => r.backend === 'postgres');
  if (beforeRun && postgresResult && opts.before) {
    const after = figuresOf({ results: [postgresResult] }, beforeConcurrency);
    before = {
      ref: opts.before,
      commit: beforeRun.commit,
      subject: beforeRun.subject,
      people: opts.people,
      concurrency: beforeConcurrency,
      wallMs: beforeRun.wallMs,
      before: beforeRun.figures,
      after,
      afterOverBefore: compare(beforeRun.figures, after),
      machineSpeed: {
        comparable: false,
        twoStatementX1AroundBefore: probes,
        twoStatementX1ThisRun: (() => {
          const b = postgresResult.baselines.find((b) => b.kind === 'two-statement' && b.concurrency === 1);
          return b ? { transactionsPerSecond: b.transactionsPerSecond, p50Ms: b.latencyMs.p50 } : null;
        })(),
      },
    };
    const thisRun = before.machineSpeed.twoStatementX1ThisRun?.transactionsPerSecond;
    const then = probes.reduce((sum, p) => sum + p.transactionsPerSecond, 0) / probes.length;
    before.machineSpeed.speedRatio = thisRun && then ? thisRun / then : null;
    before.machineSpeed.comparable =
      before.machineSpeed.speedRatio !== null &&
      before.machineSpeed.speedRatio >= 1 / MACHINE_SPEED_TOLERANCE &&
      before.machineSpeed.speedRatio <= MACHINE_SPEED_TOLERANCE;
  }

  console.info('');
  for (const result of results) console.info(`${report(result, opts.people)}\n`);
  if ('commit' in before) console.info(`${reportBefore(before)}\n`);
  else console.info(`Before: skipped (${before.skipped})\n`);

  const finishedAt = new Date();
  const json = {
    tool: 'dika bench',
    finishedAt: finishedAt.toISOString(),
    git: gitState(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    options: {
      people: opts.people,
      concurrencyLevels: opts.levels,
      baselineSeconds: opts.baselineMs / 1000,
      outbound: opts.outbound,
      outboundRate: opts.outboundRate,
      before: opts.before ?? null,
      warmupPeople: WARMUP_PEOPLE,
      auditPeople: AUDIT_PEOPLE - 1,
      updatesPerCheckin: UPDATES_PER_CHECKIN,
      clock: BENCH_NOW.toISOString(),
    },
    targets: TARGET,
    results,
    before,
  };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const files = [resolve(opts.out ?? join(tmpdir(), 'dika-bench', 'latest.json'))];
  if (opts.save) {
    const day = finishedAt.toISOString().slice(0, 10);
    files.push(resolve(import.meta.dirname, 'results', `${day}-platform-layer.json`));
  }
  for (const file of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.info(`Results written to ${file}`);
  }
  if (opts.save) formatWithBiome(files.at(-1)!);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
