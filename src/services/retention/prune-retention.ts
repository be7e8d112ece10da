import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Db } from '../../storage/database.js';
import {
  type PruneOptions,
  pruneExpired,
  RETENTION_RULES,
  type RetentionCutoffs,
  type RetentionRule,
} from '../../storage/repositories/retention.js';

/** Days each rule keeps rows; 0 keeps them for ever. */
export type RetentionPolicy = Record<RetentionRule, number>;

/** The periods of the RETENTION_* variables (validated in src/config.ts). */
export function retentionPolicyOf(config: Config): RetentionPolicy {
  return {
    processedEvents: config.RETENTION_PROCESSED_EVENTS_DAYS,
    outboundMessages: config.RETENTION_OUTBOUND_DAYS,
    conversations: config.RETENTION_CONVERSATIONS_DAYS,
    evidenceMetadata: config.RETENTION_EVIDENCE_METADATA_DAYS,
    jobRuns: config.RETENTION_JOB_RUNS_DAYS,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Rows from before these moments fall under each rule; a rule of 0 days gets none (it is off). */
export function retentionCutoffs(policy: RetentionPolicy, now: Date): RetentionCutoffs {
  const cutoffs: RetentionCutoffs = {};
  for (const rule of RETENTION_RULES) {
    const days = policy[rule];
    if (days > 0) cutoffs[rule] = new Date(now.getTime() - days * DAY_MS);
  }
  return cutoffs;
}

export interface RetentionRun {
  /** Rows deleted (evidence: rows whose file metadata was cleared) per rule; with dryRun, would be. */
  counts: Record<RetentionRule, number>;
  ms: number;
}

/**
 * The nightly retention pass (and `npm run dika -- prune`). Logs counts per rule, never what a
 * row held.
 */
export async function pruneRetention(
  db: Db,
  input: { policy: RetentionPolicy; now: Date; log?: Logger } & PruneOptions,
): Promise<RetentionRun> {
  const started = performance.now();
  const counts = await pruneExpired(db, retentionCutoffs(input.policy, input.now), input);
  const ms = Math.round(performance.now() - started);
  input.log?.info({ ...counts, dryRun: input.dryRun ?? false, ms }, 'retention applied');
  return { counts, ms };
}
