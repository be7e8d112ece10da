import { redeemLinkCode } from '../../../accounts/link-codes.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushPrivate } from '../outbox.js';
import { setEmployee, slackAccountOf } from '../run-turn.js';

/**
 * `/dika link <code>`: the same single-use codes and attempt limits as Telegram's `/start <code>`.
 * Open to strangers (it is how they get linked); the code itself is never logged.
 */
export async function linkWithCode(turn: SlackTurn, deps: SlackDeps, code: string): Promise<void> {
  if (!code) {
    pushPrivate(turn, turn.t(turn.employee ? 'slack-already-linked' : 'slack-link-instructions'));
    return;
  }
  const now = deps.clock();
  const result = await redeemLinkCode(turn.tx, {
    code,
    secret: deps.secret,
    now,
    identity: { ...slackAccountOf(turn.account), chatId: turn.account.user },
  });
  if (!result.ok && result.reason === 'throttled') {
    turn.log.warn({ kind: 'link-code', outcome: 'throttled' }, 'link code attempts over the limit');
    const minutes = Math.max(1, Math.ceil((result.retryAt.getTime() - now.getTime()) / 60_000));
    pushPrivate(turn, turn.t('link-code-too-many', { minutes }));
    return;
  }
  if (!result.ok) {
    turn.log.info({ kind: 'link-code', outcome: result.detail }, 'link code refused');
    pushPrivate(turn, turn.t('link-code-invalid'));
    return;
  }
  setEmployee(turn, deps, result.employee);
  turn.log.info({ kind: 'link-code', outcome: 'linked' }, 'Slack account linked');
  pushPrivate(turn, turn.t('slack-linked', { name: result.employee.name }));
}
