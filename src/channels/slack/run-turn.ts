import { linkByEmail } from '../../accounts/link-by-email.js';
import type { Inbound } from '../../core/conversation/types.js';
import { safeError } from '../../logging/safe-error.js';
import { handleEvent } from '../../services/events/handle-event.js';
import type { EmployeeRow } from '../../services/people/identity-service.js';
import { resolveLocale } from '../../services/people/locale.js';
import type { SlackAccount, SlackDeps, SlackTurn } from './context.js';
import { pushPrivate, toDraft } from './outbox.js';

/** One Slack request, as the listener describes it after its ack. */
export interface TurnRequest {
  /** Slack's own id for it: `event_id`, a command's trigger_id, an action's action_ts with the user. */
  eventId: string;
  /** For metrics: `command`, `button`, `text`, `file`, `home`, `view`. */
  kind: string;
  account: SlackAccount;
  responseUrl?: string | undefined;
  pressed?: { channel: string; ts: string } | undefined;
  /** What the person did, as a dialog reads it: its dialog is locked with the dedupe row. */
  input?: Inbound | undefined;
  /** Runs for strangers too (help, link); otherwise a stranger is first linked by email, or told how. */
  open?: boolean;
}

type Work = (turn: SlackTurn) => Promise<void>;
type Outcome = 'done' | 'duplicate' | 'stranger';

export const slackAccountOf = (account: SlackAccount) => ({
  platform: 'slack' as const,
  workspace: account.team,
  externalUserId: account.user,
});

/**
 * Runs one acknowledged Slack request through the platform's one event pipeline: dedupe by
 * Slack's id (a retried event, X-Slack-Retry-Num, changes nothing twice), one transaction, replies
 * queued with it and delivered after the commit, then the turn's after-commit work.
 *
 * A stranger's first request is answered in a second pass (its own dedupe key): their Slack
 * profile's email is read (users.info, outside any transaction) and, when it matches one active
 * employee, the account is linked and the request runs as theirs; otherwise they are told how to
 * link with a code, and see no data.
 */
export async function runTurn(deps: SlackDeps, request: TurnRequest, work: Work): Promise<void> {
  // Let the requests already read off the sockets be acknowledged before this one's database work
  // takes the event loop (embedded PGlite runs on it): a burst of 50 commands otherwise acks the
  // last one after the first 49 check-ins (measured: p99 1.5 s instead of < 0.2 s).
  await new Promise<void>((resolve) => setImmediate(resolve));
  const outcome = await pass(deps, request, request.eventId, work);
  if (outcome !== 'stranger') return;
  const email = await emailOf(deps, request.account);
  await pass(deps, { ...request, input: undefined }, `${request.eventId}#link`, async (turn) => {
    if (turn.employee) return work(turn); // linked meanwhile (a second device, a code)
    if (email) {
      const linked = await linkByEmail(turn.tx, {
        email,
        now: deps.clock(),
        identity: { ...slackAccountOf(request.account), chatId: request.account.user },
      });
      turn.log.info(
        { kind: 'link-email', outcome: linked.ok ? 'linked' : linked.reason },
        'Slack email linking',
      );
      if (linked.ok) {
        setEmployee(turn, deps, linked.employee);
        pushPrivate(turn, turn.t('slack-linked-by-email', { name: linked.employee.name }));
        return work(turn);
      }
    }
    pushPrivate(turn, turn.t('slack-link-instructions'));
  });
}

async function pass(deps: SlackDeps, request: TurnRequest, eventId: string, work: Work): Promise<Outcome> {
  const { account } = request;
  const dialog = request.input ? deps.dialogs.targetOf(request.input) : undefined;
  let turn: SlackTurn | undefined;
  const outcome = await inTurnOrder(deps, () =>
    handleEvent(
      deps,
      {
        source: 'slack',
        eventId,
        kind: request.kind,
        log: { team_id: account.team, user_id: account.user },
        preload: { account: slackAccountOf(account), ...(dialog ? { dialog } : {}) },
      },
      async (scope): Promise<Outcome> => {
        const current: SlackTurn = {
          tx: scope.tx,
          account,
          preloaded: scope.preloaded,
          locale: deps.defaultLocale,
          t: deps.translator.forLocale(deps.defaultLocale),
          log: scope.log,
          responseUrl: request.responseUrl,
          pressed: request.pressed,
          outbox: [],
          afterCommit: [],
        };
        turn = current;
        setEmployee(current, deps, scope.preloaded?.employee);
        if (!current.employee && !request.open && eventId === request.eventId) return 'stranger';
        await work(current);
        const context = { sender: deps.sender, user: account.user, employeeId: current.employee?.id };
        for (const op of current.outbox) scope.send(toDraft(op, context));
        return 'done';
      },
    ),
  );
  if (outcome.duplicate) return 'duplicate';
  await outcome.delivered;
  for (const after of turn?.afterCommit ?? []) await after();
  return outcome.result;
}

const queues = new WeakMap<SlackDeps, Promise<unknown>>();

/**
 * On the embedded database (`serialTurns`) each turn's transaction runs after the previous one,
 * one turn of the event loop later. PGlite executes queries on the event loop and hands them on
 * through promise callbacks, so fifty concurrent transactions run as one long chain that no
 * socket read interrupts: requests arriving meanwhile were acknowledged only after all of them
 * (measured: ack p99 1.0 s in a burst of 50). PGlite has one connection, so this costs no
 * throughput; deliveries (Web API calls) stay outside the queue. On PostgreSQL turns run side by side.
 */
function inTurnOrder<T>(deps: SlackDeps, run: () => Promise<T>): Promise<T> {
  if (!deps.serialTurns) return run();
  const previous = queues.get(deps) ?? Promise.resolve();
  const next = previous.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(run);
  queues.set(
    deps,
    next.catch(() => undefined),
  );
  return next;
}

/** Sets who is talking (and so language and log fields); called again after linking or a language change. */
export function setEmployee(turn: SlackTurn, deps: SlackDeps, employee: EmployeeRow | undefined): void {
  turn.employee = employee;
  turn.locale = resolveLocale(employee?.locale, undefined, deps.defaultLocale);
  turn.t = deps.translator.forLocale(turn.locale);
  if (employee) turn.log = turn.log.child({ employee_id: employee.id });
}

/** The verified email of a Slack profile (scope users:read.email); undefined when unknown or refused. */
async function emailOf(deps: SlackDeps, account: SlackAccount): Promise<string | undefined> {
  try {
    const info = await deps.client.users.info({ user: account.user });
    const user = info.user;
    if (!user || user.deleted || user.is_bot) return undefined;
    return user.profile?.email || undefined;
  } catch (error) {
    deps.logger.warn(
      { team_id: account.team, user_id: account.user, err: safeError(error) },
      'users.info failed',
    );
    return undefined;
  }
}
