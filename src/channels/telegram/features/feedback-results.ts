import { Composer } from 'grammy';
import { answerResults } from '../../../services/feedback/results-service.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { telegramOps } from '../reply-renderer.js';

/**
 * /hasil360 [2026-Q4] [name or NIP] in a private chat: the results as text (split when longer
 * than a message) and the chart as a photo. Read-only; the chart renders in its worker while the
 * update's transaction waits (~0.1 s).
 */
export function feedbackResultsFeature(
  deps: TelegramDeps,
  options: { charts?: boolean } = {},
): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  composer.chatType('private').command('hasil360', async (ctx) => {
    if (!ctx.employee) return;
    const reply = await answerResults(
      ctx.tx,
      { id: ctx.employee.id, name: ctx.employee.name, locale: ctx.locale },
      ctx.match,
      { translator: deps.translator, charts: options.charts !== false },
    );
    ctx.outbox.push(...telegramOps(deps.translator, ctx.locale, ctx.chat.id, reply));
  });
  return composer;
}
