/**
 * Work a listener started after its ack. Bolt answers Slack at `ack()`; the work goes on, and
 * stopping (or a test) waits for it with `settled()`.
 */
export type Track = <T>(work: Promise<T>) => Promise<T>;

export function createTracker(): { track: Track; settled: () => Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  return {
    track: (work) => {
      inFlight.add(work);
      return work.finally(() => inFlight.delete(work));
    },
    settled: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
