import { sendVerdict } from '../../core/schedule/plan-week.js';
import { Translator } from '../../i18n/translator.js';
import { rekapButtons } from '../../services/rekap/rekap-buttons.js';
import { rekapChart } from '../../services/rekap/rekap-chart.js';
import { type SendPayload, SUPERVISOR_DIGEST_JOB } from '../../services/schedule/plan-schedule.js';
import { supervisorDigest } from '../../services/schedule/supervisor-digest.js';
import type { Tx } from '../../storage/database.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import { directReportsForDigest, sendFacts } from '../../storage/repositories/schedule-jobs.js';
import type { JobContext, JobHandler, JobOutcome } from '../job-runner.js';
import { postpone } from './postpone.js';

/** The chart's words, in the recipient's language (the messages are rendered by their channel). */
let translator: Translator | undefined;
const digestTranslator = () => {
  translator ??= new Translator();
  return translator;
};

/**
 * A supervisor's digest on the last working day at 16.00 (subject = supervisor, period = ISO
 * week): the rekap's weekly view of their line with a chart, in the job's transaction.
 */
export const supervisorDigestJob: JobHandler = {
  name: SUPERVISOR_DIGEST_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<JobOutcome | undefined> {
    const payload = job.payload as SendPayload;
    const supervisorId = Number(job.subject);
    const facts = await sendFacts(tx, {
      employeeId: supervisorId,
      weekKey: job.periodKey,
      date: payload.localDate,
    });
    if (!facts?.active || facts.paused) {
      ctx.log.info({ skip: facts ? 'inactive-or-paused' : 'no-employee' }, 'supervisor digest skipped');
      return undefined;
    }
    const verdict = sendVerdict({
      send: { localDate: payload.localDate, dueAt: job.dueAt },
      now: ctx.now,
      timeZone: facts.timeZone,
    });
    if (!verdict.send && 'retryAt' in verdict) return postpone(verdict.retryAt, ctx.now);
    if (!verdict.send) {
      ctx.log.info({ skip: 'stale' }, 'supervisor digest skipped');
      return undefined;
    }
    const reports = await directReportsForDigest(tx, {
      supervisorId,
      weekKey: job.periodKey,
      date: payload.localDate,
    });
    if (reports.length === 0) return undefined;
    const recipient = await ctx.recipient(tx, supervisorId);
    if (!recipient) {
      ctx.log.info({ skip: 'unreachable' }, 'supervisor digest skipped');
      return undefined;
    }
    const digest = await supervisorDigest(tx, { supervisorId, reports, localDate: payload.localDate });
    const reply = rekapButtons(digest.prompts);
    const chart = await rekapChart(digestTranslator(), recipient.locale, digest.line, { kind: 'people' });
    const sent = await ctx.notify(tx, recipient, chart ? { ...reply, attachments: [chart] } : reply);
    ctx.log.info({ reports: reports.length, sent }, 'supervisor digest');
    return undefined;
  },
};
