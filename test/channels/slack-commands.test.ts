import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { Translator } from '../../src/i18n/translator.js';
import { employees, leavePeriods } from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import { blockAction, eventCallback, slashCommand, TEST_SLACK_USER } from '../support/slack-requests.js';
import { seedEmployee } from '../support/telegram-harness.js';

const h = useSlackHarness();
const translator = new Translator('id');
const command = (name: string, text = '', user = TEST_SLACK_USER) =>
  slashCommand(name, text, { user, responseUrl: h.api.responseUrl() });
const texts = () => h.responses().map((r) => String(r.text));

describe('Slack slash commands', () => {
  beforeEach(() => {
    h.clock.set('2026-12-02T02:00:00Z'); // Wednesday 2 Dec 2026, 09.00 WIB
  });

  it('/cuti records leave and answers privately', async () => {
    const me = await seedEmployee(h.db, { timeZone: 'Asia/Jakarta' });
    await linkSlack(h.db, me.id);
    await h.send(command('/cuti', '7 Des 11 Des'));
    expect(await h.db.select().from(leavePeriods)).toMatchObject([
      { employeeId: me.id, startsOn: '2026-12-07', endsOn: '2026-12-11', source: 'command' },
    ]);
    expect(h.responses()).toHaveLength(1);
    expect(h.responses()[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(texts()[0]).toContain('7 Des 2026');
    expect(h.api.callsOf('chat.postMessage')).toEqual([]); // nothing in a channel or the DM
  });

  it('/dika bahasa offers the languages; the button saves English and answers in it', async () => {
    const me = await seedEmployee(h.db);
    await linkSlack(h.db, me.id);
    await h.send(command('/dika', 'bahasa'));
    const question = h.responses()[0]!;
    expect(question.text).toBe(translator.t('id', 'settings-language-prompt'));
    const ids = (question.blocks as Array<{ type: string; elements?: Array<{ action_id: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .map((e) => e.action_id);
    expect(ids).toEqual(['settings:lang:id', 'settings:lang:en']);

    await h.send(
      blockAction(
        { action_id: 'settings:lang:en', value: 'settings:lang:en' },
        { responseUrl: h.api.responseUrl() },
      ),
    );
    const [row] = await h.db.select().from(employees).where(eq(employees.id, me.id));
    expect(row!.locale).toBe('en');
    expect(h.responses().at(-1)).toMatchObject({
      replace_original: true,
      text: translator.t('en', 'settings-language-set'),
    });
  });

  it('/dika zona sets the working zone', async () => {
    const me = await seedEmployee(h.db, { timeZone: 'Asia/Jakarta' });
    await linkSlack(h.db, me.id);
    await h.send(
      blockAction(
        { action_id: 'settings:tz:WITA', value: 'settings:tz:WITA' },
        { responseUrl: h.api.responseUrl() },
      ),
    );
    const [row] = await h.db.select().from(employees).where(eq(employees.id, me.id));
    expect(row!.timeZone).toBe('Asia/Makassar');
  });

  it('/rekap answers the atasan in the DM after the command committed', async () => {
    const boss = await seedEmployee(h.db, { name: 'Hendra Gunawan', timeZone: 'Asia/Jakarta' });
    const staff = await seedEmployee(h.db, {
      name: 'Dodi Pratama',
      supervisorId: boss.id,
      timeZone: 'Asia/Jakarta',
    });
    await seedKeyResults(h.db, staff.id, THREE_KRS);
    await linkSlack(h.db, boss.id);
    await h.send(command('/rekap'));
    const dm = h.api.callsOf('chat.postMessage');
    expect(dm.length).toBeGreaterThan(0);
    expect(dm.every((b) => b.channel === TEST_SLACK_USER)).toBe(true);
    const text = dm.map((b) => String(b.text)).join('\n');
    expect(text).toContain('Rekap pekan 30 Nov – 4 Des 2026');
    expect(text).toContain('Dodi Pratama');
  });

  it('/rekap from someone without staff is refused and names nobody', async () => {
    const me = await seedEmployee(h.db);
    await seedEmployee(h.db, { name: 'Dodi Pratama' });
    await linkSlack(h.db, me.id);
    await h.send(command('/rekap', 'Dodi'));
    const text = h.api
      .callsOf('chat.postMessage')
      .map((b) => String(b.text))
      .join('\n');
    expect(text).not.toContain('Dodi');
  });

  it("publishes the App Home with this week's status and my indicators", async () => {
    const me = await seedEmployee(h.db, { timeZone: 'Asia/Jakarta' });
    await linkSlack(h.db, me.id);
    await seedKeyResults(h.db, me.id, THREE_KRS);
    await h.send(
      eventCallback({ type: 'app_home_opened', user: TEST_SLACK_USER, channel: 'D0SARI', tab: 'home' }),
    );
    const [published] = h.api.callsOf('views.publish');
    expect(published!.user_id).toBe(TEST_SLACK_USER);
    const home = JSON.stringify(published!.view);
    expect(home).toContain('belum dikirim');
    expect(home).toContain('Rancangan peraturan kepegawaian selesai');
    expect(home).toContain('home:checkin');
  });

  it("shows a stranger's App Home how to link, with no data and no DM", async () => {
    await h.send(
      eventCallback({ type: 'app_home_opened', user: 'U0ASING', channel: 'D0ASING', tab: 'home' }),
    );
    expect(JSON.stringify(h.api.callsOf('views.publish')[0]!.view)).toContain('/dika link');
    expect(h.api.callsOf('chat.postMessage')).toEqual([]);
  });
});
