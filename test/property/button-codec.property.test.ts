import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUTTON_DATA_MAX_BYTES,
  type ButtonPayload,
  CHOICE_PATTERN,
  decodeButton,
  encodeButton,
  KIND_PATTERN,
  NONCE_PATTERN,
} from '../../src/core/conversation/button-codec.js';
import { anyString, params, timeoutFor } from './fuzz.js';

const MAX_SEQ = 36 ** 6 - 1;
const bytes = (text: string) => new TextEncoder().encode(text).length;

const payload: fc.Arbitrary<ButtonPayload> = fc.record({
  kind: fc.stringMatching(KIND_PATTERN),
  nonce: fc.stringMatching(NONCE_PATTERN),
  seq: fc.oneof(fc.integer({ min: 0, max: MAX_SEQ }), fc.constantFrom(0, 1, MAX_SEQ)),
  choice: fc.stringMatching(CHOICE_PATTERN),
});

/** Callback data a client might send: four parts of near-valid pieces, or anything at all. */
const part = fc.oneof(
  fc.stringMatching(/^[0-9a-zA-Z_-]{0,9}$/),
  fc.constantFrom('', '0', '00', '01', '0z', 'zzzzzzz', 'checkin', 'abcd', '-1', '1.5', ' 1', 'ç'),
  anyString(6),
);
const callbackData = fc.oneof(
  fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('|')),
  anyString(80),
  payload.map(encodeButton),
  // A real button with its seq spelled differently: `1b` as `01b`.
  payload.map((p) => encodeButton(p).replace(/\|(\w+)\|(\w+)$/, '|0$1|$2')),
);

describe('button codec (property)', () => {
  it(
    'decodes whatever it encodes, in at most 64 bytes',
    () => {
      fc.assert(
        fc.property(payload, (p) => {
          const data = encodeButton(p);
          expect(bytes(data)).toBeLessThanOrEqual(BUTTON_DATA_MAX_BYTES);
          expect(decodeButton(data)).toEqual(p);
        }),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'never throws on any data; what it decodes re-encodes to the very same bytes',
    () => {
      fc.assert(
        fc.property(callbackData, (data) => {
          const decoded = decodeButton(data);
          if (decoded === undefined) return;
          // One payload, one spelling: a forged variant (`01` for `1`) is refused, not read as the original.
          expect(encodeButton(decoded)).toBe(data);
          expect(bytes(data)).toBeLessThanOrEqual(BUTTON_DATA_MAX_BYTES);
        }),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'encoding either refuses with an Error or gives data that decodes back',
    () => {
      const loose = fc.record({
        kind: part,
        nonce: part,
        seq: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(MAX_SEQ + 1, -0)),
        choice: part,
      });
      fc.assert(
        fc.property(loose, (p) => {
          let data: string;
          try {
            data = encodeButton(p);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            return;
          }
          // -0 is spelled `0`: the same step, as `isStaleButton` compares them.
          expect(decodeButton(data)).toEqual({ ...p, seq: p.seq + 0 });
        }),
        params(),
      );
    },
    timeoutFor(),
  );
});
