import type { FluentVariable } from '@fluent/bundle';
import type { Prompt, PromptArgs } from '../core/conversation/types.js';
import type { Locale, Translator } from './translator.js';

export interface RenderedButton {
  id: string;
  label: string;
}

export interface RenderedMessage {
  text: string;
  buttons: RenderedButton[][];
}

const CURRENCY_PREFIX = /^(rp\.?|idr|usd|\$)$/i;
const PERCENT = /^(%|persen|percent)$/i;

/** Built once per locale: constructing an Intl.NumberFormat costs more than formatting with it. */
const numberFormats = new Map<Locale, Intl.NumberFormat>();
function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format;
}

/** `Rp 1.500.000`, `65%`, `3 dokumen`: currency before, percent glued, other units after. */
export function formatAmount(locale: Locale, value: number, unit: string): string {
  const number = numberFormat(locale).format(value);
  const u = unit.trim();
  if (u === '') return number;
  if (CURRENCY_PREFIX.test(u)) return `${u} ${number}`;
  if (PERCENT.test(u)) return `${number}%`;
  return `${number} ${u}`;
}

function fluentArgs(
  locale: Locale,
  args: PromptArgs | undefined,
): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === 'object' && 'amount' in v) {
      out[k] = formatAmount(locale, v.amount, v.unit);
    } else if (typeof v === 'object') {
      // A calendar date: local midnight, so DATETIME (which takes no time zone) prints that day.
      const [y, m, d] = v.date.split('-').map(Number) as [number, number, number];
      out[k] = new Date(y, m - 1, d);
    } else {
      out[k] = v;
    }
  }
  return out;
}

/**
 * Turns the domain's prompts into text and button labels, once for every channel. Several
 * prompts become one message (fewer API calls; Telegram limits a bot's outgoing messages):
 * texts joined by a blank line, buttons of the last prompt that has any.
 */
export function renderPrompts(translator: Translator, locale: Locale, prompts: Prompt[]): RenderedMessage {
  const texts: string[] = [];
  let buttons: RenderedButton[][] = [];
  for (const p of prompts) {
    const lines = [translator.t(locale, p.key, fluentArgs(locale, p.args))];
    for (const line of p.lines ?? [])
      lines.push(translator.t(locale, line.key, fluentArgs(locale, line.args)));
    texts.push(lines.join('\n').trim());
    if (p.choices?.length) {
      buttons = p.choices.map((row) =>
        row.map((c) => ({ id: c.id, label: translator.t(locale, c.label, fluentArgs(locale, c.args)) })),
      );
    }
  }
  return { text: texts.join('\n\n'), buttons };
}
