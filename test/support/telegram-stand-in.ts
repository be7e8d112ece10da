/**
 * A local stand-in for the Telegram Bot API (`POST /bot<token>/<method>`), so the real grammY
 * client, its transformers (auto-retry) and the runner are exercised without Telegram.
 * Every call is recorded in order with its parsed body (JSON, urlencoded or multipart).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';
import { TEST_BOT_INFO } from './telegram-updates.js';

export type Body = Record<string, any>;
export interface RecordedCall {
  method: string;
  body: Body;
}
export interface ApiFailure {
  error_code: number;
  description?: string;
  retry_after?: number;
}

export interface BotApiStandIn {
  /** Pass as `apiRoot`. */
  url: string;
  botInfo: UserFromGetMe;
  calls: RecordedCall[];
  /** Bodies of the calls to one method, in order. */
  callsOf: (method: string) => Body[];
  /** Forgets calls, failures and queued updates. */
  reset: () => void;
  /** The next call to `method` fails once with this error (429 carries parameters.retry_after). */
  failNext: (method: string, failure: ApiFailure) => void;
  /** Updates served by getUpdates (long polling). */
  queueUpdates: (...updates: Update[]) => void;
  close: () => Promise<void>;
}

async function parseBody(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('json')) return JSON.parse(raw.toString('utf8'));
  if (type.includes('multipart/form-data')) return parseMultipart(raw, type);
  // urlencoded: let undici's Response do the parsing.
  const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
  const body: Body = {};
  for (const [key, value] of form) {
    if (typeof value !== 'string') body[key] = { file: value.name, size: value.size };
    else body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}

/**
 * grammY's multipart uploads (sendPhoto, sendDocument with an InputFile), parsed by hand: undici's
 * FormData parser refuses the parts grammY writes. A file part becomes `{ file, size, bytes }`.
 */
function parseMultipart(raw: Buffer, type: string): Body {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}`);
  const body: Body = {};
  let at = raw.indexOf(marker);
  while (at >= 0) {
    const next = raw.indexOf(marker, at + marker.length);
    if (next < 0) break;
    const part = raw.subarray(at + marker.length + 2, next - 2); // past CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /[^e]name="?([^";\r\n]*)"?/.exec(headers)?.[1];
    const file = /filename="?([^";\r\n]*)"?/.exec(headers)?.[1];
    if (name !== undefined) {
      if (file !== undefined) body[name] = { file, size: content.length, bytes: Buffer.from(content) };
      else {
        const value = content.toString('utf8');
        body[name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
      }
    }
    at = next;
  }
  // grammY names a file field `attach://<part>` and sends the bytes as that part.
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string' && value.startsWith('attach://')) {
      body[key] = body[value.slice('attach://'.length)];
      delete body[value.slice('attach://'.length)];
    }
  }
  return body;
}

export async function startBotApiStandIn(botInfo: UserFromGetMe = TEST_BOT_INFO): Promise<BotApiStandIn> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, ApiFailure[]>();
  let updates: Update[] = [];
  let waiters: Array<() => void> = [];
  let messageId = 5_000;
  const sent = new Map<string, Body>();

  const chatOf = (id: number | string) =>
    Number(id) > 0
      ? { id: Number(id), type: 'private', first_name: 'Sari' }
      : { id: Number(id), type: 'supergroup', title: 'Biro SDM' };
  const messageOf = (body: Body, fields: Body) => {
    const message = {
      message_id: ++messageId,
      from: botInfo,
      chat: chatOf(body.chat_id),
      date: Math.floor(Date.now() / 1000),
      ...fields,
      ...(body.reply_markup?.inline_keyboard ? { reply_markup: body.reply_markup } : {}),
    };
    sent.set(`${body.chat_id}:${message.message_id}`, message);
    return message;
  };
  const edited = (body: Body, fields: Body) => {
    const before = sent.get(`${body.chat_id}:${body.message_id}`) ?? {
      message_id: body.message_id,
      from: botInfo,
      chat: chatOf(body.chat_id),
      date: Math.floor(Date.now() / 1000) - 60,
      text: '',
    };
    const { reply_markup: _old, ...rest } = before;
    const after: Body = { ...rest, ...fields, edit_date: Math.floor(Date.now() / 1000) };
    if (body.reply_markup) after.reply_markup = body.reply_markup;
    sent.set(`${body.chat_id}:${body.message_id}`, after);
    return after;
  };

  const methods: Record<string, (body: Body) => unknown | Promise<unknown>> = {
    getMe: () => botInfo,
    sendMessage: (b) => messageOf(b, { text: b.text }),
    sendPhoto: (b) =>
      messageOf(b, {
        photo: [{ file_id: `photo${messageId}`, file_unique_id: `p${messageId}`, width: 800, height: 600 }],
        ...(b.caption ? { caption: b.caption } : {}),
      }),
    sendDocument: (b) =>
      messageOf(b, {
        document: { file_id: `doc${messageId}`, file_unique_id: `d${messageId}` },
        ...(b.caption ? { caption: b.caption } : {}),
      }),
    editMessageText: (b) => edited(b, { text: b.text }),
    editMessageReplyMarkup: (b) => edited(b, {}),
    getFile: (b) => ({
      file_id: b.file_id,
      file_unique_id: `u${b.file_id}`,
      file_size: 182_044,
      file_path: `documents/${b.file_id}.pdf`,
    }),
    getWebhookInfo: () => ({ url: '', has_custom_certificate: false, pending_update_count: updates.length }),
    getUpdates: async (b) => {
      const offset = Number(b.offset ?? 0);
      updates = updates.filter((u) => u.update_id >= offset); // an offset confirms earlier updates
      if (updates.length === 0 && Number(b.timeout ?? 0) > 0) {
        // Long-poll briefly: long enough to hand over a queued update, short enough for stop().
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 200);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return updates.slice(0, Number(b.limit ?? 100));
    },
  };
  for (const m of [
    'answerCallbackQuery',
    'setMyCommands',
    'deleteMyCommands',
    'setWebhook',
    'deleteWebhook',
    'deleteMessage',
    'sendChatAction',
  ]) {
    methods[m] = () => true;
  }

  const server = createServer(async (req, res) => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    const reply = (status: number, payload: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    if (!match || req.method !== 'POST')
      return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
    const method = match[2]!;
    const body = await parseBody(req);
    calls.push({ method, body });
    const failure = failures.get(method)?.shift();
    if (failure) {
      return reply(failure.error_code, {
        ok: false,
        error_code: failure.error_code,
        description:
          failure.description ??
          (failure.error_code === 429
            ? `Too Many Requests: retry after ${failure.retry_after ?? 1}`
            : 'Bad Request'),
        ...(failure.retry_after !== undefined ? { parameters: { retry_after: failure.retry_after } } : {}),
      });
    }
    const handler = methods[method];
    if (!handler)
      return reply(404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    reply(200, { ok: true, result: await handler(body) });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    botInfo,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.body),
    reset: () => {
      calls.length = 0;
      failures.clear();
      updates = [];
    },
    failNext: (method, failure) => failures.set(method, [...(failures.get(method) ?? []), failure]),
    queueUpdates: (...more) => {
      updates.push(...more);
      for (const wake of waiters) wake();
      waiters = [];
    },
    close: async () => {
      for (const wake of waiters) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
