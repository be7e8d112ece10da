/**
 * `/rekan`: the ratee proposes a colleague as peer rater or asks that one be dropped, with a
 * reason; their appraiser is told (one job per appraiser and cycle, so several changes arrive
 * as one message) and settles each with a button. The ratee is never told whether a peer has
 * already answered: a decline of one who has is accepted in words and changes nothing.
 */

import type { Prompt } from '../../core/conversation/types.js';
import { INVITE_KIND, inviteNonce, REVIEW_SEQ, reviewChoice } from '../../core/feedback/invitation-button.js';
import { parsePeerChange } from '../../core/feedback/peer-change.js';
import type { DbOrTx } from '../../storage/database.js';
import {
  assignedPeers,
  insertProposal,
  openCycleOfRatee,
  type PeerReview,
  proposablePeers,
  requestDecline,
  settleReview,
} from '../../storage/repositories/feedback-peers.js';
import { scheduleJob } from '../../storage/repositories/jobs.js';
import { type DialogReply, noteReply } from '../dialogs/dialog-reply.js';
import type { Person } from '../people/person.js';
import { cyclePeriodKey, FEEDBACK_INVITE_JOB } from './cycle-service.js';

export const FEEDBACK_PEER_REVIEW_JOB = 'feedback-peer-review';

const note = (key: string, args?: Prompt['args']): DialogReply =>
  noteReply([{ key, ...(args ? { args } : {}), expects: 'none' }]);

/** `/rekan [usul|tolak <nama> <alasan>]`. */
export async function peerCommand(tx: DbOrTx, person: Person, text: string, now: Date): Promise<DialogReply> {
  const cycle = await openCycleOfRatee(tx, person.id);
  if (!cycle) return note('fb360-peer-no-cycle');
  const peers = await assignedPeers(tx, cycle.cycleId, person.id);
  if (text.trim() === '')
    return note('fb360-peer-list', { names: peers.map((p) => p.name).join(', ') || '–' });
  const verb = text.trim().split(/\s+/)[0]!.toLowerCase();
  const candidates =
    verb === 'usul'
      ? await proposablePeers(tx, cycle.cycleId, { id: person.id, supervisorId: person.supervisorId })
      : peers;
  const parsed = parsePeerChange(text, candidates);
  if (parsed.status === 'usage') return note('fb360-peer-usage');
  if (parsed.status === 'no-reason') return note('fb360-peer-no-reason');
  if (parsed.status === 'unknown-name') return note('fb360-peer-unknown', { typed: parsed.typed });
  if (cycle.appraiserId === null) return note('fb360-peer-no-appraiser');
  const change = {
    cycleId: cycle.cycleId,
    rateeId: person.id,
    raterId: parsed.candidate.id,
    reason: parsed.reason,
  };
  if (parsed.kind === 'propose') await insertProposal(tx, change);
  else await requestDecline(tx, change);
  await scheduleJob(tx, {
    job: FEEDBACK_PEER_REVIEW_JOB,
    periodKey: cyclePeriodKey(cycle.cycleId),
    subject: String(cycle.appraiserId),
    dueAt: now,
  });
  return note('fb360-peer-sent', { kind: parsed.kind, name: parsed.candidate.name });
}

/** The appraiser's message: each open change with its reason and two buttons. */
export function reviewReply(reviews: readonly PeerReview[]): DialogReply {
  const first = reviews[0]!;
  return {
    prompts: [
      {
        key: 'fb360-review',
        lines: reviews.map((r) => ({
          key: 'fb360-review-line',
          args: { kind: r.kind, ratee: r.rateeName, rater: r.raterName, reason: r.reason },
        })),
        choices: reviews.map((r) => [
          {
            id: reviewChoice(r.assignmentId, true),
            label: 'fb360-btn-review-yes',
            args: { kind: r.kind, rater: r.raterName, ratee: r.rateeName },
          },
          { id: reviewChoice(r.assignmentId, false), label: 'fb360-btn-review-no' },
        ]),
        expects: 'choice',
      },
    ],
    open: false,
    buttons: { kind: INVITE_KIND, nonce: inviteNonce(first.cycleId), seq: REVIEW_SEQ },
  };
}

/** A review button pressed: only the ratee's appraiser changes anything; everyone else is told it is gone. */
export async function pressReview(
  tx: DbOrTx,
  person: Person,
  pressed: { cycleId: number; assignmentId: number; accept: boolean },
  now: Date,
): Promise<DialogReply> {
  const settled = await settleReview(tx, { ...pressed, appraiserId: person.id });
  if (!settled) return note('fb360-review-gone');
  // A colleague added is invited (their invitation lists everyone they are asked about).
  if (settled.kind === 'propose' && pressed.accept)
    await scheduleJob(tx, {
      job: FEEDBACK_INVITE_JOB,
      periodKey: cyclePeriodKey(pressed.cycleId),
      subject: String(settled.raterId),
      dueAt: now,
    });
  return note('fb360-review-done', {
    kind: settled.kind,
    accept: pressed.accept ? 'yes' : 'no',
    rater: settled.raterName,
    ratee: settled.rateeName,
  });
}

export { pendingReviews } from '../../storage/repositories/feedback-peers.js';
