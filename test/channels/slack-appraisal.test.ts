/**
 * The appraiser in Slack: a check-in's report reaches the penilai's DM with its buttons; umpan balik
 * given there reaches the employee; anyone else's press is refused without naming anybody.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Translator } from '../../src/i18n/translator.js';
import { checkinFeedback } from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { lastButtons } from '../support/slack-dialog.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import {
  blockAction,
  dmMessage,
  eventCallback,
  slashCommand,
  viewSubmission,
} from '../support/slack-requests.js';
import { seedEmployee } from '../support/telegram-harness.js';

const h = useSlackHarness();
const t = (key: string) => new Translator('id').t('id', key);
const APPRAISER = 'U0HENDRA';

/** Sari submits with the form; Hendra, her atasan, appraises in Slack. */
async function submittedTeam() {
  const boss = await seedEmployee(h.db, { name: 'Hendra Gunawan', timeZone: 'Asia/Jakarta' });
  const me = await seedEmployee(h.db, {
    name: 'Sari Wulandari',
    supervisorId: boss.id,
    timeZone: 'Asia/Jakarta',
  });
  await linkSlack(h.db, me.id);
  await linkSlack(h.db, boss.id, APPRAISER);
  const krs = await seedKeyResults(h.db, me.id, THREE_KRS);
  const values = Object.fromEntries(
    krs.flatMap((kr) => [
      [`kr.${kr.id}.value`, '2'],
      [`kr.${kr.id}.confidence`, { option: 'c7' }],
    ]),
  );
  await h.send(viewSubmission({ ...values, wantsDialog: { options: ['yes'] } }));
  return { boss, me, krs };
}

/** A press by `user` of the newest button `dlg:<choice>` sent to `to`. */
function pressAs(user: string, choice: string) {
  const { ts, channel, buttons } = lastButtons(h.api);
  const button = buttons.find((b) => b.action_id === `dlg:${choice}`)!;
  return blockAction(
    { action_id: button.action_id, value: button.value! },
    { user, channel, messageTs: ts, responseUrl: h.api.responseUrl() },
  );
}

describe('the appraiser in Slack', () => {
  beforeEach(() => {
    h.clock.set('2026-03-04T02:00:00Z');
  });

  it('gets the report in the DM and gives umpan balik that reaches the employee', async () => {
    await submittedTeam();
    const report = h.api.callsOf('chat.postMessage').find((b) => b.channel === APPRAISER);
    expect(String(report?.text)).toContain('Sari Wulandari');
    const actions = lastButtons(h.api).buttons.map((b) => b.action_id);
    expect(actions).toContain('dlg:all');
    expect(actions).toContain('dlg:dlg');

    await h.send(pressAs(APPRAISER, 'all'));
    await h.send(eventCallback(dmMessage('Bagus, lanjutkan finalisasi draf.', { user: APPRAISER })));
    const [feedback] = await h.db.select().from(checkinFeedback);
    expect(feedback).toMatchObject({ body: 'Bagus, lanjutkan finalisasi draf.' });
    const toEmployee = h.api.callsOf('chat.postMessage').filter((b) => b.channel === 'U0SARI');
    expect(toEmployee.map((b) => String(b.text)).join('\n')).toContain('Bagus, lanjutkan finalisasi draf.');
  });

  it("refuses the report's buttons to anyone but the appraiser, and writes nothing", async () => {
    await submittedTeam();
    const peer = await seedEmployee(h.db, { name: 'Dodi Pratama' });
    await linkSlack(h.db, peer.id, 'U0DODI');
    await h.send(pressAs('U0DODI', 'all'));
    expect(h.responses().at(-1)?.text).toBe(t('appraisal-not-allowed'));
    await h.send(eventCallback(dmMessage('Umpan balik palsu', { user: 'U0DODI' })));
    expect(await h.db.select().from(checkinFeedback)).toEqual([]);
  });

  it('/dika batal cancels an umpan balik in progress', async () => {
    await submittedTeam();
    await h.send(pressAs(APPRAISER, 'all'));
    await h.send(slashCommand('/dika', 'batal', { user: APPRAISER, responseUrl: h.api.responseUrl() }));
    expect(h.responses().at(-1)?.text).toBe(t('appraisal-feedback-cancelled'));
    await h.send(eventCallback(dmMessage('Terlambat', { user: APPRAISER })));
    expect(await h.db.select().from(checkinFeedback)).toEqual([]);
  });
});
