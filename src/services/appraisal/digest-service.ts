/**
 * The daily bundle of one appraiser: every check-in of the people they appraise that they were not
 * told of (in the last two weeks), in messages of 20, each with a button that opens the report.
 * A fixed number of statements whatever the number of check-ins.
 */
import { DIGEST_ITEMS_PER_MESSAGE, type DigestItem, digestPrompt } from '../../core/appraisal/digest.js';
import type { DbOrTx } from '../../storage/database.js';
import {
  checkinReports,
  markAppraiserNotified,
  unnotifiedCheckins,
} from '../../storage/repositories/appraisal.js';
import type { Notifier } from '../outbound/notifier.js';

const LOOKBACK_MS = 14 * 24 * 60 * 60 * 1000;

/** Returns how many check-ins were bundled (0: nothing pending, or the appraiser is unreachable). */
export async function sendAppraiserDigest(
  tx: DbOrTx,
  appraiserId: number,
  now: Date,
  notifier: Pick<Notifier, 'recipient' | 'notify'>,
): Promise<number> {
  const ids = await unnotifiedCheckins(tx, appraiserId, new Date(now.getTime() - LOOKBACK_MS));
  if (ids.length === 0) return 0;
  const recipient = await notifier.recipient(tx, appraiserId);
  if (!recipient) return 0;
  const items: DigestItem[] = (await checkinReports(tx, ids)).map((r) => ({
    checkinId: r.checkinId,
    employeeName: r.employeeName,
    weekStart: r.weekStart,
    revision: r.revision,
    indicatorsReported: r.indicators.filter((i) => !i.skipped).length,
    blockers: r.blockers.length,
    wantsDialog: r.wantsDialog,
  }));
  const parts = Math.ceil(items.length / DIGEST_ITEMS_PER_MESSAGE);
  for (let p = 0; p < parts; p++) {
    const slice = items.slice(p * DIGEST_ITEMS_PER_MESSAGE, (p + 1) * DIGEST_ITEMS_PER_MESSAGE);
    const { prompt, buttons } = digestPrompt(slice, p + 1, parts);
    await notifier.notify(tx, recipient, { prompts: [prompt], open: false, buttons });
  }
  await markAppraiserNotified(tx, ids, now);
  return items.length;
}
