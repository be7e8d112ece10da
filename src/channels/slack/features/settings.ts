import { z } from 'zod';
import { INDONESIAN_ZONES, zoneLabel } from '../../../core/time/time-zone.js';
import { LOCALES } from '../../../i18n/translator.js';
import { setLanguage, setTimeZone } from '../../../services/people/identity-service.js';
import type { SlackBlock, SlackDeps, SlackTurn } from '../context.js';
import { pushPrivate } from '../outbox.js';
import { escapeMrkdwn } from '../render-blocks.js';
import { setEmployee } from '../run-turn.js';

const ZONES = ['WIB', 'WITA', 'WIT'] as const;
export const SETTINGS_ACTION = /^settings:/;

/** `settings:lang:en`, `settings:tz:WITA`: parsed strictly, a client can send any action id. */
const settingsAction = z.union([
  z.tuple([z.literal('settings'), z.literal('lang'), z.enum(LOCALES)]),
  z.tuple([z.literal('settings'), z.literal('tz'), z.enum(ZONES)]),
]);

function question(text: string, buttons: Array<{ id: string; label: string }>): SlackBlock[] {
  return [
    { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text) } },
    {
      type: 'actions',
      elements: buttons.map((b) => ({
        type: 'button',
        action_id: b.id,
        value: b.id,
        text: { type: 'plain_text', text: b.label },
      })),
    },
  ];
}

/** `/dika bahasa`: the person's language, with a button per language. */
export function askLanguage(turn: SlackTurn): void {
  const text = turn.t('settings-language-prompt');
  const buttons = LOCALES.map((l) => ({
    id: `settings:lang:${l}`,
    label: turn.t(`settings-language-button-${l}`),
  }));
  pushPrivate(turn, text, question(text, buttons));
}

/** `/dika zona`: the person's working zone (reminders follow it). */
export function askTimeZone(turn: SlackTurn): void {
  if (!turn.employee) return;
  const text = turn.t('settings-timezone-prompt', { zone: zoneLabel(turn.employee.timeZone) });
  pushPrivate(
    turn,
    text,
    question(
      text,
      ZONES.map((z) => ({ id: `settings:tz:${z}`, label: z })),
    ),
  );
}

/** A settings button: saved, and the question replaced by its confirmation (no stale buttons). */
export async function applySetting(turn: SlackTurn, deps: SlackDeps, actionId: string): Promise<void> {
  const parsed = settingsAction.safeParse(actionId.split(':'));
  if (!parsed.success || !turn.employee) {
    pushPrivate(turn, turn.t('stale-button'));
    return;
  }
  const [, what, value] = parsed.data;
  const now = deps.clock();
  const updated =
    what === 'lang'
      ? await setLanguage(turn.tx, turn.employee.id, value, now)
      : await setTimeZone(turn.tx, turn.employee.id, INDONESIAN_ZONES[value as (typeof ZONES)[number]], now);
  setEmployee(turn, deps, updated); // the confirmation already speaks the new language
  const text =
    what === 'lang' ? turn.t('settings-language-set') : turn.t('settings-timezone-set', { zone: value });
  if (turn.responseUrl)
    turn.outbox.push({ op: 'respond', url: turn.responseUrl, text, replaceOriginal: true });
  else pushPrivate(turn, text);
}
