import type { types, ViewStateValue } from '@slack/bolt';
import type { KrSnapshot } from '../../../core/checkin/key-result.js';
import type { CheckinFormInput, FormError, KrFormValues } from '../../../core/checkin/validate-form.js';
import type { PromptArgs } from '../../../core/conversation/types.js';
import { cutText } from '../../../core/text/clean-text.js';
import { weekLabelArgs } from '../../../core/time/week-label.js';
import { formatAmount, renderPrompts } from '../../../i18n/render-prompt.js';
import type { Locale, Translator } from '../../../i18n/translator.js';
import type { CheckinForm } from '../../../services/checkin-form-service.js';
import type { SlackBlock } from '../context.js';
import { escapeMrkdwn } from '../render-blocks.js';
import { formPages, type PagePosition, positionMetadata } from './checkin-form-pages.js';

export const CHECKIN_FORM = 'checkin-form';
/** Slack's limits: 24 characters of title and button, 2,000 of a label. */
const TITLE_LIMIT = 24;
const LABEL_LIMIT = 150;
const ERROR_LIMIT = 300;

const text = (translator: Translator, locale: Locale, key: string, args?: PromptArgs) =>
  renderPrompts(translator, locale, [{ key, ...(args ? { args } : {}), expects: 'none' }]).text;
const plain = (value: string, max = LABEL_LIMIT) => ({
  type: 'plain_text' as const,
  text: cutText(value, max),
});
const mrkdwn = (value: string): SlackBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: escapeMrkdwn(value) },
});

interface ModalButtons {
  /** The submit button's key; none for a modal that only says something. */
  submit?: string;
  close?: string;
  position?: PagePosition;
}

function modal(
  translator: Translator,
  locale: Locale,
  blocks: SlackBlock[],
  buttons: ModalButtons = {},
): types.ModalView {
  const t = (key: string) => translator.t(locale, key);
  return {
    type: 'modal',
    callback_id: CHECKIN_FORM,
    title: plain(t('slack-form-title'), TITLE_LIMIT),
    close: plain(t(buttons.close ?? 'slack-form-close'), TITLE_LIMIT),
    ...(buttons.submit ? { submit: plain(t(buttons.submit), TITLE_LIMIT) } : {}),
    ...(buttons.position ? { private_metadata: positionMetadata(buttons.position) } : {}),
    blocks,
  };
}

/** Shown at once: the trigger_id expires 3 s after the command, before the database is asked. */
export function loadingView(translator: Translator, locale: Locale): types.ModalView {
  return modal(translator, locale, [mrkdwn(translator.t(locale, 'slack-form-loading'))]);
}

/** A modal that only says something (not linked, no indicators, a form gone stale). */
export function noteView(translator: Translator, locale: Locale, key: string): types.ModalView {
  return modal(translator, locale, [mrkdwn(text(translator, locale, key))]);
}

function textInput(
  blockId: string,
  label: string,
  options: { initial?: string; multiline?: boolean; hint?: string },
): SlackBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label),
    ...(options.hint ? { hint: plain(options.hint, 2000) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: 'v',
      ...(options.multiline ? { multiline: true } : {}),
      ...(options.initial ? { initial_value: options.initial } : {}),
    },
  };
}

interface Initial {
  value?: string;
  /** A confidence option's value, `c1` … `c10`. */
  confidence?: string;
  evidence?: string;
}

/** This week's answer, else the last report: what an indicator shows first. */
function initialOf(locale: Locale, kr: KrSnapshot, form: CheckinForm): Initial {
  const sent = form.submitted?.submission.updates.find((u) => u.keyResultId === kr.id);
  const value = sent ? (sent.skipped ? undefined : (sent.value ?? undefined)) : kr.lastValue;
  const confidence = sent ? (sent.confidence ?? undefined) : kr.lastConfidence;
  const link = sent?.evidence.find((e) => e.kind === 'link');
  return {
    ...(value !== undefined ? { value: formatAmount(locale, value, '') } : {}),
    ...(confidence ? { confidence: `c${confidence}` } : {}),
    ...(link?.kind === 'link' ? { evidence: link.url } : {}),
  };
}

/** A page sent already (the person went back, or forward again): its answers as typed. */
function keptInitial(kept: KrFormValues): Initial {
  return {
    ...(!kept.skip && kept.value ? { value: kept.value } : {}),
    ...(!kept.skip && kept.confidence ? { confidence: kept.confidence } : {}),
    ...(kept.evidence ? { evidence: kept.evidence } : {}),
  };
}

/** One indicator: its value (pre-filled with this week's answer or the last report), confidence, evidence. */
function krBlocks(
  translator: Translator,
  locale: Locale,
  kr: KrSnapshot,
  index: number,
  initial: Initial,
): SlackBlock[] {
  const options = Array.from({ length: 10 }, (_, n) => ({ text: plain(String(n + 1)), value: `c${n + 1}` }));
  const hint = text(translator, locale, 'slack-form-kr-hint', {
    target: formatAmount(locale, kr.target, kr.unitLabel),
    last: kr.lastValue === undefined ? 'none' : formatAmount(locale, kr.lastValue, kr.unitLabel),
  });
  const initialOption = options.find((o) => o.value === initial.confidence);
  return [
    textInput(`kr.${kr.id}.value`, `${index + 1}. ${kr.title}`, {
      hint,
      ...(initial.value !== undefined ? { initial: initial.value } : {}),
    }),
    {
      type: 'input',
      block_id: `kr.${kr.id}.confidence`,
      optional: true,
      label: plain(translator.t(locale, 'slack-form-confidence')),
      element: {
        type: 'static_select',
        action_id: 'v',
        options,
        ...(initialOption ? { initial_option: initialOption } : {}),
      },
    },
    textInput(`kr.${kr.id}.evidence`, translator.t(locale, 'slack-form-evidence'), {
      ...(initial.evidence ? { initial: initial.evidence } : {}),
    }),
  ];
}

