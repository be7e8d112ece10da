import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new SQL migration from the difference to src/storage/schema.ts.
// dika applies migrations itself at start (src/storage/migrate.ts), on PGlite and PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/storage/schema.ts',
  out: './migrations',
  casing: 'snake_case',
});
