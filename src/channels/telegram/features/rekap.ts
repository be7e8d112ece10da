import { Composer } from 'grammy';
import { decodeButton } from '../../../core/conversation/button-codec.js';
import { safeError } from '../../../logging/safe-error.js';
import { startDialogRecord } from '../../../services/appraisal/dialog-record-service.js';
import { REFUSED } from '../../../services/appraisal/feedback-service.js';
import { type DialogReply, noteReply } from '../../../services/dialogs/dialog-reply.js';
import { personOf } from '../../../services/people/person.js';
import { REKAP_BUTTON_KIND, readRekapButton } from '../../../services/rekap/rekap-buttons.js';
import { answerRekap, answerUnitDrill, type RekapAsker } from '../../../services/rekap/rekap-service.js';
import { transaction } from '../../../storage/transaction.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { pushAnswer, pushReply, toDraft } from '../outbox.js';
import { renderDialogMessage } from '../render-dialog.js';
import { telegramOps } from '../reply-renderer.js';

export interface RekapFeatureOptions {
  /** Charts as photos (default on); tests that do not look at them turn it off. */
  charts?: boolean;
}

/**
 * /rekap in Telegram, and the rekap's buttons (drill down into a sub-unit; mark a dialog held).
 * A rekap is read after the update has committed, outside its transaction, so a large one holds
 * no update's connection; its messages are queued in a short transaction of their own.
 */
export function rekapFeature(deps: TelegramDeps, options: RekapFeatureOptions = {}): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  const pm = composer.chatType('private');
  const rekapDeps = { db: deps.db, translator: deps.translator, charts: options.charts !== false };

  const later = (ctx: DikaContext, produce: (asker: RekapAsker, now: Date) => Promise<DialogReply>) => {
    const employee = ctx.employee;
    const chatId = ctx.chat?.id;
    if (!employee || chatId === undefined) return;
    const asker = { id: employee.id, timeZone: employee.timeZone, locale: ctx.locale };
    ctx.afterCommit.push(async () => {
      let reply: DialogReply;
      try {
        reply = await produce(asker, deps.clock());
      } catch (error) {
        ctx.log.error({ err: safeError(error) }, 'rekap failed');
        reply = noteReply([{ key: 'rekap-failed', expects: 'none' }]);
      }
      const context = { botId: ctx.me.id, fromId: ctx.from?.id, employeeId: employee.id };
      const drafts = telegramOps(deps.translator, ctx.locale, chatId, reply).map((op) =>
        toDraft(op, context),
      );
      const rows = await transaction(deps.db, (tx) => deps.outbound.enqueue(tx, drafts));
      await deps.outbound.deliver(rows);
    });
  };

  pm.command('rekap', (ctx) => {
    const text = typeof ctx.match === 'string' ? ctx.match : '';
    later(ctx, (asker, now) => answerRekap(rekapDeps, asker, text, now, `telegram:${ctx.from.id}`));
  });

  composer.callbackQuery(new RegExp(`^${REKAP_BUTTON_KIND}\\|`), async (ctx) => {
    const button = decodeButton(ctx.callbackQuery.data);
    const pressed = button?.kind === REKAP_BUTTON_KIND ? readRekapButton(button.choice) : undefined;
    if (!pressed || !ctx.employee) return refuse(ctx);
    if (pressed.type === 'held') {
      const reply = await startDialogRecord(
        ctx.tx,
        deps.dialogs,
        personOf(ctx.employee),
        'telegram',
        pressed.requestId,
        deps.clock(),
      );
      if (reply === REFUSED) return refuse(ctx);
      pushAnswer(ctx);
      const { text, markup } = renderDialogMessage(deps.translator, ctx.locale, reply);
      return pushReply(ctx, text, markup);
    }
    pushAnswer(ctx);
    const unitId = pressed.unitId;
    later(ctx, (asker, now) => answerUnitDrill(rekapDeps, asker, unitId, now, `telegram:${ctx.from.id}`));
  });
  return composer;
}

/** One refusal for every button its presser may not use: it names nobody. */
function refuse(ctx: DikaContext): void {
  ctx.log.info('rekap button refused');
  ctx.outbox.push({
    op: 'answer-callback',
    callbackQueryId: ctx.callbackQuery!.id,
    text: ctx.t('appraisal-not-allowed'),
    alert: true,
  });
}
