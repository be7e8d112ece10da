/**
 * The check-in in a terminal: the same services as Telegram, rendered as numbered lines, so a
 * newcomer or an HR admin can try dika (and check an import) without any chat token.
 */
import { randomUUID } from 'node:crypto';
import type { Inbound, Prompt } from '../../core/conversation/types.js';
import { CONTINUOUS_KIND } from '../../core/feedback/continuous-flow.js';
import { INVITE_KIND } from '../../core/feedback/invitation-button.js';
import { shortName } from '../../core/people/greeting.js';
import { type RenderedButton, renderPrompts } from '../../i18n/render-prompt.js';
import { isLocale, type Locale, type Translator } from '../../i18n/translator.js';
import { answerDialog, cancelCheckin, openCheckin } from '../../services/checkin-service.js';
import type { DialogReply } from '../../services/dialogs/dialog-reply.js';
import type { DialogRunner } from '../../services/dialogs/dialog-runner.js';
import { openEvaluation } from '../../services/evaluation/evaluation-service.js';
import { type EventDeps, type EventScope, handleEvent } from '../../services/events/handle-event.js';
import { answerWithSearch, openContinuous } from '../../services/feedback/continuous-service.js';
import { answerInvitation, listQuestionnaires } from '../../services/feedback/questionnaire-service.js';
import { answerResults } from '../../services/feedback/results-service.js';
import { employeeByNip } from '../../services/people/identity-service.js';
import { personOf } from '../../services/people/person.js';
import { REKAP_BUTTON_KIND } from '../../services/rekap/rekap-buttons.js';
import { historyPrompt, statusPrompt } from '../../services/status-service.js';
import {
  isRekapCommand,
  pressTerminalRekapButton,
  saveRekapAttachments,
  terminalRekap,
} from './terminal-rekap.js';

export interface TerminalChatOptions extends EventDeps {
  dialogs: DialogRunner;
  translator: Translator;
  nip: string;
  /** Overrides the employee's own language. */
  locale?: Locale;
  lines: AsyncIterable<string>;
  write: (text: string) => void;
  clock?: () => Date;
  /** Where rekap charts are saved (default: the system's temporary folder). */
  chartDir?: string;
}

