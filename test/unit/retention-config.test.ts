/** The RETENTION_* variables: defaults, 0 switching a rule off, and bad values naming the variable. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { retentionPolicyOf } from '../../src/services/retention/prune-retention.js';

const VARIABLES = {
  RETENTION_PROCESSED_EVENTS_DAYS: { fallback: 30, min: 2 },
  RETENTION_OUTBOUND_DAYS: { fallback: 30, min: 1 },
  RETENTION_CONVERSATIONS_DAYS: { fallback: 30, min: 14 },
  RETENTION_EVIDENCE_METADATA_DAYS: { fallback: 730, min: 400 },
  RETENTION_JOB_RUNS_DAYS: { fallback: 90, min: 7 },
} as const;
const NAMES = Object.keys(VARIABLES) as Array<keyof typeof VARIABLES>;

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
}

describe('retention configuration', () => {
  it('defaults to the documented periods, unset or empty alike', () => {
    const unset = loadConfig({});
    const empty = loadConfig(Object.fromEntries(NAMES.map((name) => [name, ' '])));
    for (const name of NAMES) {
      expect(unset[name], name).toBe(VARIABLES[name].fallback);
      expect(empty[name], name).toBe(VARIABLES[name].fallback);
    }
    expect(retentionPolicyOf(unset)).toEqual({
      processedEvents: 30,
      outboundMessages: 30,
      conversations: 30,
      evidenceMetadata: 730,
      jobRuns: 90,
    });
  });

  it('takes 0 (keep for ever), the minimum and the maximum', () => {
    for (const name of NAMES) {
      for (const value of [0, VARIABLES[name].min, 36_500]) {
        expect(loadConfig({ [name]: String(value) })[name], `${name}=${value}`).toBe(value);
      }
    }
  });

  it.each(['1.5', '-1', 'abc', '36501', '30d'])(
    'refuses %s, naming the variable but not the value',
    (value) => {
      for (const name of NAMES) {
        const problems = problemsOf({ [name]: value });
        expect(problems, name).toHaveLength(1);
        expect(problems[0]).toMatch(
          new RegExp(`^${name}: must be 0 \\(keep for ever\\) or a whole number of days`),
        );
        expect(problems[0]).not.toContain(value);
      }
    },
  );

  it('refuses a period shorter than what is still in use', () => {
    for (const name of NAMES) {
      const { min } = VARIABLES[name];
      expect(problemsOf({ [name]: String(min - 1) }), name).toEqual(
        min - 1 === 0
          ? []
          : [`${name}: must be 0 (keep for ever) or a whole number of days from ${min} to 36500`],
      );
    }
  });
});
