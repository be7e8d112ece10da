/**
 * `/dika evaluasi` through the real Bolt app: the penilai's quarterly evaluation runs in the DM with
 * the same dialog as Telegram's and stores the predikat; anyone who evaluates nobody is refused
 * privately; `/dika batal` drops the run before the check-in.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Translator } from '../../src/i18n/translator.js';
import { conversations, performanceEvaluations } from '../../src/storage/schema.js';
import { seedEvaluationTeam } from '../support/evaluation-seed.js';
import { lastDmText, press } from '../support/slack-dialog.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import { slashCommand, TEST_SLACK_USER } from '../support/slack-requests.js';

const h = useSlackHarness();
const translator = new Translator('id');
const t = (key: string) => translator.t('id', key);
const PENILAI = 'U0HENDRA';
const dika = (text: string, user = PENILAI, channel?: string) =>
  slashCommand('/dika', text, { user, responseUrl: h.api.responseUrl(), ...(channel ? { channel } : {}) });

async function setup() {
  const team = await seedEvaluationTeam(h.db);
  await linkSlack(h.db, team.penilai.id, PENILAI);
  await linkSlack(h.db, team.sari.id, TEST_SLACK_USER);
  return team;
}

describe('/dika evaluasi in Slack', () => {
  beforeEach(() => {
    h.clock.set('2026-12-21T02:00:00Z'); // Monday 21 Dec 2026: TW IV's last two weeks
  });

  it("opens the penilai's evaluation in the DM and stores a rating", async () => {
    const team = await setup();
    await h.send(dika('evaluasi'));
    expect(h.api.callsOf('chat.postMessage')[0]!.channel).toBe(PENILAI);
    expect(lastDmText(h.api)).toContain('Evaluasi kinerja Triwulan IV 2026 · pegawai 1 dari 3: Dodi Pratama');
    await h.send(press(h.api, 'lewati', PENILAI));
    expect(lastDmText(h.api)).toContain('pegawai 2 dari 3: Rina Kusuma');
    await h.send(press(h.api, 'meets', PENILAI));
    await h.send(press(h.api, 'above', PENILAI));
    expect(lastDmText(h.api)).toContain('pegawai 3 dari 3: Sari Wulandari');

    expect(await h.db.select().from(performanceEvaluations)).toMatchObject([
      {
        employeeId: team.atasan.id,
        appraiserId: team.penilai.id,
        resultRating: 'meets',
        behaviourRating: 'above',
      },
    ]);
    expect(await h.db.select().from(conversations)).toMatchObject([
      { employeeId: team.penilai.id, kind: 'evaluasi', channel: 'slack' },
    ]);
  });

  it('takes a period in English words, typed in a channel: the DM gets it, the channel a pointer', async () => {
    await setup();
    await h.send(dika('evaluation 2026-TW4', PENILAI, 'C0UMUM'));
    expect(h.responses().map((r) => r.text)).toEqual([t('slack-dialog-in-dm')]);
    expect(lastDmText(h.api)).toContain('Evaluasi kinerja Triwulan IV 2026');
  });

  it('refuses someone who evaluates nobody, privately, and opens nothing', async () => {
    await setup();
    await h.send(dika('evaluasi', TEST_SLACK_USER));
    expect(h.responses().map((r) => r.text)).toEqual([
      'Perintah /dika evaluasi hanya dapat digunakan oleh pejabat penilai kinerja.',
    ]);
    expect(h.api.callsOf('chat.postMessage')).toEqual([]);
    expect(await h.db.select().from(conversations)).toEqual([]);
  });

  it('/dika batal drops the open evaluation and stores nothing more', async () => {
    await setup();
    await h.send(dika('evaluasi'));
    await h.send(press(h.api, 'lewati', PENILAI));
    await h.send(dika('batal'));
    expect(h.responses().at(-1)?.text).toBe(
      'Baik, evaluasi dihentikan. Penilaian yang sudah tersimpan tetap ada; ketik /dika evaluasi untuk melanjutkan.',
    );
    expect(await h.db.select().from(conversations)).toEqual([]);
    expect(await h.db.select().from(performanceEvaluations)).toEqual([]);
  });
});
