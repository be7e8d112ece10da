import { Composer } from 'grammy';
import type { DikaContext } from '../context.js';
import { pushReply } from '../outbox.js';

/** /bantuan (and /help, which English speakers try first): open to strangers, shows no data. */
export function helpFeature(): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  composer.command(['bantuan', 'help'], (ctx) => {
    const text = ctx.employee ? ctx.t('help-text') : `${ctx.t('help-text')}\n\n${ctx.t('help-not-linked')}`;
    pushReply(ctx, text);
  });
  return composer;
}
