import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType({ description: "A member changes their own membership settings; the organization's admins and the hub may too. Fields left out stay as they are." })
export class UpdateMembershipInput {
  @Field(() => ID, { description: 'The membership (Membership.id), not the user.' })
  @IsUUID()
  id: string;

  @Field(() => Boolean, { nullable: true, description: 'Receive partnership suggestions by e-mail.' })
  @IsOptional()
  @IsBoolean()
  notifySuggestions?: boolean | null;
}
