/**
 * The App Home's sections beyond the person's own week: what waits for them to act, and for
 * supervisors their team's week. Long lists are cut (a supervisor of 200 people, a 360° cycle
 * with many ratees): the Home keeps within Slack's 100 blocks, the full lists are one command away.
 */
import type { Prompt } from '../../../core/conversation/types.js';
import { HELD_PREFIX, weekHeadlineLines } from '../../../core/rekap/rekap-prompts.js';
import type { WeeklyView } from '../../../core/rekap/weekly-view.js';
import { weekLabelArgs } from '../../../core/time/week-label.js';
import type { Locale, Translator } from '../../../i18n/translator.js';
import type { DialogReply } from '../../../services/dialogs/dialog-reply.js';
import { invitationReply } from '../../../services/feedback/questionnaire-service.js';
import type { Home } from '../../../services/home/home-service.js';
import { rekapButtons } from '../../../services/rekap/rekap-buttons.js';
import type { SlackBlock } from '../context.js';
import { renderSlackMessages } from '../render-blocks.js';

/** Buttons a list shows on the Home; the rest are counted, with the command that lists them all. */
export const HOME_LIST_LIMIT = 8;
/** Buttons in one actions block: a row a person can read. */
const BUTTONS_PER_ROW = 4;
/** The Home's "Rekap lengkap": the full /rekap, sent to the DM. */
export const HOME_REKAP_ACTION = 'home:rekap';

const more = (count: number, command: string) => ({ key: 'slack-home-more', args: { count, command } });

/** A reply's sections and buttons, its one-button rows joined into rows of a few. */
function replyBlocks(translator: Translator, locale: Locale, reply: DialogReply): SlackBlock[] {
  const out: SlackBlock[] = [];
  for (const block of renderSlackMessages(translator, locale, reply).flatMap((m) => m.blocks ?? [])) {
    const previous = out.at(-1);
    if (
      block.type === 'actions' &&
      previous?.type === 'actions' &&
      previous.elements.length < BUTTONS_PER_ROW
    )
      previous.elements.push(...block.elements);
    else out.push(block.type === 'actions' ? { ...block, elements: [...block.elements] } : block);
  }
  return out;
}

/** The 360° questionnaires of the newest open cycle (as `/dika 360` lists them), a button each. */
function questionnairesReply(home: Home): DialogReply | undefined {
  if (home.questionnaires.length === 0) return undefined;
  const newest = Math.max(...home.questionnaires.map((a) => a.cycleId));
  const asked = home.questionnaires.filter((a) => a.cycleId === newest);
  const reply = invitationReply(asked.slice(0, HOME_LIST_LIMIT), 'list');
  const [head, ...rest] = reply.prompts;
  const hidden = asked.length - HOME_LIST_LIMIT;
  const lines = [...(head!.lines ?? [])];
  // After the ratees, before who sees what.
  if (hidden > 0) lines.splice(HOME_LIST_LIMIT, 0, more(hidden, '/dika 360'));
  return { ...reply, prompts: [{ ...head!, args: { ...head!.args, count: asked.length }, lines }, ...rest] };
}

/** Dialog kinerja requests of the person's staff not held yet, oldest first, each with its button. */
function dialogsReply(team: WeeklyView | undefined): DialogReply | undefined {
  if (!team || team.dialogs.length === 0) return undefined;
  const shown = team.dialogs.slice(0, HOME_LIST_LIMIT);
  const hidden = team.dialogs.length - shown.length;
  const prompt: Prompt = {
    key: 'rekap-dialogs-title',
    args: { count: team.dialogs.length },
    lines: [
      ...shown.map((d) => ({
        key: 'rekap-dialog-item',
        args: { name: d.name, requestedOn: { date: d.requestedOn }, proposed: d.proposedFor ? 'yes' : 'no' },
      })),
      ...(hidden > 0 ? [more(hidden, '/rekap')] : []),
    ],
    choices: shown.map((d) => [
      { id: `${HELD_PREFIX}${d.requestId}`, label: 'rekap-btn-dialog-held', args: { name: d.name } },
    ]),
    expects: 'choice',
  };
  return rekapButtons([prompt]);
}

const header = (text: string): SlackBlock => ({ type: 'header', text: { type: 'plain_text', text } });

/** What waits for the person: 360° questionnaires, an unfinished umpan balik, staff's dialog requests. */
export function requestBlocks(translator: Translator, locale: Locale, home: Home): SlackBlock[] {
  const replies = [
    questionnairesReply(home),
    home.continuousDraft
      ? { prompts: [{ key: 'slack-home-continuous-draft', expects: 'none' as const }], open: false }
      : undefined,
    dialogsReply(home.team),
  ].filter((r): r is DialogReply => r !== undefined);
  if (replies.length === 0) return [];
  return [
    { type: 'divider' },
    header(translator.t(locale, 'slack-home-waiting')),
    ...replies.flatMap((reply) => replyBlocks(translator, locale, reply)),
  ];
}

/** A supervisor's team this week in three lines, and the button for the full rekap. */
export function teamBlocks(
  translator: Translator,
  locale: Locale,
  team: WeeklyView | undefined,
): SlackBlock[] {
  if (!team) return [];
  const summary: Prompt = {
    key: 'slack-home-team-week',
    args: weekLabelArgs({ start: team.start }),
    lines: [
      ...weekHeadlineLines(team),
      { key: 'slack-home-team-attention', args: { count: team.attention.length } },
    ],
    expects: 'none',
  };
  return [
    { type: 'divider' },
    header(translator.t(locale, 'slack-home-team-title')),
    ...replyBlocks(translator, locale, { prompts: [summary], open: false }),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: HOME_REKAP_ACTION,
          text: { type: 'plain_text', text: translator.t(locale, 'slack-home-team-rekap') },
        },
      ],
    },
  ];
}
