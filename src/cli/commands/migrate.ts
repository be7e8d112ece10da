import type { CliCommand } from '../context.js';

/**
 * `npm run dika -- migrate`: applies the migrations and exits. Opening the database migrates
 * under an advisory lock, so replicas that start together (or this command beside them) apply
 * each migration once. Run it before a deploy and start the replicas with DIKA_MIGRATE=false.
 */
export const migrateCommand: CliCommand = {
  usage: 'migrate',
  run: async (_args, ctx) => {
    const database = await ctx.database();
    ctx.out(ctx.translator.t(ctx.locale, 'cli-migrated', { location: database.location }));
    return 0;
  },
};
