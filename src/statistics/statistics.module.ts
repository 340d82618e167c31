import { Module } from '@nestjs/common';
import { QueueHealthService } from './queue-health.service';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/** The hub's figures: hubStatistics (read-only SQL aggregates over existing tables) and queueHealth (job counts). */
@Module({ providers: [StatisticsService, StatisticsResolver, QueueHealthService] })
export class StatisticsModule {}
