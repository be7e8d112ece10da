import type { MiddlewareFn } from 'grammy';
import { type EmployeeRow, identifyAccount } from '../../../services/people/identity-service.js';
import { resolveLocale } from '../../../services/people/locale.js';
import type { DikaContext, TelegramDeps } from '../context.js';

export { resolveLocale };

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

/**
 * Who is talking, inside the update's transaction (runs after run-once): usually already found
 * with the dedupe row, else looked up here.
 */
export function identityMiddleware(deps: TelegramDeps): MiddlewareFn<DikaContext> {
  return async (ctx, next) => {
    const employee = ctx.preloaded
      ? ctx.preloaded.employee
      : ctx.from
        ? await identifyAccount(ctx.tx, {
            platform: 'telegram',
            workspace: '',
            externalUserId: String(ctx.from.id),
          })
        : undefined;
    setPerson(ctx, deps, employee);
    await next();
  };
}
