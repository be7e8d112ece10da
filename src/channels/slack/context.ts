import type { types, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Locale, MessageArgs, Translator } from '../../i18n/translator.js';
import type { DialogRunner } from '../../services/dialogs/dialog-runner.js';
import type { EventDeps, EventPreload } from '../../services/events/handle-event.js';
import type { Notifier } from '../../services/outbound/notifier.js';
import type { EmployeeRow } from '../../services/people/identity-service.js';
import type { Tx } from '../../storage/database.js';

export type SlackBlock = types.KnownBlock;

/**
 * What a Slack listener wants sent, as a row of the durable outbound queue: handlers never call
 * the Web API for messages themselves (only `views.open`, whose trigger expires in 3 s, and
 * `users.info` before linking). The address of every row is the person's Slack user id, so the
 * operations of one turn keep their order; `channel` is where the call goes.
 */
export type SlackOp =
  /** A new message; `channel` may be a user id (Slack then writes in the app's DM with them). */
  | { op: 'post'; channel: string; text: string; blocks?: SlackBlock[] }
  /** A pressed button's message becomes the next question (the DM channel id and the message ts). */
  | { op: 'update'; channel: string; ts: string; text: string; blocks?: SlackBlock[] }
  /**
   * A private answer through the command's or action's response_url (valid 30 minutes, 5 uses):
   * ephemeral in whatever channel the person typed the command, no membership needed.
   */
  | { op: 'respond'; url: string; text: string; blocks?: SlackBlock[]; replaceOriginal?: boolean }
  /** A chart (PNG) or an export (XLSX), base64 in the row like Telegram's photos and documents. */
  | { op: 'upload'; channel: string; fileName: string; base64: string; title?: string; comment?: string }
  /** The App Home tab of one person. */
  | { op: 'publish-home'; user: string; view: types.HomeView };

export interface SlackDeps extends EventDeps {
  dialogs: DialogRunner;
  /** Messages to other people (the appraiser told of a form check-in), queued in the caller's transaction. */
  notifier: Notifier;
  translator: Translator;
  logger: Logger;
  /** DIKA_SECRET (keyed hashes of link codes). */
  secret: string;
  clock: () => Date;
  defaultLocale: Locale;
  defaultTimeZone: string;
  /** The key of this app's rows in the outbound queue (its team id) and of its rate limiter. */
  sender: string;
  /** Calls that cannot wait for the queue: users.info before linking, views.open within 3 s. */
  client: webApi.WebClient;
  /** Run turns' transactions one at a time (the embedded database; see run-turn.ts). */
  serialTurns?: boolean;
  /** Rekap charts as files (default on; tests that do not look at them turn it off). */
  charts?: boolean;
}

/** Who did something in Slack: identities are keyed by team (workspace) and user. */
export interface SlackAccount {
  team: string;
  user: string;
}

/** One Slack request being handled, inside its event transaction (like Telegram's DikaContext). */
export interface SlackTurn {
  tx: Tx;
  account: SlackAccount;
  preloaded?: EventPreload | undefined;
  /** The linked, active employee; undefined for strangers. */
  employee?: EmployeeRow | undefined;
  locale: Locale;
  t: (key: string, args?: MessageArgs) => string;
  log: Logger;
  /** Where a private answer goes: the request's response_url, else a DM. */
  responseUrl?: string | undefined;
  /** The pressed button's message, for block actions in a DM. */
  pressed?: { channel: string; ts: string } | undefined;
  outbox: SlackOp[];
  /** Work after the commit, outside the transaction (a rekap must not hold the connection). */
  afterCommit: Array<() => Promise<void>>;
}
