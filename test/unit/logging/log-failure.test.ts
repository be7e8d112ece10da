import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { logFailure } from '../../../src/logging/log-failure.js';

function capture() {
  const logs: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  return { log, logs };
}

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('logFailure', () => {
  it('an unreachable database is a warning that the work was postponed', () => {
    const { log, logs } = capture();
    logFailure(log, coded('ECONNREFUSED'), 'outbound sweep', { timer: 'jobs' });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      level: 40,
      msg: 'database unavailable: outbound sweep postponed',
      timer: 'jobs',
      err: { type: 'Error', code: 'ECONNREFUSED' },
    });
  });

  it('sees the driver error inside the ORM’s wrapper (a statement timeout, a closed connection)', () => {
    const { log, logs } = capture();
    logFailure(log, new Error('Failed query', { cause: coded('57014') }), 'job');
    logFailure(log, new Error('Failed query', { cause: coded('CONNECTION_CLOSED') }), 'job');
    expect(logs.map((l) => [l.level, l.msg])).toEqual([
      [40, 'database unavailable: job postponed'],
      [40, 'database unavailable: job postponed'],
    ]);
  });

  it('anything else is an error, logged without its message (a driver quotes what people typed)', () => {
    const { log, logs } = capture();
    logFailure(log, coded('23514', 'new row violates check: gaji 5 juta'), 'scheduled task', { timer: 'x' });
    logFailure(log, 'not even an Error', 'job');
    expect(logs.map((l) => [l.level, l.msg])).toEqual([
      [50, 'scheduled task failed'],
      [50, 'job failed'],
    ]);
    expect(logs[0]).toMatchObject({ timer: 'x', err: { code: '23514' } });
    expect(JSON.stringify(logs)).not.toContain('gaji');
  });
});
