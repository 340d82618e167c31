import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DeclineReason, MatchDecision } from '../../matching/match.enums';

@InputType({ description: "One side's answer to a suggestion." })
export class RespondToMatchInput {
  @Field(() => ID, { description: 'The suggestion (match) to answer.' })
  @IsUUID()
  matchId: string;

  @Field(() => MatchDecision, { description: 'ACCEPT or DECLINE.' })
  @IsEnum(MatchDecision)
  decision: MatchDecision;

  @Field(() => String, {
    nullable: true,
    description: 'Why, in your own words, up to 2,000 characters. A decline whose reason is just NOT_RELEVANT, NO_CAPACITY, TOO_FAR, TIMING or OTHER counts as that reason.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => DeclineReason, { nullable: true, description: 'Why a decline: it teaches the matcher. Optional: a decline without one (and without a reason text that names one) is stored without a reason (declineReason null).' })
  @IsOptional()
  @IsEnum(DeclineReason)
  declineReason?: DeclineReason | null;

  @Field(() => ID, {
    nullable: true,
    description: "Which side you answer for, when you may act for both (the hub): the need's or the offer's organization.",
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}
