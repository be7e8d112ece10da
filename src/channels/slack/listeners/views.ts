import type { App, SlashCommand, ViewResponseAction, ViewSubmitAction } from '@slack/bolt';
import { safeError } from '../../../logging/safe-error.js';
import {
  loadCheckinForm,
  submitCheckinForm,
  submitFormPage,
} from '../../../services/checkin-form-service.js';
import { personOf } from '../../../services/people/person.js';
import type { DepsOf } from '../app.js';
import type { SlackAccount, SlackDeps, SlackTurn } from '../context.js';
import {
  CHECKIN_FORM,
  formErrors,
  formValues,
  formView,
  loadingView,
  noteView,
} from '../features/checkin-form.js';
import { nextPageAction, type PagePosition, positionOf } from '../features/checkin-form-pages.js';
import { pushDm } from '../outbox.js';
import { pushSlackDialogReply } from '../render-dialog.js';
import { runTurn } from '../run-turn.js';
import { teamOf } from './actions.js';
import type { Track } from './track.js';

/** What may open the form: a slash command, or a button with a trigger_id (the Home's). */
export interface FormTrigger {
  triggerId: string;
  /** Slack's id of the request, as runTurn dedupes it. */
  eventId: string;
  kind: string;
  account: SlackAccount;
  responseUrl?: string | undefined;
}

/** `/checkin form` (and, through the command listener, plain `/checkin`). */
export function openCheckinForm(deps: SlackDeps, command: SlashCommand, track: Track): Promise<void> {
  return openForm(
    deps,
    {
      triggerId: command.trigger_id,
      eventId: `command:${command.team_id}:${command.trigger_id}`,
      kind: 'command',
      account: { team: command.team_id, user: command.user_id },
      responseUrl: command.response_url,
    },
    track,
  );
}

/**
 * The modal opens at once with a loading note (a trigger_id expires 3 s after the command or the
 * press), then the database work fills it with views.update: the first page of a long form.
 */
export async function openForm(deps: SlackDeps, trigger: FormTrigger, track: Track): Promise<void> {
  let viewId: string | undefined;
  try {
    const opened = await deps.client.views.open({
      trigger_id: trigger.triggerId,
      view: loadingView(deps.translator, deps.defaultLocale),
    });
    viewId = opened.view?.id;
  } catch (error) {
    deps.logger.warn({ err: safeError(error) }, 'views.open failed');
  }
  let filled = false;
  const { triggerId: _trigger, ...request } = trigger;
  await track(
    runTurn(deps, request, async (turn) => {
      if (!turn.employee || !viewId) return;
      const form = await loadCheckinForm(turn.tx, personOf(turn.employee), deps.clock());
      const view = formView(deps.translator, turn.locale, form);
      const id = viewId;
      turn.afterCommit.push(async () => {
        await deps.client.views.update({ view_id: id, view });
        filled = true;
      });
    }),
  );
  // A stranger who could not be linked: the explanation went privately; the modal says it too.
  if (viewId && !filled)
    await deps.client.views.update({
      view_id: viewId,
      view: noteView(deps.translator, deps.defaultLocale, 'slack-link-instructions'),
    });
}

type Answer = (response?: ViewResponseAction) => Promise<void>;

interface Sent {
  view: ViewSubmitAction['view'];
  answer: Answer;
}

/**
 * A page before the last: checked and kept, then the next page in the ack (pushed, or in place
 * once the stack is full). The ack waits for the commit, so a page shown is a page kept.
 */
async function nextPage(turn: SlackTurn, deps: SlackDeps, sent: Sent, at: PagePosition): Promise<void> {
  const person = personOf(turn.employee!);
  const formId = sent.view.root_view_id ?? sent.view.id;
  const values = formValues(sent.view.state.values).krs;
  const result = await submitFormPage(turn.tx, person, 'slack', formId, values, deps.clock());
  if (!result.ok)
    return sent.answer({
      response_action: 'errors',
      errors: formErrors(deps.translator, turn.locale, result.errors),
    });
  const view = formView(deps.translator, turn.locale, result.form, { page: at.page, kept: result.kept });
  turn.afterCommit.push(() => sent.answer({ response_action: nextPageAction(at.page + 1), view }));
}

/**
 * The last page (or the only one): every page's answers as one check-in. Errors on this page come
 * back inline; an earlier page's answers gone (the form opened anew elsewhere, the week turned,
 * the indicators changed) can no longer be shown inline, so the modal says to open it again.
 */
async function submit(turn: SlackTurn, deps: SlackDeps, sent: Sent, at?: PagePosition): Promise<void> {
  const result = await submitCheckinForm(
    turn.tx,
    { dialogs: deps.dialogs, context: { notifier: deps.notifier } },
    personOf(turn.employee!),
    'slack',
    formValues(sent.view.state.values),
    deps.clock(),
    at ? (sent.view.root_view_id ?? sent.view.id) : undefined,
  );
  if (!result.ok) {
    const shown = new Set(Object.keys(sent.view.state.values));
    if (result.errors.every((e) => shown.has(e.field)))
      return sent.answer({
        response_action: 'errors',
        errors: formErrors(deps.translator, turn.locale, result.errors),
      });
    turn.log.info('paged form submitted without its earlier pages');
    return sent.answer({
      response_action: 'update',
      view: noteView(deps.translator, turn.locale, 'slack-form-stale'),
    });
  }
  // Pushed pages would stay open under a plain ack: `clear` closes the whole stack.
  await sent.answer(at ? { response_action: 'clear' } : undefined);
  pushSlackDialogReply(turn, deps.translator, result.reply);
}

/**
 * A submitted form page. Its ack carries the validation errors (`response_action: errors`) or
 * the next page, so this is the one listener whose ack waits for the database: the validator,
 * a few reads and one write, well within 3 s.
 */
export function registerViews(app: App, depsOf: DepsOf, track: Track): void {
  app.view<ViewSubmitAction>(
    { callback_id: CHECKIN_FORM, type: 'view_submission' },
    async ({ ack, body, view }) => {
      let acked = false;
      const answer: Answer = async (response) => {
        if (acked) return;
        acked = true;
        await (response ? ack(response) : ack());
      };
      const team = teamOf(body);
      const deps = depsOf(team);
      const request = {
        eventId: `view:${team}:${body.trigger_id}`,
        kind: 'view',
        account: { team, user: body.user.id },
        open: true, // only linked people get the form; a stranger's submission is closed and explained
      };
      const at = positionOf(view.private_metadata);
      await track(
        runTurn(deps, request, async (turn) => {
          if (!turn.employee) {
            await answer();
            return pushDm(turn, turn.t('slack-link-instructions'));
          }
          const sent = { view, answer };
          if (at && at.page < at.pages) return nextPage(turn, deps, sent, at);
          await submit(turn, deps, sent, at);
        }).finally(() => answer()),
      );
    },
  );
}
