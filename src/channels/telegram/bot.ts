import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Middleware } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { safeError } from '../../logging/safe-error.js';
import type { DikaContext, TelegramDeps } from './context.js';
import { appraisalFeature } from './features/appraisal.js';
import { checkinFeature } from './features/checkin.js';
import { contactFeature } from './features/contact.js';
import { continuousFeedbackFeature } from './features/continuous-feedback.js';
import { editedMessageFeature, skipSilentEdits } from './features/edited-message.js';
import { evaluationFeature } from './features/evaluation.js';
import { fallbackFeature } from './features/fallback.js';
import { feedback360Feature } from './features/feedback-360.js';
import { feedbackResultsFeature } from './features/feedback-results.js';
import { helpFeature } from './features/help.js';
import { leaveFeature } from './features/leave.js';
import { notificationsFeature } from './features/notifications.js';
import { privacyFeature } from './features/privacy.js';
import { rekapFeature } from './features/rekap.js';
import { settingsFeature } from './features/settings.js';
import { startFeature } from './features/start.js';
import { errorBoundary } from './middleware/error-boundary.js';
import { groupGuard } from './middleware/group-guard.js';
import { identityMiddleware } from './middleware/identity.js';
import { requireLinked } from './middleware/require-linked.js';
import { runOnce } from './middleware/run-once.js';

export interface TelegramBotOptions {
  /** A self-hosted Bot API server (TELEGRAM_API_ROOT); tests point it at a local stand-in. */
  apiRoot?: string;
  /** Known bot info, so no getMe is needed (tests); otherwise call `await bot.init()`. */
  botInfo?: UserFromGetMe;
  /** Installed before everything else: long polling puts `sequentialize` here. */
  first?: Middleware<DikaContext>;
  /** Called with every error the boundary caught (tests turn them back into failures). */
  onUpdateError?: (error: unknown) => void;
  /** Rekap charts as photos (default on). */
  charts?: boolean;
}

/** The update types dika handles; everything else is not even fetched. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;

export function createTelegramBot(
  token: string,
  deps: TelegramDeps,
  options: TelegramBotOptions = {},
): Bot<DikaContext> {
  const bot = new Bot<DikaContext>(token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
  });
  // Flood control (429) answers carry retry_after; waiting beats failing a reminder wave.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  if (options.first) bot.use(options.first);
  bot.use(errorBoundary(deps, options.onUpdateError));
  bot.use(skipSilentEdits);
  bot.use(groupGuard(deps));
  bot.use(runOnce(deps));
  bot.use(identityMiddleware(deps));
  bot.use(startFeature(deps), contactFeature(deps), helpFeature());
  bot.use(requireLinked());
  bot.use(editedMessageFeature());
  bot.use(settingsFeature(deps));
  bot.use(privacyFeature());
  bot.use(notificationsFeature(deps));
  bot.use(leaveFeature(deps));
  bot.use(rekapFeature(deps, options.charts === false ? { charts: false } : {}));
  // Before the check-in: its notice buttons and its /batal come first.
  bot.use(appraisalFeature(deps));
  bot.use(evaluationFeature(deps));
  bot.use(feedback360Feature(deps));
  bot.use(feedbackResultsFeature(deps, options.charts === false ? { charts: false } : {}));
  bot.use(continuousFeedbackFeature(deps));
  bot.use(checkinFeature(deps));
  bot.use(fallbackFeature());

  // Only reached if the boundary itself fails (the runner reports through here).
  bot.catch((error) => {
    deps.logger.error(
      { update_id: error.ctx.update.update_id, user_id: error.ctx.from?.id, err: safeError(error.error) },
      'update failed outside the error boundary',
    );
  });
  return bot;
}
