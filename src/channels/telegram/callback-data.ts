import type { z } from 'zod';

/** Telegram rejects callback_data above 64 bytes (bytes, not characters: mind non-ASCII). */
export const CALLBACK_DATA_MAX_BYTES = 64;
const SEPARATOR = '|';

/**
 * `callbackData('st', 'lang', 'en')` → `st|lang|en`. The first part names the feature that owns
 * the button (`st` settings, `ck` check-in), so each Composer only claims its own prefix.
 * Throws when the result would not fit: better a failing test than a button Telegram refuses.
 */
export function callbackData(...parts: Array<string | number>): string {
  const text = parts.map(String).join(SEPARATOR);
  if (parts.some((p) => String(p).includes(SEPARATOR))) {
    throw new Error(`callback data part contains "${SEPARATOR}"`);
  }
  if (Buffer.byteLength(text, 'utf8') > CALLBACK_DATA_MAX_BYTES) {
    throw new Error(`callback data is ${Buffer.byteLength(text, 'utf8')} bytes; Telegram allows 64`);
  }
  return text;
}

/**
 * Parses callback data against a tuple schema, e.g.
 * `z.tuple([z.literal('st'), z.literal('lang'), z.enum(['id', 'en'])])`.
 * Returns undefined for anything else: a client can send any bytes, and old buttons outlive
 * the code that made them, so bad data is an everyday event, not an error.
 */
export function parseCallbackData<S extends z.ZodType>(
  schema: S,
  data: string | undefined,
): z.output<S> | undefined {
  if (data === undefined || Buffer.byteLength(data, 'utf8') > CALLBACK_DATA_MAX_BYTES) return undefined;
  const result = schema.safeParse(data.split(SEPARATOR));
  return result.success ? result.data : undefined;
}
