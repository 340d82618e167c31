import { Module } from '@nestjs/common';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/** The hub's statistics (hubStatistics): read-only SQL aggregates over existing tables. */
@Module({ providers: [StatisticsService, StatisticsResolver] })
export class StatisticsModule {}
