import { SetMetadata } from '@nestjs/common';
import { ApiKeyScope } from './api-key-scope.enum';

export const REQUIRED_SCOPE = 'requiredApiKeyScope';

/**
 * The scope an API key needs for this mutation (ApiKeyScopeGuard). A mutation without it is
 * for keys without scopes only: a scoped key's reach is what its scopes name, nothing more.
 */
export const RequiresScope = (scope: ApiKeyScope) => SetMetadata(REQUIRED_SCOPE, scope);
