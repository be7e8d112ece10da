/**
 * A proxy in front of the Bot API stand-in that can swallow a chat's messages: a held sendMessage
 * is neither forwarded nor answered, as when the request is lost on its way to Telegram. Put a
 * process's TELEGRAM_API_ROOT here to catch it with a reply in flight (committed, not yet
 * delivered) and kill it there; everything else passes through unchanged.
 */
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Body } from './telegram-stand-in.js';

export interface HoldProxy {
  /** Pass as TELEGRAM_API_ROOT. */
  url: string;
  /** Lets `pass` more sendMessage calls to `chatId` through, then holds every later one. */
  holdSendsTo: (chatId: number, pass: number) => void;
  /** Bodies of the held calls (never forwarded: the stand-in did not see them). */
  held: Body[];
  close: () => Promise<void>;
}

export async function startHoldProxy(target: string): Promise<HoldProxy> {
  const passes = new Map<string, number>();
  const held: Body[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    if (req.url?.endsWith('/sendMessage')) {
      const body = JSON.parse(raw.toString('utf8')) as Body; // grammY sends JSON without files
      const chat = String(body.chat_id);
      const pass = passes.get(chat);
      if (pass === 0) return void held.push(body); // no answer, ever
      if (pass !== undefined) passes.set(chat, pass - 1);
    }
    const type = req.headers['content-type'];
    const response = await fetch(`${target}${req.url}`, {
      method: req.method ?? 'POST',
      ...(type ? { headers: { 'content-type': type } } : {}),
      ...(raw.length > 0 ? { body: raw } : {}),
    });
    res
      .writeHead(response.status, {
        'content-type': response.headers.get('content-type') ?? 'application/json',
      })
      .end(Buffer.from(await response.arrayBuffer()));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    holdSendsTo: (chatId, pass) => void passes.set(String(chatId), pass),
    held,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
