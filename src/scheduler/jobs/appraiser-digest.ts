import { DIGEST_JOB } from '../../services/appraisal/checkin-notice.js';
import { sendAppraiserDigest } from '../../services/appraisal/digest-service.js';
import type { Tx } from '../../storage/database.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import type { JobContext, JobHandler } from '../job-runner.js';

/**
 * One appraiser's daily bundle ("ringkasan harian"), due at 16.00 their time on the working day
 * a check-in arrived (or the next one). Scheduled by the submission, one row per appraiser and
 * day, so the runner's claims send it once across replicas.
 */
export const appraiserDigestJob: JobHandler = {
  name: DIGEST_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
    const bundled = await sendAppraiserDigest(tx, Number(job.subject), ctx.now, ctx);
    ctx.log.info({ bundled }, 'appraiser digest');
  },
};
