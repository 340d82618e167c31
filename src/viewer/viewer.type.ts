import { Field, ObjectType } from '@nestjs/graphql';
import { ApiKey } from '../api-keys/api-key.entity';
import { User } from '../users/user.entity';
import { ViewerKind } from './viewer-kind.enum';

@ObjectType({
  description:
    'Who is calling and for which organizations it may act: the first thing to ask with a new credential. ' +
    'Built from what authenticating the request read; only organizations reads the database.',
})
export class Viewer {
  @Field(() => ViewerKind, { description: 'What credential the request came with; ANONYMOUS when none.' })
  kind: ViewerKind;

  @Field({
    description:
      'Whether the caller has the hub\'s rights: acts as ADMIN of every organization, so it may give any organizationId (a hub key, the bootstrap key, or a user who is hub staff).',
  })
  hub: boolean;

  @Field(() => User, { nullable: true, description: 'The person signed in (what me answers); null for an API key, the bootstrap key and an anonymous caller.' })
  user: User | null;

  @Field(() => ApiKey, {
    nullable: true,
    description:
      'The API key the request came with: its name and tokenPrefix tell which key it is (the token itself is never shown again). Null for a user, the bootstrap key (it is no stored key) and an anonymous caller.',
  })
  apiKey: ApiKey | null;

  /** The organizations' ids, read by ViewerResolver.organizations. */
  organizationIds: string[];
}
