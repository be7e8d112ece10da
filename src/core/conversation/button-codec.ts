/**
 * The one payload format of every dialog button, whatever draws it: Telegram callback_data,
 * Slack action values, terminal choices. `kind|nonce|<seq base36>|choice`, e.g.
 * `checkin|Xy3_|1f|c7`: the dialog kind routes the press, nonce and seq let the dialog
 * recognise a button from an older run or an earlier question (see flow.ts).
 *
 * Clients can send any bytes and old buttons outlive the code that drew them, so decoding
 * is strict and returns undefined rather than throwing; encoding throws, because a button we
 * cannot read back is a bug better caught by a test than by Telegram refusing the message.
 */

/** Telegram rejects callback_data above 64 bytes (bytes, not characters). */
export const BUTTON_DATA_MAX_BYTES = 64;

export interface ButtonPayload {
  kind: string;
  nonce: string;
  seq: number;
  choice: string;
}

const SEPARATOR = '|';
export const KIND_PATTERN = /^[a-z][a-z0-9-]{0,11}$/;
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{1,8}$/;
export const CHOICE_PATTERN = /^[a-z0-9]{1,8}$/;
/**
 * Six base-36 digits hold more than two billion questions: no dialog gets near. No leading zero,
 * as `toString(36)` never writes one: each payload has one spelling, and a forged `01` is refused.
 */
const SEQ_PATTERN = /^(0|[1-9a-z][0-9a-z]{0,5})$/;

// TextEncoder is a global in Node and browsers; Buffer would tie the core to Node.
const utf8 = new TextEncoder();
const byteLength = (text: string) => utf8.encode(text).length;

export function encodeButton(payload: ButtonPayload): string {
  const { kind, nonce, seq, choice } = payload;
  // What this guard turns into '' (negative, fractional, NaN, huge) also fails SEQ_PATTERN below.
  // Stryker disable next-line all: equivalent (see above)
  const seqText = Number.isSafeInteger(seq) && seq >= 0 ? seq.toString(36) : '';
  const parts = [kind, nonce, seqText, choice];
  if (parts.some((p) => p.includes(SEPARATOR))) throw new Error(`button part contains "${SEPARATOR}"`);
  if (!KIND_PATTERN.test(kind)) throw new Error(`button kind "${kind}" does not match ${KIND_PATTERN}`);
  if (!NONCE_PATTERN.test(nonce)) throw new Error(`button nonce does not match ${NONCE_PATTERN}`);
  if (!SEQ_PATTERN.test(seqText)) throw new Error(`button seq ${seq} is not a base-36 number of ≤ 6 digits`);
  if (!CHOICE_PATTERN.test(choice))
    throw new Error(`button choice "${choice}" does not match ${CHOICE_PATTERN}`);
  const data = parts.join(SEPARATOR);
  const bytes = byteLength(data);
  // Unreachable while the patterns cap a payload at 37 ASCII bytes; kept for when they are widened.
  // Stryker disable all: unreachable (see above)
  if (bytes > BUTTON_DATA_MAX_BYTES) {
    throw new Error(`button data is ${bytes} bytes; Telegram allows ${BUTTON_DATA_MAX_BYTES}`);
  }
  // Stryker restore all
  return data;
}

export function decodeButton(data: string | undefined): ButtonPayload | undefined {
  // Length first, so no pattern runs on a forged megabyte. Counting UTF-16 units is enough: a
  // string has at least that many UTF-8 bytes, and the patterns below pass ASCII only (1 byte each).
  // The length check spares the patterns a forged megabyte; they refuse anything over 37 characters anyway.
  // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent in result (see above)
  if (typeof data !== 'string' || data.length > BUTTON_DATA_MAX_BYTES) return undefined;
  const parts = data.split(SEPARATOR);
  if (parts.length !== 4) return undefined;
  const [kind, nonce, seq, choice] = parts as [string, string, string, string];
  if (!KIND_PATTERN.test(kind) || !NONCE_PATTERN.test(nonce)) return undefined;
  if (!SEQ_PATTERN.test(seq) || !CHOICE_PATTERN.test(choice)) return undefined;
  return { kind, nonce, seq: Number.parseInt(seq, 36), choice };
}
