/**
 * A check-in form too long for one Slack modal, through the real Bolt app: pages checked one by
 * one (errors inline), the next page in the ack (pushed while Slack's stack has room), the pages
 * kept server side, going back and forth without losing or doubling an answer, and one check-in
 * from the last page.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { formView } from '../../src/channels/slack/features/checkin-form.js';
import {
  formPages,
  nextPageAction,
  positionOf,
} from '../../src/channels/slack/features/checkin-form-pages.js';
import type { KrSnapshot } from '../../src/core/checkin/key-result.js';
import { isoWeekOf } from '../../src/core/time/iso-week.js';
import { Translator } from '../../src/i18n/translator.js';
import { checkins, conversations, krUpdates } from '../../src/storage/schema.js';
import { type SeedKr, seedKeyResults } from '../support/okr-seed.js';
import { lastDmText } from '../support/slack-dialog.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import { slashCommand, viewSubmission } from '../support/slack-requests.js';
import { seedEmployee } from '../support/telegram-harness.js';

const h = useSlackHarness();
const translator = new Translator('id');

interface View {
  private_metadata?: string;
  submit?: { text: string };
  close?: { text: string };
  blocks: Array<{ type: string; block_id?: string; label?: { text: string }; element?: any }>;
}

const many = (count: number): SeedKr[] =>
  Array.from({ length: count }, (_, i) => ({
    code: `K-${String(i + 1).padStart(3, '0')}`,
    title: `Indikator kinerja nomor ${i + 1}`,
    unitLabel: 'dokumen',
    baseline: 0,
    target: 10,
  }));

async function seedPerson(count: number) {
  const me = await seedEmployee(h.db, { name: 'Sari Wulandari', timeZone: 'Asia/Makassar' });
  await linkSlack(h.db, me.id);
  return { me, krs: await seedKeyResults(h.db, me.id, many(count)) };
}

/** Key-result ids whose value field a view shows, in order. */
const krIdsOf = (view: View) =>
  view.blocks.flatMap((b) => {
    const id = /^kr\.(\d+)\.value$/.exec(b.block_id ?? '')?.[1];
    return id ? [Number(id)] : [];
  });

/** What Slack sends for a page: every input of it, here each indicator answered `value` with confidence 5. */
function answers(view: View, value: (id: number) => string = () => '1') {
  return Object.fromEntries(
    krIdsOf(view).flatMap((id) => [
      [`kr.${id}.value`, value(id)],
      [`kr.${id}.confidence`, { option: 'c5' }],
      [`kr.${id}.evidence`, ''],
    ]),
  );
}

/** Submits a page as Slack would (its own view id, the stack's root) and reads the ack. */
async function sendPage(view: View, values: Record<string, any>, viewId: string, rootViewId = 'VMODAL') {
  const answer = await h.send(
    viewSubmission(values, {
      viewId,
      rootViewId,
      ...(view.private_metadata ? { privateMetadata: view.private_metadata } : {}),
    }),
  );
  expect(answer.status).toBe(200);
  return answer.body === '' ? {} : JSON.parse(answer.body);
}

const openedView = () => h.api.callsOf('views.update').at(-1)!.view as View;

