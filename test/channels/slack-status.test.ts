/**
 * The read-only and settings subcommands of `/dika` through the real Bolt app: status, riwayat
 * (and their English words), privasi, notifikasi with its buttons; each answered privately
 * through the command's response_url, nothing posted in a channel or the DM.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { Translator } from '../../src/i18n/translator.js';
import { employees } from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import { blockAction, slashCommand, TEST_SLACK_USER, viewSubmission } from '../support/slack-requests.js';
import { seedEmployee } from '../support/telegram-harness.js';

const h = useSlackHarness();
const translator = new Translator('id');
const t = (key: string, args?: Record<string, string | number>) => translator.t('id', key, args);
const dika = (text: string, user = TEST_SLACK_USER) =>
  slashCommand('/dika', text, { user, responseUrl: h.api.responseUrl() });
const lastResponse = () => h.responses().at(-1) ?? {};
const employeeRow = async (id: number) =>
  (await h.db.select().from(employees).where(eq(employees.id, id)))[0]!;

/** Sari with three indicators, the week's check-in sent through the form (2 dokumen, 65%, 10 hari). */
async function reportedPerson() {
  const me = await seedEmployee(h.db, { name: 'Sari Wulandari', timeZone: 'Asia/Makassar' });
  await linkSlack(h.db, me.id);
  const krs = await seedKeyResults(h.db, me.id, THREE_KRS);
  const values = [
    ['2', 'c7'],
    ['65', 'c6'],
    ['10', 'c8'],
  ] as const;
  await h.send(
    viewSubmission(
      Object.fromEntries(
        krs.flatMap((kr, i) => [
          [`kr.${kr.id}.value`, values[i]![0]],
          [`kr.${kr.id}.confidence`, { option: values[i]![1] }],
        ]),
      ),
    ),
  );
  h.api.reset();
  return { me, krs };
}

describe('/dika status, riwayat, privasi, notifikasi in Slack', () => {
  beforeEach(() => {
    h.clock.set('2026-03-04T02:00:00Z'); // Wednesday of 2026-W10, 10.00 WITA
  });

  it('/dika status answers privately with my indicators and their latest figures', async () => {
    await reportedPerson();
    await h.send(dika('status'));
    expect(h.responses()).toHaveLength(1);
    const answer = lastResponse();
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toContain('Indikator Anda (3)');
    expect(answer.text).toContain('Rancangan peraturan kepegawaian selesai');
    expect(answer.text).toContain('realisasi 2 dokumen · capaian 50% dari target 4 dokumen · keyakinan 7/10');
    expect(answer.text).toContain('realisasi 65% · capaian 81,3% dari target 80%');
    expect(h.api.callsOf('chat.postMessage')).toEqual([]);
  });

  it('/dika riwayat (and history) answers privately with my last check-ins', async () => {
    await reportedPerson();
    await h.send(dika('riwayat'));
    expect(lastResponse().response_type).toBe('ephemeral');
    expect(lastResponse().text).toContain('Pekan 2 – 6 Mar 2026: 3 dari 3 indikator diperbarui');
    await h.send(dika('history'));
    expect(lastResponse().text).toContain('Pekan 2 – 6 Mar 2026: 3 dari 3 indikator diperbarui');
    expect(h.api.callsOf('chat.postMessage')).toEqual([]);
  });

  it("answers another person's status with their own indicators only", async () => {
    await reportedPerson();
    const other = await seedEmployee(h.db, { name: 'Dodi Pratama' });
    await linkSlack(h.db, other.id, 'U0DODI');
    await h.send(dika('status', 'U0DODI'));
    expect(lastResponse().text).toBe(t('checkin-no-krs'));
    await h.send(dika('riwayat', 'U0DODI'));
    expect(lastResponse().text).toBe(t('history-empty'));
  });

  it('/dika privasi tells what is kept, with the Slack account', async () => {
    const me = await seedEmployee(h.db);
    await linkSlack(h.db, me.id);
    await h.send(dika('privasi'));
    expect(lastResponse()).toMatchObject({ response_type: 'ephemeral' });
    expect(lastResponse().text).toContain('Data pribadi Anda di dika');
    expect(lastResponse().text).toContain(t('slack-privacy-account'));
    await h.send(dika('privacy'));
    expect(h.responses()).toHaveLength(2);
  });

  it('/dika notifikasi offers both modes; a press saves the daily bundle and back', async () => {
    const me = await seedEmployee(h.db, { name: 'Hendra Gunawan' });
    await linkSlack(h.db, me.id);
    await h.send(dika('notifikasi'));
    const question = lastResponse();
    expect(question.text).toBe(t('appraisal-notify-prompt', { mode: 'each' }));
    const ids = (question.blocks as Array<{ elements?: Array<{ action_id: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .map((e) => e.action_id);
    expect(ids).toEqual(['notify:each', 'notify:daily']);

    const pressNotify = (id: string) =>
      h.send(blockAction({ action_id: id, value: id }, { responseUrl: h.api.responseUrl() }));
    await pressNotify('notify:daily');
    expect((await employeeRow(me.id)).checkinNotifications).toBe('daily');
    expect(lastResponse()).toMatchObject({
      replace_original: true,
      text: t('appraisal-notify-set', { mode: 'daily' }),
    });
    await h.send(dika('notifications'));
    expect(lastResponse().text).toBe(t('appraisal-notify-prompt', { mode: 'daily' }));
    await pressNotify('notify:each');
    expect((await employeeRow(me.id)).checkinNotifications).toBe('each');

    // A forged mode changes nothing.
    await pressNotify('notify:weekly');
    expect(lastResponse().text).toBe(t('stale-button'));
    expect((await employeeRow(me.id)).checkinNotifications).toBe('each');
  });

  it("tells a stranger how to link instead of anyone's status", async () => {
    await reportedPerson();
    await h.send(dika('status', 'U0ASING'));
    expect(h.responses().map((r) => r.text)).toEqual([t('slack-link-instructions')]);
  });
});
