import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../../common/validation/transforms';

@InputType({ description: "An organization's direct answer to a need or a call for partners." })
export class RespondToNeedInput {
  @Field(() => ID, { description: "The OPEN need to answer, until its respondBy day; not one of your organization's own." })
  @IsUUID()
  needId: string;

  @Field({ description: 'What you propose (up to 5,000 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  message: string;

  @Field(() => ID, { nullable: true, description: 'One of your open offers that answers the need.' })
  @IsOptional()
  @IsUUID()
  offerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responding organization; needed only when you act for several (the hub).' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}
