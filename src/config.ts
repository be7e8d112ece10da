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

const BOT_TOKEN = /^xoxb-[A-Za-z0-9-]{10,}$/;

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
  /**
   * The Slack app's bot token (OAuth & Permissions); unset = Slack off. Several, separated by
   * commas: one per workspace the app is installed in (an agency's own and a partner's).
   */
  SLACK_BOT_TOKEN: optionalString.pipe(
    z
      .string()
      .transform((v) => v.split(',').map((token) => token.trim()))
      .superRefine((tokens, ctx) => {
        if (tokens.every((token) => BOT_TOKEN.test(token))) return;
        ctx.addIssue({
          code: 'custom',
          message:
            tokens.length === 1
              ? 'must be a bot token starting with xoxb-'
              : 'must be bot tokens starting with xoxb-, separated by commas',
        });
      })
      .optional(),
  ),
  /** Verifies the HTTP requests Slack sends to /slack/events (Basic Information → Signing Secret). */
  SLACK_SIGNING_SECRET: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9]{16,}$/, "must be the app's signing secret (letters and digits)")
      .optional(),
  ),
  /** An app-level token with connections:write: Socket Mode, no public URL needed. */
  SLACK_APP_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^xapp-[A-Za-z0-9-]{10,}$/, 'must be an app-level token starting with xapp-')
      .optional(),
  ),
  /** Where the Web API client sends calls (a proxy; tests' stand-in); default https://slack.com/api/. */
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
  problems.push(...slackConfigProblems(config));
  if (config.NODE_ENV === 'production' && !config.DIKA_SECRET) {
    problems.push('DIKA_SECRET: required in production (keys the hashes of link codes)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * How Slack runs, decided once from the four SLACK_* variables: off, Bolt's HTTP receiver
 * (events, commands and interactivity on one path of PORT) or Socket Mode (an outgoing WebSocket,
 * for networks without a public URL). Socket Mode wins when both SLACK_APP_TOKEN and
 * SLACK_SIGNING_SECRET are set: the secret is then not needed.
 */
export type SlackConfig =
  | { mode: 'none' }
  | { mode: 'http'; botTokens: string[]; signingSecret: string; port: number; path: string; apiUrl?: string }
  | { mode: 'socket'; botTokens: string[]; appToken: string; apiUrl?: string };

/** The one path Slack's Event Subscriptions, Slash Commands and Interactivity all point at. */
export const SLACK_EVENTS_PATH = '/slack/events';

function slackConfigProblems(config: Config): string[] {
  const { SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: secret, SLACK_APP_TOKEN: app } = config;
  if (bot) {
    return secret || app
      ? []
      : ['SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN (or SLACK_APP_TOKEN for Socket Mode)'];
  }
  if (app) return ['SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN (Socket Mode needs both)'];
  if (secret) return ['SLACK_BOT_TOKEN: required with SLACK_SIGNING_SECRET'];
  if (config.SLACK_API_URL) return ['SLACK_BOT_TOKEN: required with SLACK_API_URL'];
  return [];
}

/** The Slack part of a config `loadConfig` accepted (its combinations are checked there). */
export function slackConfigOf(config: Config): SlackConfig {
  const {
    SLACK_BOT_TOKEN: botTokens,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_APP_TOKEN: appToken,
  } = config;
  const apiUrl = config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {};
  if (!botTokens) return { mode: 'none' };
  if (appToken) return { mode: 'socket', botTokens, appToken, ...apiUrl };
  if (!signingSecret) throw new ConfigError(slackConfigProblems(config));
  return { mode: 'http', botTokens, signingSecret, port: config.PORT, path: SLACK_EVENTS_PATH, ...apiUrl };
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
