import { asc } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeButton } from '../../src/core/conversation/button-codec.js';
import { Translator } from '../../src/i18n/translator.js';
import {
  blockers,
  checkins,
  conversations,
  evidence,
  krUpdates,
  nextActions,
} from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { lastButtons, lastDmText, press } from '../support/slack-dialog.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import { blockAction, dmMessage, eventCallback, slashCommand } from '../support/slack-requests.js';
import { seedEmployee } from '../support/telegram-harness.js';

const h = useSlackHarness();
const t = (key: string) => new Translator('id').t('id', key);
const dm = (text: string) => eventCallback(dmMessage(text));
const checkinCommand = (channel?: string) =>
  slashCommand('/checkin', 'chat', { responseUrl: h.api.responseUrl(), ...(channel ? { channel } : {}) });

async function seedPerson() {
  const supervisor = await seedEmployee(h.db, { name: 'Ibu Ratna' });
  const me = await seedEmployee(h.db, {
    name: 'Dr. Sari Wulandari, M.Si.',
    salutation: 'Ibu',
    supervisorId: supervisor.id,
    timeZone: 'Asia/Makassar',
  });
  await linkSlack(h.db, me.id);
  const krs = await seedKeyResults(h.db, me.id, THREE_KRS);
  return { me, supervisor, krs };
}

describe('Slack DM check-in', () => {
  beforeEach(() => {
    h.clock.set('2026-03-04T02:00:00Z'); // Wednesday of 2026-W10, 10:00 WITA
  });

  it('runs a full check-in of three KRs with Block Kit buttons into one checkins row', async () => {
    const { me, krs } = await seedPerson();
    await h.send(checkinCommand());
    const opening = h.api.callsOf('chat.postMessage')[0]!;
    expect(opening.channel).toBe('U0SARI');
    expect(opening.text).toContain('Selamat pagi, Ibu Sari.');
    // Buttons carry the codec payload: kind, nonce, seq, choice.
    const go = lastButtons(h.api).buttons.find((b) => b.action_id === 'dlg:go')!;
    expect(decodeButton(go.value)).toMatchObject({ kind: 'checkin', choice: 'go' });

    await h.send(press(h.api, 'go'));
    await h.send(dm('2'));
    await h.send(press(h.api, 'c7'));
    await h.send(press(h.api, 'skip'));
    await h.send(dm('65%'));
    await h.send(press(h.api, 'c6'));
    await h.send(
      eventCallback(
        dmMessage('', {
          files: [{ id: 'F0DAFTAR', name: 'daftar-hadir.pdf', mimetype: 'application/pdf', size: 18_204 }],
        }),
      ),
    );
    await h.send(dm('10 <https://drive.example.go.id/sop-layanan>'));
    await h.send(press(h.api, 'c8'));
    await h.send(dm('Server SIMPEG sering lambat'));
    await h.send(dm('Akses admin SIMPEG untuk verifikasi data'));
    await h.send(dm('- Finalisasi draf\n- Rapat dengan Biro Hukum'));
    await h.send(press(h.api, 'y'));
    await h.send(press(h.api, 'submit'));

    const rows = await h.db.select().from(checkins);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      employeeId: me.id,
      isoWeek: '2026-W10',
      channel: 'slack',
      wantsDialog: true,
      revision: 1,
    });
    const updates = await h.db.select().from(krUpdates).orderBy(asc(krUpdates.keyResultId));
    expect(updates.map((u) => [u.keyResultId, u.value, u.confidence])).toEqual([
      [krs[0]!.id, 2, 7],
      [krs[1]!.id, 65, 6],
      [krs[2]!.id, 10, 8],
    ]);
    const files = await h.db.select().from(evidence).orderBy(asc(evidence.id));
    expect(files.map((f) => [f.kind, f.url ?? f.fileName])).toEqual([
      ['file', 'daftar-hadir.pdf'],
      ['link', 'https://drive.example.go.id/sop-layanan'],
    ]);
    expect((await h.db.select().from(blockers)).map((b) => b.text)).toEqual(['Server SIMPEG sering lambat']);
    expect((await h.db.select().from(nextActions)).map((a) => a.text)).toHaveLength(2);
    expect(await h.db.select().from(conversations)).toEqual([]);
    expect(lastDmText(h.api)).toContain('Laporan progres Anda sudah tersimpan');
    // The pressed message became the summary without buttons: no stale keyboard left behind.
    const last = h.api.callsOf('chat.update').at(-1)!;
    expect((last.blocks as Array<{ type: string }>).some((b) => b.type === 'actions')).toBe(false);
  });

  it('answers an old button like Telegram does, privately, and changes nothing', async () => {
    await seedPerson();
    await h.send(checkinCommand());
    const { ts, buttons } = lastButtons(h.api);
    const go = buttons.find((b) => b.action_id === 'dlg:go')!;
    const first = blockAction(
      { action_id: go.action_id, value: go.value! },
      { messageTs: ts, responseUrl: h.api.responseUrl() },
    );
    await h.send(first);
    const before = await h.db.select().from(conversations);
    const updates = h.api.callsOf('chat.update').length;
    // The very same request again (same action_ts): absorbed by the dedupe, nothing answered.
    await h.send(first);
    expect(h.api.callsOf('chat.update')).toHaveLength(updates);
    expect(h.responses()).toEqual([]);
    // A new press of the old button: the dialog moved on, so it is stale.
    await h.send(
      blockAction(
        { action_id: go.action_id, value: go.value! },
        { messageTs: ts, responseUrl: h.api.responseUrl() },
      ),
    );
    expect(h.responses().at(-1)).toMatchObject({ response_type: 'ephemeral', text: t('stale-button') });
    expect(await h.db.select().from(conversations)).toEqual(before);
  });

  it('refuses forged button values', async () => {
    await seedPerson();
    await h.send(checkinCommand());
    const { ts } = lastButtons(h.api);
    await h.send(
      blockAction(
        { action_id: 'dlg:go', value: 'checkin|zz|0|go|extra' },
        { messageTs: ts, responseUrl: h.api.responseUrl() },
      ),
    );
    expect(h.responses().at(-1)?.text).toBe(t('stale-button'));
  });

  it('points to the DM when /checkin is typed in a channel', async () => {
    await seedPerson();
    await h.send(checkinCommand('C0UMUM'));
    expect(h.api.callsOf('chat.postMessage')[0]!.channel).toBe('U0SARI');
    expect(h.responses().map((r) => r.text)).toEqual([t('slack-checkin-in-dm')]);
  });

  it('opens the form for plain /checkin (and form, formulir); chat and percakapan open the DM dialog', async () => {
    await seedPerson();
    for (const text of ['', 'form', 'FORMULIR']) {
      h.api.reset();
      await h.send(slashCommand('/checkin', text, { responseUrl: h.api.responseUrl() }));
      expect(h.api.callsOf('views.open')).toHaveLength(1);
      expect(h.api.callsOf('views.open')[0]!.trigger_id).toMatch(/trigger/);
      expect(h.api.callsOf('chat.postMessage')).toEqual([]);
    }
    expect(await h.db.select().from(conversations)).toEqual([]);
    for (const text of ['chat', 'percakapan']) {
      h.api.reset();
      await h.send(slashCommand('/checkin', text, { responseUrl: h.api.responseUrl() }));
      expect(h.api.callsOf('views.open')).toEqual([]);
      expect(h.api.callsOf('chat.postMessage')[0]!.channel).toBe('U0SARI'); // the dialog (or its resumption)
    }
    expect(await h.db.select().from(conversations)).toMatchObject([{ kind: 'checkin', channel: 'slack' }]);
  });
});
