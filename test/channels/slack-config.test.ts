import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, slackConfigOf } from '../../src/config.js';

const BOT = 'xoxb-1111111111-2222222222-TestTokenForDika';
const BOT2 = 'xoxb-4444444444-5555555555-PartnerTokenForDika';
const APP = 'xapp-1-A0DIKA-3333333333-abcdef0123456789';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
}

describe('Slack configuration', () => {
  it('is off without SLACK_* variables', () => {
    expect(slackConfigOf(loadConfig({}))).toEqual({ mode: 'none' });
  });

  it('runs Bolt over HTTP on PORT at /slack/events with a bot token and a signing secret', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080' });
    expect(slackConfigOf(config)).toEqual({
      mode: 'http',
      botTokens: [BOT],
      signingSecret: SECRET,
      port: 8080,
      path: '/slack/events',
    });
  });

  it('runs Socket Mode with an app token (which wins over a signing secret)', () => {
    const env = { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'http://127.0.0.1:9/api/' };
    expect(slackConfigOf(loadConfig(env))).toEqual({
      mode: 'socket',
      botTokens: [BOT],
      appToken: APP,
      apiUrl: 'http://127.0.0.1:9/api/',
    });
    expect(slackConfigOf(loadConfig({ ...env, SLACK_SIGNING_SECRET: SECRET })).mode).toBe('socket');
  });

  it('takes one bot token per workspace, separated by commas', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: ` ${BOT} , ${BOT2}`, SLACK_SIGNING_SECRET: SECRET });
    expect(slackConfigOf(config)).toMatchObject({ mode: 'http', botTokens: [BOT, BOT2] });
  });

  it('refuses a list with a token of the wrong kind (or an empty one) without printing any', () => {
    const message = 'SLACK_BOT_TOKEN: must be bot tokens starting with xoxb-, separated by commas';
    const wrong = problems({
      SLACK_BOT_TOKEN: `${BOT},xapp-wrong-kind-of-token-123`,
      SLACK_SIGNING_SECRET: SECRET,
    });
    expect(wrong).toEqual([message]);
    expect(wrong.join(' ')).not.toContain('wrong-kind');
    expect(wrong.join(' ')).not.toContain(BOT);
    expect(problems({ SLACK_BOT_TOKEN: `${BOT},`, SLACK_SIGNING_SECRET: SECRET })).toEqual([message]);
  });

  it('stops on a combination that cannot run, naming the missing variable', () => {
    expect(problems({ SLACK_BOT_TOKEN: BOT })).toEqual([
      'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN (or SLACK_APP_TOKEN for Socket Mode)',
    ]);
    expect(problems({ SLACK_APP_TOKEN: APP })).toEqual([
      'SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN (Socket Mode needs both)',
    ]);
    expect(problems({ SLACK_SIGNING_SECRET: SECRET })).toEqual([
      'SLACK_BOT_TOKEN: required with SLACK_SIGNING_SECRET',
    ]);
    expect(problems({ SLACK_API_URL: 'http://127.0.0.1:9/api/' })).toEqual([
      'SLACK_BOT_TOKEN: required with SLACK_API_URL',
    ]);
  });

  it('refuses tokens of the wrong kind without printing them', () => {
    const issues = problems({
      SLACK_BOT_TOKEN: 'xapp-wrong-kind-of-token-123',
      SLACK_APP_TOKEN: 'xoxb-also-wrong-kind-12345',
    });
    expect(issues).toEqual([
      'SLACK_BOT_TOKEN: must be a bot token starting with xoxb-',
      'SLACK_APP_TOKEN: must be an app-level token starting with xapp-',
    ]);
    expect(issues.join(' ')).not.toContain('wrong-kind');
    expect(problems({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'short' })).toEqual([
      "SLACK_SIGNING_SECRET: must be the app's signing secret (letters and digits)",
    ]);
  });
});
