import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class UpdateMembershipInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Boolean, { nullable: true, description: 'Receive partnership suggestions by e-mail.' })
  @IsOptional()
  @IsBoolean()
  notifySuggestions?: boolean | null;
}
