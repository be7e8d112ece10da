/**
 * `npm run bench:rekap`: the rekap's read on PostgreSQL for 20,000 employees with a year of weekly
 * check-ins (bench/rekap-seed.ts), in a scratch database created and dropped here
 * (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres).
 *
 * For a team of 10, a unit of 1,000 and a subtree of 10,000, and for this week (2026-W49) and
 * this quarter (2026-Q4): p50/p95 of loadRekapData as the service runs it (its own read-only
 * REPEATABLE READ transaction), beside p50/p95 of ONE plain SELECT of exactly the rows it reads,
 * by primary or foreign key with the ids known beforehand (bench/rekap-baseline.ts). The ratio
 * is the cost of the rekap's own work (scope subqueries, evidence counts, dates, JSON, building
 * the objects) over reading its rows; target ≤ 2. Runs alternate, so drift hits both alike.
 * Also: statements per rekap, and each statement's plan for the subtree, with any sequential
 * scan named. `chartMs` is left null: chart rendering is measured elsewhere.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import type { RekapPeriod } from '../src/core/rekap/rekap-data.js';
import { readOnlyTransaction } from '../src/services/rekap/load-transaction.js';
import { type Db, openDatabase } from '../src/storage/database.js';
import { loadRekapData } from '../src/storage/repositories/rekap.js';
import type { RekapScope } from '../src/storage/repositories/rekap-scope.js';
import { type Baseline, baselineFor, planOf } from './rekap-baseline.js';
import {
  PEOPLE,
  SUBTREE_OF_10000,
  seedRekapOrganisation,
  TEAM_LEAD,
  TODAY,
  UNIT_OF_1000,
} from './rekap-seed.js';
import { ms, summarize } from './stats.js';

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET_RATIO = 2;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    'subtree-runs': { type: 'string', default: '5' },
    /** A database a previous (interrupted) run seeded: measured again without seeding. */
    reuse: { type: 'string' },
    out: { type: 'string', default: 'bench/results/2026-12-01-rekap.json' },
  },
});
const RUNS = Number(values.runs);
/** A subtree of 10,000 reads about a million reports per run: fewer runs. */
const SUBTREE_RUNS = Number(values['subtree-runs']);

const PERIODS: Record<string, RekapPeriod> = {
  week: { kind: 'week', isoWeek: '2026-W49', start: '2026-11-30', end: '2026-12-06' },
  quarter: { kind: 'quarter', year: 2026, quarter: 4, start: '2026-10-01', end: '2026-12-31' },
};

const SCOPES: Record<string, RekapScope> = {
  'team of 10': { kind: 'line', viewerId: TEAM_LEAD },
  'unit of 1,000': { kind: 'units', paths: [UNIT_OF_1000] },
  'subtree of 10,000': { kind: 'units', paths: [SUBTREE_OF_10000] },
};

/** As load-rekap.ts runs it: in its own read-only transaction. */
const rekap = (db: Db, scope: RekapScope, period: RekapPeriod) =>
  readOnlyTransaction(db, (tx) => loadRekapData(tx, scope, period, TODAY));

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** The SQL of every statement loadRekapData sends, with its parameters (drizzle's session logger). */
async function statementsOf(db: Db, scope: RekapScope, period: RekapPeriod) {
  const session = (db as unknown as { session: { logger: unknown; options: { logger?: unknown } } }).session;
  const seen: Array<{ query: string; params: unknown[] }> = [];
  const logger = { logQuery: (query: string, params: unknown[]) => seen.push({ query, params }) };
  session.logger = logger;
  session.options.logger = logger;
  try {
    await loadRekapData(db, scope, period, TODAY);
  } finally {
    session.logger = { logQuery: () => {} };
    session.options.logger = undefined;
  }
  return seen;
}

async function measure(db: Db, name: string, scope: RekapScope, period: RekapPeriod, baseline: Baseline) {
  const runs = scope.kind === 'units' && scope.paths[0] === SUBTREE_OF_10000 ? SUBTREE_RUNS : RUNS;
  const rekapMs: number[] = [];
  const baselineMs: number[] = [];
  let people = 0;
  let reports = 0;
  await rekap(db, scope, period); // warm-up: prepared statements, caches
  await baseline.run();
  for (let i = 0; i < runs; i++) {
    rekapMs.push(
      await timed(async () => {
        const data = await rekap(db, scope, period);
        people = data.people.length;
        reports = data.indicators.reduce((n, k) => n + k.reports.length, 0);
      }),
    );
    baselineMs.push(await timed(baseline.run));
  }
  const r = summarize(rekapMs);
  const b = summarize(baselineMs);
  const row = {
    scope: name,
    period: period.kind,
    runs,
    people,
    reports,
    baselineRows: baseline.rows,
    rekapMs: { p50: round(r.p50), p95: round(r.p95) },
    plainSelectMs: { p50: round(b.p50), p95: round(b.p95) },
    ratio: { p50: round(r.p50 / b.p50), p95: round(r.p95 / b.p95) },
  };
  console.error(
    `${name.padEnd(18)} ${period.kind.padEnd(8)} rekap p50 ${ms(r.p50)} p95 ${ms(r.p95)} · plain p50 ${ms(b.p50)} p95 ${ms(b.p95)} · ratio ${row.ratio.p50} / ${row.ratio.p95}`,
  );
  return row;
}

const round = (value: number) => Math.round(value * 100) / 100;

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_POSTGRES_URL;
  const name = values.reuse ?? `dika_bench_rekap_${process.pid}`;
  if (!/^dika_bench_rekap_\d+$/.test(name)) throw new Error(`not a bench database: ${name}`);
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  if (!values.reuse) await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max: 10 });
  try {
    const db = database.db;
    const t0 = performance.now();
    if (!values.reuse) await seedRekapOrganisation(db);
    const seedMs = values.reuse ? null : Math.round(performance.now() - t0);
    const statementCounts: Record<string, number> = {};
    const plans: Record<string, { seqScans: string[]; plan: string[] }> = {};
    const results = [];
    for (const [periodName, period] of Object.entries(PERIODS)) {
      for (const [scopeName, scope] of Object.entries(SCOPES)) {
        const statements = await statementsOf(db, scope, period);
        statementCounts[`${scopeName}, ${periodName}`] = statements.length;
        if (scopeName === 'subtree of 10,000') plans[periodName] = await planOf(db, statements);
        results.push(await measure(db, scopeName, scope, period, await baselineFor(db, scope, period)));
      }
    }
    const worst = Math.max(...results.map((r) => Math.max(r.ratio.p50, r.ratio.p95)));
    const result = {
      date: '2026-12-01',
      backend: 'postgres',
      node: process.version,
      employees: PEOPLE,
      today: TODAY,
      runs: { default: RUNS, subtree: SUBTREE_RUNS },
      seedMs,
      targetRatio: TARGET_RATIO,
      worstRatio: worst,
      withinTarget: worst <= TARGET_RATIO,
      statementsPerRekap: statementCounts,
      results,
      plansForSubtree: plans,
      chartMs: null,
    };
    const text = JSON.stringify(result, null, 2);
    console.log(text);
    mkdirSync(dirname(values.out!), { recursive: true });
    writeFileSync(values.out!, `${text}\n`);
  } finally {
    await database.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

await main();
