import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { selectsTotalCount } from '../common/pagination/selected-fields';
import { asksOrganizationSummaryOnly, listColumnsAsked } from '../postings/list-columns';
import { EachItemValidationPipe } from '../common/validation/each-item-validation.pipe';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { EXTERNAL_ID_DESCRIPTION, ownExternalId } from '../postings/own-external-id';
import { MAX_POSTINGS_PER_CALL, repeatedExternalIds, repeatedIds } from '../postings/postings.service';
import { CreateNeedInput } from './dto/create-need.input';
import { NeedCountsArgs, NeedsArgs } from './dto/needs.args';
import { MunicipalityNeedCount } from './municipality-need-count.type';
import { UpdateNeedInput } from './dto/update-need.input';
import { NeedConnection } from './need-connection.type';
import { Need } from './need.entity';
import { NeedsService } from './needs.service';
import { municipalityOf } from '../reference-data/reference-lookups';
import { ApiKeyScope } from '../api-keys/api-key-scope.enum';
import { RequiresScope } from '../api-keys/requires-scope.decorator';

@Resolver(() => Need)
export class NeedsResolver {
  constructor(private readonly needsService: NeedsService) {}

  @ResolveField(() => String, { nullable: true, description: EXTERNAL_ID_DESCRIPTION })
  externalId(@Parent() need: Need, @CurrentPrincipal() principal: Principal): string | null {
    return ownExternalId(need, principal);
  }

  @Query(() => Need, { nullable: true, description: 'One need, whatever its status; null when there is none with this id.' })
  need(@Args('id', { type: () => ID, description: "The need's id." }, ParseUuidPipe) id: string, @Info() info: GraphQLResolveInfo): Promise<Need | null> {
    return this.needsService.findById(id, { organizationSummary: asksOrganizationSummaryOnly(info, ['organization']) });
  }

  @Query(() => NeedConnection, { description: 'Needs, newest first.' })
  needs(@CurrentPrincipal() principal: Principal, @Args() args: NeedsArgs, @Info() info: GraphQLResolveInfo) {
    return this.needsService.list(principal, args.filter, args, { totalCount: selectsTotalCount(info), ...listColumnsAsked(info) });
  }

  @Query(() => [MunicipalityNeedCount], {
    description:
      'How many needs match the filter in each municipality that has any, most first (by municipality code where as many): what the pages of needs under the same filter hold, ' +
      'counted without reading them (a map of where they are). A municipality with none is left out.',
  })
  async needCountsByMunicipality(@CurrentPrincipal() principal: Principal, @Args() args: NeedCountsArgs): Promise<MunicipalityNeedCount[]> {
    const counts = await this.needsService.countByMunicipality(principal, args.filter);
    return counts.map(({ municipalityCode, count }) => ({ municipality: municipalityOf(municipalityCode), count }));
  }

  @RequiresScope(ApiKeyScope.POSTINGS)
  @Mutation(() => Need, { description: 'Posts a need; it is OPEN and matched at once.' })
  createNeed(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The need to post.' }) input: CreateNeedInput) {
    return this.needsService.create(principal, input);
  }

  @RequiresScope(ApiKeyScope.POSTINGS)
  @Mutation(() => [Need], {
    description:
      `Posts up to ${MAX_POSTINGS_PER_CALL} needs at once (a partner's import), all or none: each is stored as createNeed would store it, ` +
      'and they are returned in the order given. Invalid items: one BAD_USER_INPUT naming every failing field as <index>.<field> in extensions.fields. ' +
      "FORBIDDEN for an organization not the caller's (for an organization's key also one that does not exist), or NOT_FOUND for the hub when it does not exist, refuses the whole call, " +
      'with extensions.index and "Item <index>:" naming the first such item. Counts as one call for the rate limit.',
  })
  createNeeds(
    @CurrentPrincipal() principal: Principal,
    @Args({ name: 'input', type: () => [CreateNeedInput], description: `The needs to post: up to ${MAX_POSTINGS_PER_CALL} (an empty list posts nothing and returns []).` }, EachItemValidationPipe.of(CreateNeedInput, MAX_POSTINGS_PER_CALL, 'input', repeatedExternalIds)) input: CreateNeedInput[],
  ) {
    return this.needsService.createMany(principal, input);
  }

  @RequiresScope(ApiKeyScope.POSTINGS)
  @Mutation(() => Need, { description: "Changes a DRAFT or OPEN need; its owner's members or the hub." })
  updateNeed(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The need and the fields to change.' }) input: UpdateNeedInput) {
    return this.needsService.update(principal, input);
  }

  @RequiresScope(ApiKeyScope.POSTINGS)
  @Mutation(() => [Need], {
    description:
      `Changes up to ${MAX_POSTINGS_PER_CALL} needs at once (a partner's catalogue kept in step), all or none: each as updateNeed would change it, ` +
      'returned in the order given; each posting at most once a call. Invalid items: one BAD_USER_INPUT naming every failing field as <index>.<field>. ' +
      'Any other refusal of an item (FORBIDDEN, NOT_FOUND, CONFLICT with reason NOT_CHANGEABLE) refuses the whole call, with extensions.index naming the item. Counts as one call for the rate limit.',
  })
  updateNeeds(
    @CurrentPrincipal() principal: Principal,
    @Args({ name: 'input', type: () => [UpdateNeedInput], description: `The needs and their fields to change: up to ${MAX_POSTINGS_PER_CALL} (an empty list changes nothing and returns []).` }, EachItemValidationPipe.of(UpdateNeedInput, MAX_POSTINGS_PER_CALL, 'input', repeatedIds)) input: UpdateNeedInput[],
  ) {
    return this.needsService.updateMany(principal, input);
  }

  @RequiresScope(ApiKeyScope.POSTINGS)
  @Mutation(() => Need, {
    description:
      'Withdraws a need (status CLOSED). Its PENDING responses become CLOSED, and each responding organization is told (an e-mail, and RESPONSE_CLOSED to its webhooks that ask for it).',
  })
  closeNeed(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: 'The need to withdraw.' }, ParseUuidPipe) id: string) {
    return this.needsService.close(principal, id);
  }
}
