import { openFeedbackCycle } from '../../src/services/feedback/cycle-service.js';
import type { Db } from '../../src/storage/database.js';

/** The channel tests' 360° cycle: the whole organisation, 2026-Q4, closing 18 Dec, k = 3, 4 peers each. */
export function openTestCycle(db: Db, now: Date) {
  return openFeedbackCycle(db, {
    period: '2026-Q4',
    unitPath: null,
    closesOn: '2026-12-18',
    peersPerRatee: 4,
    maxPeerRequests: 6,
    includeSelf: false,
    minRaters: 3,
    actor: 'cli:test',
    now,
  });
}
