/* eslint-disable */
import * as types from './graphql';



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
    "\n  mutation ThrottleInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.ThrottleInviteDocument,
    "\n  mutation ThrottleSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": typeof types.ThrottleSignUpDocument,
    "\n  mutation ThrottleLogin($input: LoginInput!) { login(input: $input) { user { id } } }\n": typeof types.ThrottleLoginDocument,
    "\n  mutation ThrottleReset($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }\n": typeof types.ThrottleResetDocument,
    "\n  mutation AccountsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token emailed invitation { id } } }\n": typeof types.AccountsInviteMemberDocument,
    "\n  query AccountsInvitationsEmailed { invitationsEmailed }\n": typeof types.AccountsInvitationsEmailedDocument,
    "\n  mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": typeof types.AccountsSignUpDocument,
    "\n  mutation AccountsLogin($input: LoginInput!) { login(input: $input) { user { id } } }\n": typeof types.AccountsLoginDocument,
    "\n  query AccountsMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role notifySuggestions user { id name email } } }\n": typeof types.AccountsMembersDocument,
    "\n  query AccountsInvitations($organizationId: ID!) { invitations(organizationId: $organizationId) { id email role expiresAt acceptedAt } }\n": typeof types.AccountsInvitationsDocument,
    "\n  mutation AccountsRequestPasswordReset($email: String!, $language: MessageLanguage) { requestPasswordReset(email: $email, language: $language) }\n": typeof types.AccountsRequestPasswordResetDocument,
    "\n  mutation AccountsResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { token user { id email } } }\n": typeof types.AccountsResetPasswordDocument,
    "\n  mutation AccountsRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id expiresAt acceptedAt } }\n": typeof types.AccountsRevokeInvitationDocument,
    "\n  mutation AccountsUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id notifySuggestions } }\n": typeof types.AccountsUpdateMembershipDocument,
    "\n  query AccountsMe { me { id } }\n": typeof types.AccountsMeDocument,
    "\n  query AccountsInvitationPreview($token: String!) { invitationPreview(token: $token) { email organizationName role accountExists expiresAt } }\n": typeof types.AccountsInvitationPreviewDocument,
    "\n  mutation AccountsAcceptInvitation($invitationToken: String!) {\n    acceptInvitation(invitationToken: $invitationToken) { id hubAdmin memberships { role organization { id } } }\n  }\n": typeof types.AccountsAcceptInvitationDocument,
    "\n  query AnsweredComponentsSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n": typeof types.AnsweredComponentsSuggestionsDocument,
    "\n  mutation AnsweredComponentsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": typeof types.AnsweredComponentsRespondDocument,
    "\n  mutation AnsweredComponentsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id capacity } }\n": typeof types.AnsweredComponentsUpdateOfferDocument,
    "\n  mutation LastUsedCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id lastUsedAt } } }\n": typeof types.LastUsedCreateApiKeyDocument,
    "\n  mutation LastUsedRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt lastUsedAt } }\n": typeof types.LastUsedRevokeApiKeyDocument,
    "\n  query LastUsedApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id lastUsedAt revokedAt } }\n": typeof types.LastUsedApiKeysDocument,
    "\n  query LastUsedViewer { viewer { kind } }\n": typeof types.LastUsedViewerDocument,
    "\n  mutation ScopesCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id scopes } } }\n": typeof types.ScopesCreateApiKeyDocument,
    "\n  query ScopesApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id scopes } }\n": typeof types.ScopesApiKeysDocument,
    "\n  mutation ScopesCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": typeof types.ScopesCreateNeedDocument,
    "\n  mutation ScopesCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }\n": typeof types.ScopesCloseNeedDocument,
    "\n  query ScopesNeed($id: ID!) { need(id: $id) { id title suggestions { id } } }\n": typeof types.ScopesNeedDocument,
    "\n  mutation ScopesRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": typeof types.ScopesRespondDocument,
    "\n  mutation ScopesCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": typeof types.ScopesCreateWebhookDocument,
    "\n  mutation ScopesVerify($id: ID!) { verifyOrganization(id: $id) { id verified } }\n": typeof types.ScopesVerifyDocument,
    "\n  mutation ScopesUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }\n": typeof types.ScopesUpdatePreferencesDocument,
    "\n  mutation ScopesPasswordReset($email: String!) { requestPasswordReset(email: $email) }\n": typeof types.ScopesPasswordResetDocument,
    "\n  mutation LimitsCloseNeed($id: ID!) { closeNeed(id: $id) { id } }\n": typeof types.LimitsCloseNeedDocument,
    "\n  query LimitsNeedCount { needs { totalCount } }\n": typeof types.LimitsNeedCountDocument,
    "\n  query LimitsNeedsFirst0 { needs(first: 0) { totalCount } }\n": typeof types.LimitsNeedsFirst0Document,
    "\n  query LimitsCheapPage { needs(first: 5) { totalCount edges { node { id } } } }\n": typeof types.LimitsCheapPageDocument,
    "\n  query LimitsCostly {\n    needs(first: 100) { totalCount edges { node { id title organization { id name municipality { name } } themes { code } } } }\n  }\n": typeof types.LimitsCostlyDocument,
    "\n  query LimitsPageOf($first: Int) { needs(first: $first) { edges { node { id title organization { name } } } } }\n": typeof types.LimitsPageOfDocument,
    "\n  query LimitsTwenty { needs(first: 20) { edges { node { id title organization { name municipality { name } } } } } }\n": typeof types.LimitsTwentyDocument,
    "\n  query LimitsDefaultPage { needs { edges { node { id title organization { name municipality { name } } } } } }\n": typeof types.LimitsDefaultPageDocument,
    "\n  query LimitsOneNeed { needs(first: 1) { totalCount } }\n": typeof types.LimitsOneNeedDocument,
    "\n  query LimitsSixOrganizations($id: ID!) {\n    o0: organization(id: $id) { id }\n    o1: organization(id: $id) { id }\n    o2: organization(id: $id) { id }\n    o3: organization(id: $id) { id }\n    o4: organization(id: $id) { id }\n    o5: organization(id: $id) { id }\n  }\n": typeof types.LimitsSixOrganizationsDocument,
    "\n  query LimitsOneOffer { offers(first: 1) { totalCount } }\n": typeof types.LimitsOneOfferDocument,
    "\n  query LimitsOneOrganizationPage { organizations(first: 1) { totalCount } }\n": typeof types.LimitsOneOrganizationPageDocument,
    "\n  query LimitsOrganization($id: ID!) { organization(id: $id) { id } }\n": typeof types.LimitsOrganizationDocument,
    "\n  query LimitsMe { me { id } }\n": typeof types.LimitsMeDocument,
    "\n  query LimitsThemes { themes { code } }\n": typeof types.LimitsThemesDocument,
    "\n  query LimitsTypenameAndThemes { __typename themes { code } }\n": typeof types.LimitsTypenameAndThemesDocument,
    "\n  mutation AuthorizationCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": typeof types.AuthorizationCreateNeedDocument,
    "\n  mutation AuthorizationUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id title } }\n": typeof types.AuthorizationUpdateNeedDocument,
    "\n  mutation AuthorizationCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }\n": typeof types.AuthorizationCloseNeedDocument,
    "\n  mutation AuthorizationCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n": typeof types.AuthorizationCreateOfferDocument,
    "\n  mutation AuthorizationUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id title } }\n": typeof types.AuthorizationUpdateOfferDocument,
    "\n  mutation AuthorizationCloseOffer($id: ID!) { closeOffer(id: $id) { id status } }\n": typeof types.AuthorizationCloseOfferDocument,
    "\n  mutation AuthorizationCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n": typeof types.AuthorizationCreateOrganizationDocument,
    "\n  mutation AuthorizationUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id description } }\n": typeof types.AuthorizationUpdateOrganizationDocument,
    "\n  mutation AuthorizationVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }\n": typeof types.AuthorizationVerifyOrganizationDocument,
    "\n  mutation AuthorizationCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { token apiKey { id organizationId tokenPrefix revokedAt } }\n  }\n": typeof types.AuthorizationCreateApiKeyDocument,
    "\n  mutation AuthorizationRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n": typeof types.AuthorizationRevokeApiKeyDocument,
    "\n  mutation AuthorizationInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) { token invitation { id email role organizationId acceptedAt } }\n  }\n": typeof types.AuthorizationInviteMemberDocument,
    "\n  mutation AuthorizationSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id email hubAdmin memberships { role organization { id } } } }\n  }\n": typeof types.AuthorizationSignUpDocument,
    "\n  mutation AuthorizationLogin($input: LoginInput!) { login(input: $input) { token user { id email } } }\n": typeof types.AuthorizationLoginDocument,
    "\n  query AuthorizationMe { me { id email name hubAdmin memberships { role organization { id } } } }\n": typeof types.AuthorizationMeDocument,
    "\n  query AuthorizationBacklog { matchingBacklog }\n": typeof types.AuthorizationBacklogDocument,
    "\n  query AuthorizationNeedCount { needs { totalCount } }\n": typeof types.AuthorizationNeedCountDocument,
    "\n  query AuthorizationOfferCount { offers { totalCount } }\n": typeof types.AuthorizationOfferCountDocument,
    "\n  query AuthorizationOrganizationCount { organizations { totalCount } }\n": typeof types.AuthorizationOrganizationCountDocument,
    "\n  query AuthorizationNeed($id: ID!) { need(id: $id) { id } }\n": typeof types.AuthorizationNeedDocument,
    "\n  query AuthorizationOffer($id: ID!) { offer(id: $id) { id } }\n": typeof types.AuthorizationOfferDocument,
    "\n  query AuthorizationOrganization($id: ID!) { organization(id: $id) { id } }\n": typeof types.AuthorizationOrganizationDocument,
    "\n  query AuthorizationThemes { themes { code } }\n": typeof types.AuthorizationThemesDocument,
    "\n  query AuthorizationPublicReferenceData { municipalities { code } themes { code } municipality(code: \"052\") { name } }\n": typeof types.AuthorizationPublicReferenceDataDocument,
    "\n  query AuthorizationReadAll($need: ID!, $offer: ID!, $organization: ID!) {\n    need(id: $need) { id organization { id } }\n    offer(id: $offer) { id organization { id } }\n    organization(id: $organization) { id name }\n    needs(first: 100) { edges { node { id } } }\n    offers(first: 100) { edges { node { id } } }\n    organizations(first: 100) { edges { node { id } } }\n  }\n": typeof types.AuthorizationReadAllDocument,
    "\n  query AuthorizationNeedSuggestions($id: ID!) { need(id: $id) { id title suggestions { id offer { id } } } }\n": typeof types.AuthorizationNeedSuggestionsDocument,
    "\n  query AuthorizationOfferSuggestions($id: ID!) { offer(id: $id) { id title suggestions { id need { id } } } }\n": typeof types.AuthorizationOfferSuggestionsDocument,
    "\n  query AuthorizationNeedsWithSuggestions { needs(first: 100) { edges { node { id organization { id } suggestions { id } } } } }\n": typeof types.AuthorizationNeedsWithSuggestionsDocument,
    "\n  query AuthorizationNestedSuggestions($id: ID!) { need(id: $id) { id suggestions { id offer { id suggestions { id } } } } }\n": typeof types.AuthorizationNestedSuggestionsDocument,
    "\n  query AuthorizationForeignPartnerships($organizationId: ID!) { partnerships(organizationId: $organizationId) { totalCount } }\n": typeof types.AuthorizationForeignPartnershipsDocument,
    "\n  query AuthorizationAllPartnerships { partnerships { totalCount } }\n": typeof types.AuthorizationAllPartnershipsDocument,
    "\n  query AuthorizationForeignDeliveries($organizationId: ID!) { deliveries(organizationId: $organizationId) { totalCount edges { node { recipient } } } }\n": typeof types.AuthorizationForeignDeliveriesDocument,
    "\n  query AuthorizationForeignPreferences($organizationId: ID!) { suggestionPreferences(organizationId: $organizationId) { frequency minScore } }\n": typeof types.AuthorizationForeignPreferencesDocument,
    "\n  query AuthorizationForeignWebhooks($organizationId: ID!) { webhooks(organizationId: $organizationId) { id url } }\n": typeof types.AuthorizationForeignWebhooksDocument,
    "\n  query AuthorizationForeignWebhook($id: ID!) { webhook(id: $id) { id url deliveries { totalCount } } }\n": typeof types.AuthorizationForeignWebhookDocument,
    "\n  query AuthorizationForeignApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id tokenPrefix } }\n": typeof types.AuthorizationForeignApiKeysDocument,
    "\n  query AuthorizationForeignMembers($organizationId: ID!) { members(organizationId: $organizationId) { id } }\n": typeof types.AuthorizationForeignMembersDocument,
    "\n  query AuthorizationForeignInvitations($organizationId: ID!) { invitations(organizationId: $organizationId) { id email } }\n": typeof types.AuthorizationForeignInvitationsDocument,
    "\n  mutation AuthorizationCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": typeof types.AuthorizationCreateWebhookDocument,
    "\n  mutation WebInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }\n": typeof types.WebInviteMemberDocument,
    "\n  mutation BulkCreateOffers($input: [CreateOfferInput!]!) {\n    createOffers(input: $input) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n": typeof types.BulkCreateOffersDocument,
    "\n  mutation BulkCreateNeeds($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id title kind status organization { id } } }\n": typeof types.BulkCreateNeedsDocument,
    "\n  mutation BulkCreateOneOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n": typeof types.BulkCreateOneOfferDocument,
    "\n  query BulkOffer($id: ID!) {\n    offer(id: $id) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n": typeof types.BulkOfferDocument,
    "\n  query BulkOfferScored($id: ID!) { offer(id: $id) { lastMatchedAt } }\n": typeof types.BulkOfferScoredDocument,
    "\n  mutation BulkUpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n": typeof types.BulkUpdateOfferDocument,
    "\n  mutation BulkCloseOffer($id: ID!) { closeOffer(id: $id) { id status updatedAt organization { id name } } }\n": typeof types.BulkCloseOfferDocument,
    "\n  mutation BulkUpdateSeed($input: [CreateOfferInput!]!) { createOffers(input: $input) { id title } }\n": typeof types.BulkUpdateSeedDocument,
    "\n  mutation BulkUpdateOffers($input: [UpdateOfferInput!]!) { updateOffers(input: $input) { id title valueEur status } }\n": typeof types.BulkUpdateOffersDocument,
    "\n  mutation BulkUpdateNeeds($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id title } }\n": typeof types.BulkUpdateNeedsDocument,
    "\n  mutation BulkUpdateClose($id: ID!) { closeOffer(id: $id) { id status } }\n": typeof types.BulkUpdateCloseDocument,
    "\n  query CalibratedSendingRecommended($id: ID!) { need(id: $id) { suggestions(first: 50) { score recommended offer { id } } } }\n": typeof types.CalibratedSendingRecommendedDocument,
    "\n  query CapacityExplanationSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n": typeof types.CapacityExplanationSuggestionsDocument,
    "\n  query CapacityExplanationMatch($id: ID!) {\n    match(id: $id) { id status score components { name score sl: explanation en: explanation(language: EN) } }\n  }\n": typeof types.CapacityExplanationMatchDocument,
    "\n  mutation CapacityExplanationRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }\n": typeof types.CapacityExplanationRespondDocument,
    "\n  mutation CapacityExplanationEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n": typeof types.CapacityExplanationEndDocument,
    "\n  query ContractReferenceData { municipalities { code name region } themes { code name parent { code } } }\n": typeof types.ContractReferenceDataDocument,
    "\n  query ContractRegions { municipalities { code region regionEn } }\n": typeof types.ContractRegionsDocument,
    "\n  query ContractNeed($id: ID!) {\n    need(id: $id) {\n      id title status lastMatchedAt startsOn endsOn budgetEur resourceTypes\n      organization { id name sector municipality { code name } } municipality { code } themes { code name }\n    }\n  }\n": typeof types.ContractNeedDocument,
    "\n  query ContractOffer($id: ID!) {\n    offer(id: $id) { status reach capacity valueEur availableFrom availableUntil serviceArea { code } organization { id } }\n  }\n": typeof types.ContractOfferDocument,
    "\n  mutation ContractUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { title endsOn themes { code } budgetEur } }\n": typeof types.ContractUpdateNeedDocument,
    "\n  mutation ContractCloseNeed($id: ID!) { closeNeed(id: $id) { status } }\n": typeof types.ContractCloseNeedDocument,
    "\n  mutation ContractUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { capacity reach } }\n": typeof types.ContractUpdateOfferDocument,
    "\n  mutation ContractCloseOffer($id: ID!) { closeOffer(id: $id) { status } }\n": typeof types.ContractCloseOfferDocument,
    "\n  query ContractMissing($id: ID!) { need(id: $id) { id } offer(id: $id) { id } }\n": typeof types.ContractMissingDocument,
    "\n  query ContractContact($id: ID!) { organization(id: $id) { contact { name email phone } } }\n": typeof types.ContractContactDocument,
    "\n  query DatabaseOutageNeedCount { needs { totalCount } }\n": typeof types.DatabaseOutageNeedCountDocument,
    "\n  query DatabaseOutageSettingsAndNeed($id: ID!) { matchingSettings { listingThreshold } need(id: $id) { id } }\n": typeof types.DatabaseOutageSettingsAndNeedDocument,
    "\n  mutation DeleteAccountInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.DeleteAccountInviteDocument,
    "\n  mutation DeleteAccountSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id memberships { id } } } }\n": typeof types.DeleteAccountSignUpDocument,
    "\n  mutation DeleteAccountLogin($input: LoginInput!) { login(input: $input) { token } }\n": typeof types.DeleteAccountLoginDocument,
    "\n  mutation DeleteAccountDelete($input: DeleteAccountInput!) { deleteAccount(input: $input) }\n": typeof types.DeleteAccountDeleteDocument,
    "\n  query DeleteAccountMe { me { id memberships { id role } } }\n": typeof types.DeleteAccountMeDocument,
    "\n  query DeleteAccountMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role user { id } } }\n": typeof types.DeleteAccountMembersDocument,
    "\n  mutation DeleteAccountUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role } }\n": typeof types.DeleteAccountUpdateMembershipDocument,
    "\n  mutation DeleteAccountAccept($token: String!) { acceptInvitation(invitationToken: $token) { id } }\n": typeof types.DeleteAccountAcceptDocument,
    "\n  query DeleteAccountNeed($id: ID!) { need(id: $id) { id organization { id } } }\n": typeof types.DeleteAccountNeedDocument,
    "\n  query DeleteAccountOrganization($id: ID!) { organization(id: $id) { id memberCount } }\n": typeof types.DeleteAccountOrganizationDocument,
    "\n  subscription DeleteAccountSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n": typeof types.DeleteAccountSuggestionAddedDocument,
    "\n  mutation DigestLeaseUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }\n": typeof types.DigestLeaseUpdatePreferencesDocument,
    "\n  subscription EventsSubscriberSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n": typeof types.EventsSubscriberSuggestionAddedDocument,
    "\n  subscription EventsSubscriberSuggestionAnswered($organizationId: ID!) { suggestionAnswered(organizationId: $organizationId) { id } }\n": typeof types.EventsSubscriberSuggestionAnsweredDocument,
    "\n  subscription EventsSubscriberResponseChanged($organizationId: ID!) {\n    responseChanged(organizationId: $organizationId) { id status organization { id } need { id } }\n  }\n": typeof types.EventsSubscriberResponseChangedDocument,
    "\n  subscription EventsSubscriberPartnershipChanged($organizationId: ID!) { partnershipChanged(organizationId: $organizationId) { id } }\n": typeof types.EventsSubscriberPartnershipChangedDocument,
    "\n  mutation EventsSubscriberLogin($input: LoginInput!) { login(input: $input) { token } }\n": typeof types.EventsSubscriberLoginDocument,
    "\n  mutation EventsSubscriberRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": typeof types.EventsSubscriberRespondDocument,
    "\n  mutation FaultsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }\n": typeof types.FaultsCreateOrganizationDocument,
    "\n  mutation FaultsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": typeof types.FaultsCreateWebhookDocument,
    "\n  mutation FaultsCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": typeof types.FaultsCreateNeedDocument,
    "\n  mutation FaultsCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n": typeof types.FaultsCreateOfferDocument,
    "\n  subscription ScaleOutSuggestionAdded($organizationId: ID!) {\n    suggestionAdded(organizationId: $organizationId) { id need { id } offer { id } }\n  }\n": typeof types.ScaleOutSuggestionAddedDocument,
    "\n  mutation FuzzInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.FuzzInviteMemberDocument,
    "\n  mutation FuzzSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": typeof types.FuzzSignUpDocument,
    "\n  mutation FuzzLogin($input: LoginInput!) { login(input: $input) { token } }\n": typeof types.FuzzLoginDocument,
    "\n  mutation FuzzCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": typeof types.FuzzCreateWebhookDocument,
    "\n  mutation FuzzRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": typeof types.FuzzRespondToNeedDocument,
    "\n  mutation RetryCreateOffers($input: [CreateOfferInput!]!) { createOffers(input: $input) { id title externalId status organization { id } } }\n": typeof types.RetryCreateOffersDocument,
    "\n  query RetryOfferExternalId($id: ID!) { offer(id: $id) { id externalId } }\n": typeof types.RetryOfferExternalIdDocument,
    "\n  mutation RetryCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id title externalId } }\n": typeof types.RetryCreateNeedDocument,
    "\n  mutation RetryUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id title externalId } }\n": typeof types.RetryUpdateOfferDocument,
    "\n  mutation KeptSuggestionsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }\n": typeof types.KeptSuggestionsUpdateOfferDocument,
    "\n  mutation KeptSuggestionsUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }\n": typeof types.KeptSuggestionsUpdateNeedDocument,
    "\n  mutation KeptSuggestionsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": typeof types.KeptSuggestionsRespondDocument,
    "\n  query KeptSuggestionsMatch($id: ID!) { match(id: $id) { id status score components { name en: explanation(language: EN) } } }\n": typeof types.KeptSuggestionsMatchDocument,
    "\n  query ListOrganizationSummary($id: ID!) {\n    needs(first: 5, filter: { organizationId: $id }) {\n      edges { node { id who: organization { ...Who } } }\n    }\n    offers(first: 5, filter: { organizationId: $id }) {\n      edges { node { id organization { __typename id name sector verified municipality { code } } } }\n    }\n  }\n  fragment Who on Organization { id name sector verified municipality { code } }\n": typeof types.ListOrganizationSummaryDocument,
    "\n  query ListOrganizationMore($id: ID!) {\n    needs(first: 5, filter: { organizationId: $id }) {\n      edges { node { id organization { ...Who } ... on Need { description organization { description themes { code } } } } }\n    }\n    offers(first: 5, filter: { organizationId: $id }) {\n      edges { node { id organization { name website createdAt } } }\n    }\n  }\n  fragment Who on Organization { id name sector verified municipality { code } }\n": typeof types.ListOrganizationMoreDocument,
    "\n  query SuggestedOrganizations($id: ID!) {\n    summary: need(id: $id) { suggestions(first: 5) { offer { organization { id name } } } }\n    more: need(id: $id) { suggestions(first: 5) { offer { organization { ... on Organization { description } } } } }\n  }\n": typeof types.SuggestedOrganizationsDocument,
    "\n  query SuggestedOfferDescriptions($id: ID!) {\n    without: need(id: $id) { suggestions(first: 5) { offer { id title } } }\n    with: need(id: $id) { suggestions(first: 5) { offer { id ... on Offer { description } } } }\n  }\n": typeof types.SuggestedOfferDescriptionsDocument,
    "\n  query PostingOrganizations($needId: ID!, $offerId: ID!) {\n    need(id: $needId) { id organization { id name sector verified municipality { code } } }\n    offer(id: $offerId) { id organization { ...Poster } }\n    whole: need(id: $needId) { id organization { name description website } }\n  }\n  fragment Poster on Organization { id name verified }\n": typeof types.PostingOrganizationsDocument,
    "\n  query MatchById($id: ID!) {\n    match(id: $id) { id status score recommended needDecision offerDecision declineReason need { id title } offer { id title organization { id } } }\n  }\n": typeof types.MatchByIdDocument,
    "\n  mutation MatchByIdDecline($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": typeof types.MatchByIdDeclineDocument,
    "\n  mutation LanesRematchAll { rematchAll }\n": typeof types.LanesRematchAllDocument,
    "\n  query LanesMatchingProgress {\n    matchingBacklog\n    matchingLanes { name waiting active delayed }\n    rematchProgress { startedAt total done finishedAt }\n  }\n": typeof types.LanesMatchingProgressDocument,
    "\n  query MatchingSettingsInForce { matchingSettings { sendingThreshold defaultSendingThreshold sendingThresholdUpdatedAt sendingThresholdUpdatedBy } }\n": typeof types.MatchingSettingsInForceDocument,
    "\n  query SendingTradeOffs {\n    matchingSettings { sendingTradeOffs { measuredOn needs points { threshold pairsSent sentGood perfectPairsSent needsLeftQuiet } } }\n  }\n": typeof types.SendingTradeOffsDocument,
    "\n  query UnsentPairsReaching($sendingThreshold: Float!) { unsentPairsReaching(sendingThreshold: $sendingThreshold) }\n": typeof types.UnsentPairsReachingDocument,
    "\n  mutation UpdateMatchingSettings($input: UpdateMatchingSettingsInput!) {\n    updateMatchingSettings(input: $input) { sendingThreshold defaultSendingThreshold sendingThresholdUpdatedAt sendingThresholdUpdatedBy }\n  }\n": typeof types.UpdateMatchingSettingsDocument,
    "\n  query MatchingSuggestions($id: ID!) {\n    need(id: $id) {\n      lastMatchedAt\n      suggestions { id score status offer { id } components { name score weight shortfall effect explanation en: explanation(language: EN) } }\n    }\n  }\n": typeof types.MatchingSuggestionsDocument,
    "\n  query MatchingBacklog { matchingBacklog }\n": typeof types.MatchingBacklogDocument,
    "\n  mutation MatchingUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }\n": typeof types.MatchingUpdateNeedDocument,
    "\n  query MatchingSuggestionIds($id: ID!, $first: Int, $offset: Int) { need(id: $id) { suggestions(first: $first, offset: $offset) { id } } }\n": typeof types.MatchingSuggestionIdsDocument,
    "\n  mutation MatchingRematchAll { rematchAll }\n": typeof types.MatchingRematchAllDocument,
    "\n  mutation MatchingUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }\n": typeof types.MatchingUpdateOfferDocument,
    "\n  query MetricsAccessThemes { themes { code } }\n": typeof types.MetricsAccessThemesDocument,
    "\n  mutation MetricsUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }\n": typeof types.MetricsUpdatePreferencesDocument,
    "\n  query NPlusOneNeeds($first: Int) {\n    needs(first: $first) {\n      totalCount\n      edges { node { id title organization { id name municipality { name } } municipality { code } themes { code parent { code } } } }\n    }\n  }\n": typeof types.NPlusOneNeedsDocument,
    "\n  query NPlusOneNeedsWithoutCount { needs(first: 20) { pageInfo { hasNextPage } edges { node { id organization { name } } } } }\n": typeof types.NPlusOneNeedsWithoutCountDocument,
    "\n  query NPlusOneNeedWithSuggestions($id: ID!) {\n    need(id: $id) { id organization { name } suggestions(first: 10) { id offer { id organization { name } municipality { name } } } }\n  }\n": typeof types.NPlusOneNeedWithSuggestionsDocument,
    "\n  query NPlusOneNeed($id: ID!) { need(id: $id) { id } }\n": typeof types.NPlusOneNeedDocument,
    "\n  query NPlusOneThreeNeeds($a: ID!, $b: ID!, $c: ID!) { n0: need(id: $a) { id } n1: need(id: $b) { id } n2: need(id: $c) { id } }\n": typeof types.NPlusOneThreeNeedsDocument,
    "\n  query NPlusOneOffers {\n    offers(first: 10) { totalCount edges { node { id organization { id name } municipality { name } serviceArea { code } themes { code parent { code } } } } }\n  }\n": typeof types.NPlusOneOffersDocument,
    "\n  query NPlusOneOrganizations {\n    organizations(first: 50) { totalCount edges { node { id name municipality { name region } themes { code parent { code } } } } }\n  }\n": typeof types.NPlusOneOrganizationsDocument,
    "\n  query NPlusOneOrganizationsWithMemberCount { organizations(first: 50) { edges { node { id memberCount } } } }\n": typeof types.NPlusOneOrganizationsWithMemberCountDocument,
    "\n  mutation NPlusOneInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.NPlusOneInviteMemberDocument,
    "\n  mutation NPlusOneSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": typeof types.NPlusOneSignUpDocument,
    "\n  query NPlusOnePartnerships($first: Int) {\n    partnerships(first: $first) { edges { node { id endedBy needOrganization { name } partnerOrganization { name } endedByOrganization { id name } } } }\n  }\n": typeof types.NPlusOnePartnershipsDocument,
    "\n  query NPlusOnePartnershipsCounted($first: Int) {\n    partnerships(first: $first) { totalCount edges { node { id needOrganization { name } partnerOrganization { name } } } }\n  }\n": typeof types.NPlusOnePartnershipsCountedDocument,
    "\n  query NPlusOnePartnershipsWithoutEnder($first: Int) {\n    partnerships(first: $first) { edges { node { id needOrganization { name } partnerOrganization { name } } } }\n  }\n": typeof types.NPlusOnePartnershipsWithoutEnderDocument,
    "\n  mutation NeedClosedRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n": typeof types.NeedClosedRespondDocument,
    "\n  mutation NeedClosedClose($id: ID!) { closeNeed(id: $id) { id status } }\n": typeof types.NeedClosedCloseDocument,
    "\n  query NeedClosedResponses($id: ID!) { need(id: $id) { status responses { id status } } }\n": typeof types.NeedClosedResponsesDocument,
    "\n  query NeedClosedOwnResponse($id: ID!) { need(id: $id) { ownResponse { id status } } }\n": typeof types.NeedClosedOwnResponseDocument,
    "\n  mutation NeedClosedAccept($id: ID!) { acceptResponse(id: $id) { id } }\n": typeof types.NeedClosedAcceptDocument,
    "\n  mutation NeedClosedDecline($id: ID!) { declineResponse(id: $id) { id status } }\n": typeof types.NeedClosedDeclineDocument,
    "\n  mutation NeedClosedWithdraw($id: ID!) { withdrawResponse(id: $id) { id status } }\n": typeof types.NeedClosedWithdrawDocument,
    "\n  mutation NeedClosedCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }\n": typeof types.NeedClosedCreateWebhookDocument,
    "\n  mutation NeedClosedPreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency language } }\n": typeof types.NeedClosedPreferencesDocument,
    "\n  query NeedCounts($filter: NeedFilter) { needCountsByMunicipality(filter: $filter) { count municipality { code name } } }\n": typeof types.NeedCountsDocument,
    "\n  query NeedCountsPage($filter: NeedFilter, $after: String) {\n    needs(filter: $filter, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { municipality { code } } } }\n  }\n": typeof types.NeedCountsPageDocument,
    "\n  mutation NeedPartnershipRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": typeof types.NeedPartnershipRespondDocument,
    "\n  query NeedPartnershipSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n": typeof types.NeedPartnershipSuggestionsDocument,
    "\n  mutation NeedPartnershipRespondToMatch($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }\n": typeof types.NeedPartnershipRespondToMatchDocument,
    "\n  mutation NeedPartnershipEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n": typeof types.NeedPartnershipEndDocument,
    "\n  query NeedPartnershipNeed($id: ID!) {\n    need(id: $id) { status partnership { id status needOrganization { id } partnerOrganization { id } } }\n  }\n": typeof types.NeedPartnershipNeedDocument,
    "\n  query NeedPartnershipResponses($id: ID!) { need(id: $id) { responses { id status organization { id } partnership { id } } } }\n": typeof types.NeedPartnershipResponsesDocument,
    "\n  query NeedPartnershipNeeds($filter: NeedFilter!) { needs(filter: $filter, first: 20) { edges { node { id partnership { id } } } } }\n": typeof types.NeedPartnershipNeedsDocument,
    "\n  mutation ErasureErase($input: EraseOrganizationInput!) {\n    eraseOrganization(input: $input) {\n      organizationId name needs offers responses partnerships matches memberships invitations apiKeys webhooks deliveries emailSuppressions auditEntriesCleared\n    }\n  }\n": typeof types.ErasureEraseDocument,
    "\n  query ErasureOrganization($id: ID!) { organization(id: $id) { id name } }\n": typeof types.ErasureOrganizationDocument,
    "\n  mutation ErasureInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.ErasureInviteDocument,
    "\n  mutation ErasureSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": typeof types.ErasureSignUpDocument,
    "\n  mutation ErasureAcceptInvitation($invitationToken: String!) { acceptInvitation(invitationToken: $invitationToken) { id } }\n": typeof types.ErasureAcceptInvitationDocument,
    "\n  query ErasureMe { me { id memberships { organization { id } } } }\n": typeof types.ErasureMeDocument,
    "\n  mutation ErasureCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": typeof types.ErasureCreateWebhookDocument,
    "\n  subscription ErasureSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n": typeof types.ErasureSuggestionAddedDocument,
    "\n  mutation OrganizationMembersInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.OrganizationMembersInviteDocument,
    "\n  mutation OrganizationMembersSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": typeof types.OrganizationMembersSignUpDocument,
    "\n  mutation OrganizationMembersVerify($id: ID!) { verifyOrganization(id: $id) { id verified } }\n": typeof types.OrganizationMembersVerifyDocument,
    "\n  query OrganizationMembersList($filter: OrganizationFilter) {\n    organizations(first: 100, filter: $filter) { totalCount edges { node { id memberCount } } }\n  }\n": typeof types.OrganizationMembersListDocument,
    "\n  query OrganizationMembersOne($id: ID!) { organization(id: $id) { id memberCount } }\n": typeof types.OrganizationMembersOneDocument,
    "\n  mutation OrganizationMembersSignUpMembership($input: SignUpInput!) { signUp(input: $input) { token user { id memberships { id } } } }\n": typeof types.OrganizationMembersSignUpMembershipDocument,
    "\n  mutation OrganizationMembersRemove($id: ID!) { removeMember(id: $id) { id role user { id } organization { id } } }\n": typeof types.OrganizationMembersRemoveDocument,
    "\n  mutation OrganizationMembersUpdate($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role notifySuggestions } }\n": typeof types.OrganizationMembersUpdateDocument,
    "\n  query OrganizationMembersMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role user { id } } }\n": typeof types.OrganizationMembersMembersDocument,
    "\n  mutation OrganizationMembersCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": typeof types.OrganizationMembersCreateNeedDocument,
    "\n  subscription OrganizationMembersSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n": typeof types.OrganizationMembersSuggestionAddedDocument,
    "\n  mutation OwnResponseRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": typeof types.OwnResponseRespondDocument,
    "\n  mutation OwnResponseRespondReadingBack($input: RespondToNeedInput!, $organizationId: ID) {\n    respondToNeed(input: $input) { id need { id ownResponse(organizationId: $organizationId) { id status } } }\n  }\n": typeof types.OwnResponseRespondReadingBackDocument,
    "\n  mutation OwnResponseDecline($id: ID!) { declineResponse(id: $id) { id status } }\n": typeof types.OwnResponseDeclineDocument,
    "\n  query OwnResponseResponsesPage($id: ID!, $first: Int, $offset: Int) {\n    need(id: $id) { id responseCount responses(first: $first, offset: $offset) { id createdAt organization { id } } }\n  }\n": typeof types.OwnResponseResponsesPageDocument,
    "\n  query OwnResponseResponsesDefaultPage($id: ID!) { need(id: $id) { responses { id } } }\n": typeof types.OwnResponseResponsesDefaultPageDocument,
    "\n  query OwnResponseResponseCount($id: ID!) { need(id: $id) { id responseCount } }\n": typeof types.OwnResponseResponseCountDocument,
    "\n  query OwnResponseNeedsWithResponses($filter: NeedFilter!) {\n    needs(filter: $filter, first: 100) { edges { node { id responseCount responses(first: 2) { id organization { id } } } } }\n  }\n": typeof types.OwnResponseNeedsWithResponsesDocument,
    "\n  query OwnResponseCalls($filter: NeedFilter!, $organizationId: ID) {\n    needs(filter: $filter, first: 100) { edges { node { id ownResponse(organizationId: $organizationId) { id status message organization { id } } } } }\n  }\n": typeof types.OwnResponseCallsDocument,
    "\n  query NeedsPage($first: Int, $after: String, $filter: NeedFilter) {\n    needs(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }\n    }\n  }\n": typeof types.NeedsPageDocument,
    "\n  query OffersPage($first: Int, $after: String, $filter: OfferFilter) {\n    offers(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }\n    }\n  }\n": typeof types.OffersPageDocument,
    "\n  query OrganizationsPage($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }\n    }\n  }\n": typeof types.OrganizationsPageDocument,
    "\n  query PaginationNeedCount($first: Int, $after: String) { needs(first: $first, after: $after) { totalCount } }\n": typeof types.PaginationNeedCountDocument,
    "\n  query PaginationNeedsFirst101 { needs(first: 101) { totalCount } }\n": typeof types.PaginationNeedsFirst101Document,
    "\n  query PaginationOffersFirst0 { offers(first: 0) { totalCount } }\n": typeof types.PaginationOffersFirst0Document,
    "\n  query PaginationOffersFirst101 { offers(first: 101) { totalCount } }\n": typeof types.PaginationOffersFirst101Document,
    "\n  query PaginationOrganizationsFirst0 { organizations(first: 0) { totalCount } }\n": typeof types.PaginationOrganizationsFirst0Document,
    "\n  query PaginationOrganizationsFirst101 { organizations(first: 101) { totalCount } }\n": typeof types.PaginationOrganizationsFirst101Document,
    "\n  mutation PaginationCloseNeed($id: ID!) { closeNeed(id: $id) { status } }\n": typeof types.PaginationCloseNeedDocument,
    "\n  mutation PaginationCloseOffer($id: ID!) { closeOffer(id: $id) { status } }\n": typeof types.PaginationCloseOfferDocument,
    "\n  mutation PaginationVerifyOrganization($id: ID!, $verified: Boolean) { verifyOrganization(id: $id, verified: $verified) { id verified } }\n": typeof types.PaginationVerifyOrganizationDocument,
    "\n  mutation PartnerContactsInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.PartnerContactsInviteDocument,
    "\n  mutation PartnerContactsSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": typeof types.PartnerContactsSignUpDocument,
    "\n  query PartnerContactsList($organizationId: ID) {\n    partnerships(organizationId: $organizationId) { edges { node { id partnerOrganization { id } contacts { name email phone } } } }\n  }\n": typeof types.PartnerContactsListDocument,
    "\n  mutation PartnerContactsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n": typeof types.PartnerContactsUpdateOrganizationDocument,
    "\n  query CapacitySuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n": typeof types.CapacitySuggestionsDocument,
    "\n  query CapacityPartnerships($organizationId: ID!) {\n    partnerships(organizationId: $organizationId) {\n      totalCount\n      edges { node { status endedAt need { id } offer { id } contacts { name } } }\n    }\n  }\n": typeof types.CapacityPartnershipsDocument,
    "\n  mutation CapacityRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }\n": typeof types.CapacityRespondDocument,
    "\n  mutation CapacityEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status outcomeNote endedAt } }\n": typeof types.CapacityEndDocument,
    "\n  query CapacityPlacesLeft($id: ID!) { offer(id: $id) { capacity placesLeft } }\n": typeof types.CapacityPlacesLeftDocument,
    "\n  query CapacityNeedStatus($id: ID!) { need(id: $id) { id status } }\n": typeof types.CapacityNeedStatusDocument,
    "\n  subscription PartnershipChangedEvents($organizationId: ID!) {\n    partnershipChanged(organizationId: $organizationId) {\n      id status outcomeNote endedAt endedBy endedByOrganization { id }\n      need { id status }\n      needOrganization { id }\n      partnerOrganization { id }\n    }\n  }\n": typeof types.PartnershipChangedEventsDocument,
    "\n  mutation PartnershipChangedEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n": typeof types.PartnershipChangedEndDocument,
    "\n  query PartnershipChangedListed($organizationId: ID) {\n    partnerships(organizationId: $organizationId, first: 50) { edges { node { id status endedBy endedByOrganization { id name } } } }\n  }\n": typeof types.PartnershipChangedListedDocument,
    "\n  mutation PartnershipChangedInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.PartnershipChangedInviteDocument,
    "\n  mutation PartnershipChangedSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": typeof types.PartnershipChangedSignUpDocument,
    "\n  mutation EndedByMigrationEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id } }\n": typeof types.EndedByMigrationEndDocument,
    "\n  mutation EndedByMigrationInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.EndedByMigrationInviteDocument,
    "\n  mutation EndedByMigrationSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": typeof types.EndedByMigrationSignUpDocument,
    "\n  query PartnershipsList($organizationId: ID, $statuses: [PartnershipStatus!], $first: Int, $after: String) {\n    partnerships(organizationId: $organizationId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status need { id } needOrganization { id } partnerOrganization { id } contacts { name email phone } } }\n    }\n  }\n": typeof types.PartnershipsListDocument,
    "\n  query PartnershipsOpenCalls($filter: NeedFilter) { needs(first: 100, filter: $filter) { edges { node { id organization { id } } } } }\n": typeof types.PartnershipsOpenCallsDocument,
    "\n  mutation PendingResponsesRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": typeof types.PendingResponsesRespondDocument,
    "\n  mutation PendingResponsesDecline($id: ID!) { declineResponse(id: $id) { id } }\n": typeof types.PendingResponsesDeclineDocument,
    "\n  mutation PendingResponsesWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n": typeof types.PendingResponsesWithdrawDocument,
    "\n  query PendingResponsesList($filter: NeedFilter!, $first: Int) { needs(filter: $filter, first: $first) { totalCount edges { node { id } } } }\n": typeof types.PendingResponsesListDocument,
    "\n  mutation QueueBoardInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.QueueBoardInviteDocument,
    "\n  mutation QueueBoardSignUp($input: SignUpInput!) { signUp(input: $input) { user { id hubAdmin } } }\n": typeof types.QueueBoardSignUpDocument,
    "\n  mutation QueueBoardScopedKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }\n": typeof types.QueueBoardScopedKeyDocument,
    "\n  query RedisOutageQueueHealth { queueHealth { name waiting } }\n": typeof types.RedisOutageQueueHealthDocument,
    "\n  query RedisOutageMatchingBacklog { matchingBacklog }\n": typeof types.RedisOutageMatchingBacklogDocument,
    "\n  query RedisOutageSuggestions($id: ID!) { need(id: $id) { suggestions { offer { id } } } }\n": typeof types.RedisOutageSuggestionsDocument,
    "\n  mutation RespondByRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n": typeof types.RespondByRespondDocument,
    "\n  query RespondByNeed($id: ID!) { need(id: $id) { id status respondBy } }\n": typeof types.RespondByNeedDocument,
    "\n  query RespondByList($filter: NeedFilter!) { needs(filter: $filter, first: 100) { totalCount edges { node { id } } } }\n": typeof types.RespondByListDocument,
    "\n  mutation RespondByCreate($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": typeof types.RespondByCreateDocument,
    "\n  mutation RespondByUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id respondBy endsOn } }\n": typeof types.RespondByUpdateDocument,
    "\n  mutation RespondedNeedsRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": typeof types.RespondedNeedsRespondDocument,
    "\n  mutation RespondedNeedsDecline($id: ID!) { declineResponse(id: $id) { id } }\n": typeof types.RespondedNeedsDeclineDocument,
    "\n  mutation RespondedNeedsWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n": typeof types.RespondedNeedsWithdrawDocument,
    "\n  mutation RespondedNeedsClose($id: ID!) { closeNeed(id: $id) { id } }\n": typeof types.RespondedNeedsCloseDocument,
    "\n  query RespondedNeedsList($filter: NeedFilter!, $organizationId: ID) {\n    needs(filter: $filter, first: 100) { totalCount edges { node { id status ownResponse(organizationId: $organizationId) { status } } } }\n  }\n": typeof types.RespondedNeedsListDocument,
    "\n  query RespondedNeedsCounts($filter: NeedFilter!) { needCountsByMunicipality(filter: $filter) { count } }\n": typeof types.RespondedNeedsCountsDocument,
    "\n  subscription ResponseChangedEvents($organizationId: ID!) {\n    responseChanged(organizationId: $organizationId) {\n      id status message\n      organization { id }\n      need { id status organization { id } }\n      partnership { id }\n    }\n  }\n": typeof types.ResponseChangedEventsDocument,
    "\n  mutation ResponseChangedRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": typeof types.ResponseChangedRespondDocument,
    "\n  mutation ResponseChangedAccept($id: ID!) { acceptResponse(id: $id) { id } }\n": typeof types.ResponseChangedAcceptDocument,
    "\n  mutation ResponseChangedDecline($id: ID!) { declineResponse(id: $id) { id } }\n": typeof types.ResponseChangedDeclineDocument,
    "\n  mutation ResponseChangedWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n": typeof types.ResponseChangedWithdrawDocument,
    "\n  mutation ResponseChangedAnswerSuggestion($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": typeof types.ResponseChangedAnswerSuggestionDocument,
    "\n  mutation ResponseEventsRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n": typeof types.ResponseEventsRespondDocument,
    "\n  mutation ResponseEventsDecline($id: ID!) { declineResponse(id: $id) { id status } }\n": typeof types.ResponseEventsDeclineDocument,
    "\n  mutation ResponseEventsAccept($id: ID!) { acceptResponse(id: $id) { id } }\n": typeof types.ResponseEventsAcceptDocument,
    "\n  mutation ResponseEventsWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n": typeof types.ResponseEventsWithdrawDocument,
    "\n  mutation ResponseEventsEndPartnership($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n": typeof types.ResponseEventsEndPartnershipDocument,
    "\n  mutation ResponseEventsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }\n": typeof types.ResponseEventsCreateWebhookDocument,
    "\n  mutation ResponseEventsOrganizationEmail($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n": typeof types.ResponseEventsOrganizationEmailDocument,
    "\n  mutation ResponseEventsPreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency language } }\n": typeof types.ResponseEventsPreferencesDocument,
    "\n  mutation ResponsePartnershipRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": typeof types.ResponsePartnershipRespondDocument,
    "\n  mutation ResponsePartnershipAccept($id: ID!) { acceptResponse(id: $id) { id } }\n": typeof types.ResponsePartnershipAcceptDocument,
    "\n  mutation ResponsePartnershipEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status endedAt } }\n": typeof types.ResponsePartnershipEndDocument,
    "\n  query ResponsePartnershipNeedResponses($id: ID!) {\n    need(id: $id) { id status responses { id status organization { id } partnership { id status endedAt } } }\n  }\n": typeof types.ResponsePartnershipNeedResponsesDocument,
    "\n  query ResponsePartnershipOwnResponse($id: ID!) { need(id: $id) { id ownResponse { id status partnership { id status endedAt } } } }\n": typeof types.ResponsePartnershipOwnResponseDocument,
    "\n  query ResponsePartnershipNeeds($filter: NeedFilter!) {\n    needs(filter: $filter, first: 20) { edges { node { id responses(first: 5) { id partnership { id status } } } } }\n  }\n": typeof types.ResponsePartnershipNeedsDocument,
    "\n  mutation RegressionsCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": typeof types.RegressionsCreateNeedDocument,
    "\n  mutation RegressionsCreateOffers($input: [CreateOfferInput!]!) { createOffers(input: $input) { id } }\n": typeof types.RegressionsCreateOffersDocument,
    "\n  mutation RegressionsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }\n": typeof types.RegressionsCreateWebhookDocument,
    "\n  query RegressionsNeedsByText($text: String) { needs(filter: { text: $text }) { totalCount } }\n": typeof types.RegressionsNeedsByTextDocument,
    "\n  query RegressionsNegativeFirst {\n    big: needs(first: 100) { edges { node { id title organization { name } } } }\n    small: needs(first: -1000000) { totalCount }\n  }\n": typeof types.RegressionsNegativeFirstDocument,
    "\n  query RegressionsNeedCount { needs { totalCount } }\n": typeof types.RegressionsNeedCountDocument,
    "\n  query RegressionsMunicipalityName { municipality(code: \"052\") { name } }\n": typeof types.RegressionsMunicipalityNameDocument,
    "\n  mutation RegressionsLogin($input: LoginInput!) { login(input: $input) { token } }\n": typeof types.RegressionsLoginDocument,
    "\n  mutation RegressionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.RegressionsInviteMemberDocument,
    "\n  mutation RegressionsSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": typeof types.RegressionsSignUpDocument,
    "\n  mutation RegressionsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }\n": typeof types.RegressionsVerifyOrganizationDocument,
    "\n  mutation RegressionsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { verified } }\n": typeof types.RegressionsUpdateOrganizationDocument,
    "\n  mutation SessionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.SessionsInviteMemberDocument,
    "\n  mutation SessionsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": typeof types.SessionsSignUpDocument,
    "\n  mutation SessionsLogin($input: LoginInput!) { login(input: $input) { token user { id email } } }\n": typeof types.SessionsLoginDocument,
    "\n  mutation SessionsLogout { logout }\n": typeof types.SessionsLogoutDocument,
    "\n  query SessionsMe { me { id email name hubAdmin memberships { id role notifySuggestions organization { id name sector } } } }\n": typeof types.SessionsMeDocument,
    "\n  query ShutdownNeedCount { needs { totalCount } }\n": typeof types.ShutdownNeedCountDocument,
    "\n  query StatisticsHub($from: DateTime, $to: DateTime) {\n    hubStatistics(from: $from, to: $to) {\n      partnershipsFormed\n      partnershipsBySectorPair { needSector partnerSector count }\n      partnershipsByMunicipality { municipality { code name } count }\n      partnershipsByTheme { theme { code name } count }\n      ngosInvolved\n      suggestionsSent\n      suggestionsAccepted\n      suggestionsDeclined\n      declineReasons { reason count }\n    }\n  }\n": typeof types.StatisticsHubDocument,
    "\n  query StatisticsTimeline($from: DateTime, $to: DateTime, $interval: StatisticsInterval) {\n    hubStatistics(from: $from, to: $to) {\n      partnershipsFormed\n      timeline(interval: $interval) { periodStart partnershipsFormed suggestionsSent accepted declined }\n    }\n  }\n": typeof types.StatisticsTimelineDocument,
    "\n  query StatisticsOutcomes($from: DateTime) {\n    hubStatistics(from: $from) { partnershipsFormed partnershipsCompleted partnershipsCancelled publicServicesDelivered }\n  }\n": typeof types.StatisticsOutcomesDocument,
    "\n  query StatisticsQueueHealth { queueHealth { name waiting active delayed failed } }\n": typeof types.StatisticsQueueHealthDocument,
    "\n  subscription SubscriptionsSuggestionAdded($organizationId: ID!) {\n    suggestionAdded(organizationId: $organizationId) {\n      id score status\n      need { id title organization { id } }\n      offer { id }\n      components { name score explanation(language: EN) }\n    }\n  }\n": typeof types.SubscriptionsSuggestionAddedDocument,
    "\n  subscription SubscriptionsSuggestionAnswered($organizationId: ID!) {\n    suggestionAnswered(organizationId: $organizationId) {\n      id status needDecision offerDecision declineReason\n      need { id status }\n      partnership { id }\n      contacts { name email }\n    }\n  }\n": typeof types.SubscriptionsSuggestionAnsweredDocument,
    "\n  mutation SubscriptionsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": typeof types.SubscriptionsRespondDocument,
    "\n  query SubscriptionsOrganization($id: ID!) { organization(id: $id) { id } }\n": typeof types.SubscriptionsOrganizationDocument,
    "\n  mutation SubscriptionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }\n": typeof types.SubscriptionsCreateApiKeyDocument,
    "\n  mutation SubscriptionsRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n": typeof types.SubscriptionsRevokeApiKeyDocument,
    "\n  mutation SubscriptionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.SubscriptionsInviteMemberDocument,
    "\n  mutation SubscriptionsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": typeof types.SubscriptionsSignUpDocument,
    "\n  mutation SubscriptionsLogin($input: LoginInput!) { login(input: $input) { token } }\n": typeof types.SubscriptionsLoginDocument,
    "\n  mutation SubscriptionsLogout { logout }\n": typeof types.SubscriptionsLogoutDocument,
    "\n  mutation SubscriptionsResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }\n": typeof types.SubscriptionsResetPasswordDocument,
    "\n  fragment FlowMatch on Match { id status score needDecision offerDecision partnership { id status } contacts { name email phone } }\n": typeof types.FlowMatchFragmentDoc,
    "\n  mutation FlowEndPartnership($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n": typeof types.FlowEndPartnershipDocument,
    "\n  mutation FlowCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }\n": typeof types.FlowCreateWebhookDocument,
    "\n  query FlowMatches($id: ID!) { need(id: $id) { suggestions { ...FlowMatch } } }\n": typeof types.FlowMatchesDocument,
    "\n  mutation FlowRespondToMatch($input: RespondToMatchInput!) { respondToMatch(input: $input) { ...FlowMatch } }\n": typeof types.FlowRespondToMatchDocument,
    "\n  query FlowSuggestionIds($id: ID!) { need(id: $id) { suggestions { id } } }\n": typeof types.FlowSuggestionIdsDocument,
    "\n  query FlowExplanations($id: ID!) { need(id: $id) { suggestions { id components { name explanation(language: EN) } } } }\n": typeof types.FlowExplanationsDocument,
    "\n  mutation FlowCreateTestWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": typeof types.FlowCreateTestWebhookDocument,
    "\n  mutation FlowSendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { id } }\n": typeof types.FlowSendTestWebhookDocument,
    "\n  mutation FlowCloseOffer($id: ID!) { closeOffer(id: $id) { id } }\n": typeof types.FlowCloseOfferDocument,
    "\n  mutation FlowUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n": typeof types.FlowUpdateOrganizationDocument,
    "\n  mutation FlowUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { language } }\n": typeof types.FlowUpdatePreferencesDocument,
    "\n  query PreferencesRead($id: ID!) { suggestionPreferences(organizationId: $id) { frequency minScore themeCodes municipalityCodes language } }\n": typeof types.PreferencesReadDocument,
    "\n  mutation PreferencesUpdate($input: UpdateSuggestionPreferencesInput!) {\n    updateSuggestionPreferences(input: $input) { frequency minScore themeCodes municipalityCodes language }\n  }\n": typeof types.PreferencesUpdateDocument,
    "\n  query PreferencesSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n": typeof types.PreferencesSuggestionsDocument,
    "\n  query PreferencesDeliveryLog($id: ID!) {\n    deliveries(organizationId: $id, channel: EMAIL) { totalCount edges { node { kind status recipient attempts sentAt matchId } } }\n  }\n": typeof types.PreferencesDeliveryLogDocument,
    "\n  mutation PreferencesRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status message offer { id } organization { id } } }\n": typeof types.PreferencesRespondToNeedDocument,
    "\n  mutation PreferencesCloseOffer($id: ID!) { closeOffer(id: $id) { id } }\n": typeof types.PreferencesCloseOfferDocument,
    "\n  query PreferencesResponses($id: ID!) { need(id: $id) { responses { id } } }\n": typeof types.PreferencesResponsesDocument,
    "\n  mutation PreferencesDeclineResponse($id: ID!) { declineResponse(id: $id) { id status } }\n": typeof types.PreferencesDeclineResponseDocument,
    "\n  mutation PreferencesWithdrawResponse($id: ID!) { withdrawResponse(id: $id) { id status } }\n": typeof types.PreferencesWithdrawResponseDocument,
    "\n  mutation PreferencesAcceptResponse($id: ID!) {\n    acceptResponse(id: $id) { id status need { id status } offer { id } needOrganization { id } partnerOrganization { id } }\n  }\n": typeof types.PreferencesAcceptResponseDocument,
    "\n  mutation PreferencesInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.PreferencesInviteMemberDocument,
    "\n  mutation PreferencesSignUp($input: SignUpInput!) { signUp(input: $input) { token user { memberships { id } } } }\n": typeof types.PreferencesSignUpDocument,
    "\n  query PreferencesMyMemberships { me { memberships { id notifySuggestions emailUnsubscribed } } }\n": typeof types.PreferencesMyMembershipsDocument,
    "\n  mutation PreferencesUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id notifySuggestions emailUnsubscribed } }\n": typeof types.PreferencesUpdateMembershipDocument,
    "\n  query SuggestionsAwaitingOtherSide($organizationId: ID!, $first: Int, $after: String) {\n    suggestionsAwaitingOtherSide(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id status needDecision offerDecision\n          need { id title organization { id name } }\n          offer { id title organization { id name } }\n        }\n      }\n    }\n  }\n": typeof types.SuggestionsAwaitingOtherSideDocument,
    "\n  query SuggestionsAwaitingOtherSideAwaiting($organizationId: ID!) {\n    suggestionsAwaiting(organizationId: $organizationId, first: 100) { edges { node { id } } }\n  }\n": typeof types.SuggestionsAwaitingOtherSideAwaitingDocument,
    "\n  mutation SuggestionsAwaitingOtherSideRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": typeof types.SuggestionsAwaitingOtherSideRespondDocument,
    "\n  mutation SuggestionsAwaitingOtherSideCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }\n": typeof types.SuggestionsAwaitingOtherSideCloseNeedDocument,
    "\n  query SuggestionsAwaitingOtherSideBacklog { matchingBacklog }\n": typeof types.SuggestionsAwaitingOtherSideBacklogDocument,
    "\n  query SuggestionsAwaiting($organizationId: ID!, $first: Int, $after: String) {\n    suggestionsAwaiting(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges {\n        cursor\n        node {\n          id score status recommended needDecision offerDecision\n          need { id title organization { id name } }\n          offer { id title organization { id name } }\n        }\n      }\n    }\n  }\n": typeof types.SuggestionsAwaitingDocument,
    "\n  mutation SuggestionsAwaitingRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": typeof types.SuggestionsAwaitingRespondDocument,
    "\n  query SuggestionsAwaitingBacklog { matchingBacklog }\n": typeof types.SuggestionsAwaitingBacklogDocument,
    "\n  query SuggestionsAwaitingNeeds { needs(first: 1) { pageInfo { endCursor } } }\n": typeof types.SuggestionsAwaitingNeedsDocument,
    "\n  mutation TermCountsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }\n": typeof types.TermCountsUpdateOfferDocument,
    "\n  mutation TermCountsCloseOffer($id: ID!) { closeOffer(id: $id) { id status } }\n": typeof types.TermCountsCloseOfferDocument,
    "\n  mutation FixtureCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n": typeof types.FixtureCreateOrganizationDocument,
    "\n  mutation FixtureCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }\n": typeof types.FixtureCreateApiKeyDocument,
    "\n  mutation FixtureCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": typeof types.FixtureCreateNeedDocument,
    "\n  mutation FixtureCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n": typeof types.FixtureCreateOfferDocument,
    "\n  mutation FixtureRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": typeof types.FixtureRespondToNeedDocument,
    "\n  mutation FixtureAcceptResponse($id: ID!) { acceptResponse(id: $id) { id } }\n": typeof types.FixtureAcceptResponseDocument,
    "\n  query SettleMatchingBacklog { matchingBacklog }\n": typeof types.SettleMatchingBacklogDocument,
    "\n    mutation ValidationCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n  ": typeof types.ValidationCreateNeedDocument,
    "\n    mutation ValidationCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n  ": typeof types.ValidationCreateOfferDocument,
    "\n    mutation ValidationCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }\n  ": typeof types.ValidationCreateOrganizationDocument,
    "\n    mutation ValidationUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }\n  ": typeof types.ValidationUpdateNeedDocument,
    "\n  query ValidationNeed($id: ID!) { need(id: $id) { id } }\n": typeof types.ValidationNeedDocument,
    "\n  query ValidationNeedPage($first: Int, $after: String) { needs(first: $first, after: $after) { edges { node { id } } pageInfo { endCursor } } }\n": typeof types.ValidationNeedPageDocument,
    "\n  query ValidationNeedCount($first: Int, $after: String) { needs(first: $first, after: $after) { totalCount } }\n": typeof types.ValidationNeedCountDocument,
    "\n  query ValidationNeedsFiltered($filter: NeedFilter) { needs(first: 5, filter: $filter) { totalCount } }\n": typeof types.ValidationNeedsFilteredDocument,
    "\n  query ValidationOffersFiltered($filter: OfferFilter) { offers(first: 5, filter: $filter) { totalCount } }\n": typeof types.ValidationOffersFilteredDocument,
    "\n  query ValidationOrganizationsFiltered($filter: OrganizationFilter) { organizations(first: 5, filter: $filter) { totalCount } }\n": typeof types.ValidationOrganizationsFilteredDocument,
    "\n  mutation ValidationCreateNeedAtLimits($input: CreateNeedInput!) { createNeed(input: $input) { title description budgetEur startsOn endsOn } }\n": typeof types.ValidationCreateNeedAtLimitsDocument,
    "\n  mutation ValidationCreateOfferAtLimits($input: CreateOfferInput!) { createOffer(input: $input) { title capacity valueEur } }\n": typeof types.ValidationCreateOfferAtLimitsDocument,
    "\n  mutation ValidationCreateOrganizationWithNumbers($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { id taxNumber registrationNumber }\n  }\n": typeof types.ValidationCreateOrganizationWithNumbersDocument,
    "\n  mutation ValidationUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n": typeof types.ValidationUpdateOrganizationDocument,
    "\n  mutation ValidationLogin($input: LoginInput!) { login(input: $input) { token } }\n": typeof types.ValidationLoginDocument,
    "\n  mutation ValidationInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.ValidationInviteMemberDocument,
    "\n  mutation ValidationSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": typeof types.ValidationSignUpDocument,
    "\n  mutation ValidationCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }\n": typeof types.ValidationCreateApiKeyDocument,
    "\n  mutation ValidationVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }\n": typeof types.ValidationVerifyOrganizationDocument,
    "\n  mutation ValidationEndsOnCreate($input: CreateNeedInput!) { createNeed(input: $input) { id status endsOn } }\n": typeof types.ValidationEndsOnCreateDocument,
    "\n  mutation ValidationEndsOnUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id title endsOn } }\n": typeof types.ValidationEndsOnUpdateDocument,
    "\n  mutation ValidationEndsOnCreateMany($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id endsOn } }\n": typeof types.ValidationEndsOnCreateManyDocument,
    "\n  mutation ValidationEndsOnUpdateMany($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id endsOn } }\n": typeof types.ValidationEndsOnUpdateManyDocument,
    "\n  mutation ValidationRespondByCreate($input: CreateNeedInput!) { createNeed(input: $input) { id status respondBy } }\n": typeof types.ValidationRespondByCreateDocument,
    "\n  mutation ValidationRespondByUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id title respondBy } }\n": typeof types.ValidationRespondByUpdateDocument,
    "\n  mutation ValidationRespondByCreateMany($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id respondBy } }\n": typeof types.ValidationRespondByCreateManyDocument,
    "\n  mutation ValidationRespondByUpdateMany($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id respondBy } }\n": typeof types.ValidationRespondByUpdateManyDocument,
    "\n  mutation ValidationCreateOfferDays($input: CreateOfferInput!) { createOffer(input: $input) { id availableFrom availableUntil } }\n": typeof types.ValidationCreateOfferDaysDocument,
    "\n  mutation ValidationUpdateOffersDays($input: [UpdateOfferInput!]!) { updateOffers(input: $input) { id availableUntil } }\n": typeof types.ValidationUpdateOffersDaysDocument,
    "\n  mutation ValidationUpdateOrganizationTexts($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name description } }\n": typeof types.ValidationUpdateOrganizationTextsDocument,
    "\n      mutation ValidationCreateNamedOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n    ": typeof types.ValidationCreateNamedOrganizationDocument,
    "\n  query Viewer {\n    viewer { kind hub organizations { id name } user { id email } apiKey { id name tokenPrefix organizationId } }\n  }\n": typeof types.ViewerDocument,
    "\n  query ViewerWithoutOrganizations { viewer { kind hub user { id name email } apiKey { id name tokenPrefix } } }\n": typeof types.ViewerWithoutOrganizationsDocument,
    "\n  query ViewerMunicipality { municipality(code: \"052\") { name } }\n": typeof types.ViewerMunicipalityDocument,
    "\n  mutation ViewerCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id name tokenPrefix } } }\n": typeof types.ViewerCreateApiKeyDocument,
    "\n  mutation ViewerRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }\n": typeof types.ViewerRevokeApiKeyDocument,
    "\n  mutation ViewerInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": typeof types.ViewerInviteMemberDocument,
    "\n  mutation ViewerSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": typeof types.ViewerSignUpDocument,
    "\n  mutation ViewerAcceptInvitation($invitationToken: String!) { acceptInvitation(invitationToken: $invitationToken) { id } }\n": typeof types.ViewerAcceptInvitationDocument,
    "\n  mutation ViewerLogin($input: LoginInput!) { login(input: $input) { token } }\n": typeof types.ViewerLoginDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id url events active createdAt } }\n  }\n": typeof types.WebhooksCreateDocument,
    "\n  query WebhooksList($organizationId: ID!) { webhooks(organizationId: $organizationId) { id url events active } }\n": typeof types.WebhooksListDocument,
    "\n  mutation WebhooksDelete($id: ID!) { deleteWebhook(id: $id) { id active } }\n": typeof types.WebhooksDeleteDocument,
    "\n  mutation WebhooksUpdate($input: UpdateWebhookInput!) { updateWebhook(input: $input) { id url events active } }\n": typeof types.WebhooksUpdateDocument,
    "\n  mutation WebhooksSendTest($id: ID!) { sendTestWebhook(id: $id) { id kind channel status attempts nextAttemptAt } }\n": typeof types.WebhooksSendTestDocument,
    "\n  query WebhooksWithLogs($organizationId: ID!) {\n    webhooks(organizationId: $organizationId) { id deliveries(first: 5) { totalCount edges { node { id status } } } }\n  }\n": typeof types.WebhooksWithLogsDocument,
    "\n      query WebhooksDeliveryLog($id: ID!, $first: Int, $after: String) {\n        webhook(id: $id) {\n          id\n          deliveries(first: $first, after: $after) {\n            totalCount\n            pageInfo { hasNextPage endCursor }\n            edges { node { id kind channel status attempts lastError lastResponseStatus sentAt createdAt } }\n          }\n        }\n      }\n    ": typeof types.WebhooksDeliveryLogDocument,
    "\n    query WebhooksDispatchedDeliveries($id: ID!) {\n      webhook(id: $id) {\n        deliveries { totalCount edges { node { id kind channel status attempts lastError lastResponseStatus nextAttemptAt sentAt } } }\n      }\n    }\n  ": typeof types.WebhooksDispatchedDeliveriesDocument,
    "\n  mutation WithdrawResponseRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n": typeof types.WithdrawResponseRespondDocument,
    "\n  mutation WithdrawResponseWithdraw($id: ID!) { withdrawResponse(id: $id) { id status organization { id } } }\n": typeof types.WithdrawResponseWithdrawDocument,
    "\n  mutation WithdrawResponseAccept($id: ID!) { acceptResponse(id: $id) { id } }\n": typeof types.WithdrawResponseAcceptDocument,
    "\n  mutation WithdrawResponseDecline($id: ID!) { declineResponse(id: $id) { id } }\n": typeof types.WithdrawResponseDeclineDocument,
    "\n  query WithdrawResponseNeedResponses($id: ID!) { need(id: $id) { id responseCount responses { id status } } }\n": typeof types.WithdrawResponseNeedResponsesDocument,
    "\n  query WorkerCrashBacklog { matchingBacklog }\n": typeof types.WorkerCrashBacklogDocument,
};
const documents: Documents = {
    "\n  mutation ThrottleInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.ThrottleInviteDocument,
    "\n  mutation ThrottleSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": types.ThrottleSignUpDocument,
    "\n  mutation ThrottleLogin($input: LoginInput!) { login(input: $input) { user { id } } }\n": types.ThrottleLoginDocument,
    "\n  mutation ThrottleReset($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }\n": types.ThrottleResetDocument,
    "\n  mutation AccountsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token emailed invitation { id } } }\n": types.AccountsInviteMemberDocument,
    "\n  query AccountsInvitationsEmailed { invitationsEmailed }\n": types.AccountsInvitationsEmailedDocument,
    "\n  mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": types.AccountsSignUpDocument,
    "\n  mutation AccountsLogin($input: LoginInput!) { login(input: $input) { user { id } } }\n": types.AccountsLoginDocument,
    "\n  query AccountsMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role notifySuggestions user { id name email } } }\n": types.AccountsMembersDocument,
    "\n  query AccountsInvitations($organizationId: ID!) { invitations(organizationId: $organizationId) { id email role expiresAt acceptedAt } }\n": types.AccountsInvitationsDocument,
    "\n  mutation AccountsRequestPasswordReset($email: String!, $language: MessageLanguage) { requestPasswordReset(email: $email, language: $language) }\n": types.AccountsRequestPasswordResetDocument,
    "\n  mutation AccountsResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { token user { id email } } }\n": types.AccountsResetPasswordDocument,
    "\n  mutation AccountsRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id expiresAt acceptedAt } }\n": types.AccountsRevokeInvitationDocument,
    "\n  mutation AccountsUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id notifySuggestions } }\n": types.AccountsUpdateMembershipDocument,
    "\n  query AccountsMe { me { id } }\n": types.AccountsMeDocument,
    "\n  query AccountsInvitationPreview($token: String!) { invitationPreview(token: $token) { email organizationName role accountExists expiresAt } }\n": types.AccountsInvitationPreviewDocument,
    "\n  mutation AccountsAcceptInvitation($invitationToken: String!) {\n    acceptInvitation(invitationToken: $invitationToken) { id hubAdmin memberships { role organization { id } } }\n  }\n": types.AccountsAcceptInvitationDocument,
    "\n  query AnsweredComponentsSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n": types.AnsweredComponentsSuggestionsDocument,
    "\n  mutation AnsweredComponentsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": types.AnsweredComponentsRespondDocument,
    "\n  mutation AnsweredComponentsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id capacity } }\n": types.AnsweredComponentsUpdateOfferDocument,
    "\n  mutation LastUsedCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id lastUsedAt } } }\n": types.LastUsedCreateApiKeyDocument,
    "\n  mutation LastUsedRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt lastUsedAt } }\n": types.LastUsedRevokeApiKeyDocument,
    "\n  query LastUsedApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id lastUsedAt revokedAt } }\n": types.LastUsedApiKeysDocument,
    "\n  query LastUsedViewer { viewer { kind } }\n": types.LastUsedViewerDocument,
    "\n  mutation ScopesCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id scopes } } }\n": types.ScopesCreateApiKeyDocument,
    "\n  query ScopesApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id scopes } }\n": types.ScopesApiKeysDocument,
    "\n  mutation ScopesCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": types.ScopesCreateNeedDocument,
    "\n  mutation ScopesCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }\n": types.ScopesCloseNeedDocument,
    "\n  query ScopesNeed($id: ID!) { need(id: $id) { id title suggestions { id } } }\n": types.ScopesNeedDocument,
    "\n  mutation ScopesRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": types.ScopesRespondDocument,
    "\n  mutation ScopesCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": types.ScopesCreateWebhookDocument,
    "\n  mutation ScopesVerify($id: ID!) { verifyOrganization(id: $id) { id verified } }\n": types.ScopesVerifyDocument,
    "\n  mutation ScopesUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }\n": types.ScopesUpdatePreferencesDocument,
    "\n  mutation ScopesPasswordReset($email: String!) { requestPasswordReset(email: $email) }\n": types.ScopesPasswordResetDocument,
    "\n  mutation LimitsCloseNeed($id: ID!) { closeNeed(id: $id) { id } }\n": types.LimitsCloseNeedDocument,
    "\n  query LimitsNeedCount { needs { totalCount } }\n": types.LimitsNeedCountDocument,
    "\n  query LimitsNeedsFirst0 { needs(first: 0) { totalCount } }\n": types.LimitsNeedsFirst0Document,
    "\n  query LimitsCheapPage { needs(first: 5) { totalCount edges { node { id } } } }\n": types.LimitsCheapPageDocument,
    "\n  query LimitsCostly {\n    needs(first: 100) { totalCount edges { node { id title organization { id name municipality { name } } themes { code } } } }\n  }\n": types.LimitsCostlyDocument,
    "\n  query LimitsPageOf($first: Int) { needs(first: $first) { edges { node { id title organization { name } } } } }\n": types.LimitsPageOfDocument,
    "\n  query LimitsTwenty { needs(first: 20) { edges { node { id title organization { name municipality { name } } } } } }\n": types.LimitsTwentyDocument,
    "\n  query LimitsDefaultPage { needs { edges { node { id title organization { name municipality { name } } } } } }\n": types.LimitsDefaultPageDocument,
    "\n  query LimitsOneNeed { needs(first: 1) { totalCount } }\n": types.LimitsOneNeedDocument,
    "\n  query LimitsSixOrganizations($id: ID!) {\n    o0: organization(id: $id) { id }\n    o1: organization(id: $id) { id }\n    o2: organization(id: $id) { id }\n    o3: organization(id: $id) { id }\n    o4: organization(id: $id) { id }\n    o5: organization(id: $id) { id }\n  }\n": types.LimitsSixOrganizationsDocument,
    "\n  query LimitsOneOffer { offers(first: 1) { totalCount } }\n": types.LimitsOneOfferDocument,
    "\n  query LimitsOneOrganizationPage { organizations(first: 1) { totalCount } }\n": types.LimitsOneOrganizationPageDocument,
    "\n  query LimitsOrganization($id: ID!) { organization(id: $id) { id } }\n": types.LimitsOrganizationDocument,
    "\n  query LimitsMe { me { id } }\n": types.LimitsMeDocument,
    "\n  query LimitsThemes { themes { code } }\n": types.LimitsThemesDocument,
    "\n  query LimitsTypenameAndThemes { __typename themes { code } }\n": types.LimitsTypenameAndThemesDocument,
    "\n  mutation AuthorizationCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": types.AuthorizationCreateNeedDocument,
    "\n  mutation AuthorizationUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id title } }\n": types.AuthorizationUpdateNeedDocument,
    "\n  mutation AuthorizationCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }\n": types.AuthorizationCloseNeedDocument,
    "\n  mutation AuthorizationCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n": types.AuthorizationCreateOfferDocument,
    "\n  mutation AuthorizationUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id title } }\n": types.AuthorizationUpdateOfferDocument,
    "\n  mutation AuthorizationCloseOffer($id: ID!) { closeOffer(id: $id) { id status } }\n": types.AuthorizationCloseOfferDocument,
    "\n  mutation AuthorizationCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n": types.AuthorizationCreateOrganizationDocument,
    "\n  mutation AuthorizationUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id description } }\n": types.AuthorizationUpdateOrganizationDocument,
    "\n  mutation AuthorizationVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }\n": types.AuthorizationVerifyOrganizationDocument,
    "\n  mutation AuthorizationCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { token apiKey { id organizationId tokenPrefix revokedAt } }\n  }\n": types.AuthorizationCreateApiKeyDocument,
    "\n  mutation AuthorizationRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n": types.AuthorizationRevokeApiKeyDocument,
    "\n  mutation AuthorizationInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) { token invitation { id email role organizationId acceptedAt } }\n  }\n": types.AuthorizationInviteMemberDocument,
    "\n  mutation AuthorizationSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id email hubAdmin memberships { role organization { id } } } }\n  }\n": types.AuthorizationSignUpDocument,
    "\n  mutation AuthorizationLogin($input: LoginInput!) { login(input: $input) { token user { id email } } }\n": types.AuthorizationLoginDocument,
    "\n  query AuthorizationMe { me { id email name hubAdmin memberships { role organization { id } } } }\n": types.AuthorizationMeDocument,
    "\n  query AuthorizationBacklog { matchingBacklog }\n": types.AuthorizationBacklogDocument,
    "\n  query AuthorizationNeedCount { needs { totalCount } }\n": types.AuthorizationNeedCountDocument,
    "\n  query AuthorizationOfferCount { offers { totalCount } }\n": types.AuthorizationOfferCountDocument,
    "\n  query AuthorizationOrganizationCount { organizations { totalCount } }\n": types.AuthorizationOrganizationCountDocument,
    "\n  query AuthorizationNeed($id: ID!) { need(id: $id) { id } }\n": types.AuthorizationNeedDocument,
    "\n  query AuthorizationOffer($id: ID!) { offer(id: $id) { id } }\n": types.AuthorizationOfferDocument,
    "\n  query AuthorizationOrganization($id: ID!) { organization(id: $id) { id } }\n": types.AuthorizationOrganizationDocument,
    "\n  query AuthorizationThemes { themes { code } }\n": types.AuthorizationThemesDocument,
    "\n  query AuthorizationPublicReferenceData { municipalities { code } themes { code } municipality(code: \"052\") { name } }\n": types.AuthorizationPublicReferenceDataDocument,
    "\n  query AuthorizationReadAll($need: ID!, $offer: ID!, $organization: ID!) {\n    need(id: $need) { id organization { id } }\n    offer(id: $offer) { id organization { id } }\n    organization(id: $organization) { id name }\n    needs(first: 100) { edges { node { id } } }\n    offers(first: 100) { edges { node { id } } }\n    organizations(first: 100) { edges { node { id } } }\n  }\n": types.AuthorizationReadAllDocument,
    "\n  query AuthorizationNeedSuggestions($id: ID!) { need(id: $id) { id title suggestions { id offer { id } } } }\n": types.AuthorizationNeedSuggestionsDocument,
    "\n  query AuthorizationOfferSuggestions($id: ID!) { offer(id: $id) { id title suggestions { id need { id } } } }\n": types.AuthorizationOfferSuggestionsDocument,
    "\n  query AuthorizationNeedsWithSuggestions { needs(first: 100) { edges { node { id organization { id } suggestions { id } } } } }\n": types.AuthorizationNeedsWithSuggestionsDocument,
    "\n  query AuthorizationNestedSuggestions($id: ID!) { need(id: $id) { id suggestions { id offer { id suggestions { id } } } } }\n": types.AuthorizationNestedSuggestionsDocument,
    "\n  query AuthorizationForeignPartnerships($organizationId: ID!) { partnerships(organizationId: $organizationId) { totalCount } }\n": types.AuthorizationForeignPartnershipsDocument,
    "\n  query AuthorizationAllPartnerships { partnerships { totalCount } }\n": types.AuthorizationAllPartnershipsDocument,
    "\n  query AuthorizationForeignDeliveries($organizationId: ID!) { deliveries(organizationId: $organizationId) { totalCount edges { node { recipient } } } }\n": types.AuthorizationForeignDeliveriesDocument,
    "\n  query AuthorizationForeignPreferences($organizationId: ID!) { suggestionPreferences(organizationId: $organizationId) { frequency minScore } }\n": types.AuthorizationForeignPreferencesDocument,
    "\n  query AuthorizationForeignWebhooks($organizationId: ID!) { webhooks(organizationId: $organizationId) { id url } }\n": types.AuthorizationForeignWebhooksDocument,
    "\n  query AuthorizationForeignWebhook($id: ID!) { webhook(id: $id) { id url deliveries { totalCount } } }\n": types.AuthorizationForeignWebhookDocument,
    "\n  query AuthorizationForeignApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id tokenPrefix } }\n": types.AuthorizationForeignApiKeysDocument,
    "\n  query AuthorizationForeignMembers($organizationId: ID!) { members(organizationId: $organizationId) { id } }\n": types.AuthorizationForeignMembersDocument,
    "\n  query AuthorizationForeignInvitations($organizationId: ID!) { invitations(organizationId: $organizationId) { id email } }\n": types.AuthorizationForeignInvitationsDocument,
    "\n  mutation AuthorizationCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": types.AuthorizationCreateWebhookDocument,
    "\n  mutation WebInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }\n": types.WebInviteMemberDocument,
    "\n  mutation BulkCreateOffers($input: [CreateOfferInput!]!) {\n    createOffers(input: $input) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n": types.BulkCreateOffersDocument,
    "\n  mutation BulkCreateNeeds($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id title kind status organization { id } } }\n": types.BulkCreateNeedsDocument,
    "\n  mutation BulkCreateOneOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n": types.BulkCreateOneOfferDocument,
    "\n  query BulkOffer($id: ID!) {\n    offer(id: $id) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n": types.BulkOfferDocument,
    "\n  query BulkOfferScored($id: ID!) { offer(id: $id) { lastMatchedAt } }\n": types.BulkOfferScoredDocument,
    "\n  mutation BulkUpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n": types.BulkUpdateOfferDocument,
    "\n  mutation BulkCloseOffer($id: ID!) { closeOffer(id: $id) { id status updatedAt organization { id name } } }\n": types.BulkCloseOfferDocument,
    "\n  mutation BulkUpdateSeed($input: [CreateOfferInput!]!) { createOffers(input: $input) { id title } }\n": types.BulkUpdateSeedDocument,
    "\n  mutation BulkUpdateOffers($input: [UpdateOfferInput!]!) { updateOffers(input: $input) { id title valueEur status } }\n": types.BulkUpdateOffersDocument,
    "\n  mutation BulkUpdateNeeds($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id title } }\n": types.BulkUpdateNeedsDocument,
    "\n  mutation BulkUpdateClose($id: ID!) { closeOffer(id: $id) { id status } }\n": types.BulkUpdateCloseDocument,
    "\n  query CalibratedSendingRecommended($id: ID!) { need(id: $id) { suggestions(first: 50) { score recommended offer { id } } } }\n": types.CalibratedSendingRecommendedDocument,
    "\n  query CapacityExplanationSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n": types.CapacityExplanationSuggestionsDocument,
    "\n  query CapacityExplanationMatch($id: ID!) {\n    match(id: $id) { id status score components { name score sl: explanation en: explanation(language: EN) } }\n  }\n": types.CapacityExplanationMatchDocument,
    "\n  mutation CapacityExplanationRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }\n": types.CapacityExplanationRespondDocument,
    "\n  mutation CapacityExplanationEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n": types.CapacityExplanationEndDocument,
    "\n  query ContractReferenceData { municipalities { code name region } themes { code name parent { code } } }\n": types.ContractReferenceDataDocument,
    "\n  query ContractRegions { municipalities { code region regionEn } }\n": types.ContractRegionsDocument,
    "\n  query ContractNeed($id: ID!) {\n    need(id: $id) {\n      id title status lastMatchedAt startsOn endsOn budgetEur resourceTypes\n      organization { id name sector municipality { code name } } municipality { code } themes { code name }\n    }\n  }\n": types.ContractNeedDocument,
    "\n  query ContractOffer($id: ID!) {\n    offer(id: $id) { status reach capacity valueEur availableFrom availableUntil serviceArea { code } organization { id } }\n  }\n": types.ContractOfferDocument,
    "\n  mutation ContractUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { title endsOn themes { code } budgetEur } }\n": types.ContractUpdateNeedDocument,
    "\n  mutation ContractCloseNeed($id: ID!) { closeNeed(id: $id) { status } }\n": types.ContractCloseNeedDocument,
    "\n  mutation ContractUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { capacity reach } }\n": types.ContractUpdateOfferDocument,
    "\n  mutation ContractCloseOffer($id: ID!) { closeOffer(id: $id) { status } }\n": types.ContractCloseOfferDocument,
    "\n  query ContractMissing($id: ID!) { need(id: $id) { id } offer(id: $id) { id } }\n": types.ContractMissingDocument,
    "\n  query ContractContact($id: ID!) { organization(id: $id) { contact { name email phone } } }\n": types.ContractContactDocument,
    "\n  query DatabaseOutageNeedCount { needs { totalCount } }\n": types.DatabaseOutageNeedCountDocument,
    "\n  query DatabaseOutageSettingsAndNeed($id: ID!) { matchingSettings { listingThreshold } need(id: $id) { id } }\n": types.DatabaseOutageSettingsAndNeedDocument,
    "\n  mutation DeleteAccountInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.DeleteAccountInviteDocument,
    "\n  mutation DeleteAccountSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id memberships { id } } } }\n": types.DeleteAccountSignUpDocument,
    "\n  mutation DeleteAccountLogin($input: LoginInput!) { login(input: $input) { token } }\n": types.DeleteAccountLoginDocument,
    "\n  mutation DeleteAccountDelete($input: DeleteAccountInput!) { deleteAccount(input: $input) }\n": types.DeleteAccountDeleteDocument,
    "\n  query DeleteAccountMe { me { id memberships { id role } } }\n": types.DeleteAccountMeDocument,
    "\n  query DeleteAccountMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role user { id } } }\n": types.DeleteAccountMembersDocument,
    "\n  mutation DeleteAccountUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role } }\n": types.DeleteAccountUpdateMembershipDocument,
    "\n  mutation DeleteAccountAccept($token: String!) { acceptInvitation(invitationToken: $token) { id } }\n": types.DeleteAccountAcceptDocument,
    "\n  query DeleteAccountNeed($id: ID!) { need(id: $id) { id organization { id } } }\n": types.DeleteAccountNeedDocument,
    "\n  query DeleteAccountOrganization($id: ID!) { organization(id: $id) { id memberCount } }\n": types.DeleteAccountOrganizationDocument,
    "\n  subscription DeleteAccountSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n": types.DeleteAccountSuggestionAddedDocument,
    "\n  mutation DigestLeaseUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }\n": types.DigestLeaseUpdatePreferencesDocument,
    "\n  subscription EventsSubscriberSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n": types.EventsSubscriberSuggestionAddedDocument,
    "\n  subscription EventsSubscriberSuggestionAnswered($organizationId: ID!) { suggestionAnswered(organizationId: $organizationId) { id } }\n": types.EventsSubscriberSuggestionAnsweredDocument,
    "\n  subscription EventsSubscriberResponseChanged($organizationId: ID!) {\n    responseChanged(organizationId: $organizationId) { id status organization { id } need { id } }\n  }\n": types.EventsSubscriberResponseChangedDocument,
    "\n  subscription EventsSubscriberPartnershipChanged($organizationId: ID!) { partnershipChanged(organizationId: $organizationId) { id } }\n": types.EventsSubscriberPartnershipChangedDocument,
    "\n  mutation EventsSubscriberLogin($input: LoginInput!) { login(input: $input) { token } }\n": types.EventsSubscriberLoginDocument,
    "\n  mutation EventsSubscriberRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": types.EventsSubscriberRespondDocument,
    "\n  mutation FaultsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }\n": types.FaultsCreateOrganizationDocument,
    "\n  mutation FaultsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": types.FaultsCreateWebhookDocument,
    "\n  mutation FaultsCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": types.FaultsCreateNeedDocument,
    "\n  mutation FaultsCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n": types.FaultsCreateOfferDocument,
    "\n  subscription ScaleOutSuggestionAdded($organizationId: ID!) {\n    suggestionAdded(organizationId: $organizationId) { id need { id } offer { id } }\n  }\n": types.ScaleOutSuggestionAddedDocument,
    "\n  mutation FuzzInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.FuzzInviteMemberDocument,
    "\n  mutation FuzzSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": types.FuzzSignUpDocument,
    "\n  mutation FuzzLogin($input: LoginInput!) { login(input: $input) { token } }\n": types.FuzzLoginDocument,
    "\n  mutation FuzzCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": types.FuzzCreateWebhookDocument,
    "\n  mutation FuzzRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": types.FuzzRespondToNeedDocument,
    "\n  mutation RetryCreateOffers($input: [CreateOfferInput!]!) { createOffers(input: $input) { id title externalId status organization { id } } }\n": types.RetryCreateOffersDocument,
    "\n  query RetryOfferExternalId($id: ID!) { offer(id: $id) { id externalId } }\n": types.RetryOfferExternalIdDocument,
    "\n  mutation RetryCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id title externalId } }\n": types.RetryCreateNeedDocument,
    "\n  mutation RetryUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id title externalId } }\n": types.RetryUpdateOfferDocument,
    "\n  mutation KeptSuggestionsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }\n": types.KeptSuggestionsUpdateOfferDocument,
    "\n  mutation KeptSuggestionsUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }\n": types.KeptSuggestionsUpdateNeedDocument,
    "\n  mutation KeptSuggestionsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": types.KeptSuggestionsRespondDocument,
    "\n  query KeptSuggestionsMatch($id: ID!) { match(id: $id) { id status score components { name en: explanation(language: EN) } } }\n": types.KeptSuggestionsMatchDocument,
    "\n  query ListOrganizationSummary($id: ID!) {\n    needs(first: 5, filter: { organizationId: $id }) {\n      edges { node { id who: organization { ...Who } } }\n    }\n    offers(first: 5, filter: { organizationId: $id }) {\n      edges { node { id organization { __typename id name sector verified municipality { code } } } }\n    }\n  }\n  fragment Who on Organization { id name sector verified municipality { code } }\n": types.ListOrganizationSummaryDocument,
    "\n  query ListOrganizationMore($id: ID!) {\n    needs(first: 5, filter: { organizationId: $id }) {\n      edges { node { id organization { ...Who } ... on Need { description organization { description themes { code } } } } }\n    }\n    offers(first: 5, filter: { organizationId: $id }) {\n      edges { node { id organization { name website createdAt } } }\n    }\n  }\n  fragment Who on Organization { id name sector verified municipality { code } }\n": types.ListOrganizationMoreDocument,
    "\n  query SuggestedOrganizations($id: ID!) {\n    summary: need(id: $id) { suggestions(first: 5) { offer { organization { id name } } } }\n    more: need(id: $id) { suggestions(first: 5) { offer { organization { ... on Organization { description } } } } }\n  }\n": types.SuggestedOrganizationsDocument,
    "\n  query SuggestedOfferDescriptions($id: ID!) {\n    without: need(id: $id) { suggestions(first: 5) { offer { id title } } }\n    with: need(id: $id) { suggestions(first: 5) { offer { id ... on Offer { description } } } }\n  }\n": types.SuggestedOfferDescriptionsDocument,
    "\n  query PostingOrganizations($needId: ID!, $offerId: ID!) {\n    need(id: $needId) { id organization { id name sector verified municipality { code } } }\n    offer(id: $offerId) { id organization { ...Poster } }\n    whole: need(id: $needId) { id organization { name description website } }\n  }\n  fragment Poster on Organization { id name verified }\n": types.PostingOrganizationsDocument,
    "\n  query MatchById($id: ID!) {\n    match(id: $id) { id status score recommended needDecision offerDecision declineReason need { id title } offer { id title organization { id } } }\n  }\n": types.MatchByIdDocument,
    "\n  mutation MatchByIdDecline($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": types.MatchByIdDeclineDocument,
    "\n  mutation LanesRematchAll { rematchAll }\n": types.LanesRematchAllDocument,
    "\n  query LanesMatchingProgress {\n    matchingBacklog\n    matchingLanes { name waiting active delayed }\n    rematchProgress { startedAt total done finishedAt }\n  }\n": types.LanesMatchingProgressDocument,
    "\n  query MatchingSettingsInForce { matchingSettings { sendingThreshold defaultSendingThreshold sendingThresholdUpdatedAt sendingThresholdUpdatedBy } }\n": types.MatchingSettingsInForceDocument,
    "\n  query SendingTradeOffs {\n    matchingSettings { sendingTradeOffs { measuredOn needs points { threshold pairsSent sentGood perfectPairsSent needsLeftQuiet } } }\n  }\n": types.SendingTradeOffsDocument,
    "\n  query UnsentPairsReaching($sendingThreshold: Float!) { unsentPairsReaching(sendingThreshold: $sendingThreshold) }\n": types.UnsentPairsReachingDocument,
    "\n  mutation UpdateMatchingSettings($input: UpdateMatchingSettingsInput!) {\n    updateMatchingSettings(input: $input) { sendingThreshold defaultSendingThreshold sendingThresholdUpdatedAt sendingThresholdUpdatedBy }\n  }\n": types.UpdateMatchingSettingsDocument,
    "\n  query MatchingSuggestions($id: ID!) {\n    need(id: $id) {\n      lastMatchedAt\n      suggestions { id score status offer { id } components { name score weight shortfall effect explanation en: explanation(language: EN) } }\n    }\n  }\n": types.MatchingSuggestionsDocument,
    "\n  query MatchingBacklog { matchingBacklog }\n": types.MatchingBacklogDocument,
    "\n  mutation MatchingUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }\n": types.MatchingUpdateNeedDocument,
    "\n  query MatchingSuggestionIds($id: ID!, $first: Int, $offset: Int) { need(id: $id) { suggestions(first: $first, offset: $offset) { id } } }\n": types.MatchingSuggestionIdsDocument,
    "\n  mutation MatchingRematchAll { rematchAll }\n": types.MatchingRematchAllDocument,
    "\n  mutation MatchingUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }\n": types.MatchingUpdateOfferDocument,
    "\n  query MetricsAccessThemes { themes { code } }\n": types.MetricsAccessThemesDocument,
    "\n  mutation MetricsUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }\n": types.MetricsUpdatePreferencesDocument,
    "\n  query NPlusOneNeeds($first: Int) {\n    needs(first: $first) {\n      totalCount\n      edges { node { id title organization { id name municipality { name } } municipality { code } themes { code parent { code } } } }\n    }\n  }\n": types.NPlusOneNeedsDocument,
    "\n  query NPlusOneNeedsWithoutCount { needs(first: 20) { pageInfo { hasNextPage } edges { node { id organization { name } } } } }\n": types.NPlusOneNeedsWithoutCountDocument,
    "\n  query NPlusOneNeedWithSuggestions($id: ID!) {\n    need(id: $id) { id organization { name } suggestions(first: 10) { id offer { id organization { name } municipality { name } } } }\n  }\n": types.NPlusOneNeedWithSuggestionsDocument,
    "\n  query NPlusOneNeed($id: ID!) { need(id: $id) { id } }\n": types.NPlusOneNeedDocument,
    "\n  query NPlusOneThreeNeeds($a: ID!, $b: ID!, $c: ID!) { n0: need(id: $a) { id } n1: need(id: $b) { id } n2: need(id: $c) { id } }\n": types.NPlusOneThreeNeedsDocument,
    "\n  query NPlusOneOffers {\n    offers(first: 10) { totalCount edges { node { id organization { id name } municipality { name } serviceArea { code } themes { code parent { code } } } } }\n  }\n": types.NPlusOneOffersDocument,
    "\n  query NPlusOneOrganizations {\n    organizations(first: 50) { totalCount edges { node { id name municipality { name region } themes { code parent { code } } } } }\n  }\n": types.NPlusOneOrganizationsDocument,
    "\n  query NPlusOneOrganizationsWithMemberCount { organizations(first: 50) { edges { node { id memberCount } } } }\n": types.NPlusOneOrganizationsWithMemberCountDocument,
    "\n  mutation NPlusOneInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.NPlusOneInviteMemberDocument,
    "\n  mutation NPlusOneSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": types.NPlusOneSignUpDocument,
    "\n  query NPlusOnePartnerships($first: Int) {\n    partnerships(first: $first) { edges { node { id endedBy needOrganization { name } partnerOrganization { name } endedByOrganization { id name } } } }\n  }\n": types.NPlusOnePartnershipsDocument,
    "\n  query NPlusOnePartnershipsCounted($first: Int) {\n    partnerships(first: $first) { totalCount edges { node { id needOrganization { name } partnerOrganization { name } } } }\n  }\n": types.NPlusOnePartnershipsCountedDocument,
    "\n  query NPlusOnePartnershipsWithoutEnder($first: Int) {\n    partnerships(first: $first) { edges { node { id needOrganization { name } partnerOrganization { name } } } }\n  }\n": types.NPlusOnePartnershipsWithoutEnderDocument,
    "\n  mutation NeedClosedRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n": types.NeedClosedRespondDocument,
    "\n  mutation NeedClosedClose($id: ID!) { closeNeed(id: $id) { id status } }\n": types.NeedClosedCloseDocument,
    "\n  query NeedClosedResponses($id: ID!) { need(id: $id) { status responses { id status } } }\n": types.NeedClosedResponsesDocument,
    "\n  query NeedClosedOwnResponse($id: ID!) { need(id: $id) { ownResponse { id status } } }\n": types.NeedClosedOwnResponseDocument,
    "\n  mutation NeedClosedAccept($id: ID!) { acceptResponse(id: $id) { id } }\n": types.NeedClosedAcceptDocument,
    "\n  mutation NeedClosedDecline($id: ID!) { declineResponse(id: $id) { id status } }\n": types.NeedClosedDeclineDocument,
    "\n  mutation NeedClosedWithdraw($id: ID!) { withdrawResponse(id: $id) { id status } }\n": types.NeedClosedWithdrawDocument,
    "\n  mutation NeedClosedCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }\n": types.NeedClosedCreateWebhookDocument,
    "\n  mutation NeedClosedPreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency language } }\n": types.NeedClosedPreferencesDocument,
    "\n  query NeedCounts($filter: NeedFilter) { needCountsByMunicipality(filter: $filter) { count municipality { code name } } }\n": types.NeedCountsDocument,
    "\n  query NeedCountsPage($filter: NeedFilter, $after: String) {\n    needs(filter: $filter, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { municipality { code } } } }\n  }\n": types.NeedCountsPageDocument,
    "\n  mutation NeedPartnershipRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": types.NeedPartnershipRespondDocument,
    "\n  query NeedPartnershipSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n": types.NeedPartnershipSuggestionsDocument,
    "\n  mutation NeedPartnershipRespondToMatch($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }\n": types.NeedPartnershipRespondToMatchDocument,
    "\n  mutation NeedPartnershipEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n": types.NeedPartnershipEndDocument,
    "\n  query NeedPartnershipNeed($id: ID!) {\n    need(id: $id) { status partnership { id status needOrganization { id } partnerOrganization { id } } }\n  }\n": types.NeedPartnershipNeedDocument,
    "\n  query NeedPartnershipResponses($id: ID!) { need(id: $id) { responses { id status organization { id } partnership { id } } } }\n": types.NeedPartnershipResponsesDocument,
    "\n  query NeedPartnershipNeeds($filter: NeedFilter!) { needs(filter: $filter, first: 20) { edges { node { id partnership { id } } } } }\n": types.NeedPartnershipNeedsDocument,
    "\n  mutation ErasureErase($input: EraseOrganizationInput!) {\n    eraseOrganization(input: $input) {\n      organizationId name needs offers responses partnerships matches memberships invitations apiKeys webhooks deliveries emailSuppressions auditEntriesCleared\n    }\n  }\n": types.ErasureEraseDocument,
    "\n  query ErasureOrganization($id: ID!) { organization(id: $id) { id name } }\n": types.ErasureOrganizationDocument,
    "\n  mutation ErasureInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.ErasureInviteDocument,
    "\n  mutation ErasureSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": types.ErasureSignUpDocument,
    "\n  mutation ErasureAcceptInvitation($invitationToken: String!) { acceptInvitation(invitationToken: $invitationToken) { id } }\n": types.ErasureAcceptInvitationDocument,
    "\n  query ErasureMe { me { id memberships { organization { id } } } }\n": types.ErasureMeDocument,
    "\n  mutation ErasureCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": types.ErasureCreateWebhookDocument,
    "\n  subscription ErasureSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n": types.ErasureSuggestionAddedDocument,
    "\n  mutation OrganizationMembersInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.OrganizationMembersInviteDocument,
    "\n  mutation OrganizationMembersSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": types.OrganizationMembersSignUpDocument,
    "\n  mutation OrganizationMembersVerify($id: ID!) { verifyOrganization(id: $id) { id verified } }\n": types.OrganizationMembersVerifyDocument,
    "\n  query OrganizationMembersList($filter: OrganizationFilter) {\n    organizations(first: 100, filter: $filter) { totalCount edges { node { id memberCount } } }\n  }\n": types.OrganizationMembersListDocument,
    "\n  query OrganizationMembersOne($id: ID!) { organization(id: $id) { id memberCount } }\n": types.OrganizationMembersOneDocument,
    "\n  mutation OrganizationMembersSignUpMembership($input: SignUpInput!) { signUp(input: $input) { token user { id memberships { id } } } }\n": types.OrganizationMembersSignUpMembershipDocument,
    "\n  mutation OrganizationMembersRemove($id: ID!) { removeMember(id: $id) { id role user { id } organization { id } } }\n": types.OrganizationMembersRemoveDocument,
    "\n  mutation OrganizationMembersUpdate($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role notifySuggestions } }\n": types.OrganizationMembersUpdateDocument,
    "\n  query OrganizationMembersMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role user { id } } }\n": types.OrganizationMembersMembersDocument,
    "\n  mutation OrganizationMembersCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": types.OrganizationMembersCreateNeedDocument,
    "\n  subscription OrganizationMembersSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n": types.OrganizationMembersSuggestionAddedDocument,
    "\n  mutation OwnResponseRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": types.OwnResponseRespondDocument,
    "\n  mutation OwnResponseRespondReadingBack($input: RespondToNeedInput!, $organizationId: ID) {\n    respondToNeed(input: $input) { id need { id ownResponse(organizationId: $organizationId) { id status } } }\n  }\n": types.OwnResponseRespondReadingBackDocument,
    "\n  mutation OwnResponseDecline($id: ID!) { declineResponse(id: $id) { id status } }\n": types.OwnResponseDeclineDocument,
    "\n  query OwnResponseResponsesPage($id: ID!, $first: Int, $offset: Int) {\n    need(id: $id) { id responseCount responses(first: $first, offset: $offset) { id createdAt organization { id } } }\n  }\n": types.OwnResponseResponsesPageDocument,
    "\n  query OwnResponseResponsesDefaultPage($id: ID!) { need(id: $id) { responses { id } } }\n": types.OwnResponseResponsesDefaultPageDocument,
    "\n  query OwnResponseResponseCount($id: ID!) { need(id: $id) { id responseCount } }\n": types.OwnResponseResponseCountDocument,
    "\n  query OwnResponseNeedsWithResponses($filter: NeedFilter!) {\n    needs(filter: $filter, first: 100) { edges { node { id responseCount responses(first: 2) { id organization { id } } } } }\n  }\n": types.OwnResponseNeedsWithResponsesDocument,
    "\n  query OwnResponseCalls($filter: NeedFilter!, $organizationId: ID) {\n    needs(filter: $filter, first: 100) { edges { node { id ownResponse(organizationId: $organizationId) { id status message organization { id } } } } }\n  }\n": types.OwnResponseCallsDocument,
    "\n  query NeedsPage($first: Int, $after: String, $filter: NeedFilter) {\n    needs(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }\n    }\n  }\n": types.NeedsPageDocument,
    "\n  query OffersPage($first: Int, $after: String, $filter: OfferFilter) {\n    offers(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }\n    }\n  }\n": types.OffersPageDocument,
    "\n  query OrganizationsPage($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }\n    }\n  }\n": types.OrganizationsPageDocument,
    "\n  query PaginationNeedCount($first: Int, $after: String) { needs(first: $first, after: $after) { totalCount } }\n": types.PaginationNeedCountDocument,
    "\n  query PaginationNeedsFirst101 { needs(first: 101) { totalCount } }\n": types.PaginationNeedsFirst101Document,
    "\n  query PaginationOffersFirst0 { offers(first: 0) { totalCount } }\n": types.PaginationOffersFirst0Document,
    "\n  query PaginationOffersFirst101 { offers(first: 101) { totalCount } }\n": types.PaginationOffersFirst101Document,
    "\n  query PaginationOrganizationsFirst0 { organizations(first: 0) { totalCount } }\n": types.PaginationOrganizationsFirst0Document,
    "\n  query PaginationOrganizationsFirst101 { organizations(first: 101) { totalCount } }\n": types.PaginationOrganizationsFirst101Document,
    "\n  mutation PaginationCloseNeed($id: ID!) { closeNeed(id: $id) { status } }\n": types.PaginationCloseNeedDocument,
    "\n  mutation PaginationCloseOffer($id: ID!) { closeOffer(id: $id) { status } }\n": types.PaginationCloseOfferDocument,
    "\n  mutation PaginationVerifyOrganization($id: ID!, $verified: Boolean) { verifyOrganization(id: $id, verified: $verified) { id verified } }\n": types.PaginationVerifyOrganizationDocument,
    "\n  mutation PartnerContactsInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.PartnerContactsInviteDocument,
    "\n  mutation PartnerContactsSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": types.PartnerContactsSignUpDocument,
    "\n  query PartnerContactsList($organizationId: ID) {\n    partnerships(organizationId: $organizationId) { edges { node { id partnerOrganization { id } contacts { name email phone } } } }\n  }\n": types.PartnerContactsListDocument,
    "\n  mutation PartnerContactsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n": types.PartnerContactsUpdateOrganizationDocument,
    "\n  query CapacitySuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n": types.CapacitySuggestionsDocument,
    "\n  query CapacityPartnerships($organizationId: ID!) {\n    partnerships(organizationId: $organizationId) {\n      totalCount\n      edges { node { status endedAt need { id } offer { id } contacts { name } } }\n    }\n  }\n": types.CapacityPartnershipsDocument,
    "\n  mutation CapacityRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }\n": types.CapacityRespondDocument,
    "\n  mutation CapacityEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status outcomeNote endedAt } }\n": types.CapacityEndDocument,
    "\n  query CapacityPlacesLeft($id: ID!) { offer(id: $id) { capacity placesLeft } }\n": types.CapacityPlacesLeftDocument,
    "\n  query CapacityNeedStatus($id: ID!) { need(id: $id) { id status } }\n": types.CapacityNeedStatusDocument,
    "\n  subscription PartnershipChangedEvents($organizationId: ID!) {\n    partnershipChanged(organizationId: $organizationId) {\n      id status outcomeNote endedAt endedBy endedByOrganization { id }\n      need { id status }\n      needOrganization { id }\n      partnerOrganization { id }\n    }\n  }\n": types.PartnershipChangedEventsDocument,
    "\n  mutation PartnershipChangedEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n": types.PartnershipChangedEndDocument,
    "\n  query PartnershipChangedListed($organizationId: ID) {\n    partnerships(organizationId: $organizationId, first: 50) { edges { node { id status endedBy endedByOrganization { id name } } } }\n  }\n": types.PartnershipChangedListedDocument,
    "\n  mutation PartnershipChangedInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.PartnershipChangedInviteDocument,
    "\n  mutation PartnershipChangedSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": types.PartnershipChangedSignUpDocument,
    "\n  mutation EndedByMigrationEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id } }\n": types.EndedByMigrationEndDocument,
    "\n  mutation EndedByMigrationInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.EndedByMigrationInviteDocument,
    "\n  mutation EndedByMigrationSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": types.EndedByMigrationSignUpDocument,
    "\n  query PartnershipsList($organizationId: ID, $statuses: [PartnershipStatus!], $first: Int, $after: String) {\n    partnerships(organizationId: $organizationId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status need { id } needOrganization { id } partnerOrganization { id } contacts { name email phone } } }\n    }\n  }\n": types.PartnershipsListDocument,
    "\n  query PartnershipsOpenCalls($filter: NeedFilter) { needs(first: 100, filter: $filter) { edges { node { id organization { id } } } } }\n": types.PartnershipsOpenCallsDocument,
    "\n  mutation PendingResponsesRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": types.PendingResponsesRespondDocument,
    "\n  mutation PendingResponsesDecline($id: ID!) { declineResponse(id: $id) { id } }\n": types.PendingResponsesDeclineDocument,
    "\n  mutation PendingResponsesWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n": types.PendingResponsesWithdrawDocument,
    "\n  query PendingResponsesList($filter: NeedFilter!, $first: Int) { needs(filter: $filter, first: $first) { totalCount edges { node { id } } } }\n": types.PendingResponsesListDocument,
    "\n  mutation QueueBoardInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.QueueBoardInviteDocument,
    "\n  mutation QueueBoardSignUp($input: SignUpInput!) { signUp(input: $input) { user { id hubAdmin } } }\n": types.QueueBoardSignUpDocument,
    "\n  mutation QueueBoardScopedKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }\n": types.QueueBoardScopedKeyDocument,
    "\n  query RedisOutageQueueHealth { queueHealth { name waiting } }\n": types.RedisOutageQueueHealthDocument,
    "\n  query RedisOutageMatchingBacklog { matchingBacklog }\n": types.RedisOutageMatchingBacklogDocument,
    "\n  query RedisOutageSuggestions($id: ID!) { need(id: $id) { suggestions { offer { id } } } }\n": types.RedisOutageSuggestionsDocument,
    "\n  mutation RespondByRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n": types.RespondByRespondDocument,
    "\n  query RespondByNeed($id: ID!) { need(id: $id) { id status respondBy } }\n": types.RespondByNeedDocument,
    "\n  query RespondByList($filter: NeedFilter!) { needs(filter: $filter, first: 100) { totalCount edges { node { id } } } }\n": types.RespondByListDocument,
    "\n  mutation RespondByCreate($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": types.RespondByCreateDocument,
    "\n  mutation RespondByUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id respondBy endsOn } }\n": types.RespondByUpdateDocument,
    "\n  mutation RespondedNeedsRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": types.RespondedNeedsRespondDocument,
    "\n  mutation RespondedNeedsDecline($id: ID!) { declineResponse(id: $id) { id } }\n": types.RespondedNeedsDeclineDocument,
    "\n  mutation RespondedNeedsWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n": types.RespondedNeedsWithdrawDocument,
    "\n  mutation RespondedNeedsClose($id: ID!) { closeNeed(id: $id) { id } }\n": types.RespondedNeedsCloseDocument,
    "\n  query RespondedNeedsList($filter: NeedFilter!, $organizationId: ID) {\n    needs(filter: $filter, first: 100) { totalCount edges { node { id status ownResponse(organizationId: $organizationId) { status } } } }\n  }\n": types.RespondedNeedsListDocument,
    "\n  query RespondedNeedsCounts($filter: NeedFilter!) { needCountsByMunicipality(filter: $filter) { count } }\n": types.RespondedNeedsCountsDocument,
    "\n  subscription ResponseChangedEvents($organizationId: ID!) {\n    responseChanged(organizationId: $organizationId) {\n      id status message\n      organization { id }\n      need { id status organization { id } }\n      partnership { id }\n    }\n  }\n": types.ResponseChangedEventsDocument,
    "\n  mutation ResponseChangedRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": types.ResponseChangedRespondDocument,
    "\n  mutation ResponseChangedAccept($id: ID!) { acceptResponse(id: $id) { id } }\n": types.ResponseChangedAcceptDocument,
    "\n  mutation ResponseChangedDecline($id: ID!) { declineResponse(id: $id) { id } }\n": types.ResponseChangedDeclineDocument,
    "\n  mutation ResponseChangedWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n": types.ResponseChangedWithdrawDocument,
    "\n  mutation ResponseChangedAnswerSuggestion($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": types.ResponseChangedAnswerSuggestionDocument,
    "\n  mutation ResponseEventsRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n": types.ResponseEventsRespondDocument,
    "\n  mutation ResponseEventsDecline($id: ID!) { declineResponse(id: $id) { id status } }\n": types.ResponseEventsDeclineDocument,
    "\n  mutation ResponseEventsAccept($id: ID!) { acceptResponse(id: $id) { id } }\n": types.ResponseEventsAcceptDocument,
    "\n  mutation ResponseEventsWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n": types.ResponseEventsWithdrawDocument,
    "\n  mutation ResponseEventsEndPartnership($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n": types.ResponseEventsEndPartnershipDocument,
    "\n  mutation ResponseEventsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }\n": types.ResponseEventsCreateWebhookDocument,
    "\n  mutation ResponseEventsOrganizationEmail($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n": types.ResponseEventsOrganizationEmailDocument,
    "\n  mutation ResponseEventsPreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency language } }\n": types.ResponseEventsPreferencesDocument,
    "\n  mutation ResponsePartnershipRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": types.ResponsePartnershipRespondDocument,
    "\n  mutation ResponsePartnershipAccept($id: ID!) { acceptResponse(id: $id) { id } }\n": types.ResponsePartnershipAcceptDocument,
    "\n  mutation ResponsePartnershipEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status endedAt } }\n": types.ResponsePartnershipEndDocument,
    "\n  query ResponsePartnershipNeedResponses($id: ID!) {\n    need(id: $id) { id status responses { id status organization { id } partnership { id status endedAt } } }\n  }\n": types.ResponsePartnershipNeedResponsesDocument,
    "\n  query ResponsePartnershipOwnResponse($id: ID!) { need(id: $id) { id ownResponse { id status partnership { id status endedAt } } } }\n": types.ResponsePartnershipOwnResponseDocument,
    "\n  query ResponsePartnershipNeeds($filter: NeedFilter!) {\n    needs(filter: $filter, first: 20) { edges { node { id responses(first: 5) { id partnership { id status } } } } }\n  }\n": types.ResponsePartnershipNeedsDocument,
    "\n  mutation RegressionsCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": types.RegressionsCreateNeedDocument,
    "\n  mutation RegressionsCreateOffers($input: [CreateOfferInput!]!) { createOffers(input: $input) { id } }\n": types.RegressionsCreateOffersDocument,
    "\n  mutation RegressionsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }\n": types.RegressionsCreateWebhookDocument,
    "\n  query RegressionsNeedsByText($text: String) { needs(filter: { text: $text }) { totalCount } }\n": types.RegressionsNeedsByTextDocument,
    "\n  query RegressionsNegativeFirst {\n    big: needs(first: 100) { edges { node { id title organization { name } } } }\n    small: needs(first: -1000000) { totalCount }\n  }\n": types.RegressionsNegativeFirstDocument,
    "\n  query RegressionsNeedCount { needs { totalCount } }\n": types.RegressionsNeedCountDocument,
    "\n  query RegressionsMunicipalityName { municipality(code: \"052\") { name } }\n": types.RegressionsMunicipalityNameDocument,
    "\n  mutation RegressionsLogin($input: LoginInput!) { login(input: $input) { token } }\n": types.RegressionsLoginDocument,
    "\n  mutation RegressionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.RegressionsInviteMemberDocument,
    "\n  mutation RegressionsSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": types.RegressionsSignUpDocument,
    "\n  mutation RegressionsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }\n": types.RegressionsVerifyOrganizationDocument,
    "\n  mutation RegressionsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { verified } }\n": types.RegressionsUpdateOrganizationDocument,
    "\n  mutation SessionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.SessionsInviteMemberDocument,
    "\n  mutation SessionsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": types.SessionsSignUpDocument,
    "\n  mutation SessionsLogin($input: LoginInput!) { login(input: $input) { token user { id email } } }\n": types.SessionsLoginDocument,
    "\n  mutation SessionsLogout { logout }\n": types.SessionsLogoutDocument,
    "\n  query SessionsMe { me { id email name hubAdmin memberships { id role notifySuggestions organization { id name sector } } } }\n": types.SessionsMeDocument,
    "\n  query ShutdownNeedCount { needs { totalCount } }\n": types.ShutdownNeedCountDocument,
    "\n  query StatisticsHub($from: DateTime, $to: DateTime) {\n    hubStatistics(from: $from, to: $to) {\n      partnershipsFormed\n      partnershipsBySectorPair { needSector partnerSector count }\n      partnershipsByMunicipality { municipality { code name } count }\n      partnershipsByTheme { theme { code name } count }\n      ngosInvolved\n      suggestionsSent\n      suggestionsAccepted\n      suggestionsDeclined\n      declineReasons { reason count }\n    }\n  }\n": types.StatisticsHubDocument,
    "\n  query StatisticsTimeline($from: DateTime, $to: DateTime, $interval: StatisticsInterval) {\n    hubStatistics(from: $from, to: $to) {\n      partnershipsFormed\n      timeline(interval: $interval) { periodStart partnershipsFormed suggestionsSent accepted declined }\n    }\n  }\n": types.StatisticsTimelineDocument,
    "\n  query StatisticsOutcomes($from: DateTime) {\n    hubStatistics(from: $from) { partnershipsFormed partnershipsCompleted partnershipsCancelled publicServicesDelivered }\n  }\n": types.StatisticsOutcomesDocument,
    "\n  query StatisticsQueueHealth { queueHealth { name waiting active delayed failed } }\n": types.StatisticsQueueHealthDocument,
    "\n  subscription SubscriptionsSuggestionAdded($organizationId: ID!) {\n    suggestionAdded(organizationId: $organizationId) {\n      id score status\n      need { id title organization { id } }\n      offer { id }\n      components { name score explanation(language: EN) }\n    }\n  }\n": types.SubscriptionsSuggestionAddedDocument,
    "\n  subscription SubscriptionsSuggestionAnswered($organizationId: ID!) {\n    suggestionAnswered(organizationId: $organizationId) {\n      id status needDecision offerDecision declineReason\n      need { id status }\n      partnership { id }\n      contacts { name email }\n    }\n  }\n": types.SubscriptionsSuggestionAnsweredDocument,
    "\n  mutation SubscriptionsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": types.SubscriptionsRespondDocument,
    "\n  query SubscriptionsOrganization($id: ID!) { organization(id: $id) { id } }\n": types.SubscriptionsOrganizationDocument,
    "\n  mutation SubscriptionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }\n": types.SubscriptionsCreateApiKeyDocument,
    "\n  mutation SubscriptionsRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n": types.SubscriptionsRevokeApiKeyDocument,
    "\n  mutation SubscriptionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.SubscriptionsInviteMemberDocument,
    "\n  mutation SubscriptionsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": types.SubscriptionsSignUpDocument,
    "\n  mutation SubscriptionsLogin($input: LoginInput!) { login(input: $input) { token } }\n": types.SubscriptionsLoginDocument,
    "\n  mutation SubscriptionsLogout { logout }\n": types.SubscriptionsLogoutDocument,
    "\n  mutation SubscriptionsResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }\n": types.SubscriptionsResetPasswordDocument,
    "\n  fragment FlowMatch on Match { id status score needDecision offerDecision partnership { id status } contacts { name email phone } }\n": types.FlowMatchFragmentDoc,
    "\n  mutation FlowEndPartnership($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n": types.FlowEndPartnershipDocument,
    "\n  mutation FlowCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }\n": types.FlowCreateWebhookDocument,
    "\n  query FlowMatches($id: ID!) { need(id: $id) { suggestions { ...FlowMatch } } }\n": types.FlowMatchesDocument,
    "\n  mutation FlowRespondToMatch($input: RespondToMatchInput!) { respondToMatch(input: $input) { ...FlowMatch } }\n": types.FlowRespondToMatchDocument,
    "\n  query FlowSuggestionIds($id: ID!) { need(id: $id) { suggestions { id } } }\n": types.FlowSuggestionIdsDocument,
    "\n  query FlowExplanations($id: ID!) { need(id: $id) { suggestions { id components { name explanation(language: EN) } } } }\n": types.FlowExplanationsDocument,
    "\n  mutation FlowCreateTestWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": types.FlowCreateTestWebhookDocument,
    "\n  mutation FlowSendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { id } }\n": types.FlowSendTestWebhookDocument,
    "\n  mutation FlowCloseOffer($id: ID!) { closeOffer(id: $id) { id } }\n": types.FlowCloseOfferDocument,
    "\n  mutation FlowUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n": types.FlowUpdateOrganizationDocument,
    "\n  mutation FlowUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { language } }\n": types.FlowUpdatePreferencesDocument,
    "\n  query PreferencesRead($id: ID!) { suggestionPreferences(organizationId: $id) { frequency minScore themeCodes municipalityCodes language } }\n": types.PreferencesReadDocument,
    "\n  mutation PreferencesUpdate($input: UpdateSuggestionPreferencesInput!) {\n    updateSuggestionPreferences(input: $input) { frequency minScore themeCodes municipalityCodes language }\n  }\n": types.PreferencesUpdateDocument,
    "\n  query PreferencesSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n": types.PreferencesSuggestionsDocument,
    "\n  query PreferencesDeliveryLog($id: ID!) {\n    deliveries(organizationId: $id, channel: EMAIL) { totalCount edges { node { kind status recipient attempts sentAt matchId } } }\n  }\n": types.PreferencesDeliveryLogDocument,
    "\n  mutation PreferencesRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status message offer { id } organization { id } } }\n": types.PreferencesRespondToNeedDocument,
    "\n  mutation PreferencesCloseOffer($id: ID!) { closeOffer(id: $id) { id } }\n": types.PreferencesCloseOfferDocument,
    "\n  query PreferencesResponses($id: ID!) { need(id: $id) { responses { id } } }\n": types.PreferencesResponsesDocument,
    "\n  mutation PreferencesDeclineResponse($id: ID!) { declineResponse(id: $id) { id status } }\n": types.PreferencesDeclineResponseDocument,
    "\n  mutation PreferencesWithdrawResponse($id: ID!) { withdrawResponse(id: $id) { id status } }\n": types.PreferencesWithdrawResponseDocument,
    "\n  mutation PreferencesAcceptResponse($id: ID!) {\n    acceptResponse(id: $id) { id status need { id status } offer { id } needOrganization { id } partnerOrganization { id } }\n  }\n": types.PreferencesAcceptResponseDocument,
    "\n  mutation PreferencesInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.PreferencesInviteMemberDocument,
    "\n  mutation PreferencesSignUp($input: SignUpInput!) { signUp(input: $input) { token user { memberships { id } } } }\n": types.PreferencesSignUpDocument,
    "\n  query PreferencesMyMemberships { me { memberships { id notifySuggestions emailUnsubscribed } } }\n": types.PreferencesMyMembershipsDocument,
    "\n  mutation PreferencesUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id notifySuggestions emailUnsubscribed } }\n": types.PreferencesUpdateMembershipDocument,
    "\n  query SuggestionsAwaitingOtherSide($organizationId: ID!, $first: Int, $after: String) {\n    suggestionsAwaitingOtherSide(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id status needDecision offerDecision\n          need { id title organization { id name } }\n          offer { id title organization { id name } }\n        }\n      }\n    }\n  }\n": types.SuggestionsAwaitingOtherSideDocument,
    "\n  query SuggestionsAwaitingOtherSideAwaiting($organizationId: ID!) {\n    suggestionsAwaiting(organizationId: $organizationId, first: 100) { edges { node { id } } }\n  }\n": types.SuggestionsAwaitingOtherSideAwaitingDocument,
    "\n  mutation SuggestionsAwaitingOtherSideRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": types.SuggestionsAwaitingOtherSideRespondDocument,
    "\n  mutation SuggestionsAwaitingOtherSideCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }\n": types.SuggestionsAwaitingOtherSideCloseNeedDocument,
    "\n  query SuggestionsAwaitingOtherSideBacklog { matchingBacklog }\n": types.SuggestionsAwaitingOtherSideBacklogDocument,
    "\n  query SuggestionsAwaiting($organizationId: ID!, $first: Int, $after: String) {\n    suggestionsAwaiting(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges {\n        cursor\n        node {\n          id score status recommended needDecision offerDecision\n          need { id title organization { id name } }\n          offer { id title organization { id name } }\n        }\n      }\n    }\n  }\n": types.SuggestionsAwaitingDocument,
    "\n  mutation SuggestionsAwaitingRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n": types.SuggestionsAwaitingRespondDocument,
    "\n  query SuggestionsAwaitingBacklog { matchingBacklog }\n": types.SuggestionsAwaitingBacklogDocument,
    "\n  query SuggestionsAwaitingNeeds { needs(first: 1) { pageInfo { endCursor } } }\n": types.SuggestionsAwaitingNeedsDocument,
    "\n  mutation TermCountsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }\n": types.TermCountsUpdateOfferDocument,
    "\n  mutation TermCountsCloseOffer($id: ID!) { closeOffer(id: $id) { id status } }\n": types.TermCountsCloseOfferDocument,
    "\n  mutation FixtureCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n": types.FixtureCreateOrganizationDocument,
    "\n  mutation FixtureCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }\n": types.FixtureCreateApiKeyDocument,
    "\n  mutation FixtureCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n": types.FixtureCreateNeedDocument,
    "\n  mutation FixtureCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n": types.FixtureCreateOfferDocument,
    "\n  mutation FixtureRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n": types.FixtureRespondToNeedDocument,
    "\n  mutation FixtureAcceptResponse($id: ID!) { acceptResponse(id: $id) { id } }\n": types.FixtureAcceptResponseDocument,
    "\n  query SettleMatchingBacklog { matchingBacklog }\n": types.SettleMatchingBacklogDocument,
    "\n    mutation ValidationCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n  ": types.ValidationCreateNeedDocument,
    "\n    mutation ValidationCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n  ": types.ValidationCreateOfferDocument,
    "\n    mutation ValidationCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }\n  ": types.ValidationCreateOrganizationDocument,
    "\n    mutation ValidationUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }\n  ": types.ValidationUpdateNeedDocument,
    "\n  query ValidationNeed($id: ID!) { need(id: $id) { id } }\n": types.ValidationNeedDocument,
    "\n  query ValidationNeedPage($first: Int, $after: String) { needs(first: $first, after: $after) { edges { node { id } } pageInfo { endCursor } } }\n": types.ValidationNeedPageDocument,
    "\n  query ValidationNeedCount($first: Int, $after: String) { needs(first: $first, after: $after) { totalCount } }\n": types.ValidationNeedCountDocument,
    "\n  query ValidationNeedsFiltered($filter: NeedFilter) { needs(first: 5, filter: $filter) { totalCount } }\n": types.ValidationNeedsFilteredDocument,
    "\n  query ValidationOffersFiltered($filter: OfferFilter) { offers(first: 5, filter: $filter) { totalCount } }\n": types.ValidationOffersFilteredDocument,
    "\n  query ValidationOrganizationsFiltered($filter: OrganizationFilter) { organizations(first: 5, filter: $filter) { totalCount } }\n": types.ValidationOrganizationsFilteredDocument,
    "\n  mutation ValidationCreateNeedAtLimits($input: CreateNeedInput!) { createNeed(input: $input) { title description budgetEur startsOn endsOn } }\n": types.ValidationCreateNeedAtLimitsDocument,
    "\n  mutation ValidationCreateOfferAtLimits($input: CreateOfferInput!) { createOffer(input: $input) { title capacity valueEur } }\n": types.ValidationCreateOfferAtLimitsDocument,
    "\n  mutation ValidationCreateOrganizationWithNumbers($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { id taxNumber registrationNumber }\n  }\n": types.ValidationCreateOrganizationWithNumbersDocument,
    "\n  mutation ValidationUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n": types.ValidationUpdateOrganizationDocument,
    "\n  mutation ValidationLogin($input: LoginInput!) { login(input: $input) { token } }\n": types.ValidationLoginDocument,
    "\n  mutation ValidationInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.ValidationInviteMemberDocument,
    "\n  mutation ValidationSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n": types.ValidationSignUpDocument,
    "\n  mutation ValidationCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }\n": types.ValidationCreateApiKeyDocument,
    "\n  mutation ValidationVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }\n": types.ValidationVerifyOrganizationDocument,
    "\n  mutation ValidationEndsOnCreate($input: CreateNeedInput!) { createNeed(input: $input) { id status endsOn } }\n": types.ValidationEndsOnCreateDocument,
    "\n  mutation ValidationEndsOnUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id title endsOn } }\n": types.ValidationEndsOnUpdateDocument,
    "\n  mutation ValidationEndsOnCreateMany($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id endsOn } }\n": types.ValidationEndsOnCreateManyDocument,
    "\n  mutation ValidationEndsOnUpdateMany($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id endsOn } }\n": types.ValidationEndsOnUpdateManyDocument,
    "\n  mutation ValidationRespondByCreate($input: CreateNeedInput!) { createNeed(input: $input) { id status respondBy } }\n": types.ValidationRespondByCreateDocument,
    "\n  mutation ValidationRespondByUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id title respondBy } }\n": types.ValidationRespondByUpdateDocument,
    "\n  mutation ValidationRespondByCreateMany($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id respondBy } }\n": types.ValidationRespondByCreateManyDocument,
    "\n  mutation ValidationRespondByUpdateMany($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id respondBy } }\n": types.ValidationRespondByUpdateManyDocument,
    "\n  mutation ValidationCreateOfferDays($input: CreateOfferInput!) { createOffer(input: $input) { id availableFrom availableUntil } }\n": types.ValidationCreateOfferDaysDocument,
    "\n  mutation ValidationUpdateOffersDays($input: [UpdateOfferInput!]!) { updateOffers(input: $input) { id availableUntil } }\n": types.ValidationUpdateOffersDaysDocument,
    "\n  mutation ValidationUpdateOrganizationTexts($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name description } }\n": types.ValidationUpdateOrganizationTextsDocument,
    "\n      mutation ValidationCreateNamedOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n    ": types.ValidationCreateNamedOrganizationDocument,
    "\n  query Viewer {\n    viewer { kind hub organizations { id name } user { id email } apiKey { id name tokenPrefix organizationId } }\n  }\n": types.ViewerDocument,
    "\n  query ViewerWithoutOrganizations { viewer { kind hub user { id name email } apiKey { id name tokenPrefix } } }\n": types.ViewerWithoutOrganizationsDocument,
    "\n  query ViewerMunicipality { municipality(code: \"052\") { name } }\n": types.ViewerMunicipalityDocument,
    "\n  mutation ViewerCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id name tokenPrefix } } }\n": types.ViewerCreateApiKeyDocument,
    "\n  mutation ViewerRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }\n": types.ViewerRevokeApiKeyDocument,
    "\n  mutation ViewerInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n": types.ViewerInviteMemberDocument,
    "\n  mutation ViewerSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n": types.ViewerSignUpDocument,
    "\n  mutation ViewerAcceptInvitation($invitationToken: String!) { acceptInvitation(invitationToken: $invitationToken) { id } }\n": types.ViewerAcceptInvitationDocument,
    "\n  mutation ViewerLogin($input: LoginInput!) { login(input: $input) { token } }\n": types.ViewerLoginDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id url events active createdAt } }\n  }\n": types.WebhooksCreateDocument,
    "\n  query WebhooksList($organizationId: ID!) { webhooks(organizationId: $organizationId) { id url events active } }\n": types.WebhooksListDocument,
    "\n  mutation WebhooksDelete($id: ID!) { deleteWebhook(id: $id) { id active } }\n": types.WebhooksDeleteDocument,
    "\n  mutation WebhooksUpdate($input: UpdateWebhookInput!) { updateWebhook(input: $input) { id url events active } }\n": types.WebhooksUpdateDocument,
    "\n  mutation WebhooksSendTest($id: ID!) { sendTestWebhook(id: $id) { id kind channel status attempts nextAttemptAt } }\n": types.WebhooksSendTestDocument,
    "\n  query WebhooksWithLogs($organizationId: ID!) {\n    webhooks(organizationId: $organizationId) { id deliveries(first: 5) { totalCount edges { node { id status } } } }\n  }\n": types.WebhooksWithLogsDocument,
    "\n      query WebhooksDeliveryLog($id: ID!, $first: Int, $after: String) {\n        webhook(id: $id) {\n          id\n          deliveries(first: $first, after: $after) {\n            totalCount\n            pageInfo { hasNextPage endCursor }\n            edges { node { id kind channel status attempts lastError lastResponseStatus sentAt createdAt } }\n          }\n        }\n      }\n    ": types.WebhooksDeliveryLogDocument,
    "\n    query WebhooksDispatchedDeliveries($id: ID!) {\n      webhook(id: $id) {\n        deliveries { totalCount edges { node { id kind channel status attempts lastError lastResponseStatus nextAttemptAt sentAt } } }\n      }\n    }\n  ": types.WebhooksDispatchedDeliveriesDocument,
    "\n  mutation WithdrawResponseRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n": types.WithdrawResponseRespondDocument,
    "\n  mutation WithdrawResponseWithdraw($id: ID!) { withdrawResponse(id: $id) { id status organization { id } } }\n": types.WithdrawResponseWithdrawDocument,
    "\n  mutation WithdrawResponseAccept($id: ID!) { acceptResponse(id: $id) { id } }\n": types.WithdrawResponseAcceptDocument,
    "\n  mutation WithdrawResponseDecline($id: ID!) { declineResponse(id: $id) { id } }\n": types.WithdrawResponseDeclineDocument,
    "\n  query WithdrawResponseNeedResponses($id: ID!) { need(id: $id) { id responseCount responses { id status } } }\n": types.WithdrawResponseNeedResponsesDocument,
    "\n  query WorkerCrashBacklog { matchingBacklog }\n": types.WorkerCrashBacklogDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').ThrottleInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n"): typeof import('./graphql').ThrottleSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleLogin($input: LoginInput!) { login(input: $input) { user { id } } }\n"): typeof import('./graphql').ThrottleLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleReset($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }\n"): typeof import('./graphql').ThrottleResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token emailed invitation { id } } }\n"): typeof import('./graphql').AccountsInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsInvitationsEmailed { invitationsEmailed }\n"): typeof import('./graphql').AccountsInvitationsEmailedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n"): typeof import('./graphql').AccountsSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsLogin($input: LoginInput!) { login(input: $input) { user { id } } }\n"): typeof import('./graphql').AccountsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role notifySuggestions user { id name email } } }\n"): typeof import('./graphql').AccountsMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsInvitations($organizationId: ID!) { invitations(organizationId: $organizationId) { id email role expiresAt acceptedAt } }\n"): typeof import('./graphql').AccountsInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsRequestPasswordReset($email: String!, $language: MessageLanguage) { requestPasswordReset(email: $email, language: $language) }\n"): typeof import('./graphql').AccountsRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { token user { id email } } }\n"): typeof import('./graphql').AccountsResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id expiresAt acceptedAt } }\n"): typeof import('./graphql').AccountsRevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id notifySuggestions } }\n"): typeof import('./graphql').AccountsUpdateMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsMe { me { id } }\n"): typeof import('./graphql').AccountsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsInvitationPreview($token: String!) { invitationPreview(token: $token) { email organizationName role accountExists expiresAt } }\n"): typeof import('./graphql').AccountsInvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsAcceptInvitation($invitationToken: String!) {\n    acceptInvitation(invitationToken: $invitationToken) { id hubAdmin memberships { role organization { id } } }\n  }\n"): typeof import('./graphql').AccountsAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnsweredComponentsSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n"): typeof import('./graphql').AnsweredComponentsSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnsweredComponentsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n"): typeof import('./graphql').AnsweredComponentsRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnsweredComponentsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id capacity } }\n"): typeof import('./graphql').AnsweredComponentsUpdateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LastUsedCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id lastUsedAt } } }\n"): typeof import('./graphql').LastUsedCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LastUsedRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt lastUsedAt } }\n"): typeof import('./graphql').LastUsedRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastUsedApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id lastUsedAt revokedAt } }\n"): typeof import('./graphql').LastUsedApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastUsedViewer { viewer { kind } }\n"): typeof import('./graphql').LastUsedViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopesCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id scopes } } }\n"): typeof import('./graphql').ScopesCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopesApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id scopes } }\n"): typeof import('./graphql').ScopesApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopesCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n"): typeof import('./graphql').ScopesCreateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopesCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }\n"): typeof import('./graphql').ScopesCloseNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopesNeed($id: ID!) { need(id: $id) { id title suggestions { id } } }\n"): typeof import('./graphql').ScopesNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopesRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n"): typeof import('./graphql').ScopesRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopesCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n"): typeof import('./graphql').ScopesCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopesVerify($id: ID!) { verifyOrganization(id: $id) { id verified } }\n"): typeof import('./graphql').ScopesVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopesUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }\n"): typeof import('./graphql').ScopesUpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopesPasswordReset($email: String!) { requestPasswordReset(email: $email) }\n"): typeof import('./graphql').ScopesPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsCloseNeed($id: ID!) { closeNeed(id: $id) { id } }\n"): typeof import('./graphql').LimitsCloseNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsNeedCount { needs { totalCount } }\n"): typeof import('./graphql').LimitsNeedCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsNeedsFirst0 { needs(first: 0) { totalCount } }\n"): typeof import('./graphql').LimitsNeedsFirst0Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsCheapPage { needs(first: 5) { totalCount edges { node { id } } } }\n"): typeof import('./graphql').LimitsCheapPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsCostly {\n    needs(first: 100) { totalCount edges { node { id title organization { id name municipality { name } } themes { code } } } }\n  }\n"): typeof import('./graphql').LimitsCostlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsPageOf($first: Int) { needs(first: $first) { edges { node { id title organization { name } } } } }\n"): typeof import('./graphql').LimitsPageOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsTwenty { needs(first: 20) { edges { node { id title organization { name municipality { name } } } } } }\n"): typeof import('./graphql').LimitsTwentyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsDefaultPage { needs { edges { node { id title organization { name municipality { name } } } } } }\n"): typeof import('./graphql').LimitsDefaultPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsOneNeed { needs(first: 1) { totalCount } }\n"): typeof import('./graphql').LimitsOneNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsSixOrganizations($id: ID!) {\n    o0: organization(id: $id) { id }\n    o1: organization(id: $id) { id }\n    o2: organization(id: $id) { id }\n    o3: organization(id: $id) { id }\n    o4: organization(id: $id) { id }\n    o5: organization(id: $id) { id }\n  }\n"): typeof import('./graphql').LimitsSixOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsOneOffer { offers(first: 1) { totalCount } }\n"): typeof import('./graphql').LimitsOneOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsOneOrganizationPage { organizations(first: 1) { totalCount } }\n"): typeof import('./graphql').LimitsOneOrganizationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsOrganization($id: ID!) { organization(id: $id) { id } }\n"): typeof import('./graphql').LimitsOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsMe { me { id } }\n"): typeof import('./graphql').LimitsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsThemes { themes { code } }\n"): typeof import('./graphql').LimitsThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsTypenameAndThemes { __typename themes { code } }\n"): typeof import('./graphql').LimitsTypenameAndThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n"): typeof import('./graphql').AuthorizationCreateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id title } }\n"): typeof import('./graphql').AuthorizationUpdateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }\n"): typeof import('./graphql').AuthorizationCloseNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n"): typeof import('./graphql').AuthorizationCreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id title } }\n"): typeof import('./graphql').AuthorizationUpdateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationCloseOffer($id: ID!) { closeOffer(id: $id) { id status } }\n"): typeof import('./graphql').AuthorizationCloseOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n"): typeof import('./graphql').AuthorizationCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id description } }\n"): typeof import('./graphql').AuthorizationUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }\n"): typeof import('./graphql').AuthorizationVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { token apiKey { id organizationId tokenPrefix revokedAt } }\n  }\n"): typeof import('./graphql').AuthorizationCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n"): typeof import('./graphql').AuthorizationRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) { token invitation { id email role organizationId acceptedAt } }\n  }\n"): typeof import('./graphql').AuthorizationInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id email hubAdmin memberships { role organization { id } } } }\n  }\n"): typeof import('./graphql').AuthorizationSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationLogin($input: LoginInput!) { login(input: $input) { token user { id email } } }\n"): typeof import('./graphql').AuthorizationLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationMe { me { id email name hubAdmin memberships { role organization { id } } } }\n"): typeof import('./graphql').AuthorizationMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationBacklog { matchingBacklog }\n"): typeof import('./graphql').AuthorizationBacklogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationNeedCount { needs { totalCount } }\n"): typeof import('./graphql').AuthorizationNeedCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationOfferCount { offers { totalCount } }\n"): typeof import('./graphql').AuthorizationOfferCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationOrganizationCount { organizations { totalCount } }\n"): typeof import('./graphql').AuthorizationOrganizationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationNeed($id: ID!) { need(id: $id) { id } }\n"): typeof import('./graphql').AuthorizationNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationOffer($id: ID!) { offer(id: $id) { id } }\n"): typeof import('./graphql').AuthorizationOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationOrganization($id: ID!) { organization(id: $id) { id } }\n"): typeof import('./graphql').AuthorizationOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationThemes { themes { code } }\n"): typeof import('./graphql').AuthorizationThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationPublicReferenceData { municipalities { code } themes { code } municipality(code: \"052\") { name } }\n"): typeof import('./graphql').AuthorizationPublicReferenceDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationReadAll($need: ID!, $offer: ID!, $organization: ID!) {\n    need(id: $need) { id organization { id } }\n    offer(id: $offer) { id organization { id } }\n    organization(id: $organization) { id name }\n    needs(first: 100) { edges { node { id } } }\n    offers(first: 100) { edges { node { id } } }\n    organizations(first: 100) { edges { node { id } } }\n  }\n"): typeof import('./graphql').AuthorizationReadAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationNeedSuggestions($id: ID!) { need(id: $id) { id title suggestions { id offer { id } } } }\n"): typeof import('./graphql').AuthorizationNeedSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationOfferSuggestions($id: ID!) { offer(id: $id) { id title suggestions { id need { id } } } }\n"): typeof import('./graphql').AuthorizationOfferSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationNeedsWithSuggestions { needs(first: 100) { edges { node { id organization { id } suggestions { id } } } } }\n"): typeof import('./graphql').AuthorizationNeedsWithSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationNestedSuggestions($id: ID!) { need(id: $id) { id suggestions { id offer { id suggestions { id } } } } }\n"): typeof import('./graphql').AuthorizationNestedSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationForeignPartnerships($organizationId: ID!) { partnerships(organizationId: $organizationId) { totalCount } }\n"): typeof import('./graphql').AuthorizationForeignPartnershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationAllPartnerships { partnerships { totalCount } }\n"): typeof import('./graphql').AuthorizationAllPartnershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationForeignDeliveries($organizationId: ID!) { deliveries(organizationId: $organizationId) { totalCount edges { node { recipient } } } }\n"): typeof import('./graphql').AuthorizationForeignDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationForeignPreferences($organizationId: ID!) { suggestionPreferences(organizationId: $organizationId) { frequency minScore } }\n"): typeof import('./graphql').AuthorizationForeignPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationForeignWebhooks($organizationId: ID!) { webhooks(organizationId: $organizationId) { id url } }\n"): typeof import('./graphql').AuthorizationForeignWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationForeignWebhook($id: ID!) { webhook(id: $id) { id url deliveries { totalCount } } }\n"): typeof import('./graphql').AuthorizationForeignWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationForeignApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id tokenPrefix } }\n"): typeof import('./graphql').AuthorizationForeignApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationForeignMembers($organizationId: ID!) { members(organizationId: $organizationId) { id } }\n"): typeof import('./graphql').AuthorizationForeignMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationForeignInvitations($organizationId: ID!) { invitations(organizationId: $organizationId) { id email } }\n"): typeof import('./graphql').AuthorizationForeignInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n"): typeof import('./graphql').AuthorizationCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }\n"): typeof import('./graphql').WebInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkCreateOffers($input: [CreateOfferInput!]!) {\n    createOffers(input: $input) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n"): typeof import('./graphql').BulkCreateOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkCreateNeeds($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id title kind status organization { id } } }\n"): typeof import('./graphql').BulkCreateNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkCreateOneOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n"): typeof import('./graphql').BulkCreateOneOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkOffer($id: ID!) {\n    offer(id: $id) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n"): typeof import('./graphql').BulkOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkOfferScored($id: ID!) { offer(id: $id) { lastMatchedAt } }\n"): typeof import('./graphql').BulkOfferScoredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt\n      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }\n    }\n  }\n"): typeof import('./graphql').BulkUpdateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkCloseOffer($id: ID!) { closeOffer(id: $id) { id status updatedAt organization { id name } } }\n"): typeof import('./graphql').BulkCloseOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateSeed($input: [CreateOfferInput!]!) { createOffers(input: $input) { id title } }\n"): typeof import('./graphql').BulkUpdateSeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateOffers($input: [UpdateOfferInput!]!) { updateOffers(input: $input) { id title valueEur status } }\n"): typeof import('./graphql').BulkUpdateOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateNeeds($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id title } }\n"): typeof import('./graphql').BulkUpdateNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateClose($id: ID!) { closeOffer(id: $id) { id status } }\n"): typeof import('./graphql').BulkUpdateCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalibratedSendingRecommended($id: ID!) { need(id: $id) { suggestions(first: 50) { score recommended offer { id } } } }\n"): typeof import('./graphql').CalibratedSendingRecommendedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityExplanationSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n"): typeof import('./graphql').CapacityExplanationSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityExplanationMatch($id: ID!) {\n    match(id: $id) { id status score components { name score sl: explanation en: explanation(language: EN) } }\n  }\n"): typeof import('./graphql').CapacityExplanationMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CapacityExplanationRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }\n"): typeof import('./graphql').CapacityExplanationRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CapacityExplanationEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n"): typeof import('./graphql').CapacityExplanationEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractReferenceData { municipalities { code name region } themes { code name parent { code } } }\n"): typeof import('./graphql').ContractReferenceDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractRegions { municipalities { code region regionEn } }\n"): typeof import('./graphql').ContractRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractNeed($id: ID!) {\n    need(id: $id) {\n      id title status lastMatchedAt startsOn endsOn budgetEur resourceTypes\n      organization { id name sector municipality { code name } } municipality { code } themes { code name }\n    }\n  }\n"): typeof import('./graphql').ContractNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractOffer($id: ID!) {\n    offer(id: $id) { status reach capacity valueEur availableFrom availableUntil serviceArea { code } organization { id } }\n  }\n"): typeof import('./graphql').ContractOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { title endsOn themes { code } budgetEur } }\n"): typeof import('./graphql').ContractUpdateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractCloseNeed($id: ID!) { closeNeed(id: $id) { status } }\n"): typeof import('./graphql').ContractCloseNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { capacity reach } }\n"): typeof import('./graphql').ContractUpdateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractCloseOffer($id: ID!) { closeOffer(id: $id) { status } }\n"): typeof import('./graphql').ContractCloseOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractMissing($id: ID!) { need(id: $id) { id } offer(id: $id) { id } }\n"): typeof import('./graphql').ContractMissingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractContact($id: ID!) { organization(id: $id) { contact { name email phone } } }\n"): typeof import('./graphql').ContractContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatabaseOutageNeedCount { needs { totalCount } }\n"): typeof import('./graphql').DatabaseOutageNeedCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatabaseOutageSettingsAndNeed($id: ID!) { matchingSettings { listingThreshold } need(id: $id) { id } }\n"): typeof import('./graphql').DatabaseOutageSettingsAndNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccountInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').DeleteAccountInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccountSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id memberships { id } } } }\n"): typeof import('./graphql').DeleteAccountSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccountLogin($input: LoginInput!) { login(input: $input) { token } }\n"): typeof import('./graphql').DeleteAccountLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccountDelete($input: DeleteAccountInput!) { deleteAccount(input: $input) }\n"): typeof import('./graphql').DeleteAccountDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeleteAccountMe { me { id memberships { id role } } }\n"): typeof import('./graphql').DeleteAccountMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeleteAccountMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role user { id } } }\n"): typeof import('./graphql').DeleteAccountMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccountUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role } }\n"): typeof import('./graphql').DeleteAccountUpdateMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccountAccept($token: String!) { acceptInvitation(invitationToken: $token) { id } }\n"): typeof import('./graphql').DeleteAccountAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeleteAccountNeed($id: ID!) { need(id: $id) { id organization { id } } }\n"): typeof import('./graphql').DeleteAccountNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeleteAccountOrganization($id: ID!) { organization(id: $id) { id memberCount } }\n"): typeof import('./graphql').DeleteAccountOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeleteAccountSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n"): typeof import('./graphql').DeleteAccountSuggestionAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DigestLeaseUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }\n"): typeof import('./graphql').DigestLeaseUpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventsSubscriberSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n"): typeof import('./graphql').EventsSubscriberSuggestionAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventsSubscriberSuggestionAnswered($organizationId: ID!) { suggestionAnswered(organizationId: $organizationId) { id } }\n"): typeof import('./graphql').EventsSubscriberSuggestionAnsweredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventsSubscriberResponseChanged($organizationId: ID!) {\n    responseChanged(organizationId: $organizationId) { id status organization { id } need { id } }\n  }\n"): typeof import('./graphql').EventsSubscriberResponseChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventsSubscriberPartnershipChanged($organizationId: ID!) { partnershipChanged(organizationId: $organizationId) { id } }\n"): typeof import('./graphql').EventsSubscriberPartnershipChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsSubscriberLogin($input: LoginInput!) { login(input: $input) { token } }\n"): typeof import('./graphql').EventsSubscriberLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsSubscriberRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n"): typeof import('./graphql').EventsSubscriberRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }\n"): typeof import('./graphql').FaultsCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n"): typeof import('./graphql').FaultsCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n"): typeof import('./graphql').FaultsCreateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n"): typeof import('./graphql').FaultsCreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScaleOutSuggestionAdded($organizationId: ID!) {\n    suggestionAdded(organizationId: $organizationId) { id need { id } offer { id } }\n  }\n"): typeof import('./graphql').ScaleOutSuggestionAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').FuzzInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n"): typeof import('./graphql').FuzzSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzLogin($input: LoginInput!) { login(input: $input) { token } }\n"): typeof import('./graphql').FuzzLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n"): typeof import('./graphql').FuzzCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n"): typeof import('./graphql').FuzzRespondToNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryCreateOffers($input: [CreateOfferInput!]!) { createOffers(input: $input) { id title externalId status organization { id } } }\n"): typeof import('./graphql').RetryCreateOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetryOfferExternalId($id: ID!) { offer(id: $id) { id externalId } }\n"): typeof import('./graphql').RetryOfferExternalIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id title externalId } }\n"): typeof import('./graphql').RetryCreateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id title externalId } }\n"): typeof import('./graphql').RetryUpdateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeptSuggestionsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }\n"): typeof import('./graphql').KeptSuggestionsUpdateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeptSuggestionsUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }\n"): typeof import('./graphql').KeptSuggestionsUpdateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeptSuggestionsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n"): typeof import('./graphql').KeptSuggestionsRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeptSuggestionsMatch($id: ID!) { match(id: $id) { id status score components { name en: explanation(language: EN) } } }\n"): typeof import('./graphql').KeptSuggestionsMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListOrganizationSummary($id: ID!) {\n    needs(first: 5, filter: { organizationId: $id }) {\n      edges { node { id who: organization { ...Who } } }\n    }\n    offers(first: 5, filter: { organizationId: $id }) {\n      edges { node { id organization { __typename id name sector verified municipality { code } } } }\n    }\n  }\n  fragment Who on Organization { id name sector verified municipality { code } }\n"): typeof import('./graphql').ListOrganizationSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListOrganizationMore($id: ID!) {\n    needs(first: 5, filter: { organizationId: $id }) {\n      edges { node { id organization { ...Who } ... on Need { description organization { description themes { code } } } } }\n    }\n    offers(first: 5, filter: { organizationId: $id }) {\n      edges { node { id organization { name website createdAt } } }\n    }\n  }\n  fragment Who on Organization { id name sector verified municipality { code } }\n"): typeof import('./graphql').ListOrganizationMoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedOrganizations($id: ID!) {\n    summary: need(id: $id) { suggestions(first: 5) { offer { organization { id name } } } }\n    more: need(id: $id) { suggestions(first: 5) { offer { organization { ... on Organization { description } } } } }\n  }\n"): typeof import('./graphql').SuggestedOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedOfferDescriptions($id: ID!) {\n    without: need(id: $id) { suggestions(first: 5) { offer { id title } } }\n    with: need(id: $id) { suggestions(first: 5) { offer { id ... on Offer { description } } } }\n  }\n"): typeof import('./graphql').SuggestedOfferDescriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingOrganizations($needId: ID!, $offerId: ID!) {\n    need(id: $needId) { id organization { id name sector verified municipality { code } } }\n    offer(id: $offerId) { id organization { ...Poster } }\n    whole: need(id: $needId) { id organization { name description website } }\n  }\n  fragment Poster on Organization { id name verified }\n"): typeof import('./graphql').PostingOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchById($id: ID!) {\n    match(id: $id) { id status score recommended needDecision offerDecision declineReason need { id title } offer { id title organization { id } } }\n  }\n"): typeof import('./graphql').MatchByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchByIdDecline($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n"): typeof import('./graphql').MatchByIdDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LanesRematchAll { rematchAll }\n"): typeof import('./graphql').LanesRematchAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LanesMatchingProgress {\n    matchingBacklog\n    matchingLanes { name waiting active delayed }\n    rematchProgress { startedAt total done finishedAt }\n  }\n"): typeof import('./graphql').LanesMatchingProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingSettingsInForce { matchingSettings { sendingThreshold defaultSendingThreshold sendingThresholdUpdatedAt sendingThresholdUpdatedBy } }\n"): typeof import('./graphql').MatchingSettingsInForceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SendingTradeOffs {\n    matchingSettings { sendingTradeOffs { measuredOn needs points { threshold pairsSent sentGood perfectPairsSent needsLeftQuiet } } }\n  }\n"): typeof import('./graphql').SendingTradeOffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnsentPairsReaching($sendingThreshold: Float!) { unsentPairsReaching(sendingThreshold: $sendingThreshold) }\n"): typeof import('./graphql').UnsentPairsReachingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMatchingSettings($input: UpdateMatchingSettingsInput!) {\n    updateMatchingSettings(input: $input) { sendingThreshold defaultSendingThreshold sendingThresholdUpdatedAt sendingThresholdUpdatedBy }\n  }\n"): typeof import('./graphql').UpdateMatchingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingSuggestions($id: ID!) {\n    need(id: $id) {\n      lastMatchedAt\n      suggestions { id score status offer { id } components { name score weight shortfall effect explanation en: explanation(language: EN) } }\n    }\n  }\n"): typeof import('./graphql').MatchingSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingBacklog { matchingBacklog }\n"): typeof import('./graphql').MatchingBacklogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchingUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }\n"): typeof import('./graphql').MatchingUpdateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingSuggestionIds($id: ID!, $first: Int, $offset: Int) { need(id: $id) { suggestions(first: $first, offset: $offset) { id } } }\n"): typeof import('./graphql').MatchingSuggestionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchingRematchAll { rematchAll }\n"): typeof import('./graphql').MatchingRematchAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchingUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }\n"): typeof import('./graphql').MatchingUpdateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsAccessThemes { themes { code } }\n"): typeof import('./graphql').MetricsAccessThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }\n"): typeof import('./graphql').MetricsUpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneNeeds($first: Int) {\n    needs(first: $first) {\n      totalCount\n      edges { node { id title organization { id name municipality { name } } municipality { code } themes { code parent { code } } } }\n    }\n  }\n"): typeof import('./graphql').NPlusOneNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneNeedsWithoutCount { needs(first: 20) { pageInfo { hasNextPage } edges { node { id organization { name } } } } }\n"): typeof import('./graphql').NPlusOneNeedsWithoutCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneNeedWithSuggestions($id: ID!) {\n    need(id: $id) { id organization { name } suggestions(first: 10) { id offer { id organization { name } municipality { name } } } }\n  }\n"): typeof import('./graphql').NPlusOneNeedWithSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneNeed($id: ID!) { need(id: $id) { id } }\n"): typeof import('./graphql').NPlusOneNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneThreeNeeds($a: ID!, $b: ID!, $c: ID!) { n0: need(id: $a) { id } n1: need(id: $b) { id } n2: need(id: $c) { id } }\n"): typeof import('./graphql').NPlusOneThreeNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneOffers {\n    offers(first: 10) { totalCount edges { node { id organization { id name } municipality { name } serviceArea { code } themes { code parent { code } } } } }\n  }\n"): typeof import('./graphql').NPlusOneOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneOrganizations {\n    organizations(first: 50) { totalCount edges { node { id name municipality { name region } themes { code parent { code } } } } }\n  }\n"): typeof import('./graphql').NPlusOneOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneOrganizationsWithMemberCount { organizations(first: 50) { edges { node { id memberCount } } } }\n"): typeof import('./graphql').NPlusOneOrganizationsWithMemberCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NPlusOneInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').NPlusOneInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NPlusOneSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n"): typeof import('./graphql').NPlusOneSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOnePartnerships($first: Int) {\n    partnerships(first: $first) { edges { node { id endedBy needOrganization { name } partnerOrganization { name } endedByOrganization { id name } } } }\n  }\n"): typeof import('./graphql').NPlusOnePartnershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOnePartnershipsCounted($first: Int) {\n    partnerships(first: $first) { totalCount edges { node { id needOrganization { name } partnerOrganization { name } } } }\n  }\n"): typeof import('./graphql').NPlusOnePartnershipsCountedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOnePartnershipsWithoutEnder($first: Int) {\n    partnerships(first: $first) { edges { node { id needOrganization { name } partnerOrganization { name } } } }\n  }\n"): typeof import('./graphql').NPlusOnePartnershipsWithoutEnderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedClosedRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n"): typeof import('./graphql').NeedClosedRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedClosedClose($id: ID!) { closeNeed(id: $id) { id status } }\n"): typeof import('./graphql').NeedClosedCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedClosedResponses($id: ID!) { need(id: $id) { status responses { id status } } }\n"): typeof import('./graphql').NeedClosedResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedClosedOwnResponse($id: ID!) { need(id: $id) { ownResponse { id status } } }\n"): typeof import('./graphql').NeedClosedOwnResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedClosedAccept($id: ID!) { acceptResponse(id: $id) { id } }\n"): typeof import('./graphql').NeedClosedAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedClosedDecline($id: ID!) { declineResponse(id: $id) { id status } }\n"): typeof import('./graphql').NeedClosedDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedClosedWithdraw($id: ID!) { withdrawResponse(id: $id) { id status } }\n"): typeof import('./graphql').NeedClosedWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedClosedCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }\n"): typeof import('./graphql').NeedClosedCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedClosedPreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency language } }\n"): typeof import('./graphql').NeedClosedPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedCounts($filter: NeedFilter) { needCountsByMunicipality(filter: $filter) { count municipality { code name } } }\n"): typeof import('./graphql').NeedCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedCountsPage($filter: NeedFilter, $after: String) {\n    needs(filter: $filter, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { municipality { code } } } }\n  }\n"): typeof import('./graphql').NeedCountsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedPartnershipRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n"): typeof import('./graphql').NeedPartnershipRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedPartnershipSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n"): typeof import('./graphql').NeedPartnershipSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedPartnershipRespondToMatch($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }\n"): typeof import('./graphql').NeedPartnershipRespondToMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedPartnershipEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n"): typeof import('./graphql').NeedPartnershipEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedPartnershipNeed($id: ID!) {\n    need(id: $id) { status partnership { id status needOrganization { id } partnerOrganization { id } } }\n  }\n"): typeof import('./graphql').NeedPartnershipNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedPartnershipResponses($id: ID!) { need(id: $id) { responses { id status organization { id } partnership { id } } } }\n"): typeof import('./graphql').NeedPartnershipResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedPartnershipNeeds($filter: NeedFilter!) { needs(filter: $filter, first: 20) { edges { node { id partnership { id } } } } }\n"): typeof import('./graphql').NeedPartnershipNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureErase($input: EraseOrganizationInput!) {\n    eraseOrganization(input: $input) {\n      organizationId name needs offers responses partnerships matches memberships invitations apiKeys webhooks deliveries emailSuppressions auditEntriesCleared\n    }\n  }\n"): typeof import('./graphql').ErasureEraseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErasureOrganization($id: ID!) { organization(id: $id) { id name } }\n"): typeof import('./graphql').ErasureOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').ErasureInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n"): typeof import('./graphql').ErasureSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureAcceptInvitation($invitationToken: String!) { acceptInvitation(invitationToken: $invitationToken) { id } }\n"): typeof import('./graphql').ErasureAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErasureMe { me { id memberships { organization { id } } } }\n"): typeof import('./graphql').ErasureMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n"): typeof import('./graphql').ErasureCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ErasureSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n"): typeof import('./graphql').ErasureSuggestionAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationMembersInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').OrganizationMembersInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationMembersSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n"): typeof import('./graphql').OrganizationMembersSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationMembersVerify($id: ID!) { verifyOrganization(id: $id) { id verified } }\n"): typeof import('./graphql').OrganizationMembersVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMembersList($filter: OrganizationFilter) {\n    organizations(first: 100, filter: $filter) { totalCount edges { node { id memberCount } } }\n  }\n"): typeof import('./graphql').OrganizationMembersListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMembersOne($id: ID!) { organization(id: $id) { id memberCount } }\n"): typeof import('./graphql').OrganizationMembersOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationMembersSignUpMembership($input: SignUpInput!) { signUp(input: $input) { token user { id memberships { id } } } }\n"): typeof import('./graphql').OrganizationMembersSignUpMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationMembersRemove($id: ID!) { removeMember(id: $id) { id role user { id } organization { id } } }\n"): typeof import('./graphql').OrganizationMembersRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationMembersUpdate($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role notifySuggestions } }\n"): typeof import('./graphql').OrganizationMembersUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMembersMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role user { id } } }\n"): typeof import('./graphql').OrganizationMembersMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizationMembersCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n"): typeof import('./graphql').OrganizationMembersCreateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrganizationMembersSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }\n"): typeof import('./graphql').OrganizationMembersSuggestionAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OwnResponseRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n"): typeof import('./graphql').OwnResponseRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OwnResponseRespondReadingBack($input: RespondToNeedInput!, $organizationId: ID) {\n    respondToNeed(input: $input) { id need { id ownResponse(organizationId: $organizationId) { id status } } }\n  }\n"): typeof import('./graphql').OwnResponseRespondReadingBackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OwnResponseDecline($id: ID!) { declineResponse(id: $id) { id status } }\n"): typeof import('./graphql').OwnResponseDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnResponseResponsesPage($id: ID!, $first: Int, $offset: Int) {\n    need(id: $id) { id responseCount responses(first: $first, offset: $offset) { id createdAt organization { id } } }\n  }\n"): typeof import('./graphql').OwnResponseResponsesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnResponseResponsesDefaultPage($id: ID!) { need(id: $id) { responses { id } } }\n"): typeof import('./graphql').OwnResponseResponsesDefaultPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnResponseResponseCount($id: ID!) { need(id: $id) { id responseCount } }\n"): typeof import('./graphql').OwnResponseResponseCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnResponseNeedsWithResponses($filter: NeedFilter!) {\n    needs(filter: $filter, first: 100) { edges { node { id responseCount responses(first: 2) { id organization { id } } } } }\n  }\n"): typeof import('./graphql').OwnResponseNeedsWithResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnResponseCalls($filter: NeedFilter!, $organizationId: ID) {\n    needs(filter: $filter, first: 100) { edges { node { id ownResponse(organizationId: $organizationId) { id status message organization { id } } } } }\n  }\n"): typeof import('./graphql').OwnResponseCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsPage($first: Int, $after: String, $filter: NeedFilter) {\n    needs(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }\n    }\n  }\n"): typeof import('./graphql').NeedsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OffersPage($first: Int, $after: String, $filter: OfferFilter) {\n    offers(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }\n    }\n  }\n"): typeof import('./graphql').OffersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationsPage($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }\n    }\n  }\n"): typeof import('./graphql').OrganizationsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationNeedCount($first: Int, $after: String) { needs(first: $first, after: $after) { totalCount } }\n"): typeof import('./graphql').PaginationNeedCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationNeedsFirst101 { needs(first: 101) { totalCount } }\n"): typeof import('./graphql').PaginationNeedsFirst101Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationOffersFirst0 { offers(first: 0) { totalCount } }\n"): typeof import('./graphql').PaginationOffersFirst0Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationOffersFirst101 { offers(first: 101) { totalCount } }\n"): typeof import('./graphql').PaginationOffersFirst101Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationOrganizationsFirst0 { organizations(first: 0) { totalCount } }\n"): typeof import('./graphql').PaginationOrganizationsFirst0Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationOrganizationsFirst101 { organizations(first: 101) { totalCount } }\n"): typeof import('./graphql').PaginationOrganizationsFirst101Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaginationCloseNeed($id: ID!) { closeNeed(id: $id) { status } }\n"): typeof import('./graphql').PaginationCloseNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaginationCloseOffer($id: ID!) { closeOffer(id: $id) { status } }\n"): typeof import('./graphql').PaginationCloseOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaginationVerifyOrganization($id: ID!, $verified: Boolean) { verifyOrganization(id: $id, verified: $verified) { id verified } }\n"): typeof import('./graphql').PaginationVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerContactsInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').PartnerContactsInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerContactsSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n"): typeof import('./graphql').PartnerContactsSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerContactsList($organizationId: ID) {\n    partnerships(organizationId: $organizationId) { edges { node { id partnerOrganization { id } contacts { name email phone } } } }\n  }\n"): typeof import('./graphql').PartnerContactsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerContactsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n"): typeof import('./graphql').PartnerContactsUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacitySuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n"): typeof import('./graphql').CapacitySuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityPartnerships($organizationId: ID!) {\n    partnerships(organizationId: $organizationId) {\n      totalCount\n      edges { node { status endedAt need { id } offer { id } contacts { name } } }\n    }\n  }\n"): typeof import('./graphql').CapacityPartnershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CapacityRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }\n"): typeof import('./graphql').CapacityRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CapacityEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status outcomeNote endedAt } }\n"): typeof import('./graphql').CapacityEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityPlacesLeft($id: ID!) { offer(id: $id) { capacity placesLeft } }\n"): typeof import('./graphql').CapacityPlacesLeftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityNeedStatus($id: ID!) { need(id: $id) { id status } }\n"): typeof import('./graphql').CapacityNeedStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PartnershipChangedEvents($organizationId: ID!) {\n    partnershipChanged(organizationId: $organizationId) {\n      id status outcomeNote endedAt endedBy endedByOrganization { id }\n      need { id status }\n      needOrganization { id }\n      partnerOrganization { id }\n    }\n  }\n"): typeof import('./graphql').PartnershipChangedEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnershipChangedEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n"): typeof import('./graphql').PartnershipChangedEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipChangedListed($organizationId: ID) {\n    partnerships(organizationId: $organizationId, first: 50) { edges { node { id status endedBy endedByOrganization { id name } } } }\n  }\n"): typeof import('./graphql').PartnershipChangedListedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnershipChangedInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').PartnershipChangedInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnershipChangedSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n"): typeof import('./graphql').PartnershipChangedSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndedByMigrationEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id } }\n"): typeof import('./graphql').EndedByMigrationEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndedByMigrationInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').EndedByMigrationInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndedByMigrationSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n"): typeof import('./graphql').EndedByMigrationSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipsList($organizationId: ID, $statuses: [PartnershipStatus!], $first: Int, $after: String) {\n    partnerships(organizationId: $organizationId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status need { id } needOrganization { id } partnerOrganization { id } contacts { name email phone } } }\n    }\n  }\n"): typeof import('./graphql').PartnershipsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipsOpenCalls($filter: NeedFilter) { needs(first: 100, filter: $filter) { edges { node { id organization { id } } } } }\n"): typeof import('./graphql').PartnershipsOpenCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PendingResponsesRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n"): typeof import('./graphql').PendingResponsesRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PendingResponsesDecline($id: ID!) { declineResponse(id: $id) { id } }\n"): typeof import('./graphql').PendingResponsesDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PendingResponsesWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n"): typeof import('./graphql').PendingResponsesWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingResponsesList($filter: NeedFilter!, $first: Int) { needs(filter: $filter, first: $first) { totalCount edges { node { id } } } }\n"): typeof import('./graphql').PendingResponsesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueBoardInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').QueueBoardInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueBoardSignUp($input: SignUpInput!) { signUp(input: $input) { user { id hubAdmin } } }\n"): typeof import('./graphql').QueueBoardSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueBoardScopedKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }\n"): typeof import('./graphql').QueueBoardScopedKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedisOutageQueueHealth { queueHealth { name waiting } }\n"): typeof import('./graphql').RedisOutageQueueHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedisOutageMatchingBacklog { matchingBacklog }\n"): typeof import('./graphql').RedisOutageMatchingBacklogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedisOutageSuggestions($id: ID!) { need(id: $id) { suggestions { offer { id } } } }\n"): typeof import('./graphql').RedisOutageSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondByRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n"): typeof import('./graphql').RespondByRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RespondByNeed($id: ID!) { need(id: $id) { id status respondBy } }\n"): typeof import('./graphql').RespondByNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RespondByList($filter: NeedFilter!) { needs(filter: $filter, first: 100) { totalCount edges { node { id } } } }\n"): typeof import('./graphql').RespondByListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondByCreate($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n"): typeof import('./graphql').RespondByCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondByUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id respondBy endsOn } }\n"): typeof import('./graphql').RespondByUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondedNeedsRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n"): typeof import('./graphql').RespondedNeedsRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondedNeedsDecline($id: ID!) { declineResponse(id: $id) { id } }\n"): typeof import('./graphql').RespondedNeedsDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondedNeedsWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n"): typeof import('./graphql').RespondedNeedsWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondedNeedsClose($id: ID!) { closeNeed(id: $id) { id } }\n"): typeof import('./graphql').RespondedNeedsCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RespondedNeedsList($filter: NeedFilter!, $organizationId: ID) {\n    needs(filter: $filter, first: 100) { totalCount edges { node { id status ownResponse(organizationId: $organizationId) { status } } } }\n  }\n"): typeof import('./graphql').RespondedNeedsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RespondedNeedsCounts($filter: NeedFilter!) { needCountsByMunicipality(filter: $filter) { count } }\n"): typeof import('./graphql').RespondedNeedsCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResponseChangedEvents($organizationId: ID!) {\n    responseChanged(organizationId: $organizationId) {\n      id status message\n      organization { id }\n      need { id status organization { id } }\n      partnership { id }\n    }\n  }\n"): typeof import('./graphql').ResponseChangedEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseChangedRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n"): typeof import('./graphql').ResponseChangedRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseChangedAccept($id: ID!) { acceptResponse(id: $id) { id } }\n"): typeof import('./graphql').ResponseChangedAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseChangedDecline($id: ID!) { declineResponse(id: $id) { id } }\n"): typeof import('./graphql').ResponseChangedDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseChangedWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n"): typeof import('./graphql').ResponseChangedWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseChangedAnswerSuggestion($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n"): typeof import('./graphql').ResponseChangedAnswerSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseEventsRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n"): typeof import('./graphql').ResponseEventsRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseEventsDecline($id: ID!) { declineResponse(id: $id) { id status } }\n"): typeof import('./graphql').ResponseEventsDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseEventsAccept($id: ID!) { acceptResponse(id: $id) { id } }\n"): typeof import('./graphql').ResponseEventsAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseEventsWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }\n"): typeof import('./graphql').ResponseEventsWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseEventsEndPartnership($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n"): typeof import('./graphql').ResponseEventsEndPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseEventsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }\n"): typeof import('./graphql').ResponseEventsCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseEventsOrganizationEmail($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n"): typeof import('./graphql').ResponseEventsOrganizationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseEventsPreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency language } }\n"): typeof import('./graphql').ResponseEventsPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponsePartnershipRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n"): typeof import('./graphql').ResponsePartnershipRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponsePartnershipAccept($id: ID!) { acceptResponse(id: $id) { id } }\n"): typeof import('./graphql').ResponsePartnershipAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponsePartnershipEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status endedAt } }\n"): typeof import('./graphql').ResponsePartnershipEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponsePartnershipNeedResponses($id: ID!) {\n    need(id: $id) { id status responses { id status organization { id } partnership { id status endedAt } } }\n  }\n"): typeof import('./graphql').ResponsePartnershipNeedResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponsePartnershipOwnResponse($id: ID!) { need(id: $id) { id ownResponse { id status partnership { id status endedAt } } } }\n"): typeof import('./graphql').ResponsePartnershipOwnResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponsePartnershipNeeds($filter: NeedFilter!) {\n    needs(filter: $filter, first: 20) { edges { node { id responses(first: 5) { id partnership { id status } } } } }\n  }\n"): typeof import('./graphql').ResponsePartnershipNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegressionsCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n"): typeof import('./graphql').RegressionsCreateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegressionsCreateOffers($input: [CreateOfferInput!]!) { createOffers(input: $input) { id } }\n"): typeof import('./graphql').RegressionsCreateOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegressionsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }\n"): typeof import('./graphql').RegressionsCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegressionsNeedsByText($text: String) { needs(filter: { text: $text }) { totalCount } }\n"): typeof import('./graphql').RegressionsNeedsByTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegressionsNegativeFirst {\n    big: needs(first: 100) { edges { node { id title organization { name } } } }\n    small: needs(first: -1000000) { totalCount }\n  }\n"): typeof import('./graphql').RegressionsNegativeFirstDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegressionsNeedCount { needs { totalCount } }\n"): typeof import('./graphql').RegressionsNeedCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegressionsMunicipalityName { municipality(code: \"052\") { name } }\n"): typeof import('./graphql').RegressionsMunicipalityNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegressionsLogin($input: LoginInput!) { login(input: $input) { token } }\n"): typeof import('./graphql').RegressionsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegressionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').RegressionsInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegressionsSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n"): typeof import('./graphql').RegressionsSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegressionsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }\n"): typeof import('./graphql').RegressionsVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegressionsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { verified } }\n"): typeof import('./graphql').RegressionsUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').SessionsInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n"): typeof import('./graphql').SessionsSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsLogin($input: LoginInput!) { login(input: $input) { token user { id email } } }\n"): typeof import('./graphql').SessionsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsLogout { logout }\n"): typeof import('./graphql').SessionsLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsMe { me { id email name hubAdmin memberships { id role notifySuggestions organization { id name sector } } } }\n"): typeof import('./graphql').SessionsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShutdownNeedCount { needs { totalCount } }\n"): typeof import('./graphql').ShutdownNeedCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsHub($from: DateTime, $to: DateTime) {\n    hubStatistics(from: $from, to: $to) {\n      partnershipsFormed\n      partnershipsBySectorPair { needSector partnerSector count }\n      partnershipsByMunicipality { municipality { code name } count }\n      partnershipsByTheme { theme { code name } count }\n      ngosInvolved\n      suggestionsSent\n      suggestionsAccepted\n      suggestionsDeclined\n      declineReasons { reason count }\n    }\n  }\n"): typeof import('./graphql').StatisticsHubDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsTimeline($from: DateTime, $to: DateTime, $interval: StatisticsInterval) {\n    hubStatistics(from: $from, to: $to) {\n      partnershipsFormed\n      timeline(interval: $interval) { periodStart partnershipsFormed suggestionsSent accepted declined }\n    }\n  }\n"): typeof import('./graphql').StatisticsTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsOutcomes($from: DateTime) {\n    hubStatistics(from: $from) { partnershipsFormed partnershipsCompleted partnershipsCancelled publicServicesDelivered }\n  }\n"): typeof import('./graphql').StatisticsOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsQueueHealth { queueHealth { name waiting active delayed failed } }\n"): typeof import('./graphql').StatisticsQueueHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsSuggestionAdded($organizationId: ID!) {\n    suggestionAdded(organizationId: $organizationId) {\n      id score status\n      need { id title organization { id } }\n      offer { id }\n      components { name score explanation(language: EN) }\n    }\n  }\n"): typeof import('./graphql').SubscriptionsSuggestionAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsSuggestionAnswered($organizationId: ID!) {\n    suggestionAnswered(organizationId: $organizationId) {\n      id status needDecision offerDecision declineReason\n      need { id status }\n      partnership { id }\n      contacts { name email }\n    }\n  }\n"): typeof import('./graphql').SubscriptionsSuggestionAnsweredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n"): typeof import('./graphql').SubscriptionsRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriptionsOrganization($id: ID!) { organization(id: $id) { id } }\n"): typeof import('./graphql').SubscriptionsOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }\n"): typeof import('./graphql').SubscriptionsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n"): typeof import('./graphql').SubscriptionsRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').SubscriptionsInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n"): typeof import('./graphql').SubscriptionsSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsLogin($input: LoginInput!) { login(input: $input) { token } }\n"): typeof import('./graphql').SubscriptionsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsLogout { logout }\n"): typeof import('./graphql').SubscriptionsLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }\n"): typeof import('./graphql').SubscriptionsResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlowMatch on Match { id status score needDecision offerDecision partnership { id status } contacts { name email phone } }\n"): typeof import('./graphql').FlowMatchFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowEndPartnership($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }\n"): typeof import('./graphql').FlowEndPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }\n"): typeof import('./graphql').FlowCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowMatches($id: ID!) { need(id: $id) { suggestions { ...FlowMatch } } }\n"): typeof import('./graphql').FlowMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowRespondToMatch($input: RespondToMatchInput!) { respondToMatch(input: $input) { ...FlowMatch } }\n"): typeof import('./graphql').FlowRespondToMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowSuggestionIds($id: ID!) { need(id: $id) { suggestions { id } } }\n"): typeof import('./graphql').FlowSuggestionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowExplanations($id: ID!) { need(id: $id) { suggestions { id components { name explanation(language: EN) } } } }\n"): typeof import('./graphql').FlowExplanationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowCreateTestWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n"): typeof import('./graphql').FlowCreateTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowSendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { id } }\n"): typeof import('./graphql').FlowSendTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowCloseOffer($id: ID!) { closeOffer(id: $id) { id } }\n"): typeof import('./graphql').FlowCloseOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n"): typeof import('./graphql').FlowUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { language } }\n"): typeof import('./graphql').FlowUpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesRead($id: ID!) { suggestionPreferences(organizationId: $id) { frequency minScore themeCodes municipalityCodes language } }\n"): typeof import('./graphql').PreferencesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesUpdate($input: UpdateSuggestionPreferencesInput!) {\n    updateSuggestionPreferences(input: $input) { frequency minScore themeCodes municipalityCodes language }\n  }\n"): typeof import('./graphql').PreferencesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }\n"): typeof import('./graphql').PreferencesSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesDeliveryLog($id: ID!) {\n    deliveries(organizationId: $id, channel: EMAIL) { totalCount edges { node { kind status recipient attempts sentAt matchId } } }\n  }\n"): typeof import('./graphql').PreferencesDeliveryLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status message offer { id } organization { id } } }\n"): typeof import('./graphql').PreferencesRespondToNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesCloseOffer($id: ID!) { closeOffer(id: $id) { id } }\n"): typeof import('./graphql').PreferencesCloseOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesResponses($id: ID!) { need(id: $id) { responses { id } } }\n"): typeof import('./graphql').PreferencesResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesDeclineResponse($id: ID!) { declineResponse(id: $id) { id status } }\n"): typeof import('./graphql').PreferencesDeclineResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesWithdrawResponse($id: ID!) { withdrawResponse(id: $id) { id status } }\n"): typeof import('./graphql').PreferencesWithdrawResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesAcceptResponse($id: ID!) {\n    acceptResponse(id: $id) { id status need { id status } offer { id } needOrganization { id } partnerOrganization { id } }\n  }\n"): typeof import('./graphql').PreferencesAcceptResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').PreferencesInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesSignUp($input: SignUpInput!) { signUp(input: $input) { token user { memberships { id } } } }\n"): typeof import('./graphql').PreferencesSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesMyMemberships { me { memberships { id notifySuggestions emailUnsubscribed } } }\n"): typeof import('./graphql').PreferencesMyMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id notifySuggestions emailUnsubscribed } }\n"): typeof import('./graphql').PreferencesUpdateMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionsAwaitingOtherSide($organizationId: ID!, $first: Int, $after: String) {\n    suggestionsAwaitingOtherSide(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id status needDecision offerDecision\n          need { id title organization { id name } }\n          offer { id title organization { id name } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SuggestionsAwaitingOtherSideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionsAwaitingOtherSideAwaiting($organizationId: ID!) {\n    suggestionsAwaiting(organizationId: $organizationId, first: 100) { edges { node { id } } }\n  }\n"): typeof import('./graphql').SuggestionsAwaitingOtherSideAwaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsAwaitingOtherSideRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n"): typeof import('./graphql').SuggestionsAwaitingOtherSideRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsAwaitingOtherSideCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }\n"): typeof import('./graphql').SuggestionsAwaitingOtherSideCloseNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionsAwaitingOtherSideBacklog { matchingBacklog }\n"): typeof import('./graphql').SuggestionsAwaitingOtherSideBacklogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionsAwaiting($organizationId: ID!, $first: Int, $after: String) {\n    suggestionsAwaiting(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges {\n        cursor\n        node {\n          id score status recommended needDecision offerDecision\n          need { id title organization { id name } }\n          offer { id title organization { id name } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SuggestionsAwaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsAwaitingRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }\n"): typeof import('./graphql').SuggestionsAwaitingRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionsAwaitingBacklog { matchingBacklog }\n"): typeof import('./graphql').SuggestionsAwaitingBacklogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionsAwaitingNeeds { needs(first: 1) { pageInfo { endCursor } } }\n"): typeof import('./graphql').SuggestionsAwaitingNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermCountsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }\n"): typeof import('./graphql').TermCountsUpdateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermCountsCloseOffer($id: ID!) { closeOffer(id: $id) { id status } }\n"): typeof import('./graphql').TermCountsCloseOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n"): typeof import('./graphql').FixtureCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }\n"): typeof import('./graphql').FixtureCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n"): typeof import('./graphql').FixtureCreateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n"): typeof import('./graphql').FixtureCreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }\n"): typeof import('./graphql').FixtureRespondToNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureAcceptResponse($id: ID!) { acceptResponse(id: $id) { id } }\n"): typeof import('./graphql').FixtureAcceptResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettleMatchingBacklog { matchingBacklog }\n"): typeof import('./graphql').SettleMatchingBacklogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }\n  "): typeof import('./graphql').ValidationCreateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n  "): typeof import('./graphql').ValidationCreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }\n  "): typeof import('./graphql').ValidationCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }\n  "): typeof import('./graphql').ValidationUpdateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidationNeed($id: ID!) { need(id: $id) { id } }\n"): typeof import('./graphql').ValidationNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidationNeedPage($first: Int, $after: String) { needs(first: $first, after: $after) { edges { node { id } } pageInfo { endCursor } } }\n"): typeof import('./graphql').ValidationNeedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidationNeedCount($first: Int, $after: String) { needs(first: $first, after: $after) { totalCount } }\n"): typeof import('./graphql').ValidationNeedCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidationNeedsFiltered($filter: NeedFilter) { needs(first: 5, filter: $filter) { totalCount } }\n"): typeof import('./graphql').ValidationNeedsFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidationOffersFiltered($filter: OfferFilter) { offers(first: 5, filter: $filter) { totalCount } }\n"): typeof import('./graphql').ValidationOffersFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidationOrganizationsFiltered($filter: OrganizationFilter) { organizations(first: 5, filter: $filter) { totalCount } }\n"): typeof import('./graphql').ValidationOrganizationsFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationCreateNeedAtLimits($input: CreateNeedInput!) { createNeed(input: $input) { title description budgetEur startsOn endsOn } }\n"): typeof import('./graphql').ValidationCreateNeedAtLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationCreateOfferAtLimits($input: CreateOfferInput!) { createOffer(input: $input) { title capacity valueEur } }\n"): typeof import('./graphql').ValidationCreateOfferAtLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationCreateOrganizationWithNumbers($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { id taxNumber registrationNumber }\n  }\n"): typeof import('./graphql').ValidationCreateOrganizationWithNumbersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }\n"): typeof import('./graphql').ValidationUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationLogin($input: LoginInput!) { login(input: $input) { token } }\n"): typeof import('./graphql').ValidationLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').ValidationInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationSignUp($input: SignUpInput!) { signUp(input: $input) { token } }\n"): typeof import('./graphql').ValidationSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }\n"): typeof import('./graphql').ValidationCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }\n"): typeof import('./graphql').ValidationVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationEndsOnCreate($input: CreateNeedInput!) { createNeed(input: $input) { id status endsOn } }\n"): typeof import('./graphql').ValidationEndsOnCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationEndsOnUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id title endsOn } }\n"): typeof import('./graphql').ValidationEndsOnUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationEndsOnCreateMany($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id endsOn } }\n"): typeof import('./graphql').ValidationEndsOnCreateManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationEndsOnUpdateMany($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id endsOn } }\n"): typeof import('./graphql').ValidationEndsOnUpdateManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationRespondByCreate($input: CreateNeedInput!) { createNeed(input: $input) { id status respondBy } }\n"): typeof import('./graphql').ValidationRespondByCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationRespondByUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id title respondBy } }\n"): typeof import('./graphql').ValidationRespondByUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationRespondByCreateMany($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id respondBy } }\n"): typeof import('./graphql').ValidationRespondByCreateManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationRespondByUpdateMany($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id respondBy } }\n"): typeof import('./graphql').ValidationRespondByUpdateManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationCreateOfferDays($input: CreateOfferInput!) { createOffer(input: $input) { id availableFrom availableUntil } }\n"): typeof import('./graphql').ValidationCreateOfferDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationUpdateOffersDays($input: [UpdateOfferInput!]!) { updateOffers(input: $input) { id availableUntil } }\n"): typeof import('./graphql').ValidationUpdateOffersDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationUpdateOrganizationTexts($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name description } }\n"): typeof import('./graphql').ValidationUpdateOrganizationTextsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ValidationCreateNamedOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n    "): typeof import('./graphql').ValidationCreateNamedOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { kind hub organizations { id name } user { id email } apiKey { id name tokenPrefix organizationId } }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerWithoutOrganizations { viewer { kind hub user { id name email } apiKey { id name tokenPrefix } } }\n"): typeof import('./graphql').ViewerWithoutOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerMunicipality { municipality(code: \"052\") { name } }\n"): typeof import('./graphql').ViewerMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id name tokenPrefix } } }\n"): typeof import('./graphql').ViewerCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }\n"): typeof import('./graphql').ViewerRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }\n"): typeof import('./graphql').ViewerInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }\n"): typeof import('./graphql').ViewerSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerAcceptInvitation($invitationToken: String!) { acceptInvitation(invitationToken: $invitationToken) { id } }\n"): typeof import('./graphql').ViewerAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerLogin($input: LoginInput!) { login(input: $input) { token } }\n"): typeof import('./graphql').ViewerLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id url events active createdAt } }\n  }\n"): typeof import('./graphql').WebhooksCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksList($organizationId: ID!) { webhooks(organizationId: $organizationId) { id url events active } }\n"): typeof import('./graphql').WebhooksListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksDelete($id: ID!) { deleteWebhook(id: $id) { id active } }\n"): typeof import('./graphql').WebhooksDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksUpdate($input: UpdateWebhookInput!) { updateWebhook(input: $input) { id url events active } }\n"): typeof import('./graphql').WebhooksUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksSendTest($id: ID!) { sendTestWebhook(id: $id) { id kind channel status attempts nextAttemptAt } }\n"): typeof import('./graphql').WebhooksSendTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksWithLogs($organizationId: ID!) {\n    webhooks(organizationId: $organizationId) { id deliveries(first: 5) { totalCount edges { node { id status } } } }\n  }\n"): typeof import('./graphql').WebhooksWithLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query WebhooksDeliveryLog($id: ID!, $first: Int, $after: String) {\n        webhook(id: $id) {\n          id\n          deliveries(first: $first, after: $after) {\n            totalCount\n            pageInfo { hasNextPage endCursor }\n            edges { node { id kind channel status attempts lastError lastResponseStatus sentAt createdAt } }\n          }\n        }\n      }\n    "): typeof import('./graphql').WebhooksDeliveryLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query WebhooksDispatchedDeliveries($id: ID!) {\n      webhook(id: $id) {\n        deliveries { totalCount edges { node { id kind channel status attempts lastError lastResponseStatus nextAttemptAt sentAt } } }\n      }\n    }\n  "): typeof import('./graphql').WebhooksDispatchedDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawResponseRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }\n"): typeof import('./graphql').WithdrawResponseRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawResponseWithdraw($id: ID!) { withdrawResponse(id: $id) { id status organization { id } } }\n"): typeof import('./graphql').WithdrawResponseWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawResponseAccept($id: ID!) { acceptResponse(id: $id) { id } }\n"): typeof import('./graphql').WithdrawResponseAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawResponseDecline($id: ID!) { declineResponse(id: $id) { id } }\n"): typeof import('./graphql').WithdrawResponseDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WithdrawResponseNeedResponses($id: ID!) { need(id: $id) { id responseCount responses { id status } } }\n"): typeof import('./graphql').WithdrawResponseNeedResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerCrashBacklog { matchingBacklog }\n"): typeof import('./graphql').WorkerCrashBacklogDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
