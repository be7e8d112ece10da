import { describe, expect, it } from 'vitest';
import { HOME_REFRESH_OP, homeRefreshDraft } from '../../../src/services/home/home-refresh.js';

describe('homeRefreshDraft', () => {
  it("is a content-free row on Slack's home queue, addressed to the user in their workspace", () => {
    expect(homeRefreshDraft('slack', { workspace: 'T1', user: 'U1', employeeId: 7 })).toEqual({
      channel: 'slack-home',
      sender: 'T1',
      address: 'U1',
      employeeId: 7,
      op: HOME_REFRESH_OP,
      payload: { op: HOME_REFRESH_OP, user: 'U1' },
      priority: 1,
    });
  });

  it('waits at priority 0 when the person has the tab open, and has no employee when none is known', () => {
    expect(homeRefreshDraft('slack', { workspace: 'T1', user: 'U1' }, 0)).toMatchObject({
      employeeId: null,
      priority: 0,
    });
  });

  it('refuses a platform without a home screen instead of queueing what no sender delivers', () => {
    expect(() => homeRefreshDraft('telegram', { workspace: '', user: '42' })).toThrow(
      'no home screen on telegram',
    );
  });
});
