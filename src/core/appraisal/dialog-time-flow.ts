/**
 * "Ajukan waktu dialog": the appraiser proposes a time for the dialog kinerja an employee asked
 * for, by a button (the next working days at 09.00 and 13.00 in the employee's zone) or typed
 * (`3/12 10.00`). The time is stored on the request and told to the employee in their zone.
 */
import type { DialogState, Flow, StepResult } from '../conversation/flow.js';
import type { Choice, Prompt, PromptArgs } from '../conversation/types.js';
import { zoneLabel } from '../time/time-zone.js';
import { localTimeArgs, parseDialogTime } from './dialog-time.js';

export const DIALOG_TIME_KIND = 'waktu-dialog';

export interface DialogTimeState extends DialogState {
  kind: typeof DIALOG_TIME_KIND;
  checkinId: number;
  employeeId: number;
  employeeName: string;
  /** The employee's zone: offered and typed times are theirs. */
  timeZone: string;
  /** ISO instants offered as buttons. */
  options: string[];
}

export interface DialogTimeEffect {
  type: 'propose';
  checkinId: number;
  employeeId: number;
  /** ISO instant. */
  at: string;
}

const CANCEL = 'batal';

function ask(state: DialogTimeState, hint?: string): Prompt {
  const choices: Choice[][] = [];
  const buttons: Choice[] = state.options.map((iso, n) => {
    const { date, hh, mm } = localTimeArgs(new Date(iso), state.timeZone);
    return { id: `o${n}`, label: 'appraisal-time-option', args: { date, hh, mm } };
  });
  for (let k = 0; k < buttons.length; k += 2) choices.push(buttons.slice(k, k + 2));
  choices.push([{ id: CANCEL, label: 'appraisal-btn-cancel' }]);
  const args: PromptArgs = { name: state.employeeName, zone: zoneLabel(state.timeZone) };
  return { key: hint ?? 'appraisal-time-ask', args, choices, expects: 'text' };
}

function chosen(state: DialogTimeState, at: Date): StepResult<DialogTimeState, DialogTimeEffect> {
  return {
    state: null,
    prompts: [
      {
        key: 'appraisal-time-saved',
        args: { name: state.employeeName, ...localTimeArgs(at, state.timeZone) },
        expects: 'none',
      },
    ],
    effects: [
      { type: 'propose', checkinId: state.checkinId, employeeId: state.employeeId, at: at.toISOString() },
    ],
  };
}

const stay = (state: DialogTimeState, hint: string): StepResult<DialogTimeState, DialogTimeEffect> => {
  const next = { ...state, seq: state.seq + 1 };
  return { state: next, prompts: [ask(next, hint)], effects: [] };
};

export const dialogTimeFlow: Flow<DialogTimeState, DialogTimeEffect> = {
  kind: DIALOG_TIME_KIND,
  step(state, input, now) {
    if (input.type === 'choice') {
      if (input.choice === CANCEL)
        return { state: null, prompts: [{ key: 'appraisal-time-cancelled', expects: 'none' }], effects: [] };
      const option = /^o(\d)$/.exec(input.choice);
      const iso = option ? state.options[Number(option[1])] : undefined;
      if (!iso) return { state, prompts: [], effects: [], refusal: 'stale-button' };
      // A button pressed after its time passed (the offer waited over a weekend) is asked again.
      if (new Date(iso).getTime() <= now.getTime()) return stay(state, 'appraisal-time-hint-past');
      return chosen(state, new Date(iso));
    }
    if (input.type === 'file') return stay(state, 'appraisal-time-hint-format');
    const parsed = parseDialogTime(input.text, now, state.timeZone);
    if (!parsed.ok) return stay(state, `appraisal-time-hint-${parsed.reason}`);
    return chosen(state, parsed.at);
  },
  currentPrompt: (state) => ask(state),
  resume(state) {
    const next = { ...state, seq: state.seq + 1 };
    return { state: next, prompts: [ask(next)] };
  },
};
