/**
 * `prune [--dry-run]`: applies the retention periods (RETENTION_* variables) now, as the nightly
 * housekeeping does at 03:17; with --dry-run, counts what would go and changes nothing.
 */
import { parseArgs } from 'node:util';
import { pruneRetention, retentionPolicyOf } from '../../services/retention/prune-retention.js';
import { RETENTION_RULES, type RetentionRule } from '../../storage/repositories/retention.js';
import type { CliCommand } from '../context.js';

const RULE_KEY: Record<RetentionRule, string> = {
  processedEvents: 'retention-rule-processed-events',
  outboundMessages: 'retention-rule-outbound-messages',
  conversations: 'retention-rule-conversations',
  evidenceMetadata: 'retention-rule-evidence-metadata',
  jobRuns: 'retention-rule-job-runs',
};

function dryRunOf(args: string[]): boolean | undefined {
  try {
    const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean' } }, strict: true });
    return values['dry-run'] ?? false;
  } catch {
    return undefined;
  }
}

export const pruneCommand: CliCommand = {
  usage: 'prune [--dry-run]',
  run: async (args, ctx) => {
    const t = ctx.translator.forLocale(ctx.locale);
    const dryRun = dryRunOf(args);
    if (dryRun === undefined) {
      ctx.err(t('retention-cli-usage'));
      return 2;
    }
    const policy = retentionPolicyOf(ctx.config);
    const database = await ctx.database();
    const { counts } = await pruneRetention(database.db, { policy, now: new Date(), dryRun });
    const items = RETENTION_RULES.map((rule) => {
      const what = t(RULE_KEY[rule]);
      return policy[rule] === 0
        ? t('retention-cli-rule-off', { what })
        : t('retention-cli-rule', { what, days: policy[rule], count: counts[rule] });
    }).join('\n');
    ctx.out(t(dryRun ? 'retention-cli-dry-run' : 'retention-cli-pruned', { items }));
    return 0;
  },
};
