/**
 * The bundle of umpan balik berkelanjutan one recipient receives: when it is due, and the message.
 * Anonymous items wait until they come from at least two givers or the oldest has waited a week,
 * so neither the moment of delivery nor a lone item points at a giver (issue 11). Named items need
 * no cover and go with the next bundle. The items are listed in random order, never in the order
 * they were written.
 */
import type { Prompt, PromptLine } from '../conversation/types.js';
import type { BerakhlakValue } from './berakhlak.js';
import type { FeedbackKind } from './continuous-flow.js';

/** Distinct anonymous givers a bundle needs before it goes out early. */
export const MIN_GIVERS = 2;
/** Days the oldest anonymous item may wait before it goes out with fewer givers. */
export const MAX_WAIT_DAYS = 7;

export interface BundleItem {
  kind: FeedbackKind;
  values: BerakhlakValue[];
  body: string;
  /** The giver's name when named; null = anonymous. */
  giverName: string | null;
}

/** The last `since` date (yyyy-MM-dd) that is due on `today`: a week before. */
export function waitCutoff(today: string): string {
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - MAX_WAIT_DAYS);
  return day.toISOString().slice(0, 10);
}

/** Whether a recipient's anonymous items may go out today. */
export function anonymousDue(waiting: { givers: number; since: string | null }, today: string): boolean {
  if (waiting.givers >= MIN_GIVERS) return true;
  return waiting.since !== null && waiting.since <= waitCutoff(today);
}

/** A uniform random integer in [0, bound), from the platform's CSPRNG (a global in Node and browsers). */
function secureRandomBelow(bound: number): number {
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    if (buffer[0]! < limit) return buffer[0]! % bound;
  }
}

/** Fisher–Yates with an unpredictable source: the order says nothing of who wrote first. */
export function shuffled<T>(
  items: readonly T[],
  randomBelow: (bound: number) => number = secureRandomBelow,
): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One message: a header, then each item with its kind, values, giver (if named) and text. */
export function bundlePrompt(items: readonly BundleItem[]): Prompt {
  const lines: PromptLine[] = [];
  items.forEach((item, i) => {
    lines.push({
      key: 'cf-bundle-item',
      args: { index: i + 1, kind: item.kind, from: item.giverName ?? 'none' },
    });
    for (const value of item.values) lines.push({ key: 'cf-value-line', args: { value } });
    lines.push({ key: 'cf-bundle-body', args: { body: item.body } });
  });
  const named = items.filter((i) => i.giverName !== null).length;
  return {
    key: 'cf-bundle',
    args: { count: items.length, anonymous: items.length - named },
    lines,
    expects: 'none',
  };
}
