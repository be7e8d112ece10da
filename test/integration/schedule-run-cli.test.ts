/**
 * `npm run dika -- schedule run <job> --at …` as an operator runs it after an outage: it plans and
 * sends what is due at that moment through the Bot API, and running it again sends nothing twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { runCliCaptured } from '../support/cli.js';
import { rowsOf } from '../support/database.js';
import { TEST_TOKEN } from '../support/telegram-harness.js';
import { type BotApiStandIn, startBotApiStandIn } from '../support/telegram-stand-in.js';

let dir: string;
let env: NodeJS.ProcessEnv;
let api: BotApiStandIn;
const run = (...argv: string[]) => runCliCaptured(env, ...argv);
let linked = 0;

beforeAll(async () => {
  api = await startBotApiStandIn();
  dir = mkdtempSync(join(tmpdir(), 'dika-schedule-run-'));
  env = { DIKA_DATA_DIR: join(dir, 'data'), TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url };
  expect((await run('import', 'employees', 'examples/employees.csv')).code).toBe(0);
  const database = await openDatabase({ dataDir: env.DIKA_DATA_DIR! });
  try {
    const rows = rowsOf<{ id: number }>(
      await database.db.execute(sql`
        insert into channel_identities (employee_id, platform, workspace, external_user_id, chat_id)
        select id, 'telegram', '', (800000000 + id)::text, (800000000 + id)::text
        from employees where active returning employee_id as id`),
    );
    linked = rows.length;
  } finally {
    await database.close();
  }
}, 120_000);
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

describe('npm run dika -- schedule run', () => {
  it('sends Monday’s due prompts once, however often it is run', { timeout: 120_000 }, async () => {
    const at = '2026-03-02T09:30:00+07:00'; // 09.30 WIB, 10.30 WITA, 11.30 WIT: all due
    const first = await run('schedule', 'run', 'prompt', '--at', at);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const chats = api.callsOf('sendMessage').map((b) => String(b.chat_id));
    expect(linked).toBeGreaterThan(5);
    expect(chats.length).toBe(linked);
    expect(new Set(chats).size).toBe(linked);
    const again = await run('schedule', 'run', 'prompt', '--at', at);
    expect(again.code).toBe(0);
    expect(api.callsOf('sendMessage')).toHaveLength(linked);
  });

  it('with --unit sends only to that unit and the units below it; the rest follow once', {
    timeout: 120_000,
  }, async () => {
    const at = '2026-03-09T09:30:00+07:00'; // the next Monday: a week nobody was prompted in yet
    const before = api.callsOf('sendMessage').length;
    const biro = 'Deputi Bidang Tata Kelola Data/Biro Perencanaan dan Keuangan';
    const unit = await run('schedule', 'run', 'prompt', '--unit', biro, '--at', at);
    expect(unit.code).toBe(0);
    const unitChats = api
      .callsOf('sendMessage')
      .slice(before)
      .map((b) => String(b.chat_id));
    expect(unitChats).toHaveLength(7); // the Kepala Biro and the two Bagian of three
    const rest = await run('schedule', 'run', 'prompt', '--at', at);
    expect(rest.code).toBe(0);
    const chats = api
      .callsOf('sendMessage')
      .slice(before)
      .map((b) => String(b.chat_id));
    expect(chats).toHaveLength(linked);
    expect(new Set(chats).size).toBe(linked);
    const unknown = await run('schedule', 'run', 'prompt', '--unit', 'Biro Tidak Ada', '--at', at);
    expect(unknown).toMatchObject({ code: 2, err: expect.stringContaining('Biro Tidak Ada') });
  });

  it('refuses without a channel, a bad time or an unknown job', async () => {
    const noToken = await runCliCaptured({ DIKA_DATA_DIR: env.DIKA_DATA_DIR }, 'schedule', 'run', 'prompt');
    expect(noToken).toMatchObject({ code: 2, err: expect.stringContaining('TELEGRAM_BOT_TOKEN') });
    expect((await run('schedule', 'run', 'prompt', '--at', 'senin')).err).toContain('tidak valid');
    expect((await run('schedule', 'run', 'everything')).code).toBe(2);
  });
});
