import { Composer } from 'grammy';
import { redeemLinkCode } from '../../../accounts/link-codes.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { pushLinkInstructions } from '../link-instructions.js';
import { setPerson } from '../middleware/identity.js';
import { pushReply } from '../outbox.js';

/**
 * /start: a welcome for linked people, the linking instructions for strangers, and the deep link
 * `https://t.me/<bot>?start=<code>` from HR, which Telegram delivers as `/start <code>`.
 */
export function startFeature(deps: TelegramDeps): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  composer.command('start', async (ctx) => {
    const code = ctx.match.trim();
    if (code) return redeem(ctx, deps, code);
    if (ctx.employee) pushReply(ctx, ctx.t('tg-welcome', { name: ctx.employee.name }));
    else pushLinkInstructions(ctx);
  });
  return composer;
}

async function redeem(ctx: DikaContext, deps: TelegramDeps, code: string): Promise<void> {
  const from = ctx.from!;
  const now = deps.clock();
  const result = await redeemLinkCode(ctx.tx, {
    code,
    secret: deps.secret,
    now,
    identity: {
      platform: 'telegram',
      workspace: '',
      externalUserId: String(from.id),
      chatId: String(ctx.chat?.id ?? from.id),
    },
  });
  // The code itself is a credential: log only why it failed.
  if (!result.ok && result.reason === 'throttled') {
    ctx.log.warn({ kind: 'link-code', outcome: 'throttled' }, 'link code attempts over the limit');
    const minutes = Math.max(1, Math.ceil((result.retryAt.getTime() - now.getTime()) / 60_000));
    pushReply(ctx, ctx.t('link-code-too-many', { minutes }));
    return;
  }
  if (!result.ok) {
    ctx.log.info({ kind: 'link-code', outcome: result.detail }, 'link code refused');
    pushReply(ctx, ctx.t('link-code-invalid'));
    return;
  }
  setPerson(ctx, deps, result.employee);
  ctx.log.info({ kind: 'link-code', outcome: 'linked' }, 'Telegram account linked');
  // remove_keyboard: the "share my phone number" button may still be showing.
  pushReply(ctx, ctx.t('link-success', { name: result.employee.name }), { remove_keyboard: true });
}
