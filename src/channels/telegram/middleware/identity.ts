import type { MiddlewareFn } from 'grammy';
import { isLocale, type Locale } from '../../../i18n/translator.js';
import { type EmployeeRow, findEmployeeByIdentity } from '../../../storage/repositories/identities.js';
import type { DikaContext, TelegramDeps } from '../context.js';

/** The employee's saved language, else English for English Telegram clients, else the default. */
export function resolveLocale(
  saved: string | undefined,
  languageCode: string | undefined,
  fallback: Locale,
): Locale {
  if (isLocale(saved)) return saved;
  if (languageCode?.toLowerCase().startsWith('en')) return 'en';
  return fallback;
}

/** Sets who is talking (and so language and log fields); called again after linking or /bahasa. */
export function setPerson(ctx: DikaContext, deps: TelegramDeps, employee: EmployeeRow | undefined): void {
  ctx.employee = employee;
  ctx.locale = resolveLocale(employee?.locale, ctx.from?.language_code, deps.defaultLocale);
  ctx.t = deps.translator.forLocale(ctx.locale);
  ctx.log = deps.logger.child({
    update_id: ctx.update.update_id,
    ...(employee ? { employee_id: employee.id } : {}),
  });
}

/** Looks the Telegram account up inside the update's transaction (runs after run-once). */
export function identityMiddleware(deps: TelegramDeps): MiddlewareFn<DikaContext> {
  return async (ctx, next) => {
    const employee = ctx.from
      ? await findEmployeeByIdentity(ctx.tx, {
          platform: 'telegram',
          workspace: '',
          externalUserId: String(ctx.from.id),
        })
      : undefined;
    setPerson(ctx, deps, employee);
    await next();
  };
}
