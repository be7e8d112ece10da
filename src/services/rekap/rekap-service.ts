/**
 * `/rekap …` for any channel: parse, decide the period, load what the asker may see (outside any
 * update's transaction: see load-rekap.ts), compute the view and answer with prompts, buttons and a
 * chart. The channel only renders the reply. Refusals name nobody: a person outside the asker's
 * line reads exactly like a person who does not exist.
 */

import type { Prompt } from '../../core/conversation/types.js';
import { parseRekapCommand } from '../../core/rekap/parse-rekap-command.js';
import { periodView } from '../../core/rekap/period-view.js';
import { personDetail } from '../../core/rekap/person-detail.js';
import { personDetailPrompts } from '../../core/rekap/person-prompts.js';
import type { RekapData, RekapPeriod, RekapSubject } from '../../core/rekap/rekap-data.js';
import { periodViewPrompts, unitSummaryPrompts, weeklyViewPrompts } from '../../core/rekap/rekap-prompts.js';
import { resolveRekapPeriod, weekPeriod } from '../../core/rekap/resolve-rekap-period.js';
import { unitSummary } from '../../core/rekap/unit-summary.js';
import { weeklyView } from '../../core/rekap/weekly-view.js';
import { localDate } from '../../core/time/iso-week.js';
import type { Locale, Translator } from '../../i18n/translator.js';
import type { Db } from '../../storage/database.js';
import type { RekapScope } from '../../storage/repositories/rekap-scope.js';
import { unitPathById, unitsUnder } from '../../storage/repositories/rekap-units.js';
import { type DialogReply, noteReply } from '../dialogs/dialog-reply.js';
import { exportRekapForViewer } from './export/export-for-viewer.js';
import { loadRekap, type RekapAnswer } from './load-rekap.js';
import { rekapButtons } from './rekap-buttons.js';
import { type ChartRequest, rekapChart } from './rekap-chart.js';

export interface RekapAsker {
  id: number;
  timeZone: string;
  locale: Locale;
}

export interface RekapDeps {
  db: Db;
  translator: Translator;
  /** Off where no image can be shown or in tests that do not look at it (rendering costs ~0.1 s). */
  charts?: boolean;
}

const note = (key: string, args?: Prompt['args']): DialogReply =>
  noteReply([{ key, ...(args ? { args } : {}), expects: 'none' }]);

/** The text after `/rekap` (or a drill-down's subject) answered for one asker. */
export async function answerRekap(
  deps: RekapDeps,
  asker: RekapAsker,
  text: string,
  now: Date,
  actor?: string,
): Promise<DialogReply> {
  const parsed = parseRekapCommand(text);
  if (!parsed.ok) return note('rekap-unknown-period', { input: parsed.error.input });
  const resolved = resolveRekapPeriod(parsed.command.period, localDate(now, asker.timeZone));
  if (!resolved.ok) return note('rekap-future-period');
  if (parsed.command.format !== 'chat') {
    const format = parsed.command.format;
    const request = {
      subject: parsed.command.subject,
      period: resolved.period,
      format,
      locale: asker.locale,
    };
    const exported = await exportRekapForViewer(deps.db, asker, actor ? { ...request, actor } : request, {
      translator: deps.translator,
      now,
    });
    if (!exported.ok) return refusal(exported);
    const file = exported.file;
    return {
      prompts: [],
      open: false,
      attachments: [
        {
          kind: 'document',
          fileName: file.filename,
          base64: file.bytes.toString('base64'),
          caption: { key: 'rekap-export-ready', args: { people: file.people, format }, expects: 'none' },
        },
      ],
    };
  }
  return answerFor(deps, asker, parsed.command.subject, resolved.period, now, actor);
}

/** Why nothing is shown, naming nobody: outside the line reads like unknown. */
function refusal(answer: Exclude<RekapAnswer, { ok: true }>): DialogReply {
  if (answer.reason === 'ambiguous')
    return note('rekap-ambiguous', {
      names: answer.candidates.map((c) => c.name).join(', '),
      count: answer.candidates.length,
    });
  if (answer.reason === 'not-allowed') return note('rekap-not-allowed');
  if (answer.reason === 'empty') return note('rekap-empty');
  return note('rekap-not-found');
}

export async function answerFor(
  deps: RekapDeps,
  asker: RekapAsker,
  subject: RekapSubject,
  period: RekapPeriod,
  now: Date,
  actor?: string,
): Promise<DialogReply> {
  const loaded = await loadRekap(deps.db, asker, { subject, period, ...(actor ? { actor } : {}) }, now);
  if (!loaded.ok) return refusal(loaded);
  const view = await viewOf(deps, loaded.data, loaded.scope);
  if (!view) return note('rekap-not-found');
  const reply = rekapButtons(view.prompts);
  if (deps.charts === false) return reply;
  const chart = await rekapChart(deps.translator, asker.locale, loaded.data, view.chart);
  return chart ? { ...reply, attachments: [chart] } : reply;
}

interface View {
  prompts: Prompt[];
  chart: ChartRequest;
}

async function viewOf(deps: RekapDeps, data: RekapData, scope: RekapScope): Promise<View | undefined> {
  if (scope.kind === 'person') {
    const detail = personDetail(data, scope.employeeId);
    if (!detail) return undefined;
    return { prompts: personDetailPrompts(detail, data.period), chart: { kind: 'trend', detail } };
  }
  // A unit head's subtree (one unit): summarised per sub-unit, with buttons to drill down.
  const head = scope.kind === 'units' && scope.paths.length === 1 ? scope.paths[0] : undefined;
  if (head !== undefined) {
    const units = await unitsUnder(deps.db, head);
    const summary = unitSummary(data, head, units);
    return { prompts: unitSummaryPrompts(summary), chart: { kind: 'units', summary } };
  }
  if (data.period.kind === 'week')
    return { prompts: weeklyViewPrompts(weeklyView(data)), chart: { kind: 'people' } };
  return { prompts: periodViewPrompts(periodView(data)), chart: { kind: 'people' } };
}

/** A sub-unit's drill-down button: that unit's summary this week, if the asker heads it or a unit above. */
export async function answerUnitDrill(
  deps: RekapDeps,
  asker: RekapAsker,
  unitId: number,
  now: Date,
  actor?: string,
): Promise<DialogReply> {
  // The rights are checked by the rekap itself: a unit outside the asker's subtree is refused.
  const path = await unitPathById(deps.db, unitId);
  if (path === undefined) return note('rekap-not-found');
  const period = weekPeriod(localDate(now, asker.timeZone));
  return answerFor(deps, asker, { kind: 'unit', path }, period, now, actor);
}
