import type { types } from '@slack/bolt';
import { splitMessage } from '../../../core/text/split-message.js';
import { weekLabelArgs } from '../../../core/time/week-label.js';
import { renderPrompts } from '../../../i18n/render-prompt.js';
import type { Locale, Translator } from '../../../i18n/translator.js';
import { type Home, loadHome } from '../../../services/home/home-service.js';
import { resolveLocale } from '../../../services/people/locale.js';
import type { SlackAccount, SlackBlock, SlackDeps } from '../context.js';
import { escapeMrkdwn, SECTION_LIMIT } from '../render-blocks.js';
import { slackAccountOf } from '../run-turn.js';
import { requestBlocks, teamBlocks } from './home-sections.js';

/** The Home's buttons: the DM check-in (this week's, or its revision) and the same as a form. */
export const HOME_CHECKIN_ACTION = 'home:checkin';
export const HOME_FORM_ACTION = 'home:form';
export { HOME_REKAP_ACTION } from './home-sections.js';

/** Slack's limit on a Home tab. */
const HOME_BLOCKS = 100;

const sections = (text: string): SlackBlock[] =>
  splitMessage(escapeMrkdwn(text), SECTION_LIMIT).map((part) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: part },
  }));

const button = (actionId: string, text: string, primary = false) => ({
  type: 'button' as const,
  action_id: actionId,
  text: { type: 'plain_text' as const, text },
  ...(primary ? { style: 'primary' as const } : {}),
});

/**
 * The Home of a linked person: this week's status with the check-in and form buttons, what waits
 * for them, their team's week (supervisors), then their indicators (the /status text), as many
 * of its sections as the 100 blocks leave room for.
 */
export function homeBlocks(translator: Translator, locale: Locale, home: Home): SlackBlock[] {
  const t = (key: string) => translator.t(locale, key);
  const render = (key: string, args = {}) =>
    renderPrompts(translator, locale, [{ key, args, expects: 'none' }]).text;
  const week = render(
    home.submitted ? 'slack-home-week-submitted' : 'slack-home-week-open',
    weekLabelArgs(home.week),
  );
  const top: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: t('slack-home-title') } },
    ...sections(week),
    {
      type: 'actions',
      elements: [
        button(HOME_CHECKIN_ACTION, t(home.submitted ? 'slack-home-revise' : 'slack-home-start'), true),
        button(HOME_FORM_ACTION, t('slack-home-form')),
      ],
    },
    ...requestBlocks(translator, locale, home),
    ...teamBlocks(translator, locale, home.team),
    { type: 'divider' },
  ];
  const status = sections(renderPrompts(translator, locale, [home.status]).text);
  return [...top, ...status.slice(0, Math.max(0, HOME_BLOCKS - top.length))];
}

/**
 * The Home as it is now, read outside any update's transaction (its team part is a rekap). A
 * stranger sees how to link, and no data.
 */
export async function homeView(deps: SlackDeps, account: SlackAccount): Promise<types.HomeView> {
  const actor = `slack:${account.team}:${account.user}`;
  const home = await loadHome(deps.db, slackAccountOf(account), deps.clock(), actor);
  if (!home)
    return {
      type: 'home',
      blocks: sections(deps.translator.t(deps.defaultLocale, 'slack-link-instructions')),
    };
  const locale = resolveLocale(home.employee.locale, undefined, deps.defaultLocale);
  return { type: 'home', blocks: homeBlocks(deps.translator, locale, home) };
}