describe('a check-in form in pages', () => {
  beforeEach(() => {
    h.clock.set('2026-03-04T02:00:00Z'); // Wednesday of 2026-W10
  });

  it('70 indicators: three pages, an error inline on page 2, back and forth, one check-in of 70 values', async () => {
    const { me, krs } = await seedPerson(70);
    await h.send(slashCommand('/checkin', 'form', { responseUrl: h.api.responseUrl() }));
    const page1 = openedView();
    const views: View[] = [page1];
    expect(positionOf(page1.private_metadata)).toEqual({ page: 1, pages: 3 });
    expect(page1.submit!.text).toBe('Lanjut');
    expect(krIdsOf(page1)).toEqual(krs.slice(0, 24).map((kr) => kr.id));
    expect(JSON.stringify(page1.blocks)).toContain('Halaman 1 dari 3');

    const toPage2 = await sendPage(page1, answers(page1), 'VMODAL');
    expect(toPage2.response_action).toBe('push');
    const page2 = toPage2.view as View;
    views.push(page2);
    expect(krIdsOf(page2)).toEqual(krs.slice(24, 47).map((kr) => kr.id));
    expect(page2.close!.text).toBe('Kembali');
    expect(page2.blocks.find((b) => b.block_id === `kr.${krs[24]!.id}.value`)!.label!.text).toMatch(/^25\. /);
    expect(await h.db.select().from(checkins)).toEqual([]);

    // One invalid field on page 2 comes back inline, under that field only; nothing is kept of it.
    const bad = krs[30]!.id;
    const refused = await sendPage(
      page2,
      { ...answers(page2), [`kr.${bad}.value`]: 'dua dokumen' },
      'VPAGE2',
    );
    expect(refused.response_action).toBe('errors');
    expect(Object.keys(refused.errors)).toEqual([`kr.${bad}.value`]);
    const fixed = { ...answers(page2), [`kr.${bad}.value`]: '2' };
    const toPage3 = await sendPage(page2, fixed, 'VPAGE2');
    expect(toPage3.response_action).toBe('push');
    const page3 = toPage3.view as View;
    views.push(page3);
    expect(krIdsOf(page3)).toEqual(krs.slice(47).map((kr) => kr.id));
    expect(page3.submit!.text).toBe('Kirim');
    expect(page3.blocks.map((b) => b.block_id).slice(-4)).toEqual([
      'blockers',
      'supportNeeded',
      'nextActions',
      'wantsDialog',
    ]);

    // Back twice (Slack shows page 1 as it was left): one value changed, sent again. Page 2 comes
    // back with its kept answers, and is sent again as it is.
    const first = krs[0]!.id;
    const again = await sendPage(
      page1,
      answers(page1, (id) => (id === first ? '3' : '1')),
      'VMODAL',
    );
    const page2again = again.view as View;
    views.push(page2again);
    const kept = page2again.blocks.find((b) => b.block_id === `kr.${bad}.value`)!;
    expect(kept.element.initial_value).toBe('2');
    const keptConfidence = page2again.blocks.find((b) => b.block_id === `kr.${bad}.confidence`)!;
    expect(keptConfidence.element.initial_option.value).toBe('c5');
    await sendPage(page2again, fixed, 'VPAGE2');

    const done = await sendPage(
      page3,
      {
        ...answers(page3),
        blockers: 'Jaringan lambat',
        nextActions: 'Finalisasi',
        wantsDialog: { options: [] },
      },
      'VPAGE3',
    );
    expect(done.response_action).toBe('clear');
    expect(await h.db.select().from(checkins)).toMatchObject([
      { employeeId: me.id, isoWeek: '2026-W10', channel: 'slack', revision: 1 },
    ]);
    const updates = await h.db.select().from(krUpdates);
    expect(updates).toHaveLength(70);
    expect(new Set(updates.map((u) => u.keyResultId)).size).toBe(70);
    expect(updates.find((u) => u.keyResultId === first)!.value).toBe(3);
    expect(updates.find((u) => u.keyResultId === bad)!.value).toBe(2);
    expect(updates.filter((u) => u.value === 1)).toHaveLength(68);
    expect(await h.db.select().from(conversations).where(eq(conversations.employeeId, me.id))).toEqual([]);
    expect(lastDmText(h.api)).toContain('Laporan progres Anda sudah tersimpan');
    for (const view of views) expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('a last page without its earlier pages (the form opened anew elsewhere) saves nothing and says so', async () => {
    const { krs } = await seedPerson(40);
    await h.send(slashCommand('/checkin', 'form', { responseUrl: h.api.responseUrl() }));
    const page1 = openedView();
    const toPage2 = await sendPage(page1, answers(page1), 'VMODAL');
    const page2 = toPage2.view as View;
    expect([...krIdsOf(page1), ...krIdsOf(page2)]).toEqual(krs.map((kr) => kr.id));
    // A second form opened and its first page sent: the first form's pages are gone.
    await sendPage(page1, answers(page1), 'VOTHER', 'VOTHER');
    const refused = await h.send(
      viewSubmission(answers(page2), {
        viewId: 'VPAGE2',
        rootViewId: 'VMODAL',
        privateMetadata: page2.private_metadata!,
      }),
    );
    const answer = JSON.parse(refused.body);
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view)).toContain('tidak lagi tersimpan');
    expect(await h.db.select().from(checkins)).toEqual([]);
  });
});

describe('form pages and Slack limits', () => {
  const kr = (id: number): KrSnapshot =>
    ({
      id,
      title: `Indikator ${id} ${'panjang '.repeat(20)}`,
      unitLabel: 'dokumen',
      target: 10,
    }) as KrSnapshot;

  it('up to 31 indicators stay one modal; more fill even pages of at most 100 blocks', () => {
    expect(formPages(Array.from({ length: 31 }, (_, i) => i))).toHaveLength(1);
    for (const count of [32, 64, 65, 70, 97, 98, 200]) {
      const krs = Array.from({ length: count }, (_, i) => kr(i + 1));
      const pages = formPages(krs);
      expect(pages.flat()).toEqual(krs);
      const form = { week: isoWeekOf(new Date('2026-03-04T02:00:00Z'), 'Asia/Jakarta'), krs };
      for (let page = 0; page < pages.length; page++) {
        const view = formView(translator, 'id', form, { page });
        expect(view.blocks.length, `${count} indicators, page ${page + 1}`).toBeLessThanOrEqual(100);
        expect(JSON.stringify(view).length).toBeLessThan(250_000);
      }
    }
    expect(formPages(Array.from({ length: 70 }, (_, i) => i)).map((p) => p.length)).toEqual([24, 23, 23]);
  });

  it('pages 2 and 3 are pushed; later ones replace the top of the stack (Slack keeps three views)', () => {
    expect([2, 3, 4, 5].map(nextPageAction)).toEqual(['push', 'push', 'update', 'update']);
  });
});
