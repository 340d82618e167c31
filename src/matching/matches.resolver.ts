import { Inject } from '@nestjs/common';
import { Args, ID, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { fieldsSelectedAt, selectsField } from '../common/pagination/selected-fields';
import { asksOrganizationSummaryOnly } from '../postings/list-columns';
import { Need } from '../needs/need.entity';
import { NeedsService } from '../needs/needs.service';
import { Offer } from '../offers/offer.entity';
import { OffersService } from '../offers/offers.service';
import { Language, ScoreComponent } from './score-component.type';
import { MatchConnection } from './match-connection.type';
import { Match } from './match.entity';
import { MAX_SUGGESTIONS, MatchesService, MatchReadOptions } from './matches.service';
import { SuggestionsAwaitingArgs, SuggestionsAwaitingOtherSideArgs } from './suggestions-awaiting.args';
import { explain, reasonOfAcceptedPair } from './scoring/reasons';
import { MatchStatus } from './match.enums';
import { ScoringReference } from './scoring/scoring-reference';
import { SCORING_REFERENCE } from './scoring-reference.provider';
import { readComponents } from './stored-components';
import { MatchingSettingsService } from './matching-settings.service';
import { MATCHING_CONFIG } from './matching.queue';
import { withShortfalls } from './scoring/calibration';
import { componentEffect, shownWithEffect } from './scoring/component-effect';
import { DEFAULT_MATCHING_CONFIG, MatchingConfig } from './scoring/matching-config';

const firstArg = { type: () => Int, nullable: true, defaultValue: 10, description: `How many, best first (1 to ${MAX_SUGGESTIONS}).` };
const offsetArg = { type: () => Int, nullable: true, defaultValue: 0, description: 'How many of the best to skip: the next page starts at offset + first.' };

@Resolver(() => Need)
export class NeedSuggestionsResolver {
  constructor(private readonly suggestionsService: MatchesService) {}

  @ResolveField(() => [Match], {
    nullable: true,
    description:
      "The offers that fit this need best, weaker candidates included (see Match.recommended); for the need's organization and the hub (anyone else: null, with a FORBIDDEN error at this field).",
  })
  suggestions(
    @Parent() need: Need,
    @CurrentPrincipal() principal: Principal,
    @Args('first', firstArg) first: number | null,
    @Args('offset', offsetArg) offset: number | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.suggestionsService.list(principal, 'needId', need.id, need.organizationId, first, offset, {
      components: selectsField(info, 'components'),
      other: selectsField(info, 'offer'),
      otherDescription: fieldsSelectedAt(info, ['offer']).has('description'),
      organizationSummary: asksOrganizationSummaryOnly(info, ['offer', 'organization']),
    });
  }
}

@Resolver(() => Offer)
export class OfferSuggestionsResolver {
  constructor(private readonly suggestionsService: MatchesService) {}

  @ResolveField(() => [Match], {
    nullable: true,
    description:
      "The needs this offer fits best, weaker candidates included (see Match.recommended); for the offer's organization and the hub (anyone else: null, with a FORBIDDEN error at this field).",
  })
  suggestions(
    @Parent() offer: Offer,
    @CurrentPrincipal() principal: Principal,
    @Args('first', firstArg) first: number | null,
    @Args('offset', offsetArg) offset: number | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.suggestionsService.list(principal, 'offerId', offer.id, offer.organizationId, first, offset, {
      components: selectsField(info, 'components'),
      other: selectsField(info, 'need'),
      otherDescription: fieldsSelectedAt(info, ['need']).has('description'),
      organizationSummary: asksOrganizationSummaryOnly(info, ['need', 'organization']),
    });
  }
}

@Resolver(() => Match)
export class MatchResolver {
  constructor(
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
    private readonly matches: MatchesService,
    private readonly settings: MatchingSettingsService,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
  ) {}

  @Query(() => Match, {
    nullable: true,
    description:
      "One match (a suggested pair) by id, whatever its status: the matchId of a webhook's payload or of suggestionAdded. For the need's and the offer's organizations and the hub; " +
      'FORBIDDEN for anyone else; null when there is no such match (a need or offer deleted with its matches). A declined match shows its declineReason only to the side that declined it and the hub.',
  })
  match(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: "The match's id." }, ParseUuidPipe) id: string): Promise<Match | null> {
    return this.matches.findOne(principal, id);
  }

  @Query(() => MatchConnection, {
    description:
      "The suggestions waiting for an organization's answer, on either side, from all its needs and offers: matches SUGGESTED or INTERESTED that are recommended " +
      "(sent) or that the other side already accepted, that the organization's side (the need's when the need is the organization's, the offer's when the offer is) " +
      'has not answered yet, whose need and offer are both still OPEN. Best first (by score, then by id); totalCount counts them all. ' +
      'Pages after the first keep the order of the first page: the scores as they were when it was read, while each node shows its score as it is now. ' +
      'So a pair re-scored between two pages is read once, neither skipped nor repeated; one re-scored twice or more while the list is read comes after ' +
      'all the others (by id), again if it was read already, never not at all. A suggestion that starts waiting meanwhile may be missed. ' +
      'Read from the start again to see the order as it is now. ' +
      "What the web app's desk lists as new suggestions. An answer (respondToMatch) takes one off the list; the other side's acceptance does not. " +
      'For members of the organization and the hub; FORBIDDEN for anyone else; NOT_FOUND for an organization that does not exist.',
  })
  suggestionsAwaiting(@CurrentPrincipal() principal: Principal, @Args() args: SuggestionsAwaitingArgs, @Info() info: GraphQLResolveInfo) {
    return this.matches.awaiting(principal, args, this.pageReadOptions(info));
  }

  /** What a page of matches reads beside each match: what the request asks of its nodes. */
  private pageReadOptions(info: GraphQLResolveInfo): MatchReadOptions {
    return {
      components: fieldsSelectedAt(info, ['edges', 'node']).has('components'),
      needDescription: fieldsSelectedAt(info, ['edges', 'node', 'need']).has('description'),
      offerDescription: fieldsSelectedAt(info, ['edges', 'node', 'offer']).has('description'),
      needOrganizationSummary: asksOrganizationSummaryOnly(info, ['edges', 'node', 'need', 'organization']),
      offerOrganizationSummary: asksOrganizationSummaryOnly(info, ['edges', 'node', 'offer', 'organization']),
    };
  }

  @Query(() => MatchConnection, {
    description:
      "The suggestions an organization accepted that wait for the other side's answer: matches INTERESTED whose organization's side (the need's when the " +
      "need is the organization's, the offer's when the offer is) accepted and whose other side has not answered yet, with the need and the offer both still OPEN. " +
      "Newest acceptance first (then by id); totalCount counts them all; cursors stay valid as the list changes. The other side's answer (suggestionAnswered: " +
      'ACCEPTED, the partnership formed, or DECLINED) takes the pair off the list; so does its expiry (the pair no longer passes the hard constraints). ' +
      "What the web app's desk lists as accepted, waiting for the other side. " +
      'For members of the organization and the hub; FORBIDDEN for anyone else; NOT_FOUND for an organization that does not exist.',
  })
  suggestionsAwaitingOtherSide(@CurrentPrincipal() principal: Principal, @Args() args: SuggestionsAwaitingOtherSideArgs, @Info() info: GraphQLResolveInfo) {
    return this.matches.acceptedByOrganization(principal, args, this.pageReadOptions(info));
  }

  // Match's own fields, resolved for every match of a list, take graphql-js's arguments
  // (parent, args, context) without parameter decorators: Nest then calls them as they are,
  // not through its per-call context and pipes (a need's page of ten suggestions is ten calls
  // of each). What they throw gets its code in formatError (graphql-options.ts).
  @ResolveField(() => Boolean, {
    description:
      `True for a pair the service suggests: its score is at or above the sending threshold in force (matchingSettings; ${DEFAULT_MATCHING_CONFIG.sendingThreshold} by default), or was when it was handed to ` +
      "delivery (each side's preferences then decide what reaches it). The others are weaker candidates, listed so that an item " +
      'with only weak ones still shows its best; they are never sent.',
  })
  recommended(match: Match): boolean {
    return match.notifiedAt != null || match.score >= this.settings.sendingThreshold;
  }

  @ResolveField(() => Need, { description: 'The need of the pair.' })
  need(match: Match, _args: unknown, { loaders }: { loaders: RequestLoaders }): Need | Promise<Need> {
    // Read with the match, with its organization, when the list was asked for it
    // (MatchesService.list); a match loaded elsewhere with bare relations goes to the loader.
    if (match.need?.organization) return match.need;
    return this.needs.loader(loaders).load(match.needId) as Promise<Need>;
  }

  @ResolveField(() => Offer, { description: 'The offer of the pair.' })
  offer(match: Match, _args: unknown, { loaders }: { loaders: RequestLoaders }): Offer | Promise<Offer> {
    if (match.offer?.organization) return match.offer;
    return this.offers.loader(loaders).load(match.offerId) as Promise<Offer>;
  }

  @ResolveField(() => [ScoreComponent], {
    description:
      'The parts of the score, each with its weight and explanation. An ACCEPTED pair is not scored again: its score and components are those both sides accepted, ' +
      'and its capacity explanation says the places free before its partnership was formed ("3 of 3 places free before this partnership was formed"), since the partnership took one of them.',
  })
  components(match: Match): ScoreComponent[] {
    const accepted = match.status === MatchStatus.ACCEPTED;
    // Under the shipped calibration, as the weights are: what the page says holds the pair back.
    return withShortfalls(this.config.calibration, readComponents(match.components)).map(({ name, score, weight, reason, shortfall }) => {
      const effect = componentEffect({ score, shortfall, reason });
      return { name, score, weight, reason: shownWithEffect(accepted ? reasonOfAcceptedPair(reason) : reason, effect), shortfall, effect };
    });
  }
}

@Resolver(() => ScoreComponent)
export class ScoreComponentResolver {
  constructor(@Inject(SCORING_REFERENCE) private readonly names: ScoringReference) {}

  @ResolveField(() => String, { description: 'Why the component scored so, in Slovenian (default) or English.' })
  explanation(
    @Parent() component: ScoreComponent,
    @Args('language', { type: () => Language, defaultValue: Language.SL, description: 'The language of the explanation; default SL.' }) language: Language,
  ): string {
    const explanation = explain(component.reason, this.names);
    return language === Language.EN ? explanation.en : explanation.sl;
  }
}
