/**
 * Operations: replicas that start together migrate once (an advisory lock), and readiness tells
 * a database that is reachable and fully migrated from one that is not.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { opsRoutes } from '../../src/ops/ops-routes.js';
import { databaseReady, openDatabase } from '../../src/storage/database.js';
import { useTestDatabase } from '../support/database.js';
import { onPostgres } from '../support/pools.js';

const t = useTestDatabase();

describe('migrations', () => {
  it.skipIf(!onPostgres)(
    'three replicas opening an empty database at once migrate it once, without error (one with a pool of one)',
    async () => {
      const server = process.env.TEST_DATABASE_URL!;
      const name = `dika_migrate_${randomBytes(5).toString('hex')}`;
      const admin = postgres(server, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE ${name}`);
      const url = new URL(server);
      url.pathname = `/${name}`;
      try {
        const replicas = await Promise.all(
          // A pool of one used to hang: the lock held its only connection while the migrator waited.
          [1, 2, 3].map((n) => openDatabase({ url: url.toString(), max: n === 1 ? 1 : 2 })),
        );
        try {
          const [first] = replicas;
          const rows = await first!.db.execute(sql`select hash from drizzle.__drizzle_migrations`);
          const hashes = (rows as unknown as Array<{ hash: string }>).map((r) => r.hash);
          expect(new Set(hashes).size).toBe(hashes.length);
          expect(await databaseReady(first!.db)).toBe(true);
        } finally {
          await Promise.all(replicas.map((r) => r.close()));
        }
      } finally {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
    60_000,
  );

  it('is ready when every migration is applied, and not when one is missing', async () => {
    expect(await databaseReady(t.db)).toBe(true);
    const rows = await t.db.execute(
      sql`select id, hash, created_at::text as created_at from drizzle.__drizzle_migrations order by id desc limit 1`,
    );
    const [last] = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{
      id: number;
      hash: string;
      created_at: string;
    }>;
    await t.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${last!.id}`);
    try {
      expect(await databaseReady(t.db)).toBe(false);
    } finally {
      await t.db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${last!.id}, ${last!.hash}, ${last!.created_at}::bigint)`,
      );
    }
    expect(await databaseReady(t.db)).toBe(true);
  });
});

describe('ops routes', () => {
  it('answer /healthz always and /readyz by the readiness check; leave other requests alone', async () => {
    let ready = true;
    const routes = opsRoutes(async () => ready);
    const server = createServer((req, res) => {
      if (!routes(req, res)) res.writeHead(418).end();
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      ready = false;
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/telegram`, { method: 'POST' })).status).toBe(418);
    } finally {
      server.close();
    }
  });
});
