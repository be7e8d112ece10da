/**
 * A whole check-in submitted at once (a Slack modal with every KR), read with the chat dialog's
 * own parsers so both ways accept and refuse exactly the same answers. Errors name the field
 * (`kr.<id>.value`, `blockers`, `supportNeeded`, …: the path into `values`) and carry the hint the chat would show.
 */
import type { PromptArgs } from '../conversation/types.js';
import type { IsoWeek } from '../time/iso-week.js';
import type { KrSnapshot } from './key-result.js';
import { parseProgress, progressHint } from './parse-progress.js';
import { parseConfidenceChoice } from './prompts.js';
import { readConfidence, readLink } from './read-answers.js';
import type { CheckinSubmission, EvidenceItem, KrAnswer } from './state.js';
import { toSubmission } from './submission.js';
import { CHECKIN_TAIL } from './tail-questions.js';

export interface KrFormValues {
  value?: string;
  skip?: boolean;
  confidence?: string;
  evidence?: string;
}

export interface CheckinFormInput {
  week: IsoWeek;
  krs: KrSnapshot[];
  revisionOf?: number;
  values: {
    /** By key-result id. */
    krs: Record<string, KrFormValues>;
    blockers?: string;
    /** The support needed from the supervisor; blank means not asked (stored as null). */
    supportNeeded?: string;
    nextActions?: string;
    /** A checkbox gives a boolean; typed or picked text is read like the chat's yes/no. */
    wantsDialog?: string | boolean;
  };
}

export interface FormError {
  field: string;
  /** An existing hint locale key, the one the chat dialog shows for the same mistake. */
  key: string;
  args?: PromptArgs;
}

export type CheckinFormResult =
  | { ok: true; submission: CheckinSubmission }
  | { ok: false; errors: FormError[] };

const blank = (text: string | undefined): text is undefined => text === undefined || text.trim() === '';

export function validateCheckinForm(input: CheckinFormInput): CheckinFormResult {
  const errors: FormError[] = [];
  const answers: Record<string, KrAnswer> = {};
  for (const kr of input.krs) {
    const answer = readKr(kr, input.values.krs[String(kr.id)] ?? {}, errors);
    if (answer) answers[String(kr.id)] = answer;
  }
  const tail = readTail(input.values, errors);
  if (errors.length > 0) return { ok: false, errors };
  const revision = input.revisionOf !== undefined ? { revisionOf: input.revisionOf } : {};
  return {
    ok: true,
    submission: toSubmission({ week: input.week, krs: input.krs, answers, tail, ...revision }),
  };
}

function readKr(kr: KrSnapshot, v: KrFormValues, errors: FormError[]): KrAnswer | undefined {
  const field = (name: string) => `kr.${kr.id}.${name}`;
  const before = errors.length;
  const evidence: EvidenceItem[] = [];

  // A ticked "skip" wins over a value typed too: like the chat's Lewati, it asks no confidence.
  const skipped = v.skip === true;
  let value: number | undefined;
  if (!skipped) {
    // Implausible values (see `implausibility`) are taken as typed: the chat confirms them in a
    // separate question, and a form has no second round-trip; the summary still shows them.
    const parsed = blank(v.value) ? undefined : parseProgress(v.value, kr);
    if (parsed?.kind === 'value') {
      value = parsed.value;
      if (parsed.link) evidence.push({ kind: 'link', url: parsed.link });
    } else {
      errors.push({ field: field('value'), ...progressHint(parsed ?? { kind: 'invalid' }, kr) });
    }
  }

  let confidence: number | undefined;
  if (!skipped) {
    const text = v.confidence?.trim();
    // A select may send the chat's button id (`c7`), a text field the number typed.
    confidence = blank(text) ? undefined : (parseConfidenceChoice(text) ?? readConfidence(text));
    if (confidence === undefined) errors.push({ field: field('confidence'), key: 'checkin-hint-confidence' });
  }

  // Evidence is optional, and kept with a skip as the chat keeps a file sent before Lewati.
  if (!blank(v.evidence)) {
    const link = readLink(v.evidence);
    if (!link) errors.push({ field: field('evidence'), key: 'checkin-hint-evidence' });
    else if (!evidence.some((e) => e.kind === 'link' && e.url === link))
      evidence.push({ kind: 'link', url: link });
  }

  if (errors.length > before) return undefined;
  return skipped ? { skipped: true, evidence } : { value, skipped: false, confidence, evidence };
}

/** Tail questions by their submission field; a blank or missing field is a question not asked. */
function readTail(values: CheckinFormInput['values'], errors: FormError[]): Record<string, unknown> {
  const tail: Record<string, unknown> = {};
  for (const question of CHECKIN_TAIL) {
    const raw = values[question.field];
    if (typeof raw === 'boolean') {
      tail[question.id] = raw;
      continue;
    }
    if (blank(raw)) continue;
    const reading = question.read({ type: 'text', text: raw });
    if (reading.ok) tail[question.id] = reading.value;
    else
      errors.push({
        field: question.field,
        key: reading.hint,
        ...(reading.args ? { args: reading.args } : {}),
      });
  }
  return tail;
}
