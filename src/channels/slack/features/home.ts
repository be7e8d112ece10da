import type { types } from '@slack/bolt';
import { cutText } from '../../../core/text/clean-text.js';
import { isoWeekOf } from '../../../core/time/iso-week.js';
import { weekLabelArgs } from '../../../core/time/week-label.js';
import { renderPrompts } from '../../../i18n/render-prompt.js';
import { personOf } from '../../../services/people/person.js';
import { statusPrompt, weekSubmitted } from '../../../services/status-service.js';
import type { SlackBlock, SlackDeps, SlackTurn } from '../context.js';
import { escapeMrkdwn, SECTION_LIMIT } from '../render-blocks.js';

/** The Home tab's one button: the DM check-in (this week's, or its revision). */
export const HOME_CHECKIN_ACTION = 'home:checkin';

const section = (text: string): SlackBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: cutText(escapeMrkdwn(text), SECTION_LIMIT) },
});

/**
 * The App Home: this week's check-in status with a button to start or revise it, then my
 * indicators with their latest realisasi, capaian and confidence (the `/status` text). A stranger
 * sees how to link, and no data.
 */
export async function publishHome(turn: SlackTurn, deps: SlackDeps): Promise<void> {
  const blocks: SlackBlock[] = [];
  if (!turn.employee) {
    blocks.push(section(turn.t('slack-link-instructions')));
  } else {
    const person = personOf(turn.employee);
    const now = deps.clock();
    const week = isoWeekOf(now, person.timeZone);
    const [submitted, status] = await Promise.all([
      weekSubmitted(turn.tx, person, now),
      statusPrompt(turn.tx, person, now),
    ]);
    const weekLine = renderPrompts(deps.translator, turn.locale, [
      {
        key: submitted ? 'slack-home-week-submitted' : 'slack-home-week-open',
        args: weekLabelArgs({ start: week.start }),
        expects: 'none',
      },
    ]).text;
    blocks.push(
      { type: 'header', text: { type: 'plain_text', text: turn.t('slack-home-title') } },
      section(weekLine),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: HOME_CHECKIN_ACTION,
            style: 'primary',
            text: { type: 'plain_text', text: turn.t(submitted ? 'slack-home-revise' : 'slack-home-start') },
          },
        ],
      },
      { type: 'divider' },
      section(renderPrompts(deps.translator, turn.locale, [status]).text),
    );
  }
  const view: types.HomeView = { type: 'home', blocks };
  turn.outbox.push({ op: 'publish-home', user: turn.account.user, view });
}
