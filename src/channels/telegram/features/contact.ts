import { Composer } from 'grammy';
import { linkByPhone } from '../../../accounts/link-by-phone.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { shareContactKeyboard } from '../link-instructions.js';
import { setPerson } from '../middleware/identity.js';
import { pushReply } from '../outbox.js';

/**
 * Linking by a shared contact. Telegram's "share my phone number" button sends the sender's own
 * contact with user_id = the sender; any contact card can be forwarded too, so a contact whose
 * user_id is not the sender's is refused: otherwise anyone could link themselves as a colleague.
 * The phone number is never logged.
 */
export function contactFeature(deps: TelegramDeps): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  composer.on('message:contact', async (ctx) => {
    const contact = ctx.message.contact;
    if (contact.user_id !== ctx.from.id) {
      ctx.log.warn({ kind: 'contact', outcome: 'not-own' }, 'contact of another account refused');
      pushReply(ctx, ctx.t('link-contact-not-yours'), shareContactKeyboard(ctx));
      return;
    }
    const result = await linkByPhone(ctx.tx, {
      phone: contact.phone_number,
      now: deps.clock(),
      identity: {
        platform: 'telegram',
        workspace: '',
        externalUserId: String(ctx.from.id),
        chatId: String(ctx.chat.id),
      },
    });
    if (!result.ok) {
      ctx.log.info({ kind: 'contact', outcome: result.reason }, 'contact did not match one employee');
      pushReply(ctx, ctx.t('link-contact-no-match'), { remove_keyboard: true });
      return;
    }
    setPerson(ctx, deps, result.employee);
    ctx.log.info({ kind: 'contact', outcome: 'linked' }, 'Telegram account linked');
    pushReply(ctx, ctx.t('link-success', { name: result.employee.name }), { remove_keyboard: true });
  });
  return composer;
}
