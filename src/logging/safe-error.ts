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
 * Kind, SQL state, constraint name, API method and stack frames are enough to find the bug.
 */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & { code?: unknown; constraint?: unknown; constraint_name?: unknown };
  const out: SafeError = { type: error.name };
  if (typeof e.code === 'string') out.code = e.code;
  const constraint = e.constraint ?? e.constraint_name;
  if (typeof constraint === 'string') out.constraint = constraint;
  // Platform API errors (grammY's GrammyError, by shape: this module imports no platform SDK).
  const api = error as Error & { method?: unknown; error_code?: unknown; description?: unknown };
  if (typeof api.method === 'string' && typeof api.error_code === 'number') {
    out.method = api.method;
    out.error_code = api.error_code;
    if (typeof api.description === 'string') out.description = api.description; // the API's wording, never message text
  }
  if (error.name === 'HttpError') out.description = 'network error talking to the platform API';
  out.stack = error.stack
    ?.split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .map((line) => line.trim());
  if (error.cause !== undefined && depth < 3) out.cause = safeError(error.cause, depth + 1);
  return out;
}
