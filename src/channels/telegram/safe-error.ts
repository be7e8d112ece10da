import { GrammyError, HttpError } from 'grammy';

interface SafeError {
  type: string;
  code?: string;
  constraint?: string;
  method?: string;
  error_code?: number;
  description?: string;
  stack?: string[];
  cause?: SafeError;
}

/**
 * An error as it may be logged. Messages are dropped on purpose: a driver error quotes its
 * parameters ("invalid input syntax for type numeric: …") and those are what a person typed.
 * Kind, SQL state, constraint name, Bot API method and stack frames are enough to find the bug.
 */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & { code?: unknown; constraint?: unknown; constraint_name?: unknown };
  const out: SafeError = { type: error.name };
  if (typeof e.code === 'string') out.code = e.code;
  const constraint = e.constraint ?? e.constraint_name;
  if (typeof constraint === 'string') out.constraint = constraint;
  if (error instanceof GrammyError) {
    out.method = error.method;
    out.error_code = error.error_code;
    out.description = error.description; // Telegram's own wording, never the message text
  }
  if (error instanceof HttpError) out.description = 'network error talking to the Bot API';
  out.stack = error.stack
    ?.split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .map((line) => line.trim());
  if (error.cause !== undefined && depth < 3) out.cause = safeError(error.cause, depth + 1);
  return out;
}
