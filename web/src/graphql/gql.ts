/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MeFields on User {\n    id\n    email\n    name\n    hubAdmin\n    memberships {\n      id\n      role\n      notifySuggestions\n      organization {\n        id\n        name\n        sector\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  mutation AcceptInvitation($invitationToken: String!) {\n    acceptInvitation(invitationToken: $invitationToken) {\n      ...MeFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!, $language: MessageLanguage!) {\n    requestPasswordReset(email: $email, language: $language)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      organizationName\n      role\n      accountExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RespondToNeed($input: RespondToNeedInput!, $organizationId: ID) {\n    respondToNeed(input: $input) {\n      id\n      status\n      need {\n        id\n        ownResponse(organizationId: $organizationId) {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.RespondToNeedDocument,
    "\n  mutation WithdrawResponse($id: ID!) {\n    withdrawResponse(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawResponseDocument,
    "\n  query OpenCalls($filter: NeedFilter!, $first: Int!, $organizationId: ID) {\n    needs(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          kind\n          startsOn\n          endsOn\n          respondBy\n          resourceTypes\n          organization {\n            id\n            name\n          }\n          municipality {\n            code\n            name\n          }\n          ownResponse(organizationId: $organizationId) {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenCallsDocument,
    "\n  query OurOpenOffers($organizationId: ID!) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.OurOpenOffersDocument,
    "\n  fragment DeskResponseFields on Response {\n    id\n    status\n    message\n    createdAt\n    organization {\n      name\n    }\n    # The offer it came with, if any: the desk links to it. Accepting forms a partnership,\n    # which a full offer cannot take (placesLeft 0): then the desk offers no Accept.\n    offer {\n      id\n      title\n      status\n      placesLeft\n    }\n  }\n": typeof types.DeskResponseFieldsFragmentDoc,
    "\n  mutation AcceptResponse($id: ID!) {\n    acceptResponse(id: $id) {\n      id\n    }\n  }\n": typeof types.AcceptResponseDocument,
    "\n  mutation DeclineResponse($id: ID!) {\n    declineResponse(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineResponseDocument,
    "\n  query DeskClosedNeeds($organizationId: ID!, $first: Int!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [CLOSED, EXPIRED] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskClosedNeedsDocument,
    "\n  query DeskClosedOffers($organizationId: ID!, $first: Int!, $after: String) {\n    offers(filter: { organizationId: $organizationId, statuses: [CLOSED, EXPIRED] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskClosedOffersDocument,
    "\n  query DeskNeedResponses($id: ID!, $first: Int!, $offset: Int!) {\n    need(id: $id) {\n      id\n      responseCount\n      responses(first: $first, offset: $offset) {\n        ...DeskResponseFields\n      }\n    }\n  }\n": typeof types.DeskNeedResponsesDocument,
    "\n  query DeskNeeds($organizationId: ID!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED] }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskNeedsDocument,
    "\n  query DeskOffers($organizationId: ID!, $after: String) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskOffersDocument,
    "\n  query DeskSuggestions($organizationId: ID!, $first: Int!, $after: String) {\n    suggestionsAwaiting(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          score\n          need {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n          offer {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskSuggestionsDocument,
    "\n  query DeskWaitingResponses($organizationId: ID!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED], hasPendingResponses: true }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          responseCount\n          responses {\n            ...DeskResponseFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskWaitingResponsesDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      verified\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation InviteFirstMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteFirstMemberDocument,
    "\n  mutation UpdateMatchingSettings($input: UpdateMatchingSettingsInput!) {\n    updateMatchingSettings(input: $input) {\n      sendingThreshold\n      defaultSendingThreshold\n      sendingThresholdUpdatedAt\n      sendingThresholdUpdatedBy\n    }\n  }\n": typeof types.UpdateMatchingSettingsDocument,
    "\n  mutation VerifyOrganization($id: ID!, $verified: Boolean! = true) {\n    verifyOrganization(id: $id, verified: $verified) {\n      id\n      verified\n    }\n  }\n": typeof types.VerifyOrganizationDocument,
    "\n  query HubStatistics($from: DateTime, $to: DateTime, $interval: StatisticsInterval!) {\n    hubStatistics(from: $from, to: $to) {\n      partnershipsFormed\n      partnershipsCompleted\n      publicServicesDelivered\n      suggestionsSent\n      suggestionsAccepted\n      suggestionsDeclined\n      ngosInvolved\n      timeline(interval: $interval) {\n        periodStart\n        partnershipsFormed\n        suggestionsSent\n        accepted\n        declined\n      }\n      declineReasons {\n        reason\n        count\n      }\n      partnershipsByMunicipality {\n        count\n        municipality {\n          code\n          name\n        }\n      }\n      partnershipsBySectorPair {\n        needSector\n        partnerSector\n        count\n      }\n    }\n  }\n": typeof types.HubStatisticsDocument,
    "\n  query MatchingHealth {\n    matchingBacklog\n    queueHealth {\n      name\n      waiting\n      active\n      delayed\n      failed\n    }\n  }\n": typeof types.MatchingHealthDocument,
    "\n  query MatchingLanes {\n    matchingLanes {\n      name\n      waiting\n      active\n      delayed\n    }\n    rematchProgress {\n      startedAt\n      total\n      done\n      finishedAt\n    }\n  }\n": typeof types.MatchingLanesDocument,
    "\n  query MatchingSettings {\n    matchingSettings {\n      topicWeight\n      geographyWeight\n      timeWeight\n      sectorWeight\n      budgetWeight\n      capacityWeight\n      feedbackWeight\n      geographyFactorForRemoteResources\n      listingThreshold\n      sendingThreshold\n      defaultSendingThreshold\n      sendingThresholdUpdatedAt\n      sendingThresholdUpdatedBy\n      listingLimit\n      sendingTradeOffs {\n        needs\n        points {\n          threshold\n          pairsSent\n          sentGood\n          perfectPairsSent\n          needsLeftQuiet\n        }\n      }\n    }\n  }\n": typeof types.MatchingSettingsDocument,
    "\n  query OrganizationPeople($organizationId: ID!) {\n    members(organizationId: $organizationId) {\n      ...MemberFields\n    }\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      expiresAt\n    }\n  }\n": typeof types.OrganizationPeopleDocument,
    "\n  query OrganizationsWithoutMembers {\n    organizations(filter: { hasMembers: false }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          sector\n          createdAt\n          verified\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsWithoutMembersDocument,
    "\n  query SimilarOrganizations($text: String!) {\n    organizations(filter: { text: $text }, first: 3) {\n      edges {\n        node {\n          id\n          name\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SimilarOrganizationsDocument,
    "\n  query UnsentPairsReaching($sendingThreshold: Float!) {\n    unsentPairsReaching(sendingThreshold: $sendingThreshold)\n  }\n": typeof types.UnsentPairsReachingDocument,
    "\n  query UnverifiedOrganizations {\n    organizations(filter: { verified: false }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          sector\n          createdAt\n          verified\n          description\n          website\n          registrationNumber\n          taxNumber\n          municipality {\n            name\n          }\n          contact {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnverifiedOrganizationsDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseNeedDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      respondBy\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NeedDocument,
    "\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      respondBy\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.NeedForEditDocument,
    "\n  query NeedOwnResponse($id: ID!, $organizationId: ID) {\n    need(id: $id) {\n      id\n      ownResponse(organizationId: $organizationId) {\n        id\n        status\n      }\n    }\n  }\n": typeof types.NeedOwnResponseDocument,
    "\n  query NeedResponses($id: ID!) {\n    need(id: $id) {\n      id\n      responseCount\n      responses(first: 20) {\n        id\n        status\n        message\n        createdAt\n        organization {\n          id\n          name\n        }\n        offer {\n          id\n          title\n        }\n        partnership {\n          id\n          status\n          endedAt\n        }\n      }\n    }\n  }\n": typeof types.NeedResponsesDocument,
    "\n  query NeedSuggestions($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    need(id: $id) {\n      id\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n": typeof types.NeedSuggestionsDocument,
    "\n  mutation CloseOffer($id: ID!) {\n    closeOffer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseOfferDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.UpdateOfferDocument,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n        name\n      }\n      serviceArea {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OfferDocument,
    "\n  query OfferForEdit($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n      }\n      serviceArea {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.OfferForEditDocument,
    "\n  query OfferSuggestions($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    offer(id: $id) {\n      id\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n": typeof types.OfferSuggestionsDocument,
    "\n  mutation EndPartnership($input: EndPartnershipInput!) {\n    endPartnership(input: $input) {\n      id\n      status\n      endedAt\n      outcomeNote\n    }\n  }\n": typeof types.EndPartnershipDocument,
    "\n  query Partnerships($organizationId: ID, $first: Int!, $after: String) {\n    partnerships(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          createdAt\n          endedAt\n          outcomeNote\n          need {\n            id\n            title\n            status\n            organization {\n              id\n              name\n            }\n          }\n          offer {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n          partnerOrganization {\n            id\n            name\n          }\n          contacts {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnershipsDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n      regionEn\n      latitude\n      longitude\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  query Themes {\n    themes {\n      code\n      nameSl\n      nameEn\n      parent {\n        code\n      }\n    }\n  }\n": typeof types.ThemesDocument,
    "\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment OrganizationProfileFields on Organization {\n    id\n    name\n    description\n    website\n    registrationNumber\n    taxNumber\n    verified\n    municipality {\n      code\n    }\n    themes {\n      code\n    }\n    contact {\n      name\n      email\n      phone\n    }\n  }\n": typeof types.OrganizationProfileFieldsFragmentDoc,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        id\n        name\n        tokenPrefix\n      scopes\n        scopes\n        createdAt\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n        createdAt\n      }\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.UpdateMemberRoleDocument,
    "\n  mutation UpdateMyEmail($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      notifySuggestions\n      emailUnsubscribed\n    }\n  }\n": typeof types.UpdateMyEmailDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationProfileFields\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation UpdateSuggestionPreferences($input: UpdateSuggestionPreferencesInput!) {\n    updateSuggestionPreferences(input: $input) {\n      frequency\n      minScore\n      themeCodes\n      municipalityCodes\n      language\n    }\n  }\n": typeof types.UpdateSuggestionPreferencesDocument,
    "\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      id\n      events\n    }\n  }\n": typeof types.UpdateWebhookDocument,
    "\n  query ApiKeys($organizationId: ID!) {\n    apiKeys(organizationId: $organizationId) {\n      id\n      name\n      tokenPrefix\n      scopes\n      createdAt\n      revokedAt\n      lastUsedAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  query Invitations($organizationId: ID!) {\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  query Members($organizationId: ID!) {\n    members(organizationId: $organizationId) {\n      ...MemberFields\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query MyMemberships {\n    me {\n      id\n      memberships {\n        id\n        notifySuggestions\n        emailUnsubscribed\n      }\n    }\n  }\n": typeof types.MyMembershipsDocument,
    "\n  query OrganizationProfile($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationProfileFields\n    }\n  }\n": typeof types.OrganizationProfileDocument,
    "\n  query SuggestionPreferences($organizationId: ID!) {\n    suggestionPreferences(organizationId: $organizationId) {\n      frequency\n      minScore\n      themeCodes\n      municipalityCodes\n      language\n    }\n  }\n": typeof types.SuggestionPreferencesDocument,
    "\n  query WebhookDeliveries($id: ID!) {\n    webhook(id: $id) {\n      id\n      deliveries(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            attempts\n            createdAt\n            sentAt\n            nextAttemptAt\n            lastResponseStatus\n            lastError\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  query Webhooks($organizationId: ID!) {\n    webhooks(organizationId: $organizationId) {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n": typeof types.WebhooksDocument,
    "\n  mutation RespondToMatch($input: RespondToMatchInput!, $language: Language!) {\n    respondToMatch(input: $input) {\n      ...SuggestionFields\n    }\n  }\n": typeof types.RespondToMatchDocument,
    "\n  subscription SuggestionAdded($organizationId: ID!, $language: Language!) {\n    suggestionAdded(organizationId: $organizationId) {\n      ...SuggestionFields\n    }\n  }\n": typeof types.SuggestionAddedDocument,
    "\n  fragment SuggestionFields on Match {\n    id\n    score\n    recommended\n    status\n    needDecision\n    offerDecision\n    declineReason\n    partnership {\n      id\n      status\n      endedAt\n    }\n    components {\n      name\n      score\n      explanation(language: $language)\n    }\n    contacts {\n      name\n      email\n      phone\n    }\n    need {\n      id\n      status\n      title\n      description\n      startsOn\n      endsOn\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n    offer {\n      id\n      status\n      placesLeft\n      title\n      description\n      availableFrom\n      availableUntil\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SuggestionFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  fragment MeFields on User {\n    id\n    email\n    name\n    hubAdmin\n    memberships {\n      id\n      role\n      notifySuggestions\n      organization {\n        id\n        name\n        sector\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  mutation AcceptInvitation($invitationToken: String!) {\n    acceptInvitation(invitationToken: $invitationToken) {\n      ...MeFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!, $language: MessageLanguage!) {\n    requestPasswordReset(email: $email, language: $language)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      organizationName\n      role\n      accountExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation RespondToNeed($input: RespondToNeedInput!, $organizationId: ID) {\n    respondToNeed(input: $input) {\n      id\n      status\n      need {\n        id\n        ownResponse(organizationId: $organizationId) {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.RespondToNeedDocument,
    "\n  mutation WithdrawResponse($id: ID!) {\n    withdrawResponse(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawResponseDocument,
    "\n  query OpenCalls($filter: NeedFilter!, $first: Int!, $organizationId: ID) {\n    needs(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          kind\n          startsOn\n          endsOn\n          respondBy\n          resourceTypes\n          organization {\n            id\n            name\n          }\n          municipality {\n            code\n            name\n          }\n          ownResponse(organizationId: $organizationId) {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.OpenCallsDocument,
    "\n  query OurOpenOffers($organizationId: ID!) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.OurOpenOffersDocument,
    "\n  fragment DeskResponseFields on Response {\n    id\n    status\n    message\n    createdAt\n    organization {\n      name\n    }\n    # The offer it came with, if any: the desk links to it. Accepting forms a partnership,\n    # which a full offer cannot take (placesLeft 0): then the desk offers no Accept.\n    offer {\n      id\n      title\n      status\n      placesLeft\n    }\n  }\n": types.DeskResponseFieldsFragmentDoc,
    "\n  mutation AcceptResponse($id: ID!) {\n    acceptResponse(id: $id) {\n      id\n    }\n  }\n": types.AcceptResponseDocument,
    "\n  mutation DeclineResponse($id: ID!) {\n    declineResponse(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeclineResponseDocument,
    "\n  query DeskClosedNeeds($organizationId: ID!, $first: Int!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [CLOSED, EXPIRED] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DeskClosedNeedsDocument,
    "\n  query DeskClosedOffers($organizationId: ID!, $first: Int!, $after: String) {\n    offers(filter: { organizationId: $organizationId, statuses: [CLOSED, EXPIRED] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DeskClosedOffersDocument,
    "\n  query DeskNeedResponses($id: ID!, $first: Int!, $offset: Int!) {\n    need(id: $id) {\n      id\n      responseCount\n      responses(first: $first, offset: $offset) {\n        ...DeskResponseFields\n      }\n    }\n  }\n": types.DeskNeedResponsesDocument,
    "\n  query DeskNeeds($organizationId: ID!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED] }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DeskNeedsDocument,
    "\n  query DeskOffers($organizationId: ID!, $after: String) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DeskOffersDocument,
    "\n  query DeskSuggestions($organizationId: ID!, $first: Int!, $after: String) {\n    suggestionsAwaiting(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          score\n          need {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n          offer {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DeskSuggestionsDocument,
    "\n  query DeskWaitingResponses($organizationId: ID!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED], hasPendingResponses: true }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          responseCount\n          responses {\n            ...DeskResponseFields\n          }\n        }\n      }\n    }\n  }\n": types.DeskWaitingResponsesDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      verified\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation InviteFirstMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": types.InviteFirstMemberDocument,
    "\n  mutation UpdateMatchingSettings($input: UpdateMatchingSettingsInput!) {\n    updateMatchingSettings(input: $input) {\n      sendingThreshold\n      defaultSendingThreshold\n      sendingThresholdUpdatedAt\n      sendingThresholdUpdatedBy\n    }\n  }\n": types.UpdateMatchingSettingsDocument,
    "\n  mutation VerifyOrganization($id: ID!, $verified: Boolean! = true) {\n    verifyOrganization(id: $id, verified: $verified) {\n      id\n      verified\n    }\n  }\n": types.VerifyOrganizationDocument,
    "\n  query HubStatistics($from: DateTime, $to: DateTime, $interval: StatisticsInterval!) {\n    hubStatistics(from: $from, to: $to) {\n      partnershipsFormed\n      partnershipsCompleted\n      publicServicesDelivered\n      suggestionsSent\n      suggestionsAccepted\n      suggestionsDeclined\n      ngosInvolved\n      timeline(interval: $interval) {\n        periodStart\n        partnershipsFormed\n        suggestionsSent\n        accepted\n        declined\n      }\n      declineReasons {\n        reason\n        count\n      }\n      partnershipsByMunicipality {\n        count\n        municipality {\n          code\n          name\n        }\n      }\n      partnershipsBySectorPair {\n        needSector\n        partnerSector\n        count\n      }\n    }\n  }\n": types.HubStatisticsDocument,
    "\n  query MatchingHealth {\n    matchingBacklog\n    queueHealth {\n      name\n      waiting\n      active\n      delayed\n      failed\n    }\n  }\n": types.MatchingHealthDocument,
    "\n  query MatchingLanes {\n    matchingLanes {\n      name\n      waiting\n      active\n      delayed\n    }\n    rematchProgress {\n      startedAt\n      total\n      done\n      finishedAt\n    }\n  }\n": types.MatchingLanesDocument,
    "\n  query MatchingSettings {\n    matchingSettings {\n      topicWeight\n      geographyWeight\n      timeWeight\n      sectorWeight\n      budgetWeight\n      capacityWeight\n      feedbackWeight\n      geographyFactorForRemoteResources\n      listingThreshold\n      sendingThreshold\n      defaultSendingThreshold\n      sendingThresholdUpdatedAt\n      sendingThresholdUpdatedBy\n      listingLimit\n      sendingTradeOffs {\n        needs\n        points {\n          threshold\n          pairsSent\n          sentGood\n          perfectPairsSent\n          needsLeftQuiet\n        }\n      }\n    }\n  }\n": types.MatchingSettingsDocument,
    "\n  query OrganizationPeople($organizationId: ID!) {\n    members(organizationId: $organizationId) {\n      ...MemberFields\n    }\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      expiresAt\n    }\n  }\n": types.OrganizationPeopleDocument,
    "\n  query OrganizationsWithoutMembers {\n    organizations(filter: { hasMembers: false }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          sector\n          createdAt\n          verified\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationsWithoutMembersDocument,
    "\n  query SimilarOrganizations($text: String!) {\n    organizations(filter: { text: $text }, first: 3) {\n      edges {\n        node {\n          id\n          name\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SimilarOrganizationsDocument,
    "\n  query UnsentPairsReaching($sendingThreshold: Float!) {\n    unsentPairsReaching(sendingThreshold: $sendingThreshold)\n  }\n": types.UnsentPairsReachingDocument,
    "\n  query UnverifiedOrganizations {\n    organizations(filter: { verified: false }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          sector\n          createdAt\n          verified\n          description\n          website\n          registrationNumber\n          taxNumber\n          municipality {\n            name\n          }\n          contact {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n": types.UnverifiedOrganizationsDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseNeedDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      respondBy\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.NeedDocument,
    "\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      respondBy\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n": types.NeedForEditDocument,
    "\n  query NeedOwnResponse($id: ID!, $organizationId: ID) {\n    need(id: $id) {\n      id\n      ownResponse(organizationId: $organizationId) {\n        id\n        status\n      }\n    }\n  }\n": types.NeedOwnResponseDocument,
    "\n  query NeedResponses($id: ID!) {\n    need(id: $id) {\n      id\n      responseCount\n      responses(first: 20) {\n        id\n        status\n        message\n        createdAt\n        organization {\n          id\n          name\n        }\n        offer {\n          id\n          title\n        }\n        partnership {\n          id\n          status\n          endedAt\n        }\n      }\n    }\n  }\n": types.NeedResponsesDocument,
    "\n  query NeedSuggestions($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    need(id: $id) {\n      id\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n": types.NeedSuggestionsDocument,
    "\n  mutation CloseOffer($id: ID!) {\n    closeOffer(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseOfferDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id\n    }\n  }\n": types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.UpdateOfferDocument,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n        name\n      }\n      serviceArea {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.OfferDocument,
    "\n  query OfferForEdit($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n      }\n      serviceArea {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n": types.OfferForEditDocument,
    "\n  query OfferSuggestions($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    offer(id: $id) {\n      id\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n": types.OfferSuggestionsDocument,
    "\n  mutation EndPartnership($input: EndPartnershipInput!) {\n    endPartnership(input: $input) {\n      id\n      status\n      endedAt\n      outcomeNote\n    }\n  }\n": types.EndPartnershipDocument,
    "\n  query Partnerships($organizationId: ID, $first: Int!, $after: String) {\n    partnerships(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          createdAt\n          endedAt\n          outcomeNote\n          need {\n            id\n            title\n            status\n            organization {\n              id\n              name\n            }\n          }\n          offer {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n          partnerOrganization {\n            id\n            name\n          }\n          contacts {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n": types.PartnershipsDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n      regionEn\n      latitude\n      longitude\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  query Themes {\n    themes {\n      code\n      nameSl\n      nameEn\n      parent {\n        code\n      }\n    }\n  }\n": types.ThemesDocument,
    "\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment OrganizationProfileFields on Organization {\n    id\n    name\n    description\n    website\n    registrationNumber\n    taxNumber\n    verified\n    municipality {\n      code\n    }\n    themes {\n      code\n    }\n    contact {\n      name\n      email\n      phone\n    }\n  }\n": types.OrganizationProfileFieldsFragmentDoc,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        id\n        name\n        tokenPrefix\n      scopes\n        scopes\n        createdAt\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n        createdAt\n      }\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id) {\n      id\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      role\n    }\n  }\n": types.UpdateMemberRoleDocument,
    "\n  mutation UpdateMyEmail($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      notifySuggestions\n      emailUnsubscribed\n    }\n  }\n": types.UpdateMyEmailDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationProfileFields\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation UpdateSuggestionPreferences($input: UpdateSuggestionPreferencesInput!) {\n    updateSuggestionPreferences(input: $input) {\n      frequency\n      minScore\n      themeCodes\n      municipalityCodes\n      language\n    }\n  }\n": types.UpdateSuggestionPreferencesDocument,
    "\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      id\n      events\n    }\n  }\n": types.UpdateWebhookDocument,
    "\n  query ApiKeys($organizationId: ID!) {\n    apiKeys(organizationId: $organizationId) {\n      id\n      name\n      tokenPrefix\n      scopes\n      createdAt\n      revokedAt\n      lastUsedAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  query Invitations($organizationId: ID!) {\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": types.InvitationsDocument,
    "\n  query Members($organizationId: ID!) {\n    members(organizationId: $organizationId) {\n      ...MemberFields\n    }\n  }\n": types.MembersDocument,
    "\n  query MyMemberships {\n    me {\n      id\n      memberships {\n        id\n        notifySuggestions\n        emailUnsubscribed\n      }\n    }\n  }\n": types.MyMembershipsDocument,
    "\n  query OrganizationProfile($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationProfileFields\n    }\n  }\n": types.OrganizationProfileDocument,
    "\n  query SuggestionPreferences($organizationId: ID!) {\n    suggestionPreferences(organizationId: $organizationId) {\n      frequency\n      minScore\n      themeCodes\n      municipalityCodes\n      language\n    }\n  }\n": types.SuggestionPreferencesDocument,
    "\n  query WebhookDeliveries($id: ID!) {\n    webhook(id: $id) {\n      id\n      deliveries(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            attempts\n            createdAt\n            sentAt\n            nextAttemptAt\n            lastResponseStatus\n            lastError\n          }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  query Webhooks($organizationId: ID!) {\n    webhooks(organizationId: $organizationId) {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n": types.WebhooksDocument,
    "\n  mutation RespondToMatch($input: RespondToMatchInput!, $language: Language!) {\n    respondToMatch(input: $input) {\n      ...SuggestionFields\n    }\n  }\n": types.RespondToMatchDocument,
    "\n  subscription SuggestionAdded($organizationId: ID!, $language: Language!) {\n    suggestionAdded(organizationId: $organizationId) {\n      ...SuggestionFields\n    }\n  }\n": types.SuggestionAddedDocument,
    "\n  fragment SuggestionFields on Match {\n    id\n    score\n    recommended\n    status\n    needDecision\n    offerDecision\n    declineReason\n    partnership {\n      id\n      status\n      endedAt\n    }\n    components {\n      name\n      score\n      explanation(language: $language)\n    }\n    contacts {\n      name\n      email\n      phone\n    }\n    need {\n      id\n      status\n      title\n      description\n      startsOn\n      endsOn\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n    offer {\n      id\n      status\n      placesLeft\n      title\n      description\n      availableFrom\n      availableUntil\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.SuggestionFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on User {\n    id\n    email\n    name\n    hubAdmin\n    memberships {\n      id\n      role\n      notifySuggestions\n      organization {\n        id\n        name\n        sector\n        municipality {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeFields on User {\n    id\n    email\n    name\n    hubAdmin\n    memberships {\n      id\n      role\n      notifySuggestions\n      organization {\n        id\n        name\n        sector\n        municipality {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($invitationToken: String!) {\n    acceptInvitation(invitationToken: $invitationToken) {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($invitationToken: String!) {\n    acceptInvitation(invitationToken: $invitationToken) {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!, $language: MessageLanguage!) {\n    requestPasswordReset(email: $email, language: $language)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!, $language: MessageLanguage!) {\n    requestPasswordReset(email: $email, language: $language)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      organizationName\n      role\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      organizationName\n      role\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToNeed($input: RespondToNeedInput!, $organizationId: ID) {\n    respondToNeed(input: $input) {\n      id\n      status\n      need {\n        id\n        ownResponse(organizationId: $organizationId) {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToNeed($input: RespondToNeedInput!, $organizationId: ID) {\n    respondToNeed(input: $input) {\n      id\n      status\n      need {\n        id\n        ownResponse(organizationId: $organizationId) {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawResponse($id: ID!) {\n    withdrawResponse(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawResponse($id: ID!) {\n    withdrawResponse(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCalls($filter: NeedFilter!, $first: Int!, $organizationId: ID) {\n    needs(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          kind\n          startsOn\n          endsOn\n          respondBy\n          resourceTypes\n          organization {\n            id\n            name\n          }\n          municipality {\n            code\n            name\n          }\n          ownResponse(organizationId: $organizationId) {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenCalls($filter: NeedFilter!, $first: Int!, $organizationId: ID) {\n    needs(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          kind\n          startsOn\n          endsOn\n          respondBy\n          resourceTypes\n          organization {\n            id\n            name\n          }\n          municipality {\n            code\n            name\n          }\n          ownResponse(organizationId: $organizationId) {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OurOpenOffers($organizationId: ID!) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OurOpenOffers($organizationId: ID!) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskResponseFields on Response {\n    id\n    status\n    message\n    createdAt\n    organization {\n      name\n    }\n    # The offer it came with, if any: the desk links to it. Accepting forms a partnership,\n    # which a full offer cannot take (placesLeft 0): then the desk offers no Accept.\n    offer {\n      id\n      title\n      status\n      placesLeft\n    }\n  }\n"): (typeof documents)["\n  fragment DeskResponseFields on Response {\n    id\n    status\n    message\n    createdAt\n    organization {\n      name\n    }\n    # The offer it came with, if any: the desk links to it. Accepting forms a partnership,\n    # which a full offer cannot take (placesLeft 0): then the desk offers no Accept.\n    offer {\n      id\n      title\n      status\n      placesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptResponse($id: ID!) {\n    acceptResponse(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptResponse($id: ID!) {\n    acceptResponse(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineResponse($id: ID!) {\n    declineResponse(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineResponse($id: ID!) {\n    declineResponse(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskClosedNeeds($organizationId: ID!, $first: Int!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [CLOSED, EXPIRED] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskClosedNeeds($organizationId: ID!, $first: Int!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [CLOSED, EXPIRED] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskClosedOffers($organizationId: ID!, $first: Int!, $after: String) {\n    offers(filter: { organizationId: $organizationId, statuses: [CLOSED, EXPIRED] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskClosedOffers($organizationId: ID!, $first: Int!, $after: String) {\n    offers(filter: { organizationId: $organizationId, statuses: [CLOSED, EXPIRED] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskNeedResponses($id: ID!, $first: Int!, $offset: Int!) {\n    need(id: $id) {\n      id\n      responseCount\n      responses(first: $first, offset: $offset) {\n        ...DeskResponseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskNeedResponses($id: ID!, $first: Int!, $offset: Int!) {\n    need(id: $id) {\n      id\n      responseCount\n      responses(first: $first, offset: $offset) {\n        ...DeskResponseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskNeeds($organizationId: ID!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED] }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskNeeds($organizationId: ID!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED] }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskOffers($organizationId: ID!, $after: String) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskOffers($organizationId: ID!, $after: String) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskSuggestions($organizationId: ID!, $first: Int!, $after: String) {\n    suggestionsAwaiting(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          score\n          need {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n          offer {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskSuggestions($organizationId: ID!, $first: Int!, $after: String) {\n    suggestionsAwaiting(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          score\n          need {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n          offer {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskWaitingResponses($organizationId: ID!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED], hasPendingResponses: true }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          responseCount\n          responses {\n            ...DeskResponseFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskWaitingResponses($organizationId: ID!, $after: String) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED], hasPendingResponses: true }, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          responseCount\n          responses {\n            ...DeskResponseFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteFirstMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteFirstMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMatchingSettings($input: UpdateMatchingSettingsInput!) {\n    updateMatchingSettings(input: $input) {\n      sendingThreshold\n      defaultSendingThreshold\n      sendingThresholdUpdatedAt\n      sendingThresholdUpdatedBy\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMatchingSettings($input: UpdateMatchingSettingsInput!) {\n    updateMatchingSettings(input: $input) {\n      sendingThreshold\n      defaultSendingThreshold\n      sendingThresholdUpdatedAt\n      sendingThresholdUpdatedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganization($id: ID!, $verified: Boolean! = true) {\n    verifyOrganization(id: $id, verified: $verified) {\n      id\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganization($id: ID!, $verified: Boolean! = true) {\n    verifyOrganization(id: $id, verified: $verified) {\n      id\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubStatistics($from: DateTime, $to: DateTime, $interval: StatisticsInterval!) {\n    hubStatistics(from: $from, to: $to) {\n      partnershipsFormed\n      partnershipsCompleted\n      publicServicesDelivered\n      suggestionsSent\n      suggestionsAccepted\n      suggestionsDeclined\n      ngosInvolved\n      timeline(interval: $interval) {\n        periodStart\n        partnershipsFormed\n        suggestionsSent\n        accepted\n        declined\n      }\n      declineReasons {\n        reason\n        count\n      }\n      partnershipsByMunicipality {\n        count\n        municipality {\n          code\n          name\n        }\n      }\n      partnershipsBySectorPair {\n        needSector\n        partnerSector\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query HubStatistics($from: DateTime, $to: DateTime, $interval: StatisticsInterval!) {\n    hubStatistics(from: $from, to: $to) {\n      partnershipsFormed\n      partnershipsCompleted\n      publicServicesDelivered\n      suggestionsSent\n      suggestionsAccepted\n      suggestionsDeclined\n      ngosInvolved\n      timeline(interval: $interval) {\n        periodStart\n        partnershipsFormed\n        suggestionsSent\n        accepted\n        declined\n      }\n      declineReasons {\n        reason\n        count\n      }\n      partnershipsByMunicipality {\n        count\n        municipality {\n          code\n          name\n        }\n      }\n      partnershipsBySectorPair {\n        needSector\n        partnerSector\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingHealth {\n    matchingBacklog\n    queueHealth {\n      name\n      waiting\n      active\n      delayed\n      failed\n    }\n  }\n"): (typeof documents)["\n  query MatchingHealth {\n    matchingBacklog\n    queueHealth {\n      name\n      waiting\n      active\n      delayed\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingLanes {\n    matchingLanes {\n      name\n      waiting\n      active\n      delayed\n    }\n    rematchProgress {\n      startedAt\n      total\n      done\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  query MatchingLanes {\n    matchingLanes {\n      name\n      waiting\n      active\n      delayed\n    }\n    rematchProgress {\n      startedAt\n      total\n      done\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingSettings {\n    matchingSettings {\n      topicWeight\n      geographyWeight\n      timeWeight\n      sectorWeight\n      budgetWeight\n      capacityWeight\n      feedbackWeight\n      geographyFactorForRemoteResources\n      listingThreshold\n      sendingThreshold\n      defaultSendingThreshold\n      sendingThresholdUpdatedAt\n      sendingThresholdUpdatedBy\n      listingLimit\n      sendingTradeOffs {\n        needs\n        points {\n          threshold\n          pairsSent\n          sentGood\n          perfectPairsSent\n          needsLeftQuiet\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchingSettings {\n    matchingSettings {\n      topicWeight\n      geographyWeight\n      timeWeight\n      sectorWeight\n      budgetWeight\n      capacityWeight\n      feedbackWeight\n      geographyFactorForRemoteResources\n      listingThreshold\n      sendingThreshold\n      defaultSendingThreshold\n      sendingThresholdUpdatedAt\n      sendingThresholdUpdatedBy\n      listingLimit\n      sendingTradeOffs {\n        needs\n        points {\n          threshold\n          pairsSent\n          sentGood\n          perfectPairsSent\n          needsLeftQuiet\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPeople($organizationId: ID!) {\n    members(organizationId: $organizationId) {\n      ...MemberFields\n    }\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPeople($organizationId: ID!) {\n    members(organizationId: $organizationId) {\n      ...MemberFields\n    }\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationsWithoutMembers {\n    organizations(filter: { hasMembers: false }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          sector\n          createdAt\n          verified\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationsWithoutMembers {\n    organizations(filter: { hasMembers: false }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          sector\n          createdAt\n          verified\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarOrganizations($text: String!) {\n    organizations(filter: { text: $text }, first: 3) {\n      edges {\n        node {\n          id\n          name\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarOrganizations($text: String!) {\n    organizations(filter: { text: $text }, first: 3) {\n      edges {\n        node {\n          id\n          name\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnsentPairsReaching($sendingThreshold: Float!) {\n    unsentPairsReaching(sendingThreshold: $sendingThreshold)\n  }\n"): (typeof documents)["\n  query UnsentPairsReaching($sendingThreshold: Float!) {\n    unsentPairsReaching(sendingThreshold: $sendingThreshold)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnverifiedOrganizations {\n    organizations(filter: { verified: false }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          sector\n          createdAt\n          verified\n          description\n          website\n          registrationNumber\n          taxNumber\n          municipality {\n            name\n          }\n          contact {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnverifiedOrganizations {\n    organizations(filter: { verified: false }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          sector\n          createdAt\n          verified\n          description\n          website\n          registrationNumber\n          taxNumber\n          municipality {\n            name\n          }\n          contact {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Need($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      respondBy\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Need($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      respondBy\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      respondBy\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      respondBy\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedOwnResponse($id: ID!, $organizationId: ID) {\n    need(id: $id) {\n      id\n      ownResponse(organizationId: $organizationId) {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedOwnResponse($id: ID!, $organizationId: ID) {\n    need(id: $id) {\n      id\n      ownResponse(organizationId: $organizationId) {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedResponses($id: ID!) {\n    need(id: $id) {\n      id\n      responseCount\n      responses(first: 20) {\n        id\n        status\n        message\n        createdAt\n        organization {\n          id\n          name\n        }\n        offer {\n          id\n          title\n        }\n        partnership {\n          id\n          status\n          endedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedResponses($id: ID!) {\n    need(id: $id) {\n      id\n      responseCount\n      responses(first: 20) {\n        id\n        status\n        message\n        createdAt\n        organization {\n          id\n          name\n        }\n        offer {\n          id\n          title\n        }\n        partnership {\n          id\n          status\n          endedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedSuggestions($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    need(id: $id) {\n      id\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedSuggestions($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    need(id: $id) {\n      id\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOffer($id: ID!) {\n    closeOffer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseOffer($id: ID!) {\n    closeOffer(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n        name\n      }\n      serviceArea {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n        name\n      }\n      serviceArea {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferForEdit($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n      }\n      serviceArea {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferForEdit($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n      }\n      serviceArea {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferSuggestions($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    offer(id: $id) {\n      id\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferSuggestions($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    offer(id: $id) {\n      id\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPartnership($input: EndPartnershipInput!) {\n    endPartnership(input: $input) {\n      id\n      status\n      endedAt\n      outcomeNote\n    }\n  }\n"): (typeof documents)["\n  mutation EndPartnership($input: EndPartnershipInput!) {\n    endPartnership(input: $input) {\n      id\n      status\n      endedAt\n      outcomeNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partnerships($organizationId: ID, $first: Int!, $after: String) {\n    partnerships(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          createdAt\n          endedAt\n          outcomeNote\n          need {\n            id\n            title\n            status\n            organization {\n              id\n              name\n            }\n          }\n          offer {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n          partnerOrganization {\n            id\n            name\n          }\n          contacts {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Partnerships($organizationId: ID, $first: Int!, $after: String) {\n    partnerships(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          createdAt\n          endedAt\n          outcomeNote\n          need {\n            id\n            title\n            status\n            organization {\n              id\n              name\n            }\n          }\n          offer {\n            id\n            title\n            organization {\n              id\n              name\n            }\n          }\n          partnerOrganization {\n            id\n            name\n          }\n          contacts {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n      regionEn\n      latitude\n      longitude\n    }\n  }\n"): (typeof documents)["\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n      regionEn\n      latitude\n      longitude\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Themes {\n    themes {\n      code\n      nameSl\n      nameEn\n      parent {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query Themes {\n    themes {\n      code\n      nameSl\n      nameEn\n      parent {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationProfileFields on Organization {\n    id\n    name\n    description\n    website\n    registrationNumber\n    taxNumber\n    verified\n    municipality {\n      code\n    }\n    themes {\n      code\n    }\n    contact {\n      name\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationProfileFields on Organization {\n    id\n    name\n    description\n    website\n    registrationNumber\n    taxNumber\n    verified\n    municipality {\n      code\n    }\n    themes {\n      code\n    }\n    contact {\n      name\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        id\n        name\n        tokenPrefix\n      scopes\n        scopes\n        createdAt\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        id\n        name\n        tokenPrefix\n      scopes\n        scopes\n        createdAt\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberRole($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberRole($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyEmail($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      notifySuggestions\n      emailUnsubscribed\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyEmail($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      notifySuggestions\n      emailUnsubscribed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSuggestionPreferences($input: UpdateSuggestionPreferencesInput!) {\n    updateSuggestionPreferences(input: $input) {\n      frequency\n      minScore\n      themeCodes\n      municipalityCodes\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSuggestionPreferences($input: UpdateSuggestionPreferencesInput!) {\n    updateSuggestionPreferences(input: $input) {\n      frequency\n      minScore\n      themeCodes\n      municipalityCodes\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      id\n      events\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      id\n      events\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($organizationId: ID!) {\n    apiKeys(organizationId: $organizationId) {\n      id\n      name\n      tokenPrefix\n      scopes\n      createdAt\n      revokedAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($organizationId: ID!) {\n    apiKeys(organizationId: $organizationId) {\n      id\n      name\n      tokenPrefix\n      scopes\n      createdAt\n      revokedAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($organizationId: ID!) {\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitations($organizationId: ID!) {\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($organizationId: ID!) {\n    members(organizationId: $organizationId) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  query Members($organizationId: ID!) {\n    members(organizationId: $organizationId) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMemberships {\n    me {\n      id\n      memberships {\n        id\n        notifySuggestions\n        emailUnsubscribed\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMemberships {\n    me {\n      id\n      memberships {\n        id\n        notifySuggestions\n        emailUnsubscribed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationProfile($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationProfileFields\n    }\n  }\n"): (typeof documents)["\n  query OrganizationProfile($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionPreferences($organizationId: ID!) {\n    suggestionPreferences(organizationId: $organizationId) {\n      frequency\n      minScore\n      themeCodes\n      municipalityCodes\n      language\n    }\n  }\n"): (typeof documents)["\n  query SuggestionPreferences($organizationId: ID!) {\n    suggestionPreferences(organizationId: $organizationId) {\n      frequency\n      minScore\n      themeCodes\n      municipalityCodes\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($id: ID!) {\n    webhook(id: $id) {\n      id\n      deliveries(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            attempts\n            createdAt\n            sentAt\n            nextAttemptAt\n            lastResponseStatus\n            lastError\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($id: ID!) {\n    webhook(id: $id) {\n      id\n      deliveries(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            attempts\n            createdAt\n            sentAt\n            nextAttemptAt\n            lastResponseStatus\n            lastError\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks($organizationId: ID!) {\n    webhooks(organizationId: $organizationId) {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Webhooks($organizationId: ID!) {\n    webhooks(organizationId: $organizationId) {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMatch($input: RespondToMatchInput!, $language: Language!) {\n    respondToMatch(input: $input) {\n      ...SuggestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToMatch($input: RespondToMatchInput!, $language: Language!) {\n    respondToMatch(input: $input) {\n      ...SuggestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SuggestionAdded($organizationId: ID!, $language: Language!) {\n    suggestionAdded(organizationId: $organizationId) {\n      ...SuggestionFields\n    }\n  }\n"): (typeof documents)["\n  subscription SuggestionAdded($organizationId: ID!, $language: Language!) {\n    suggestionAdded(organizationId: $organizationId) {\n      ...SuggestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuggestionFields on Match {\n    id\n    score\n    recommended\n    status\n    needDecision\n    offerDecision\n    declineReason\n    partnership {\n      id\n      status\n      endedAt\n    }\n    components {\n      name\n      score\n      explanation(language: $language)\n    }\n    contacts {\n      name\n      email\n      phone\n    }\n    need {\n      id\n      status\n      title\n      description\n      startsOn\n      endsOn\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n    offer {\n      id\n      status\n      placesLeft\n      title\n      description\n      availableFrom\n      availableUntil\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SuggestionFields on Match {\n    id\n    score\n    recommended\n    status\n    needDecision\n    offerDecision\n    declineReason\n    partnership {\n      id\n      status\n      endedAt\n    }\n    components {\n      name\n      score\n      explanation(language: $language)\n    }\n    contacts {\n      name\n      email\n      phone\n    }\n    need {\n      id\n      status\n      title\n      description\n      startsOn\n      endsOn\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n    offer {\n      id\n      status\n      placesLeft\n      title\n      description\n      availableFrom\n      availableUntil\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;