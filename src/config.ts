import { z } from 'zod';
import { isValidTimeZone, resolveTimeZone } from './core/time/time-zone.js';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const optionalUrl = optionalString.pipe(z.url().optional());

/**
 * A retention period in whole days: 0 keeps rows for ever, otherwise `min`…36500. Empty means
 * unset (the default), not 0: a blank line in .env must not switch pruning off unnoticed.
 * `min` is the shortest period that cannot remove something still in use (see each variable).
 */
const retentionDays = (defaultDays: number, min: number) => {
  const message = `must be 0 (keep for ever) or a whole number of days from ${min} to 36500`;
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number({ error: message })
      .int({ error: message })
      .refine((d) => d === 0 || (d >= min && d <= 36_500), message)
      .default(defaultDays),
  );
};

/** Every environment variable dika reads, parsed once at start. */
export const configSchema = z.object({
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  DIKA_DATA_DIR: z.string().trim().min(1).default('./data'),
  DIKA_LOCALE: z.enum(['id', 'en']).default('id'),
  DIKA_TIMEZONE: z
    .string()
    .default('WIB')
    .refine(isValidTimeZone, 'must be WIB, WITA, WIT or an IANA time zone such as Asia/Jakarta')
    .transform((v) => resolveTimeZone(v)!),
  DIKA_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  TELEGRAM_BOT_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'does not look like a BotFather token (123456:ABC...)')
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalUrl,
  /** The bot's @username (without @) for deep links the CLI prints; else asked from getMe. */
  TELEGRAM_BOT_USERNAME: optionalString.pipe(
    z
      .string()
      .transform((v) => v.replace(/^@/, ''))
      .pipe(z.string().regex(/^[A-Za-z0-9_]{5,32}$/, 'must be a Telegram bot username such as dika_bot'))
      .optional(),
  ),
  TELEGRAM_WEBHOOK_URL: optionalUrl,
  TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, 'may only hold A-Z, a-z, 0-9, _ and - (Telegram rule)')
      .optional(),
  ),
  /** Messages per second one Telegram bot may send (Telegram: about 30); 0 turns the limit off. */
  TELEGRAM_RATE_LIMIT: z.coerce.number().min(0).max(1000).default(30),
  /** Telegram's paid broadcast (`allow_paid_broadcast`, charged in Stars): bulk prompts at up to 1,000/s. */
  TELEGRAM_PAID_BROADCAST: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalUrl,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Enables GET /metrics (Prometheus) for requests carrying `Authorization: Bearer <token>`. */
  METRICS_TOKEN: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  /** `false`: this process does not migrate (run `npm run dika -- migrate` before a deploy). */
  DIKA_MIGRATE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Ids of handled updates; Telegram redelivers for up to 24 hours, so at least 2 days. */
  RETENTION_PROCESSED_EVENTS_DAYS: retentionDays(30, 2),
  /** Delivered (sent, failed, unreachable, dropped) outbound rows; pending ones are never pruned. */
  RETENTION_OUTBOUND_DAYS: retentionDays(30, 1),
  /** Open dialogs nobody answered for this long (a check-in spans a week at most). */
  RETENTION_CONVERSATIONS_DAYS: retentionDays(30, 14),
  /** File ids, names, types and sizes of bukti dukung; past the annual evaluation, so at least 400. */
  RETENTION_EVIDENCE_METADATA_DAYS: retentionDays(730, 400),
  /** Finished scheduled jobs (done, failed, cancelled). */
  RETENTION_JOB_RUNS_DAYS: retentionDays(90, 7),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment. Error messages name the variable and the rule it broke,
 * never the value: a mistyped token must not end up in a log.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const config = result.data;
  const problems: string[] = [];
  if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
    problems.push('TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set');
  }
  if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
    problems.push('SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN (or SLACK_APP_TOKEN for Socket Mode)');
  }
  if (config.NODE_ENV === 'production' && !config.DIKA_SECRET) {
    problems.push('DIKA_SECRET: required in production (keys the hashes of link codes)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** A development fallback so a newcomer needs no secret; production refuses to start without one. */
export function secretOf(config: Config): string {
  return config.DIKA_SECRET ?? 'dika-development-secret-not-for-production';
}

/** For entry points: the parsed config, or the list of bad variables on stderr and exit code 2. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
