import type { Flow } from '../conversation/flow.js';
import { resumeCheckin } from './begin.js';
import { upgradeCheckinState } from './legacy-state.js';
import { currentPrompt } from './prompts.js';
import type { CheckinEffect, CheckinState } from './state.js';
import { stepCheckin } from './step.js';

/** The weekly check-in as the dialog runner sees it. Starting one (`beginCheckin`) needs storage. */
export const checkinFlow: Flow<CheckinState, CheckinEffect> = {
  kind: 'checkin',
  step: stepCheckin,
  // A state saved by an older deploy is read the way step and resume read it.
  currentPrompt: (state) => currentPrompt(upgradeCheckinState(state)),
  resume: resumeCheckin,
};
