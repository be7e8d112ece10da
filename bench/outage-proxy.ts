/**
 * A TCP proxy in front of PostgreSQL that plays the two kinds of database outage dika must ride
 * out (`npm run bench:outage`, and the fast regression test in test/e2e/database-outage.test.ts):
 *
 * - **stop** (PostgreSQL stopped cleanly): every open connection is closed and the port refuses
 *   new ones (the listening socket is closed, so a connect gets ECONNREFUSED) until `recover()`.
 * - **hang** (a network blip, a server frozen by I/O): connections are accepted but nothing goes
 *   through in either direction; open connections stall mid-statement. `recover('resume')`
 *   delivers what was held back, as TCP does once the path is back; `recover('reset')` resets
 *   the stalled connections instead, as a middlebox that forgot them would.
 */
import { createServer, type Server, Socket } from 'node:net';

export type OutageKind = 'stop' | 'hang';
export type HangRecovery = 'resume' | 'reset';

interface Pair {
  client: Socket;
  upstream: Socket | undefined;
  /** Bytes held back during a hang, per direction. */
  toServer: Buffer[];
  toClient: Buffer[];
}

export interface OutageProxy {
  port: number;
  /** Connections accepted since the start (each is one postgres.js connection attempt). */
  readonly accepted: number;
  begin: (kind: OutageKind) => Promise<void>;
  /** Ends the outage; for a hang, `how` says what happens to the stalled connections. */
  recover: (how?: HangRecovery) => Promise<void>;
  close: () => Promise<void>;
}

export async function startOutageProxy(target: { host: string; port: number }): Promise<OutageProxy> {
  let state: 'up' | OutageKind = 'up';
  let accepted = 0;
  const pairs = new Set<Pair>();

  const drop = (pair: Pair, reset: boolean) => {
    for (const socket of [pair.client, pair.upstream]) {
      if (!socket || socket.destroyed) continue;
      if (reset) socket.resetAndDestroy();
      else socket.destroy();
    }
    pairs.delete(pair);
  };

  const connectUpstream = (pair: Pair) => {
    const upstream = new Socket();
    pair.upstream = upstream;
    upstream.on('error', () => {});
    upstream.on('close', () => drop(pair, false));
    upstream.on('data', (chunk: Buffer) => {
      if (state === 'hang') pair.toClient.push(chunk);
      else pair.client.write(chunk);
    });
    upstream.connect(target.port, target.host);
    for (const chunk of pair.toServer.splice(0)) upstream.write(chunk); // buffered until connected
  };

  const onConnection = (client: Socket) => {
    accepted++;
    const pair: Pair = { client, upstream: undefined, toServer: [], toClient: [] };
    pairs.add(pair);
    client.on('error', () => {});
    client.on('close', () => drop(pair, false));
    client.on('data', (chunk: Buffer) => {
      if (state === 'hang' || !pair.upstream) pair.toServer.push(chunk);
      else pair.upstream.write(chunk);
    });
    if (state !== 'hang') connectUpstream(pair);
  };

  let server: Server = createServer(onConnection);
  const listen = async (port: number) => {
    server = createServer(onConnection);
    server.listen(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  };
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));
  await listen(0);
  const port = (server.address() as { port: number }).port;

  return {
    port,
    get accepted() {
      return accepted;
    },
    begin: async (kind) => {
      state = kind;
      if (kind === 'stop') {
        for (const pair of [...pairs]) drop(pair, false); // the server closes its connections
        await stopListening(); // and its port: connects are refused
      }
    },
    recover: async (how = 'resume') => {
      const was = state;
      state = 'up';
      if (was === 'stop') return listen(port);
      if (was !== 'hang') return;
      for (const pair of [...pairs]) {
        if (how === 'reset') {
          drop(pair, true);
          continue;
        }
        if (!pair.upstream) connectUpstream(pair);
        else for (const chunk of pair.toServer.splice(0)) pair.upstream.write(chunk);
        for (const chunk of pair.toClient.splice(0)) pair.client.write(chunk);
      }
    },
    close: async () => {
      for (const pair of [...pairs]) drop(pair, false);
      if (server.listening) await stopListening();
    },
  };
}