/** Runs until the input ends or the person types /keluar. Returns the exit code. */
export async function runTerminalChat(options: TerminalChatOptions): Promise<number> {
  const clock = options.clock ?? (() => new Date());
  const employee = await employeeByNip(options.db, options.nip);
  const locale: Locale =
    options.locale ?? (isLocale(employee?.locale) ? employee.locale : options.translator.defaultLocale);
  const t = options.translator.forLocale(locale);
  if (!employee?.active) {
    options.write(t('terminal-unknown-nip', { nip: options.nip }));
    return 1;
  }
  const person = personOf(employee);
  let buttons: RenderedButton[] = [];
  let payload: DialogReply['buttons'];
  let expects: Prompt['expects'] = 'none';

  const show = (reply: DialogReply) => {
    if (reply.refusal === 'stale-button') return options.write(t('stale-button'));
    const rendered = renderPrompts(options.translator, locale, reply.prompts);
    buttons = reply.buttons ? rendered.buttons.flat() : [];
    payload = reply.buttons;
    expects = reply.prompts.findLast((p) => p.choices?.length)?.expects ?? 'none';
    // A 1–10 scale is typed as its own number; listing "[7] 7" would only add noise.
    const numbered =
      expects === 'scale' ? '1 – 10' : buttons.map((b, i) => `[${i + 1}] ${b.label}`).join('   ');
    options.write(numbered ? `${rendered.text}\n${numbered}` : rendered.text);
  };
  // The terminal prints replies itself: nothing goes through the outbound queue.
  const run = async (work: (tx: EventScope['tx']) => Promise<DialogReply>) => {
    const outcome = await handleEvent(options, { source: 'terminal', eventId: randomUUID() }, (scope) =>
      work(scope.tx),
    );
    if (!outcome.duplicate) show(outcome.result);
  };
  const dialogs = options.dialogs;
  const note = (prompt: Prompt): DialogReply => ({ prompts: [prompt], open: false });

  // A rekap is read outside any transaction (it may be long); its chart is saved to a file.
  const rekap = async (answer: () => Promise<DialogReply>): Promise<DialogReply> => {
    const reply = await answer();
    for (const saved of await saveRekapAttachments(options, locale, reply, clock())) options.write(saved);
    return reply;
  };

  // The name people call them by, not the register's full name with degrees (domain.md §12).
  options.write(t('terminal-welcome', { name: shortName(employee.name) }));
  await run((tx) => openCheckin(tx, dialogs, person, 'terminal', clock()));
  for await (const raw of options.lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (line === '/keluar' || line === '/exit' || line === '/quit') break;
    if (line === '/checkin') await run((tx) => openCheckin(tx, dialogs, person, 'terminal', clock()));
    else if (line === '/batal') await run((tx) => cancelCheckin(tx, dialogs, person));
    else if (line === '/status') await run(async (tx) => note(await statusPrompt(tx, person, clock())));
    else if (line === '/riwayat') await run(async (tx) => note(await historyPrompt(tx, person)));
    else if (/^\/evaluasi(\s|$)/.test(line))
      await run((tx) => openEvaluation(tx, dialogs, person, 'terminal', clock(), line.slice(9)));
    // The 360° results as text; the chart is left to channels that show images.
    else if (/^\/hasil360(\s|$)/.test(line))
      await run((tx) =>
        answerResults(tx, { ...employee, locale }, line.slice(9), {
          translator: options.translator,
          charts: false,
        }),
      );
    else if (line === '/360') await run((tx) => listQuestionnaires(tx, dialogs, person, 'terminal'));
    else if (line === '/umpanbalik' || line === '/feedback')
      await run((tx) => openContinuous(tx, dialogs, person, 'terminal'));
    // A typed name while /umpanbalik asks for a colleague is a search (numbers press its buttons).
    else if (payload?.kind === CONTINUOUS_KIND && !line.startsWith('/'))
      await run((tx) =>
        answerWithSearch(tx, dialogs, person, toInbound(line, expects, buttons, payload), clock()),
      );
    else if (payload?.kind === INVITE_KIND && /^\d{1,2}$/.test(line)) {
      const input = toInbound(line, expects, buttons, payload);
      await run((tx) => answerInvitation(tx, dialogs, person, 'terminal', input));
    } else if (isRekapCommand(line))
      show(await rekap(() => terminalRekap(options, person, locale, line, clock())));
    else if (payload?.kind === REKAP_BUTTON_KIND && /^\d{1,2}$/.test(line)) {
      const choice = buttons[Number(line) - 1]?.id ?? '';
      show(await rekap(() => pressTerminalRekapButton(options, person, locale, choice, clock())));
    } else if (line === '/bantuan' || line === '/help') options.write(t('terminal-help'));
    else
      await run((tx) =>
        answerDialog(tx, dialogs, person, toInbound(line, expects, buttons, payload), clock()),
      );
  }
  options.write(t('terminal-bye'));
  return 0;
}

/**
 * A number that names a shown button presses it, except where the question itself wants a
 * number (a realisation, a 1–10 confidence): there `2` is the answer. `/file <name>` stands in
 * for an attachment.
 */
function toInbound(
  line: string,
  expects: Prompt['expects'],
  buttons: RenderedButton[],
  payload: DialogReply['buttons'],
): Inbound {
  const numeric = expects === 'number' || expects === 'scale';
  const index = !numeric && /^\d{1,2}$/.test(line) ? Number(line) - 1 : -1;
  const button = buttons[index];
  if (button && payload)
    return { type: 'choice', kind: payload.kind, choice: button.id, seq: payload.seq, nonce: payload.nonce };
  const file = line.match(/^\/file\s+(.+)$/);
  if (file)
    return {
      type: 'file',
      file: { platform: 'terminal', kind: 'file', fileId: file[1]!, fileName: file[1]! },
    };
  return { type: 'text', text: line };
}
