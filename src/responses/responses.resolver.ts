import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Loaders } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { Need } from '../needs/need.entity';
import { NeedsService } from '../needs/needs.service';
import { Offer } from '../offers/offer.entity';
import { OffersService } from '../offers/offers.service';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { Partnership } from '../partnerships/partnership.entity';
import { PartnershipsQueries } from '../partnerships/partnerships.queries';
import { RespondToNeedInput } from './dto/respond-to-need.input';
import { Response, ResponseStatus } from './response.entity';
import { MAX_RESPONSES_PAGE, ResponsesService } from './responses.service';
import { ApiKeyScope } from '../api-keys/api-key-scope.enum';
import { RequiresScope } from '../api-keys/requires-scope.decorator';

const firstResponsesArg = { type: () => Int, nullable: true, defaultValue: MAX_RESPONSES_PAGE, description: `How many, newest first (1 to ${MAX_RESPONSES_PAGE}).` };
const offsetResponsesArg = { type: () => Int, nullable: true, defaultValue: 0, description: 'How many of the newest to skip: the next page starts at offset + first.' };

@Resolver(() => Response)
export class ResponsesResolver {
  constructor(
    private readonly responses: ResponsesService,
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
    private readonly organizations: OrganizationsService,
    private readonly partnerships: PartnershipsQueries,
  ) {}

  @RequiresScope(ApiKeyScope.ANSWERS)
  @Mutation(() => Response, {
    description:
      "Answer a need or a call directly, with a message and optionally one of your offers. The need's organization is told: an e-mail, and RESPONSE_RECEIVED to its webhooks that ask for it. CONFLICT (extensions.reason): NEED_NOT_OPEN, " +
      "RESPONSES_CLOSED (the need's respondBy day has passed, Slovenian time) or ALREADY_RESPONDED (your organization's response still waits for an answer).",
  })
  respondToNeed(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The need and the answer.' }) input: RespondToNeedInput): Promise<Response> {
    return this.responses.respond(principal, input);
  }

  @RequiresScope(ApiKeyScope.ANSWERS)
  @Mutation(() => Partnership, {
    description:
      "The need's owner accepts a response: a partnership forms and both sides get each other's contacts. CONFLICT (extensions.reason): " +
      'ALREADY_ACCEPTED, ALREADY_DECLINED or ALREADY_WITHDRAWN (the response is no longer PENDING), NEED_NOT_OPEN (also for a response CLOSED with its need), OFFER_NOT_OPEN or OFFER_FULL (no place left in its capacity).',
  })
  acceptResponse(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: 'The PENDING response to accept.' }, ParseUuidPipe) id: string): Promise<Partnership> {
    return this.responses.accept(principal, id);
  }

  @RequiresScope(ApiKeyScope.ANSWERS)
  @Mutation(() => Response, {
    description:
      "The need's owner declines a response; the responding organization is told (an e-mail, and RESPONSE_DECLINED to its webhooks that ask for it). " +
      'CONFLICT (extensions.reason): ALREADY_ACCEPTED, ALREADY_DECLINED or ALREADY_WITHDRAWN (the response is no longer PENDING), NEED_NOT_OPEN (it was CLOSED with its need).',
  })
  declineResponse(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: 'The PENDING response to decline.' }, ParseUuidPipe) id: string): Promise<Response> {
    return this.responses.decline(principal, id);
  }

  @RequiresScope(ApiKeyScope.ANSWERS)
  @Mutation(() => Response, {
    description:
      'The responding organization (or the hub) takes back its response: WITHDRAWN, and it may respond to the need again while the need takes responses. ' +
      "The need's organization may not (FORBIDDEN); it is told (an e-mail if it was e-mailed the response, and RESPONSE_WITHDRAWN to its webhooks that ask for it). " +
      'CONFLICT (extensions.reason): ALREADY_ACCEPTED, ALREADY_DECLINED or ALREADY_WITHDRAWN (the response is no longer PENDING), NEED_NOT_OPEN (it was CLOSED with its need).',
  })
  withdrawResponse(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: 'The PENDING response to withdraw.' }, ParseUuidPipe) id: string): Promise<Response> {
    return this.responses.withdraw(principal, id);
  }

  @ResolveField(() => Need, { description: 'The need answered.' })
  async need(@Parent() response: Response, @Loaders() loaders: RequestLoaders): Promise<Need> {
    return (await this.needs.loader(loaders).load(response.needId)) as Need;
  }

  @ResolveField(() => Organization, { description: 'Who responded.' })
  async organization(@Parent() response: Response, @Loaders() loaders: RequestLoaders): Promise<Organization> {
    return (await this.organizations.loader(loaders).load(response.organizationId)) as Organization;
  }

  @ResolveField(() => Offer, { nullable: true, description: "The responding organization's offer that answers the need; null when none was given." })
  offer(@Parent() response: Response, @Loaders() loaders: RequestLoaders): Promise<Offer | null> {
    return response.offerId ? this.offers.loader(loaders).load(response.offerId) : Promise.resolve(null);
  }

  // An accepted response stays ACCEPTED whatever became of its partnership: this says the rest.
  @ResolveField(() => Partnership, {
    nullable: true,
    description:
      'The partnership that accepting this response formed: its status says whether it is still ACTIVE or was COMPLETED or CANCELLED (and endedAt when). ' +
      'Null unless the response is ACCEPTED. One query for a whole page of responses.',
  })
  partnership(@Parent() response: Response, @Loaders() loaders: RequestLoaders): Promise<Partnership | null> {
    if (response.status !== ResponseStatus.ACCEPTED) return Promise.resolve(null);
    return this.partnerships.byResponseLoader(loaders).load(response.id);
  }
}

