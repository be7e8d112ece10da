/**
 * The supervisor's weekly digest, until `/rekap` exists: counts of submitted / not yet submitted /
 * on leave among direct reports, with the names of who has not submitted, and who cannot be
 * reached ("belum terhubung": no linked chat; "tidak dapat dihubungi": the bot was blocked).
 */
import type { Prompt } from '../../core/conversation/types.js';
import type { DirectReport } from '../../storage/repositories/schedule-jobs.js';

/** Names listed per line before "and N others": a digest stays one readable message. */
export const DIGEST_NAMES = 30;

export function supervisorDigestPrompts(reports: readonly DirectReport[], weekStart: string): Prompt[] {
  const pending = reports.filter((r) => !r.submitted && !r.onLeave);
  const prompts: Prompt[] = [
    {
      key: 'schedule-digest-header',
      args: {
        weekStart,
        total: reports.length,
        submitted: reports.filter((r) => r.submitted).length,
        pending: pending.length,
        onLeave: reports.filter((r) => !r.submitted && r.onLeave).length,
      },
      expects: 'none',
    },
  ];
  const list = (key: string, people: readonly DirectReport[]) => {
    if (people.length === 0) return;
    const names = people
      .slice(0, DIGEST_NAMES)
      .map((p) => p.name)
      .join(', ');
    prompts.push({ key, args: { names, more: Math.max(0, people.length - DIGEST_NAMES) }, expects: 'none' });
  };
  list('schedule-digest-pending', pending);
  list(
    'schedule-digest-unlinked',
    reports.filter((r) => r.unlinked),
  );
  list(
    'schedule-digest-unreachable',
    reports.filter((r) => r.unreachable),
  );
  return prompts;
}
