import { beforeEach, describe, expect, it } from 'vitest';
import { Translator } from '../../src/i18n/translator.js';
import { blockers, checkins, conversations, krUpdates } from '../../src/storage/schema.js';
import { type SeedKr, seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { lastDmText } from '../support/slack-dialog.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import { slashCommand, viewSubmission } from '../support/slack-requests.js';
import { seedEmployee } from '../support/telegram-harness.js';

const h = useSlackHarness();
const translator = new Translator('id');
const openForm = () => h.send(slashCommand('/checkin', 'form', { responseUrl: h.api.responseUrl() }));
const formBlocks = () =>
  h.api.callsOf('views.update').at(-1)!.view.blocks as Array<{ type: string; block_id?: string }>;

/** Slack sends every input of the modal, empty ones too. */
const blank = (krs: Array<{ id: number }>) =>
  Object.fromEntries(
    krs.flatMap((kr) => [
      [`kr.${kr.id}.value`, ''],
      [`kr.${kr.id}.evidence`, ''],
    ]),
  );

async function seedPerson(krs: SeedKr[] = THREE_KRS) {
  const me = await seedEmployee(h.db, { name: 'Sari Wulandari', timeZone: 'Asia/Makassar' });
  await linkSlack(h.db, me.id);
  return { me, krs: await seedKeyResults(h.db, me.id, krs) };
}

describe('/checkin form: the modal check-in', () => {
  beforeEach(() => {
    h.clock.set('2026-03-04T02:00:00Z'); // Wednesday of 2026-W10
  });

  it('opens at once, fills in after the database, refuses one invalid field inline, then saves the fix', async () => {
    const { me, krs } = await seedPerson();
    await openForm();
    const [opened] = h.api.callsOf('views.open');
    expect(opened!.trigger_id).toMatch(/trigger/);
    expect(JSON.stringify(opened!.view)).toContain(translator.t('id', 'slack-form-loading'));
    expect(h.api.calls.findIndex((c) => c.method === 'views.open')).toBeLessThan(
      h.api.calls.findIndex((c) => c.method === 'views.update'),
    );
    const ids = formBlocks()
      .map((b) => b.block_id)
      .filter(Boolean);
    expect(ids).toEqual([
      ...krs.flatMap((kr) => [`kr.${kr.id}.value`, `kr.${kr.id}.confidence`, `kr.${kr.id}.evidence`]),
      'blockers',
      'supportNeeded',
      'nextActions',
      'wantsDialog',
    ]);

    const values = {
      ...blank(krs),
      [`kr.${krs[0]!.id}.value`]: 'dua dokumen',
      [`kr.${krs[0]!.id}.confidence`]: { option: 'c7' },
      [`kr.${krs[1]!.id}.value`]: '65%',
      [`kr.${krs[1]!.id}.confidence`]: { option: 'c6' },
      [`kr.${krs[1]!.id}.evidence`]: 'https://drive.example.go.id/daftar-hadir',
      // The third indicator left empty: skipped.
      blockers: 'Server SIMPEG sering lambat',
      nextActions: 'Finalisasi draf',
      wantsDialog: { options: ['yes'] },
    };
    const refused = await h.send(viewSubmission(values));
    expect(refused.status).toBe(200);
    const answer = JSON.parse(refused.body);
    expect(answer.response_action).toBe('errors');
    expect(Object.keys(answer.errors)).toEqual([`kr.${krs[0]!.id}.value`]);
    expect(answer.errors[`kr.${krs[0]!.id}.value`]).toContain('dokumen');
    expect(await h.db.select().from(checkins)).toEqual([]);

    const saved = await h.send(viewSubmission({ ...values, [`kr.${krs[0]!.id}.value`]: '2' }));
    expect(saved.status).toBe(200);
    expect(saved.body).toBe('');
    expect(await h.db.select().from(checkins)).toMatchObject([
      { employeeId: me.id, isoWeek: '2026-W10', channel: 'slack', wantsDialog: true, revision: 1 },
    ]);
    const updates = await h.db.select().from(krUpdates);
    expect(updates.map((u) => [u.keyResultId, u.value, u.confidence, u.skipped]).sort()).toEqual(
      [
        [krs[0]!.id, 2, 7, false],
        [krs[1]!.id, 65, 6, false],
        [krs[2]!.id, null, null, true],
      ].sort(),
    );
    expect((await h.db.select().from(blockers)).map((b) => b.text)).toEqual(['Server SIMPEG sering lambat']);
    expect(lastDmText(h.api)).toContain('Laporan progres Anda sudah tersimpan');
  });

  it('pre-fills a revision with what was sent, and supersedes an open chat check-in', async () => {
    const { krs } = await seedPerson();
    await h.send(slashCommand('/checkin', 'chat', { responseUrl: h.api.responseUrl() })); // a DM dialog opened
    await h.send(
      viewSubmission({
        ...blank(krs),
        [`kr.${krs[0]!.id}.value`]: '3',
        [`kr.${krs[0]!.id}.confidence`]: { option: 'c8' },
      }),
    );
    expect(await h.db.select().from(conversations)).toEqual([]);
    await openForm();
    const view = JSON.stringify(h.api.callsOf('views.update').at(-1)!.view);
    expect(view).toContain('"initial_value":"3"');
    await h.send(
      viewSubmission({
        ...blank(krs),
        [`kr.${krs[0]!.id}.value`]: '4',
        [`kr.${krs[0]!.id}.confidence`]: { option: 'c8' },
      }),
    );
    expect(await h.db.select().from(checkins)).toMatchObject([{ revision: 2 }]);
    expect(lastDmText(h.api)).toContain('Perubahan laporan progres Anda sudah tersimpan');
  });

  it('fits a person with 30 indicators in one modal of at most 100 blocks', async () => {
    const many: SeedKr[] = Array.from({ length: 30 }, (_, i) => ({
      code: `K-${i + 1}`,
      title: `Indikator kinerja nomor ${i + 1}`,
      unitLabel: 'dokumen',
      baseline: 0,
      target: 10,
    }));
    const { krs } = await seedPerson(many);
    await openForm();
    const blocks = formBlocks();
    expect(blocks.length).toBeLessThanOrEqual(100);
    expect(blocks.filter((b) => b.block_id?.endsWith('.value'))).toHaveLength(30);
    const values = Object.fromEntries(krs.map((kr) => [`kr.${kr.id}.value`, '1']));
    const confidences = Object.fromEntries(krs.map((kr) => [`kr.${kr.id}.confidence`, { option: 'c5' }]));
    await h.send(viewSubmission({ ...values, ...confidences }));
    expect(await h.db.select().from(krUpdates)).toHaveLength(30);
  });
});