export interface FormPageOptions {
  /** Which page, 0-based (pages: see checkin-form-pages.ts). */
  page?: number;
  /** Answers of pages sent already, by key-result id: they pre-fill what they answer. */
  kept?: Record<string, KrFormValues>;
}

/**
 * The week's indicators, then kendala, dukungan, rencana kerja and the dialog request. Up to
 * FORM_MAX_KRS indicators in one modal; more in pages ("Lanjut" on each, "Kirim" on the last),
 * each page's position in its private_metadata.
 */
export function formView(
  translator: Translator,
  locale: Locale,
  form: CheckinForm,
  options: FormPageOptions = {},
): types.ModalView {
  if (form.krs.length === 0) return noteView(translator, locale, 'checkin-no-krs');
  const pages = formPages(form.krs);
  const page = Math.min(options.page ?? 0, pages.length - 1);
  const first = pages.slice(0, page).reduce((n, p) => n + p.length, 0);
  const last = page === pages.length - 1;
  const position = pages.length > 1 ? { page: page + 1, pages: pages.length } : undefined;
  const intro = text(translator, locale, 'slack-form-intro', weekLabelArgs(form.week));
  const where = position ? `\n${text(translator, locale, 'slack-form-page', { ...position })}` : '';
  const blocks: SlackBlock[] = [
    mrkdwn(`${intro}${where}`),
    ...pages[page]!.flatMap((kr, i) => {
      const kept = options.kept?.[String(kr.id)];
      const initial = kept ? keptInitial(kept) : initialOf(locale, kr, form);
      return krBlocks(translator, locale, kr, first + i, initial);
    }),
    ...(last ? tailBlocks(translator, locale, form) : []),
  ];
  return modal(translator, locale, blocks, {
    submit: last ? 'slack-form-submit' : 'slack-form-next',
    ...(page > 0 ? { close: 'slack-form-back' } : {}),
    ...(position ? { position } : {}),
  });
}

/** The four questions after the indicators, pre-filled with this week's answers. */
function tailBlocks(translator: Translator, locale: Locale, form: CheckinForm): SlackBlock[] {
  const t = (key: string) => translator.t(locale, key);
  const sent = form.submitted?.submission;
  const dialogOption = { text: plain(t('slack-form-dialog-yes')), value: 'yes' };
  return [
    textInput('blockers', t('slack-form-blockers'), {
      multiline: true,
      ...(sent?.blockers.length ? { initial: sent.blockers.join('\n') } : {}),
    }),
    textInput(
      'supportNeeded',
      t('slack-form-support'),
      sent?.supportNeeded ? { initial: sent.supportNeeded } : {},
    ),
    textInput('nextActions', t('slack-form-next-actions'), {
      multiline: true,
      ...(sent?.nextActions.length ? { initial: sent.nextActions.join('\n') } : {}),
    }),
    {
      type: 'input',
      block_id: 'wantsDialog',
      optional: true,
      label: plain(t('slack-form-dialog')),
      element: {
        type: 'checkboxes',
        action_id: 'v',
        options: [dialogOption],
        ...(sent?.wantsDialog ? { initial_options: [dialogOption] } : {}),
      },
    },
  ];
}

type StateValues = Record<string, Record<string, ViewStateValue>>;

/**
 * The submitted modal as the validator reads it. An indicator left without value and confidence is
 * skipped (the chat's Lewati); a select sends the chat's button id (`c7`); the dialog box is a boolean.
 */
export function formValues(state: StateValues): CheckinFormInput['values'] {
  const field = (block: string) => state[block]?.v;
  const textOf = (block: string) => field(block)?.value ?? undefined;
  const krs: CheckinFormInput['values']['krs'] = {};
  for (const block of Object.keys(state)) {
    const id = /^kr\.(\d+)\.value$/.exec(block)?.[1];
    if (!id) continue;
    const value = textOf(block)?.trim() ?? '';
    const confidence = field(`kr.${id}.confidence`)?.selected_option?.value ?? '';
    const evidence = textOf(`kr.${id}.evidence`) ?? '';
    krs[id] = value === '' && confidence === '' ? { skip: true, evidence } : { value, confidence, evidence };
  }
  return {
    krs,
    blockers: textOf('blockers') ?? '',
    supportNeeded: textOf('supportNeeded') ?? '',
    nextActions: textOf('nextActions') ?? '',
    wantsDialog: (field('wantsDialog')?.selected_options ?? []).some((o) => o.value === 'yes'),
  };
}

/** Validation errors as Slack shows them under each field, in the person's language. */
export function formErrors(
  translator: Translator,
  locale: Locale,
  errors: FormError[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors)
    out[error.field] ??= cutText(text(translator, locale, error.key, error.args), ERROR_LIMIT);
  return out;
}
