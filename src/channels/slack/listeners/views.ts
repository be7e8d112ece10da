import type { App, SlashCommand, ViewSubmitAction } from '@slack/bolt';
import { safeError } from '../../../logging/safe-error.js';
import { loadCheckinForm, submitCheckinForm } from '../../../services/checkin-form-service.js';
import { personOf } from '../../../services/people/person.js';
import type { SlackDeps } from '../context.js';
import {
  CHECKIN_FORM,
  formErrors,
  formValues,
  formView,
  loadingView,
  noteView,
} from '../features/checkin-form.js';
import { pushDm } from '../outbox.js';
import { pushSlackDialogReply } from '../render-dialog.js';
import { runTurn } from '../run-turn.js';
import type { Track } from './track.js';

/**
 * `/checkin form`: the modal opens at once with a loading note (its trigger_id expires 3 s after
 * the command), then the database work fills it with views.update.
 */
export async function openCheckinForm(deps: SlackDeps, command: SlashCommand, track: Track): Promise<void> {
  let viewId: string | undefined;
  try {
    const opened = await deps.client.views.open({
      trigger_id: command.trigger_id,
      view: loadingView(deps.translator, deps.defaultLocale),
    });
    viewId = opened.view?.id;
  } catch (error) {
    deps.logger.warn({ err: safeError(error) }, 'views.open failed');
  }
  let filled = false;
  const request = {
    eventId: `command:${command.team_id}:${command.trigger_id}`,
    kind: 'command',
    account: { team: command.team_id, user: command.user_id },
    responseUrl: command.response_url,
  };
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

/**
 * A submitted form. Its ack carries the validation errors (`response_action: errors`), so this is
 * the one listener whose ack waits for the database: the validator and one read, well within 3 s.
 */
export function registerViews(app: App, deps: SlackDeps, track: Track): void {
  app.view<ViewSubmitAction>(
    { callback_id: CHECKIN_FORM, type: 'view_submission' },
    async ({ ack, body, view }) => {
      let acked = false;
      const answer = async (errors?: Record<string, string>) => {
        if (acked) return;
        acked = true;
        await (errors ? ack({ response_action: 'errors', errors }) : ack());
      };
      const team = body.team?.id ?? body.user.team_id ?? '';
      const request = {
        eventId: `view:${team}:${body.trigger_id}`,
        kind: 'view',
        account: { team, user: body.user.id },
        open: true, // only linked people get the form; a stranger's submission is closed and explained
      };
      await track(
        runTurn(deps, request, async (turn) => {
          if (!turn.employee) {
            await answer();
            return pushDm(turn, turn.t('slack-link-instructions'));
          }
          const result = await submitCheckinForm(
            turn.tx,
            { dialogs: deps.dialogs, context: { notifier: deps.notifier } },
            personOf(turn.employee),
            'slack',
            formValues(view.state.values),
            deps.clock(),
          );
          if (!result.ok) return answer(formErrors(deps.translator, turn.locale, result.errors));
          await answer();
          pushSlackDialogReply(turn, deps.translator, result.reply);
        }).finally(() => answer()),
      );
    },
  );
}
