import { createServer } from 'node:net';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { startTelegram } from '../../src/channels/telegram/start.js';
import { loadConfig } from '../../src/config.js';
import { Translator } from '../../src/i18n/translator.js';
import { createPlatform } from '../../src/services/platform.js';
import { useTestDatabase } from '../support/database.js';
import { TEST_TOKEN } from '../support/telegram-harness.js';
import { startBotApiStandIn } from '../support/telegram-stand-in.js';
import { commandMessage, textMessage } from '../support/telegram-updates.js';

const t = useTestDatabase();
const translator = new Translator('id');
const logger = pino({ level: 'silent' });

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('startTelegram', () => {
  it('long polling: sets the menu, drops any webhook and answers queued updates in order', async () => {
    const api = await startBotApiStandIn();
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url });
    const { stop } = await startTelegram({
      config,
      database: t.database,
      translator,
      logger,
      ...createPlatform({ db: t.db, logger, messagesPerSecond: 0 }),
    });
    try {
      api.queueUpdates(commandMessage('bantuan'), textMessage('halo'));
      await vi.waitFor(() => expect(api.callsOf('sendMessage')).toHaveLength(2), { timeout: 5_000 });
      expect(api.callsOf('sendMessage').map((b) => b.text)).toEqual([
        `${translator.t('id', 'help-text')}\n\n${translator.t('id', 'help-not-linked')}`,
        translator.t('id', 'link-instructions'),
      ]);
      const methods = api.calls.map((c) => c.method);
      expect(methods.slice(0, 4)).toEqual(['getMe', 'setMyCommands', 'setMyCommands', 'deleteWebhook']);
      expect(api.callsOf('getUpdates')[0]).toMatchObject({
        allowed_updates: ['message', 'edited_message', 'callback_query'],
      });
    } finally {
      await stop();
      await api.close();
    }
  });

  it('webhook: serves the URL path on PORT and registers the webhook with its secret', async () => {
    const api = await startBotApiStandIn();
    const port = await freePort();
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: api.url,
      TELEGRAM_WEBHOOK_URL: 'https://dika.example.go.id/hooks/telegram',
      TELEGRAM_WEBHOOK_SECRET: 'rahasia_webhook',
      PORT: String(port),
    });
    const { stop } = await startTelegram({
      config,
      database: t.database,
      translator,
      logger,
      ...createPlatform({ db: t.db, logger, messagesPerSecond: 0 }),
    });
    try {
      expect(api.callsOf('setWebhook')).toEqual([
        {
          url: 'https://dika.example.go.id/hooks/telegram',
          secret_token: 'rahasia_webhook',
          allowed_updates: ['message', 'edited_message', 'callback_query'],
        },
      ]);
      const response = await fetch(`http://127.0.0.1:${port}/hooks/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 'rahasia_webhook' },
        body: JSON.stringify(commandMessage('bantuan')),
      });
      expect(response.status).toBe(200);
      expect(api.callsOf('sendMessage')).toHaveLength(1);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await stop();
      await api.close();
    }
  });
});
