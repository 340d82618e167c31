import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { MATCHING_QUEUE, MatchingJobData, MatchingJobName } from './matching.queue';
import { MatchingService } from './matching.service';

/** Scores the need or offer a job names; safe to run twice (matches are upserted). */
@Processor(MATCHING_QUEUE, { concurrency: 2 })
export class MatchingProcessor extends WorkerHost {
  constructor(private readonly matching: MatchingService) {
    super();
  }

  async process(job: Job<MatchingJobData, void, MatchingJobName>): Promise<void> {
    if (job.name === 'score-need') await this.matching.scoreNeed(job.data.id);
    else await this.matching.scoreOffer(job.data.id);
  }
}
