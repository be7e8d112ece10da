/**
 * What settings validation adds to the schema: a send may not be set inside quiet hours
 * (20.00–07.00 local). Refused when saved rather than planned and then silently held back or
 * dropped by `sendVerdict`.
 */
import type { PromptArgs } from '../conversation/types.js';
import { isQuietMinute, minutesOf } from './local-time.js';
import {
  type PartialScheduleSettings,
  SEND_KINDS,
  type SendKind,
  type SendRule,
} from './schedule-settings.js';

export type SendRuleCheck =
  | { ok: true }
  | { ok: false; reason: 'quiet-hours'; key: string; args: PromptArgs };

export function validateSendRule(rule: Pick<SendRule, 'time'>): SendRuleCheck {
  if (!isQuietMinute(minutesOf(rule.time))) return { ok: true };
  return {
    ok: false,
    reason: 'quiet-hours',
    key: 'schedule-rule-quiet-hours',
    args: { hour: rule.time.slice(0, 2), minute: rule.time.slice(3, 5) },
  };
}

/**
 * The sends of a settings object whose time is in quiet hours, in `SEND_KINDS` order: what a
 * settings schema's refinement at the edge (CLI, stored JSON) reports, one issue per send.
 */
export function sendsInQuietHours(settings: PartialScheduleSettings): SendKind[] {
  return SEND_KINDS.filter((kind) => {
    const rule = settings[kind];
    return rule ? !validateSendRule(rule).ok : false;
  });
}
