import { Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { MatchingBacklogService } from './matching-backlog.service';

@Resolver()
export class MatchingResolver {
  constructor(private readonly backlog: MatchingBacklogService) {}

  @Query(() => Int, {
    description: 'Hub only. Changes not yet scored: outbox rows not yet queued plus waiting, delayed and active matching jobs. 0 when everything posted so far has been scored.',
  })
  matchingBacklog(@CurrentPrincipal() principal: Principal): Promise<number> {
    principal.assertHub();
    return this.backlog.count();
  }
}
