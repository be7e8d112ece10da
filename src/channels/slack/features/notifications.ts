import { z } from 'zod';
import { setCheckinNotifications } from '../../../services/appraisal/notification-setting.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushPrivate } from '../outbox.js';
import { choiceBlocks } from './choice-blocks.js';

const MODES = ['each', 'daily'] as const;
export const NOTIFY_ACTION = /^notify:/;
/** `notify:each`, `notify:daily`: parsed strictly, a client can send any action id. */
const notifyAction = z.tuple([z.literal('notify'), z.enum(MODES)]);

/** `/dika notifikasi`: an appraiser hears of check-ins one by one (default) or in one daily bundle. */
export function askNotifications(turn: SlackTurn): void {
  if (!turn.employee) return;
  const text = turn.t('appraisal-notify-prompt', { mode: turn.employee.checkinNotifications });
  const buttons = MODES.map((mode) => ({
    id: `notify:${mode}`,
    label: turn.t(`appraisal-notify-btn-${mode}`),
  }));
  pushPrivate(turn, text, choiceBlocks(text, buttons));
}

/** A notification button: saved, and the question replaced by its confirmation (no stale buttons). */
export async function applyNotification(turn: SlackTurn, deps: SlackDeps, actionId: string): Promise<void> {
  const parsed = notifyAction.safeParse(actionId.split(':'));
  if (!parsed.success || !turn.employee) {
    pushPrivate(turn, turn.t('stale-button'));
    return;
  }
  const mode = parsed.data[1];
  await setCheckinNotifications(turn.tx, turn.employee.id, mode, deps.clock());
  const text = turn.t('appraisal-notify-set', { mode });
  if (turn.responseUrl)
    turn.outbox.push({ op: 'respond', url: turn.responseUrl, text, replaceOriginal: true });
  else pushPrivate(turn, text);
}