@Resolver(() => Need)
export class NeedResponsesResolver {
  constructor(private readonly responsesService: ResponsesService) {}

  @ResolveField(() => [Response], {
    nullable: true,
    description:
      'A page of the direct responses to this need, whatever their status, newest first (those of the same instant by id, so that pages neither overlap nor skip one): ' +
      `first (default and most ${MAX_RESPONSES_PAGE}) from offset (default 0); the next page starts at offset + first, and responseCount says how many there are. ` +
      "For the need's organization and the hub (anyone else: null, with a FORBIDDEN error at this field).",
  })
  responses(
    @Parent() need: Need,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
    @Args('first', firstResponsesArg) first: number | null,
    @Args('offset', offsetResponsesArg) offset: number | null,
  ): Promise<Response[]> {
    return this.responsesService.forNeed(principal, loaders, need, first, offset);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'How many direct responses this need has, whatever their status: responses has a next page while offset + first is below it (ceil(responseCount / first) pages in all). ' +
      "For the need's organization and the hub (anyone else: null, with a FORBIDDEN error at this field).",
  })
  responseCount(@Parent() need: Need, @CurrentPrincipal() principal: Principal, @Loaders() loaders: RequestLoaders): Promise<number> {
    return this.responsesService.countForNeed(principal, loaders, need);
  }

  @ResolveField(() => Response, {
    nullable: true,
    description:
      "The reader's organization's latest response to this need, if any (whatever its status); null for a hub key or when none. " +
      'A reader of several organizations reads the latest of any of them, or of `organizationId` alone when given (null when that is not one of theirs). ' +
      "Never another organization's response: the need's owner reads those in `responses`.",
  })
  ownResponse(
    @Parent() need: Need,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
    @Args('organizationId', { type: () => ID, nullable: true, description: "Only this organization's response (one of the reader's own)." }, ParseUuidPipe) organizationId?: string | null,
  ): Promise<Response | null> {
    return this.responsesService.ownLoader(principal, loaders, organizationId).load(need.id);
  }
}
