/**
 * The /hasil360 service, the evaluation's behaviour summary and the HR export, at the level of the
 * data they hand on (prompt keys and arguments, export rows): who the reply names, which period and
 * date it carries, that several people of one name are listed (never one picked), that a chart only
 * comes with something shown, and that the export's figures (level order, rounded mean, withheld
 * values, open cycles skipped) follow src/core/feedback/results.ts.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { closeChartRenderer } from '../../../src/charts/index.js';
import { BERAKHLAK_VALUES } from '../../../src/core/feedback/berakhlak.js';
import { feedbackResults } from '../../../src/core/feedback/results.js';
import { Translator } from '../../../src/i18n/translator.js';
import type { DialogReply } from '../../../src/services/dialogs/dialog-reply.js';
import { resultsChart } from '../../../src/services/feedback/results-chart.js';
import {
  loadResultsExport,
  ROWS_PER_RATEE,
  resultsSheet,
} from '../../../src/services/feedback/results-export.js';
import { answerResults, behaviourSummary } from '../../../src/services/feedback/results-service.js';
import { feedbackCycles } from '../../../src/storage/schema.js';
import { rowsOf, truncateAll, useTestDatabase } from '../../support/database.js';
import { type ResultsTeam, seedResultsCycle, seedResultsTeam } from '../../support/feedback-results-seed.js';
import { seedEmployee } from '../../support/telegram-harness.js';

const t = useTestDatabase();
const translator = new Translator('id');
const ask = (who: { id: number; name: string }, args = '', charts?: boolean) =>
  answerResults(
    t.db,
    { id: who.id, name: who.name, locale: 'en' },
    args,
    charts === undefined ? { translator } : { translator, charts },
  );
const only = (reply: DialogReply) => {
  expect(reply.prompts).toHaveLength(1);
  return reply.prompts[0]!;
};

let team: ResultsTeam;
afterAll(() => closeChartRenderer());
beforeEach(async () => {
  await truncateAll(t.db);
  team = await seedResultsTeam(t.db);
});

describe('answerResults: what the reply names', () => {
  it('several people of that name: all listed with NIP (at most 20), none of their results', async () => {
    // Sari is the atasan (and so the appraiser) of Staf 1-4 and of 17 more "Staf" below her.
    for (let i = 5; i <= 21; i++)
      await seedEmployee(t.db, { name: `Staf ${i}`, supervisorId: team.sari.id, unitId: team.unitId });
    const rows = rowsOf<{ name: string; nip: string }>(
      await t.db.execute(
        sql`select name, nip from employees where supervisor_id = ${team.sari.id} order by name, id`,
      ),
    );
    const prompt = only(await ask(team.sari, 'Staf', false));
    expect(prompt.key).toBe('hasil360-ambiguous');
    expect(prompt.args!.count).toBe(21);
    expect(prompt.args!.names).toBe(
      rows
        .slice(0, 20)
        .map((r) => `${r.name} (${r.nip})`)
        .join(', '),
    );
    expect(prompt.args!.nip).toBe(rows[0]!.nip);
  });

  it('two of a name: both listed, the first NIP as the example', async () => {
    const prompt = only(await ask(team.sari, 'Staf', false));
    expect(prompt.key).toBe('hasil360-ambiguous');
    expect(prompt.args!.count).toBe(4);
    expect(String(prompt.args!.names).split(', ')).toHaveLength(4);
    expect(prompt.args!.nip).toBe(team.subordinates[0]!.nip);
  });

  it('no cycle: about oneself, or about the person named, with the period asked', async () => {
    expect(only(await ask(team.sari))).toEqual({
      key: 'hasil360-no-cycle',
      args: { own: 'yes', name: team.sari.name, period: 'none' },
      expects: 'none',
    });
    expect(only(await ask(team.hendra, 'sari 2026-Q3'))).toEqual({
      key: 'hasil360-no-cycle',
      args: { own: 'no', name: team.sari.name, period: '2026-Q3' },
      expects: 'none',
    });
  });

  it('an open cycle: its period and closing date, nothing else', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 3, status: 'open' });
    expect(only(await ask(team.hendra, 'sari'))).toEqual({
      key: 'hasil360-not-closed',
      args: { period: '2026-Q4', closes: { date: '2026-12-18' } },
      expects: 'none',
    });
  });

  it('the person named is the one rated: heading with their name, not the asker', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 0 });
    const reply = await ask(team.hendra, 'sari', false);
    expect(reply.prompts[0]!.args).toMatchObject({ name: team.sari.name, period: '2026-Q4' });
    expect(reply.attachments).toBeUndefined();
  });

  it('a chart by default when a category is shown, none when every category is suppressed', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 0 });
    const shown = await ask(team.sari);
    expect(shown.attachments).toHaveLength(1);
    expect(shown.attachments![0]).toMatchObject({
      kind: 'photo',
      fileName: 'hasil360-2026-Q4.png',
      caption: { key: 'hasil360-chart-caption', expects: 'none' },
    });
    await truncateAll(t.db);
    team = await seedResultsTeam(t.db);
    await seedResultsCycle(t.db, team, { peers: 2, subordinates: 2 });
    const none = await ask(team.sari, '', true);
    expect(none.attachments).toBeUndefined();
    expect(none.prompts.length).toBeGreaterThan(0);
  });
});

describe('resultsChart: the bars are the share of "sering" or "selalu"', () => {
  const chartOf = async (score: number | null, scoreOthers = score) => {
    const answers = [];
    for (const value of BERAKHLAK_VALUES)
      for (let indicator = 1; indicator <= 3; indicator++) {
        answers.push({ category: 'peer' as const, value, indicator, score, count: 2 });
        answers.push({ category: 'peer' as const, value, indicator, score: scoreOthers, count: 1 });
      }
    const results = feedbackResults({
      minRaters: 3,
      submitted: { peer: 3 },
      answers,
      comments: [],
      named: [],
    });
    const chart = await resultsChart(translator, 'id', results, {
      name: 'Sari',
      period: '2026-Q4',
      own: true,
    });
    return chart!.base64;
  };

  it('all "selalu" reads as all "sering", all "tidak pernah" as all "kadang"; they differ', async () => {
    const selalu = await chartOf(5);
    expect(await chartOf(4)).toBe(selalu);
    const never = await chartOf(1);
    expect(await chartOf(3)).toBe(never);
    expect(never).not.toBe(selalu);
    // Two thirds "selalu": neither the full nor the empty bar.
    const mixed = await chartOf(5, 2);
    expect(mixed).not.toBe(selalu);
    expect(mixed).not.toBe(never);
  });
});

describe('behaviourSummary', () => {
  it('an open cycle: its period and closing date only', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 3, status: 'open' });
    expect(await behaviourSummary(t.db, team.sari.id, '2026-Q4')).toEqual({
      status: 'open',
      period: '2026-Q4',
      closesOn: '2026-12-18',
    });
  });

  it('both categories shown: one entry per category per value, and the lines to show', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 3 });
    const summary = await behaviourSummary(t.db, team.sari.id, '2026-Q4');
    if (summary.status !== 'closed') throw new Error(summary.status);
    expect(summary.k).toBe(3);
    expect(summary.period).toBe('2026-Q4');
    expect(summary.suppressed).toEqual([]);
    expect(summary.values.map((v) => v.value)).toEqual([...BERAKHLAK_VALUES]);
    for (const v of summary.values)
      expect(v.categories).toEqual([
        { category: 'peer', raters: 3, mean: 4, levels: [0, 0, 0, 9, 0], notAssessed: 0 },
        { category: 'subordinate', raters: 3, mean: 2, levels: [0, 9, 0, 0, 0], notAssessed: 0 },
      ]);
    expect(summary.lines[0]).toEqual({ key: 'hasil360-summary-title', args: { period: '2026-Q4' } });
    expect(summary.lines).toHaveLength(1 + 7 * 3);
    expect(JSON.stringify(summary)).not.toMatch(/Komentar|Laporan|Hendra/);
  });

  it('nothing shown: both categories named as suppressed, no values', async () => {
    await seedResultsCycle(t.db, team, { peers: 2, subordinates: 1 });
    const summary = await behaviourSummary(t.db, team.sari.id, '2026-Q4');
    if (summary.status !== 'closed') throw new Error(summary.status);
    expect(summary.suppressed).toEqual(['peer', 'subordinate']);
    expect(summary.values).toEqual([]);
  });
});

describe('loadResultsExport', () => {
  const load = () => loadResultsExport(t.db, '2026-Q4', translator, 'en');

  it('levels from "selalu" down to "tidak pernah", the mean rounded to two places', async () => {
    // Peers: one answers 3 (kadang), two answer 4 (sering): 3 + 6 per value, mean 11/3.
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 0, peerScore: (r) => (r === 0 ? 3 : 4) });
    const data = (await load())!;
    expect(data.ratees).toBe(1);
    expect(data.open).toEqual([]);
    expect(data.rows).toHaveLength(ROWS_PER_RATEE);
    const first = data.rows[0]!;
    expect(first.slice(0, 4)).toEqual([
      team.sari.nip,
      team.sari.name,
      'Deputi SDM/Biro Kepegawaian',
      '2026-Q4',
    ]);
    expect(first.slice(6)).toEqual([3, 0, 6, 3, 0, 0, 0, 3.67, '']);
  });

  it('a value fewer than k raters could judge: rater count and "not assessed" only, with why', async () => {
    // One of three peers answers "tidak dapat menilai" throughout: 2 scored per indicator < k.
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 0, peerScore: (r) => (r === 0 ? null : 4) });
    const data = (await load())!;
    const withheld = translator.forLocale('en')('hasil360-export-withheld', { k: 3 });
    const peerRows = data.rows.slice(0, 7);
    for (const row of peerRows)
      expect(row.slice(6)).toEqual([3, null, null, null, null, null, 3, null, withheld]);
    const suppressed = translator.forLocale('en')('hasil360-export-suppressed', { k: 3 });
    for (const row of data.rows.slice(7)) expect(row.slice(6)).toEqual([...Array(8).fill(null), suppressed]);
  });

  it('an open cycle of the same period is listed and left out', async () => {
    const closed = await seedResultsCycle(t.db, team, { peers: 3, subordinates: 3 });
    const [open] = await t.db
      .insert(feedbackCycles)
      .values({
        periodId: closed.periodId,
        unitId: team.unitId,
        closesOn: '2026-12-30',
        status: 'open',
        minRaters: 3,
        openedBy: 'test',
      })
      .returning();
    const data = (await load())!;
    expect(data.open.map((c) => c.id)).toEqual([open!.id]);
    expect(data.ratees).toBe(1);
    expect(data.rows).toHaveLength(ROWS_PER_RATEE);
  });

  it('the sheet: headers in the locale, counts as integers, the mean as a number', () => {
    const te = translator.forLocale('en');
    const sheet = resultsSheet({ period: '2026-Q4', open: [], ratees: 0, rows: [['x']] }, translator, 'en');
    expect(sheet.name).toBe(te('hasil360-export-sheet'));
    expect(sheet.columns.map((c) => c.header)).toEqual(
      [
        'nip',
        'name',
        'unit',
        'period',
        'category',
        'value',
        'raters',
        'l5',
        'l4',
        'l3',
        'l2',
        'l1',
        'none',
        'mean',
        'note',
      ].map((k) => te(`hasil360-col-${k}`)),
    );
    expect(sheet.columns.map((c) => c.kind)).toEqual([
      ...Array(6).fill('text'),
      ...Array(7).fill('integer'),
      'number',
      'text',
    ]);
    expect([...sheet.rows()]).toEqual([['x']]);
  });
});
