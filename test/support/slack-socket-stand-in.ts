/**
 * A local stand-in for Slack's Socket Mode WebSocket (the URL apps.connections.open hands out):
 * just enough RFC 6455 by hand (handshake, text frames, ping/pong, close) for the real
 * @slack/socket-mode client, which speaks through undici's WebSocket. It says `hello`, sends
 * envelopes, and records what the client sends back (its acks).
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export interface SocketStandIn {
  url: string;
  /** Messages the client sent (acks), parsed. */
  received: Array<Record<string, any>>;
  /** Resolves once a client is connected and greeted. */
  connected: () => Promise<void>;
  send: (message: unknown) => void;
  /** Resolves with the first received message that matches (waits for it). */
  waitFor: (match: (message: Record<string, any>) => boolean) => Promise<Record<string, any>>;
  close: () => Promise<void>;
}

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff]);
  return Buffer.concat([header, payload]);
}

/** Client frames are masked; yields complete frames and keeps the rest for the next chunk. */
function* frames(buffer: { data: Buffer }): Generator<{ opcode: number; payload: Buffer }> {
  for (;;) {
    const data = buffer.data;
    if (data.length < 2) return;
    let length = data[1]! & 0x7f;
    let at = 2;
    if (length === 126) {
      if (data.length < 4) return;
      length = data.readUInt16BE(2);
      at = 4;
    } else if (length === 127) {
      if (data.length < 10) return;
      length = Number(data.readBigUInt64BE(2));
      at = 10;
    }
    if (data.length < at + 4 + length) return;
    const mask = data.subarray(at, at + 4);
    const payload = Buffer.from(data.subarray(at + 4, at + 4 + length));
    for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
    buffer.data = data.subarray(at + 4 + length);
    yield { opcode: data[0]! & 0x0f, payload };
  }
}

export async function startSocketStandIn(): Promise<SocketStandIn> {
  const received: Array<Record<string, any>> = [];
  const waiters: Array<() => void> = [];
  let socket: Duplex | undefined;
  let greeted: () => void = () => {};
  const greeting = new Promise<void>((resolve) => {
    greeted = resolve;
  });
  const server: Server = createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req, upgraded: Duplex) => {
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
    upgraded.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    socket = upgraded;
    const buffer = { data: Buffer.alloc(0) };
    upgraded.on('data', (chunk: Buffer) => {
      buffer.data = Buffer.concat([buffer.data, chunk]);
      for (const { opcode, payload } of frames(buffer)) {
        if (opcode === 0x1) {
          received.push(JSON.parse(payload.toString('utf8')));
          for (const wake of waiters.splice(0)) wake();
        } else if (opcode === 0x9) upgraded.write(frame(0xa, payload));
        else if (opcode === 0x8) upgraded.end(frame(0x8, Buffer.alloc(0)));
      }
    });
    upgraded.on('error', () => {});
    upgraded.write(frame(0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1 }))));
    greeted();
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/link`,
    received,
    connected: () => greeting,
    send: (message) => socket?.write(frame(0x1, Buffer.from(JSON.stringify(message)))),
    waitFor: async (match) => {
      for (;;) {
        const found = received.find(match);
        if (found) return found;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    close: async () => {
      socket?.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
