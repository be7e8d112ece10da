/**
 * postgres.js 3.4.9 batches small writes behind a setImmediate and, when a connection's socket
 * closes with such a write pending, cancels the immediate without forgetting it
 * (`clearImmediate(nextWriteTimer)`, never `nextWriteTimer = null`) and keeps the stale bytes. The
 * connection's next socket then never gets its StartupMessage: every connect of that pool slot
 * ends in CONNECT_TIMEOUT (measured in test/e2e/database-outage.test.ts: a flush of "sent" marks
 * stuck 5 s after PostgreSQL came back, 83 replies unmarked, in 3 of 4 runs). patches/ fixes it
 * (`npm ci` applies it with patch-package); this test fails without the patch.
 *
 * No server: postgres.js's `socket` option hands it sockets played here. The first closes right
 * after postgres.js queued its StartupMessage; the second must receive exactly one StartupMessage.
 */
import { EventEmitter } from 'node:events';
import postgres from 'postgres';
import { expect, it } from 'vitest';

class PlayedSocket extends EventEmitter {
  readonly written: Buffer[] = [];
  readyState = 'open';
  constructor(private readonly closeOnceListening: boolean) {
    super();
  }
  override on(event: string, listener: (...args: unknown[]) => void): this {
    super.on(event, listener);
    // postgres.js listens for data, then queues the StartupMessage in the same turn: closing in a
    // microtask lands between the two, before the queued write runs.
    if (event === 'data' && this.closeOnceListening) queueMicrotask(() => this.close());
    return this;
  }
  write(chunk: Buffer, callback?: () => void): boolean {
    this.written.push(Buffer.from(chunk));
    callback?.();
    return true;
  }
  setKeepAlive(): this {
    return this;
  }
  end(): this {
    this.close();
    return this;
  }
  destroy(): this {
    this.close();
    return this;
  }
  close(): void {
    if (this.readyState === 'closed') return;
    this.readyState = 'closed';
    this.emit('close', true);
  }
}

/** StartupMessage: int32 length, int32 protocol 3.0 (196608), then key/value pairs. */
function startupMessages(bytes: Buffer): number {
  let count = 0;
  for (let at = 0; at + 8 <= bytes.length; ) {
    const length = bytes.readInt32BE(at);
    if (bytes.readInt32BE(at + 4) === 196_608) count++;
    at += Math.max(length, 4);
  }
  return count;
}

it('a socket closed with a write pending does not keep the next socket from starting up', async () => {
  const sockets: PlayedSocket[] = [];
  // `socket` is a documented option its type declarations lack.
  const options = {
    max: 1,
    connect_timeout: 2,
    backoff: () => 0.01,
    onnotice: () => {},
    socket: () => {
      const socket = new PlayedSocket(sockets.length === 0);
      sockets.push(socket);
      return socket;
    },
  };
  const sql = postgres(options as postgres.Options<Record<string, never>>);
  const query = sql`select 1`.catch((error: unknown) => error);
  try {
    await expect
      .poll(() => sockets[1]?.written.length ?? 0, { timeout: 1_500, interval: 20 })
      .toBeGreaterThan(0);
    expect(startupMessages(Buffer.concat(sockets[1]!.written))).toBe(1);
  } finally {
    await sql.end({ timeout: 0 });
    await query;
  }
});
