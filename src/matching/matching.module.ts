import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { MatchingBacklogService } from './matching-backlog.service';
import { MATCHING_QUEUE } from './matching.queue';
import { MatchingResolver } from './matching.resolver';

/**
 * The matching queue and what the API shows of it. The worker side (outbox relay, scoring
 * processor) registers here too, only in processes started with the worker.
 */
@Module({})
export class MatchingModule {
  static register(options: { api: boolean; worker: boolean }): DynamicModule {
    return {
      module: MatchingModule,
      imports: [TypeOrmModule.forFeature([OutboxEvent]), BullModule.registerQueue({ name: MATCHING_QUEUE })],
      providers: [MatchingBacklogService, ...(options.api ? [MatchingResolver] : [])],
      exports: [MatchingBacklogService],
    };
  }
}
