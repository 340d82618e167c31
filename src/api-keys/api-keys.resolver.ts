import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { CreatedApiKey } from './created-api-key.type';
import { CreateApiKeyInput } from './dto/create-api-key.input';

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly apiKeysService: ApiKeysService) {}

  @Query(() => [ApiKey], { description: "An organization's keys (its admins or the hub), or the hub keys (hub only)." })
  apiKeys(
    @CurrentPrincipal() principal: Principal,
    @Args('organizationId', { type: () => ID, nullable: true, description: "The organization whose keys to list; left out: the hub's keys." }, ParseUuidPipe) organizationId?: string | null,
  ) {
    return this.apiKeysService.list(principal, organizationId ?? null);
  }

  @Mutation(() => CreatedApiKey, { description: "Admin: the hub for any key, an organization's admins for its own." })
  createApiKey(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'Which organization the key acts for, and its name.' }) input: CreateApiKeyInput) {
    return this.apiKeysService.create(principal, input);
  }

  @Mutation(() => ApiKey, { description: 'Revokes a key at once: its requests are refused and its open websockets closed (4403).' })
  revokeApiKey(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: 'The key to revoke.' }, ParseUuidPipe) id: string) {
    return this.apiKeysService.revoke(principal, id);
  }
}
