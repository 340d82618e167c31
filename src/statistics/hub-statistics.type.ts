import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { IsDate, IsOptional } from 'class-validator';
import { Sector } from '../organizations/sector.enum';
import { DeclineReason } from '../matching/match.enums';
import { Municipality } from '../reference-data/municipality.entity';
import { Theme } from '../reference-data/theme.entity';

@ArgsType()
export class HubStatisticsArgs {
  @Field(() => Date, { nullable: true, description: 'Count what was created from this instant on (inclusive).' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Count what was created before this instant (exclusive).' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@ObjectType({ description: "Partnerships by the need's sector and the partner's sector." })
export class SectorPairCount {
  @Field(() => Sector, { description: "The sector of the need's organization." })
  needSector: Sector;

  @Field(() => Sector, { description: 'The sector of the organization that answered the need.' })
  partnerSector: Sector;

  @Field(() => Int, { description: 'Partnerships formed between these two sectors.' })
  count: number;
}

@ObjectType({ description: "Partnerships by the need's municipality." })
export class MunicipalityCount {
  @Field(() => Municipality, { description: "The need's municipality." })
  municipality: Municipality;

  @Field(() => Int, { description: 'Partnerships formed on needs there.' })
  count: number;
}

@ObjectType({ description: "Partnerships by the need's themes (a need with several themes counts under each)." })
export class ThemeCount {
  @Field(() => Theme, { description: "One of the needs' themes." })
  theme: Theme;

  @Field(() => Int, { description: 'Partnerships formed on needs with this theme.' })
  count: number;
}

@ObjectType({ description: 'Declined suggestions by the reason given.' })
export class DeclineReasonCount {
  @Field(() => DeclineReason, { nullable: true, description: 'Null: declined without a reason.' })
  reason: DeclineReason | null;

  @Field(() => Int, { description: 'Declined suggestions with this reason.' })
  count: number;
}

@ObjectType({
  description:
    "The hub's indicators for its funder. Partnerships are counted by when they were formed, suggestions by when the match was first made; lists are largest first.",
})
export class HubStatistics {
  @Field(() => Int, { description: 'Partnerships formed (by accepted matches or accepted responses), whatever became of them since.' })
  partnershipsFormed: number;

  @Field(() => Int, { description: 'Of those, the ones either side has since marked COMPLETED (endPartnership).' })
  partnershipsCompleted: number;

  @Field(() => Int, { description: 'Of those, the ones either side has since CANCELLED: they did not happen.' })
  partnershipsCancelled: number;

  @Field(() => Int, {
    description: 'Public services delivered with NGOs: of those partnerships, the COMPLETED ones on a PUBLIC_SERVICE need with an NGO on either side.',
  })
  publicServicesDelivered: number;

  @Field(() => [SectorPairCount], { description: "Partnerships formed, by the two sides' sectors." })
  partnershipsBySectorPair: SectorPairCount[];

  @Field(() => [MunicipalityCount], { description: "Partnerships formed, by the need's municipality." })
  partnershipsByMunicipality: MunicipalityCount[];

  @Field(() => [ThemeCount], { description: "Partnerships formed, by the need's themes." })
  partnershipsByTheme: ThemeCount[];

  @Field(() => Int, { description: 'Distinct NGOs in those partnerships, on either side.' })
  ngosInvolved: number;

  @Field(() => Int, { description: 'Matches of which at least one suggestion message was sent.' })
  suggestionsSent: number;

  @Field(() => Int, { description: 'Matches both sides accepted.' })
  suggestionsAccepted: number;

  @Field(() => Int, { description: 'Matches a side declined.' })
  suggestionsDeclined: number;

  @Field(() => [DeclineReasonCount], { description: 'Declined suggestions, by the reason given.' })
  declineReasons: DeclineReasonCount[];

  /** The window these figures cover, for the timeline. */
  window: { from: Date | null; to: Date | null };
}

export enum StatisticsInterval {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

registerEnumType(StatisticsInterval, {
  name: 'StatisticsInterval',
  description: 'Weeks start on Monday; both in Ljubljana time.',
  valuesMap: {
    WEEK: { description: 'One period per calendar week, Monday to Sunday.' },
    MONTH: { description: 'One period per calendar month.' },
  },
});

@ObjectType({ description: 'The figures of one week or month, counted as in HubStatistics.' })
export class StatisticsPeriod {
  @Field(() => DateResolver, { description: 'The first day of the week (a Monday) or month.' })
  periodStart: string;

  @Field(() => Int, { description: 'Partnerships formed in this period.' })
  partnershipsFormed: number;

  @Field(() => Int, { description: "Matches made in this period of which a suggestion was sent." })
  suggestionsSent: number;

  @Field(() => Int, { description: 'Matches made in this period that both sides accepted (by now).' })
  accepted: number;

  @Field(() => Int, { description: 'Matches made in this period that a side declined (by now).' })
  declined: number;
}
