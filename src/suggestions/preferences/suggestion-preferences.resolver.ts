import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApiKeyScope } from '../../api-keys/api-key-scope.enum';
import { RequiresScope } from '../../api-keys/requires-scope.decorator';
import { CurrentPrincipal } from '../../auth/auth.decorators';
import { Principal } from '../../auth/principal';
import { ParseUuidPipe } from '../../common/validation/parse-uuid.pipe';
import { UpdateSuggestionPreferencesInput } from './dto/update-suggestion-preferences.input';
import { SuggestionPreferences } from './suggestion-preferences.entity';
import { SuggestionPreferencesService } from './suggestion-preferences.service';

@Resolver(() => SuggestionPreferences)
export class SuggestionPreferencesResolver {
  constructor(private readonly preferences: SuggestionPreferencesService) {}

  @Query(() => SuggestionPreferences, { description: "How an organization hears of suggestions (its members and the hub). New organizations: immediately, in Slovenian." })
  suggestionPreferences(
    @CurrentPrincipal() principal: Principal,
    @Args('organizationId', { type: () => ID, description: 'The organization whose preferences to read.' }, ParseUuidPipe) organizationId: string,
  ): Promise<SuggestionPreferences> {
    return this.preferences.get(principal, organizationId);
  }

  // How suggestions reach the organization, as its webhooks: a partner system that takes them by webhook may turn the e-mails down.
  @RequiresScope(ApiKeyScope.WEBHOOKS)
  @Mutation(() => SuggestionPreferences, { description: 'Digest frequency, minimum score, themes and municipalities of interest, language.' })
  updateSuggestionPreferences(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { description: 'The organization and the preferences to change.' }) input: UpdateSuggestionPreferencesInput,
  ): Promise<SuggestionPreferences> {
    return this.preferences.update(principal, input);
  }
}
