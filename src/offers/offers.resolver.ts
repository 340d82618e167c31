import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { selectsTotalCount } from '../common/pagination/selected-fields';
import { asksOrganizationSummaryOnly, listColumnsAsked } from '../postings/list-columns';
import { EachItemValidationPipe } from '../common/validation/each-item-validation.pipe';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { EXTERNAL_ID_DESCRIPTION, ownExternalId } from '../postings/own-external-id';
import { MAX_POSTINGS_PER_CALL, repeatedExternalIds, repeatedIds } from '../postings/postings.service';
import { CreateOfferInput } from './dto/create-offer.input';
import { OffersArgs } from './dto/offers.args';
import { UpdateOfferInput } from './dto/update-offer.input';
import { OfferConnection } from './offer-connection.type';
import { Offer } from './offer.entity';
import { OffersService } from './offers.service';
import { ApiKeyScope } from '../api-keys/api-key-scope.enum';
import { RequiresScope } from '../api-keys/requires-scope.decorator';

@Resolver(() => Offer)
export class OffersResolver {
  constructor(private readonly offersService: OffersService) {}

  @ResolveField(() => String, { nullable: true, description: EXTERNAL_ID_DESCRIPTION })
  externalId(@Parent() offer: Offer, @CurrentPrincipal() principal: Principal): string | null {
    return ownExternalId(offer, principal);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'How many more partnerships it can take now: its capacity less its ACTIVE partnerships (0 when full: accepting a pair that would form another is CONFLICT OFFER_FULL); null when its capacity is unlimited.',
  })
  placesLeft(@Parent() offer: Offer): number | null {
    return offer.capacity === null ? null : Math.max(0, offer.capacity - offer.activePartnerships);
  }

  @Query(() => Offer, { nullable: true, description: 'One offer, whatever its status; null when there is none with this id.' })
  offer(@Args('id', { type: () => ID, description: "The offer's id." }, ParseUuidPipe) id: string, @Info() info: GraphQLResolveInfo): Promise<Offer | null> {
    return this.offersService.findById(id, { organizationSummary: asksOrganizationSummaryOnly(info, ['organization']) });
  }

  @Query(() => OfferConnection, { description: 'Offers, newest first.' })
  offers(@Args() args: OffersArgs, @Info() info: GraphQLResolveInfo) {
    return this.offersService.list(args.filter, args, { totalCount: selectsTotalCount(info), ...listColumnsAsked(info) });
  }

  @RequiresScope(ApiKeyScope.POSTINGS)
  @Mutation(() => Offer, { description: 'Posts an offer; it is OPEN and matched at once.' })
  createOffer(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The offer to post.' }) input: CreateOfferInput) {
    return this.offersService.create(principal, input);
  }

  @RequiresScope(ApiKeyScope.POSTINGS)
  @Mutation(() => [Offer], {
    description:
      `Posts up to ${MAX_POSTINGS_PER_CALL} offers at once (a partner's import), all or none: each is stored as createOffer would store it, ` +
      'and they are returned in the order given. Invalid items: one BAD_USER_INPUT naming every failing field as <index>.<field> in extensions.fields. ' +
      "FORBIDDEN for an organization not the caller's (for an organization's key also one that does not exist), or NOT_FOUND for the hub when it does not exist, refuses the whole call, " +
      'with extensions.index and "Item <index>:" naming the first such item. Counts as one call for the rate limit.',
  })
  createOffers(
    @CurrentPrincipal() principal: Principal,
    @Args({ name: 'input', type: () => [CreateOfferInput], description: `The offers to post: up to ${MAX_POSTINGS_PER_CALL} (an empty list posts nothing and returns []).` }, EachItemValidationPipe.of(CreateOfferInput, MAX_POSTINGS_PER_CALL, 'input', repeatedExternalIds)) input: CreateOfferInput[],
  ) {
    return this.offersService.createMany(principal, input);
  }

  @RequiresScope(ApiKeyScope.POSTINGS)
  @Mutation(() => Offer, { description: "Changes an OPEN offer; its owner's members or the hub." })
  updateOffer(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The offer and the fields to change.' }) input: UpdateOfferInput) {
    return this.offersService.update(principal, input);
  }

  @RequiresScope(ApiKeyScope.POSTINGS)
  @Mutation(() => [Offer], {
    description:
      `Changes up to ${MAX_POSTINGS_PER_CALL} offers at once (a partner's catalogue kept in step), all or none: each as updateOffer would change it, ` +
      'returned in the order given; each posting at most once a call. Invalid items: one BAD_USER_INPUT naming every failing field as <index>.<field>. ' +
      'Any other refusal of an item (FORBIDDEN, NOT_FOUND, CONFLICT with reason NOT_CHANGEABLE) refuses the whole call, with extensions.index naming the item. Counts as one call for the rate limit.',
  })
  updateOffers(
    @CurrentPrincipal() principal: Principal,
    @Args({ name: 'input', type: () => [UpdateOfferInput], description: `The offers and their fields to change: up to ${MAX_POSTINGS_PER_CALL} (an empty list changes nothing and returns []).` }, EachItemValidationPipe.of(UpdateOfferInput, MAX_POSTINGS_PER_CALL, 'input', repeatedIds)) input: UpdateOfferInput[],
  ) {
    return this.offersService.updateMany(principal, input);
  }

  @RequiresScope(ApiKeyScope.POSTINGS)
  @Mutation(() => Offer, { description: 'Withdraws an offer (status CLOSED).' })
  closeOffer(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: 'The offer to withdraw.' }, ParseUuidPipe) id: string) {
    return this.offersService.close(principal, id);
  }
}
