/**
 * The rekap views as prompts, one line per person, indicator or sub-unit; the channel renders
 * them (src/i18n/render-prompt.ts) and cuts the text into messages (src/core/text/split-message.ts).
 * Buttons: "Tandai dialog sudah dilaksanakan" per open dialog request (`held:<requestId>`), and a
 * drill-down per sub-unit (`u:<unitId>`). The person detail is in person-prompts.ts.
 */
import type { Choice, Prompt, PromptLine } from '../conversation/types.js';
import type { AttentionEntry } from './attention.js';
import type { PeriodView } from './period-view.js';
import { namesArgs, percentArg, periodArgs, ROMAN } from './prompt-args.js';
import type { UnitSummary } from './unit-summary.js';
import type { NamedText, WeeklyView } from './weekly-view.js';

export const HELD_PREFIX = 'held:';
export const UNIT_PREFIX = 'u:';

/** Indicator codes of one reason kind, or `none`; the locale file words the reason. */
function codes(entry: AttentionEntry, kind: 'behind-pace' | 'low-confidence' | 'no-evidence'): string {
  const list = entry.reasons.flatMap((r) => (r.kind === kind ? [r.code] : []));
  return list.length === 0 ? 'none' : list.join(', ');
}

export function attentionPrompt(attention: readonly AttentionEntry[]): Prompt {
  if (attention.length === 0) return { key: 'rekap-attention-none', expects: 'none' };
  return {
    key: 'rekap-attention-title',
    args: { count: attention.length },
    lines: attention.map((entry) => {
      const silent = entry.reasons.find((r) => r.kind === 'no-update');
      return {
        key: 'rekap-attention-person',
        args: {
          name: entry.name,
          silentWeeks: silent?.kind === 'no-update' ? silent.weeks : 0,
          behind: codes(entry, 'behind-pace'),
          lowConfidence: codes(entry, 'low-confidence'),
          noEvidence: codes(entry, 'no-evidence'),
        },
      };
    }),
    expects: 'none',
  };
}

function textsPrompt(items: readonly NamedText[], title: string, none: string): Prompt {
  if (items.length === 0) return { key: none, expects: 'none' };
  return {
    key: title,
    args: { count: items.length },
    lines: items.map((t) => ({ key: 'rekap-text-item', args: { name: t.name, text: t.text } })),
    expects: 'none',
  };
}

/** Who reported this week, who has not yet (by name), and who has no indicator to report on. */
export function weekHeadlineLines(view: WeeklyView): PromptLine[] {
  const c = view.counts;
  return [
    {
      key: 'rekap-week-headline',
      args: {
        submitted: c.submitted,
        expected: c.submitted + c.open + c.missed,
        leave: c.leave,
        noWorkday: c.noWorkday,
        pending: view.notSubmitted.length,
        ...namesArgs(view.notSubmitted.map((p) => p.name)),
      },
    },
    // Not a missing report: nothing to report until their key results are imported.
    ...(view.noIndicators.length > 0
      ? [{ key: 'rekap-week-no-indicators', args: namesArgs(view.noIndicators.map((p) => p.name)) }]
      : []),
  ];
}

export function weeklyViewPrompts(view: WeeklyView): Prompt[] {
  const prompts: Prompt[] = [
    {
      key: 'rekap-title',
      args: periodArgs({ kind: 'week', isoWeek: view.isoWeek, start: view.start, end: view.end }),
      lines: weekHeadlineLines(view),
      expects: 'none',
    },
    attentionPrompt(view.attention),
    textsPrompt(view.blockers, 'rekap-blockers-title', 'rekap-blockers-none'),
    textsPrompt(view.support, 'rekap-support-title', 'rekap-support-none'),
  ];
  if (view.dialogs.length > 0) {
    prompts.push({
      key: 'rekap-dialogs-title',
      args: { count: view.dialogs.length },
      lines: view.dialogs.map((d) => ({
        key: 'rekap-dialog-item',
        args: { name: d.name, requestedOn: { date: d.requestedOn }, proposed: d.proposedFor ? 'yes' : 'no' },
      })),
      choices: view.dialogs.map((d) => [
        { id: `${HELD_PREFIX}${d.requestId}`, label: 'rekap-btn-dialog-held', args: { name: d.name } },
      ]),
      expects: 'choice',
    });
  }
  return prompts;
}

export function periodViewPrompts(view: PeriodView): Prompt[] {
  const c = view.compliance;
  const lines: PromptLine[] = [];
  for (const person of view.people) {
    const pc = person.compliance;
    lines.push({
      key: 'rekap-period-person',
      args: {
        name: person.name,
        submitted: pc.submitted,
        judged: pc.judged,
        leave: pc.leave,
        noWorkday: pc.noWorkday,
      },
    });
    for (const i of person.indicators) {
      lines.push({
        key: 'rekap-period-indicator',
        args: {
          code: i.code,
          quarter: ROMAN[i.quarter.number - 1]!,
          quarterNumber: i.quarter.number,
          capaianQuarter: percentArg(i.quarter.capaian),
          year: view.reference.slice(0, 4),
          capaianYear: percentArg(i.year.capaian),
        },
      });
    }
  }
  return [
    {
      key: 'rekap-title',
      args: periodArgs(view.period),
      lines: [
        {
          key: 'rekap-period-headline',
          args: { submitted: c.submitted, judged: c.judged, leave: c.leave, noWorkday: c.noWorkday },
        },
      ],
      expects: 'none',
    },
    { key: 'rekap-period-people', lines, expects: 'none' },
    attentionPrompt(view.attention),
  ];
}

export function unitSummaryPrompts(summary: UnitSummary): Prompt[] {
  const buttons: Choice[] = summary.lines.flatMap((l) =>
    l.unitId === null || l.name === null
      ? []
      : [{ id: `${UNIT_PREFIX}${l.unitId}`, label: 'rekap-btn-unit', args: { name: l.name } }],
  );
  const choices: Choice[][] = [];
  for (let k = 0; k < buttons.length; k += 2) choices.push(buttons.slice(k, k + 2));
  return [
    {
      key: 'rekap-unit-title',
      args: {
        path: summary.headPath,
        ...periodArgs({
          kind: 'week',
          isoWeek: summary.focusWeek,
          start: summary.weekStart,
          end: summary.weekStart,
        }),
      },
      lines: summary.lines.map((l) => ({
        key: 'rekap-unit-line',
        args: {
          name: l.name ?? 'own',
          total: l.counts.total,
          submitted: l.counts.submitted,
          expected: l.counts.submitted + l.counts.open + l.counts.missed,
          leave: l.counts.leave,
          pending: l.counts.open + l.counts.missed,
          capaian: percentArg(l.meanCapaian),
          attention: l.attention,
        },
      })),
      ...(choices.length > 0 ? { choices } : {}),
      expects: choices.length > 0 ? 'choice' : 'none',
    },
  ];
}
