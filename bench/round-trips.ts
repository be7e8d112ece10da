/**
 * Network round trips, as opposed to statements. `onQuery` counts statements; but postgres.js
 * sends a statement it has not prepared, with parameters, in two round trips (Parse + Describe,
 * wait for the parameter types, then Bind + Execute), and drizzle asks for unprepared statements
 * unless a query is `.prepare()`d by name. So an audit pass (not timed) runs a few check-ins
 * through a counting TCP proxy in front of the server, which reads the client's side of the wire
 * protocol: one round trip is each time the client starts sending after the server has answered.
 * It also names the statements of each round trip, for a per-update trace.
 */
import { once } from 'node:events';
import { createServer, type Socket, connect as tcpConnect } from 'node:net';
import { openDatabase } from '../src/storage/database.js';
import {
  BASELINE_KINDS,
  BASELINE_STATEMENTS,
  type BaselineKind,
  baselineTransaction,
  eventIdFor,
} from './baseline.js';
import {
  buildBot,
  checkinScript,
  counter,
  dropIdleSockets,
  type Person,
  POOL_SIZE,
  type Rig,
  type RigDatabase,
  runCheckin,
  type Sample,
  timedUpdate,
  type UpdateKind,
} from './rig.js';

/** One round trip: what the client sent before the server's answer. */
export interface Turn {
  connection: number;
  /** Each message: `parse <sql>`, `bind <sql>`, `query <sql>`, or describe/execute/sync/flush. */
  sent: string[];
}

interface CountingProxy {
  port: number;
  turns: Turn[];
  close: () => Promise<void>;
}

const MESSAGE_NAMES: Record<string, string> = {
  D: 'describe',
  E: 'execute',
  S: 'sync',
  H: 'flush',
  C: 'close',
  X: 'terminate',
  p: 'password',
  d: 'copy-data',
  c: 'copy-done',
  f: 'copy-fail',
  F: 'function-call',
};

