/**
 * `npm run dika -- prune [--dry-run]`: the CLI opens its own database from the environment (a
 * PGlite folder, on either test backend), applies the RETENTION_* periods and prints counts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { outboundMessages, processedEvents } from '../../src/storage/schema.js';
import { runCliCaptured } from '../support/cli.js';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

describe('npm run dika -- prune', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  async function counts(): Promise<{ events: number; outbound: number }> {
    const database = await openDatabase({ dataDir: env.DIKA_DATA_DIR });
    try {
      const n = sql<number>`count(*)`.mapWith(Number);
      const [events] = await database.db.select({ n }).from(processedEvents);
      const [outbound] = await database.db.select({ n }).from(outboundMessages);
      return { events: events!.n, outbound: outbound!.n };
    } finally {
      await database.close();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dika-prune-cli-'));
    env = { DIKA_DATA_DIR: join(dir, 'data') };
    const database = await openDatabase({ dataDir: env.DIKA_DATA_DIR });
    try {
      await database.db.insert(processedEvents).values([
        { platform: 'telegram', eventId: '1', processedAt: daysAgo(40) },
        { platform: 'telegram', eventId: '2', processedAt: daysAgo(35) },
        { platform: 'telegram', eventId: '3', processedAt: daysAgo(1) },
      ]);
      await database.db.insert(outboundMessages).values(
        [40, 1].map((age, i) => ({
          channel: 'telegram',
          address: `chat-${i}`,
          op: 'send',
          payload: {},
          status: 'sent',
          createdAt: daysAgo(age),
        })),
      );
    } finally {
      await database.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  it('answers an unknown option with the usage and exit code 2', async () => {
    const result = await runCliCaptured(env, 'prune', '--yes');
    expect(result).toMatchObject({
      code: 2,
      err: expect.stringContaining('npm run dika -- prune [--dry-run]'),
    });
    expect(result.err).toContain('Cara penggunaan');
  });

  it('counts in a dry run, then prunes; a period of 0 keeps its rows', async () => {
    const keepOutbound = { ...env, RETENTION_OUTBOUND_DAYS: '0' };
    const dry = await runCliCaptured(keepOutbound, 'prune', '--dry-run', '--lang', 'en');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('• records of inbound updates already processed, older than 30 days: 2');
    expect(dry.out).toContain(
      '• outbound messages sent, failed or undeliverable: kept indefinitely (period 0)',
    );
    expect(dry.out).toContain('Nothing has been changed yet');
    expect(await counts()).toEqual({ events: 3, outbound: 2 });

    const applied = await runCliCaptured(keepOutbound, 'prune');
    expect(applied.code).toBe(0);
    expect(applied.out).toContain('Periode retensi telah diterapkan');
    expect(applied.out).toContain('• catatan pembaruan masuk yang sudah diproses, lebih dari 30 hari: 2');
    expect(applied.out).toContain(
      '• metadata berkas bukti dukung (ID berkas, nama, jenis, ukuran), lebih dari 730 hari: 0',
    );
    expect(await counts()).toEqual({ events: 1, outbound: 2 });
  });
});
