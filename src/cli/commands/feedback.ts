/**
 * `feedback open <period> [--unit <path>] [--close-at <date>] [--peers 4] [--max-peer-requests 6]
 * [--self] [--k 3]`, `feedback status [<period>]`, `feedback close <period> [--unit <path>]`,
 * `feedback export <period> --out <file>` (feedback-export.ts): the
 * HR admin's side of a BerAKHLAK 360° cycle. Status shows counts per rater group, never who
 * answered what.
 */
import {
  closeCycleIn,
  cycleStatus,
  cyclesNamed,
  MIN_RATERS_FLOOR,
  openFeedbackCycle,
} from '../../services/feedback/cycle-service.js';
import type { CycleRow } from '../../storage/repositories/feedback-cycles.js';
import type { CliCommand, CliContext } from '../context.js';
import { feedbackExportCommand } from './feedback-export.js';
import { parseArgs } from './flags.js';

const USAGE =
  'feedback open <period> [--unit <path>] [--close-at <yyyy-mm-dd>] [--peers 4] [--max-peer-requests 6] [--self] [--k 3] | feedback status [<period>] | feedback close <period> [--unit <path>] | feedback export <period> --out <file.csv|file.xlsx>';

const count = (text: string | undefined, fallback: number): number | undefined => {
  if (text === undefined) return fallback;
  return /^\d{1,3}$/.test(text) ? Number(text) : undefined;
};

async function runOpen(argv: string[], ctx: CliContext): Promise<number> {
  const t = ctx.translator.forLocale(ctx.locale);
  // `--self` takes no value: pulled out before the value options are parsed.
  const includeSelf = argv.includes('--self');
  const args = parseArgs(
    argv.filter((a) => a !== '--self'),
    ['unit', 'close-at', 'peers', 'max-peer-requests', 'k'],
  );
  const peers = count(args.flags.get('peers'), 4);
  const maxPeer = count(args.flags.get('max-peer-requests'), 6);
  const k = count(args.flags.get('k'), MIN_RATERS_FLOOR);
  const [period, ...extra] = args.positional;
  if (
    args.bad ||
    !period ||
    extra.length > 0 ||
    peers === undefined ||
    maxPeer === undefined ||
    k === undefined
  ) {
    ctx.err(t('fb360-cli-usage'));
    return 2;
  }
  const { db } = await ctx.database();
  const outcome = await openFeedbackCycle(db, {
    period,
    unitPath: args.flags.get('unit') ?? null,
    closesOn: args.flags.get('close-at') ?? null,
    peersPerRatee: peers,
    maxPeerRequests: maxPeer,
    includeSelf,
    minRaters: k,
    actor: ctx.actor,
    now: new Date(),
  });
  switch (outcome.status) {
    case 'opened':
      ctx.out(
        t('fb360-cli-opened', {
          period: period.toUpperCase(),
          unit: args.flags.get('unit') ?? 'all',
          closes: outcome.closesOn,
          ratees: outcome.ratees,
          raters: outcome.raters,
          assignments: outcome.assignments,
        }),
      );
      return 0;
    case 'already-open':
    case 'overlap':
      ctx.err(
        t(`fb360-cli-${outcome.status}`, {
          period: outcome.cycle.periodCode,
          unit: outcome.cycle.unitPath ?? 'all',
          status: outcome.cycle.status,
        }),
      );
      return 1;
    case 'k-too-low':
      ctx.err(t('fb360-cli-k-too-low', { min: MIN_RATERS_FLOOR }));
      return 2;
    case 'unit-not-found':
      ctx.err(t('fb360-cli-unit-not-found', { path: args.flags.get('unit') ?? '' }));
      return 1;
    default:
      ctx.err(t(`fb360-cli-${outcome.status}`, { period }));
      return 2;
  }
}

function describe(ctx: CliContext, cycle: CycleRow): string {
  const t = ctx.translator.forLocale(ctx.locale);
  return t('fb360-cli-cycle', {
    period: cycle.periodCode,
    unit: cycle.unitPath ?? 'all',
    status: cycle.status,
    closes: cycle.closesOn,
    k: cycle.minRaters,
  });
}

async function runStatusOrClose(
  action: 'status' | 'close',
  argv: string[],
  ctx: CliContext,
): Promise<number> {
  const t = ctx.translator.forLocale(ctx.locale);
  const args = parseArgs(argv, ['unit']);
  const [period, ...extra] = args.positional;
  if (args.bad || extra.length > 0 || (action === 'close' && !period)) {
    ctx.err(t('fb360-cli-usage'));
    return 2;
  }
  const { db } = await ctx.database();
  const found = await cyclesNamed(db, period ?? null, args.flags.get('unit') ?? null);
  if (found.status !== 'found') {
    ctx.err(t(`fb360-cli-${found.status}`, { period: period ?? '', path: args.flags.get('unit') ?? '' }));
    return 1;
  }
  if (action === 'status') {
    for (const cycle of found.cycles) {
      ctx.out(describe(ctx, cycle));
      for (const c of await cycleStatus(db, cycle.id))
        ctx.out(t('fb360-cli-count', { relation: c.relation, asked: c.asked, submitted: c.submitted }));
    }
    return 0;
  }
  const open = found.cycles.filter((c) => c.status === 'open');
  if (open.length === 0) {
    ctx.out(t('fb360-cli-already-closed', { period: found.cycles[0]!.periodCode }));
    return 0;
  }
  for (const cycle of open) {
    const result = await db.transaction((tx) =>
      closeCycleIn(tx, cycle.id, { actor: ctx.actor, now: new Date() }),
    );
    ctx.out(
      t('fb360-cli-closed', {
        period: cycle.periodCode,
        unit: cycle.unitPath ?? 'all',
        drafts: result.drafts,
      }),
    );
  }
  return 0;
}

export const feedbackCommand: CliCommand = {
  usage: USAGE,
  run: async (args, ctx) => {
    const [action, ...rest] = args;
    if (action === 'open') return runOpen(rest, ctx);
    if (action === 'status' || action === 'close') return runStatusOrClose(action, rest, ctx);
    if (action === 'export') return feedbackExportCommand.run(rest, ctx);
    ctx.err(ctx.translator.forLocale(ctx.locale)('fb360-cli-usage'));
    return 2;
  },
};
