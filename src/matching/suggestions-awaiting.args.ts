import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ConnectionArgs } from '../common/pagination/connection.type';

@ArgsType()
export class SuggestionsAwaitingArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The organization whose answer the suggestions wait for: one of yours (the hub: any).' })
  @IsUUID()
  organizationId: string;
}

@ArgsType()
export class SuggestionsAwaitingOtherSideArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The organization that accepted the suggestions: one of yours (the hub: any).' })
  @IsUUID()
  organizationId: string;
}