/** Reads the client's side of the PostgreSQL protocol (v3, no TLS) and records turns. */
export async function startCountingProxy(host: string, port: number): Promise<CountingProxy> {
  const turns: Turn[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((client) => {
    const connection = ++connections;
    const upstream = tcpConnect({ host, port });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client);
    sockets.add(upstream);
    const statements = new Map<string, string>(); // prepared statement name → SQL
    let started = false;
    let pending: Buffer = Buffer.alloc(0);
    let serverSpoke = true;
    let turn: Turn | undefined;
    const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
    const cString = (buf: Buffer, from: number) => {
      const end = buf.indexOf(0, from);
      return { text: buf.toString('utf8', from, end), next: end + 1 };
    };
    const record = (type: string, payload: Buffer) => {
      if (!turn) return;
      if (type === 'P') {
        const name = cString(payload, 0);
        const query = oneLine(cString(payload, name.next).text);
        if (name.text) statements.set(name.text, query);
        turn.sent.push(`parse ${query}`);
      } else if (type === 'B') {
        const portal = cString(payload, 0);
        const statement = cString(payload, portal.next).text;
        turn.sent.push(statement ? `bind ${statements.get(statement) ?? statement}` : 'bind');
      } else if (type === 'Q') {
        turn.sent.push(`query ${oneLine(cString(payload, 0).text)}`);
      } else {
        turn.sent.push(MESSAGE_NAMES[type] ?? type);
      }
    };
    client.on('data', (chunk: Buffer) => {
      if (serverSpoke) {
        turn = { connection, sent: [] };
        turns.push(turn);
        serverSpoke = false;
      }
      upstream.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (!started) {
          if (pending.length < 4) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = length >= 8 ? pending.readInt32BE(4) : 0;
          if (code !== 80877103) started = true; // an SSLRequest is followed by the real startup
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        record(String.fromCharCode(pending[0]!), pending.subarray(5, 1 + length));
        pending = pending.subarray(1 + length);
      }
    });
    upstream.on('data', (chunk: Buffer) => {
      serverSpoke = true;
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    turns,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface Cost {
  /** Statements dika's database layer reported (`onQuery`). */
  statements: number;
  /** Round trips it reported (statements not pipelined behind another). */
  reportedRoundTrips: number;
  /**
   * Round trips seen on the wire by the proxy: flights, each time the client sends after the
   * server answered. An upper bound on waits: a statement sent late (after CPU work) after the
   * answer to the previous one arrived is a flight of its own without a wait.
   */
  roundTrips: number;
  /** Of those, definite waits: the Bind + Execute half of an unprepared statement. */
  describeWaits: number;
}

export interface RoundTripAudit {
  people: number;
  updates: number;
  perUpdate: Cost;
  byKind: Partial<Record<UpdateKind, Cost>>;
  perRedelivery: Cost;
  /** Per transaction, the baselines sent through the same proxy, one after another (on the wire only). */
  baselines: Array<{ kind: BaselineKind; via: string; statements: number; roundTrips: number }>;
  /** One update of each kind, round trip by round trip (the last audited person's). */
  trace: Array<{ kind: UpdateKind; roundTrips: string[] }>;
}

/** Short form of a turn: its statements (`parse`/`bind`/`query` + SQL), then the other messages. */
function describeTurn(turn: Turn): string {
  const clip = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}...` : s);
  const isStatement = (s: string) =>
    s.startsWith('parse ') || s.startsWith('query ') || s.startsWith('bind ');
  const statements = turn.sent.filter(isStatement).map(clip);
  const rest = turn.sent.filter((s) => !isStatement(s)).map((s) => s.split(' ')[0]);
  return `connection ${turn.connection}: ${statements.length ? statements.join(' | ') : '(no statement)'}${rest.length ? ` [+ ${rest.join(', ')}]` : ''}`;
}

/**
 * Opens a second pool on the rig's database through the counting proxy, with its own bot on the
 * same stand-in, and runs `people` (already seeded; the first one is the warm-up) one after
 * another, then their updates a second time, then each baseline 50 times.
 */
export async function auditRoundTrips(rig: Rig, people: Person[]): Promise<RoundTripAudit> {
  const target = new URL(rig.database.url ?? '');
  const proxy = await startCountingProxy(target.hostname, Number(target.port || 5432));
  const proxied = new URL(target);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  const count = counter();
  const database = await openDatabase({
    url: proxied.toString(),
    max: POOL_SIZE,
    migrate: false,
    onQuery: count.onQuery,
  });
  const audited: Rig = {
    database: {
      ...database,
      statements: count.statements,
      roundTrips: count.roundTrips,
      drop: database.close,
    } satisfies RigDatabase,
    api: rig.api,
    bot: buildBot(database.db, rig.api, []),
    errors: [],
    close: database.close,
  };
  type Mark = { statements: number; reported: number; turns: number; describeWaits: number };
  // A flight that starts with an unnamed Bind finishes a statement whose Parse + Describe went in
  // the flight before: postgres.js waited for the parameter types (an unprepared statement).
  let describeWaits = 0;
  let seen = 0;
  const mark = (): Mark => {
    for (; seen < proxy.turns.length; seen++) if (proxy.turns[seen]!.sent[0] === 'bind') describeWaits++;
    return {
      statements: count.statements() ?? 0,
      reported: count.roundTrips() ?? 0,
      turns: proxy.turns.length,
      describeWaits,
    };
  };
  const diff = (a: Mark, b: Mark): Mark => ({
    statements: b.statements - a.statements,
    reported: b.reported - a.reported,
    turns: b.turns - a.turns,
    describeWaits: b.describeWaits - a.describeWaits,
  });
  const per = (d: Mark, n: number): Cost => ({
    statements: d.statements / n,
    reportedRoundTrips: d.reported / n,
    roundTrips: d.turns / n,
    describeWaits: d.describeWaits / n,
  });
  try {
    const [warm, ...measured] = people;
    if (!warm || measured.length === 0) throw new Error('the audit needs a warm-up person and one more');
    dropIdleSockets();
    await runCheckin(audited, warm);

    const from = mark();
    const samples: Sample[] = [];
    const byKind: Partial<Record<UpdateKind, { total: Mark; count: number }>> = {};
    const trace: RoundTripAudit['trace'] = [];
    for (const person of measured) {
      const last = person === measured.at(-1);
      const traced = new Set<UpdateKind>();
      for (const step of checkinScript(audited, person)) {
        const update = step.make();
        const before = mark();
        samples.push(await timedUpdate(audited, step.kind, update));
        const d = diff(before, mark());
        const k = byKind[step.kind] ?? {
          total: { statements: 0, reported: 0, turns: 0, describeWaits: 0 },
          count: 0,
        };
        byKind[step.kind] = k;
        k.total = {
          statements: k.total.statements + d.statements,
          reported: k.total.reported + d.reported,
          turns: k.total.turns + d.turns,
          describeWaits: k.total.describeWaits + d.describeWaits,
        };
        k.count++;
        if (last && !traced.has(step.kind)) {
          traced.add(step.kind);
          trace.push({ kind: step.kind, roundTrips: proxy.turns.slice(before.turns).map(describeTurn) });
        }
      }
    }
    const perUpdate = per(diff(from, mark()), samples.length);

    const redoFrom = mark();
    for (const s of samples) await timedUpdate(audited, s.kind, s.update);
    const perRedelivery = per(diff(redoFrom, mark()), samples.length);

    const baselines: RoundTripAudit['baselines'] = [];
    for (const kind of BASELINE_KINDS) {
      const { via, run } = baselineTransaction(audited.database, kind);
      for (let i = 0; i < 5; i++) await run(eventIdFor(kind), 1, i);
      const at = mark();
      for (let i = 0; i < 50; i++) await run(eventIdFor(kind), 1, i);
      baselines.push({
        kind,
        via,
        statements: BASELINE_STATEMENTS[kind],
        roundTrips: diff(at, mark()).turns / 50,
      });
    }

    return {
      people: measured.length,
      updates: samples.length,
      perUpdate,
      byKind: Object.fromEntries(Object.entries(byKind).map(([kind, k]) => [kind, per(k.total, k.count)])),
      perRedelivery,
      baselines,
      trace,
    };
  } finally {
    await database.close();
    await proxy.close();
  }
}
