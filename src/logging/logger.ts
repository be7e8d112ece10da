import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs for production; pretty lines in development when pino-pretty is installed.
 * Rule: never log what a person answered (values, notes, blockers, feedback). Log ids and kinds.
 */
export function createLogger(options: { level: string; pretty: boolean }): Logger {
  const base = { level: options.level, base: { app: 'dika' } };
  if (options.pretty && hasPinoPretty()) {
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } },
    });
  }
  return pino(base);
}

/** pino-pretty is a dev dependency; production images (npm ci --omit=dev) log JSON. */
function hasPinoPretty(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
