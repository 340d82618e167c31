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
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      hubAdmin\n      memberships {\n        id\n        role\n        notifySuggestions\n        organization {\n          id\n          name\n          sector\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation AcceptResponse($id: ID!) {\n    acceptResponse(id: $id) {\n      id\n    }\n  }\n": typeof types.AcceptResponseDocument,
    "\n  mutation DeclineResponse($id: ID!) {\n    declineResponse(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineResponseDocument,
    "\n  query DeskNeeds($organizationId: ID!) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n          suggestions(first: 10) {\n            id\n            score\n            status\n            needDecision\n            partnership {\n              id\n            }\n            offer {\n              id\n              title\n              organization {\n                name\n              }\n            }\n          }\n          responses {\n            id\n            status\n            message\n            createdAt\n            organization {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskNeedsDocument,
    "\n  query DeskOffers($organizationId: ID!) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n          suggestions(first: 10) {\n            id\n            score\n            status\n            offerDecision\n            partnership {\n              id\n            }\n            need {\n              id\n              title\n              organization {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskOffersDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseNeedDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  query Need($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n": typeof types.NeedDocument,
    "\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.NeedForEditDocument,
    "\n  mutation CloseOffer($id: ID!) {\n    closeOffer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseOfferDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.UpdateOfferDocument,
    "\n  query Offer($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n        name\n      }\n      serviceArea {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n": typeof types.OfferDocument,
    "\n  query OfferForEdit($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n      }\n      serviceArea {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.OfferForEditDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n      latitude\n      longitude\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  query Themes {\n    themes {\n      code\n      nameSl\n      nameEn\n      parent {\n        code\n      }\n    }\n  }\n": typeof types.ThemesDocument,
    "\n  mutation RespondToMatch($input: RespondToMatchInput!, $language: Language!) {\n    respondToMatch(input: $input) {\n      ...SuggestionFields\n    }\n  }\n": typeof types.RespondToMatchDocument,
    "\n  subscription SuggestionAdded($organizationId: ID!, $language: Language!) {\n    suggestionAdded(organizationId: $organizationId) {\n      ...SuggestionFields\n    }\n  }\n": typeof types.SuggestionAddedDocument,
    "\n  fragment SuggestionFields on Match {\n    id\n    score\n    status\n    needDecision\n    offerDecision\n    declineReason\n    components {\n      name\n      score\n      explanation(language: $language)\n    }\n    contacts {\n      name\n      email\n      phone\n    }\n    need {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n    offer {\n      id\n      title\n      description\n      availableFrom\n      availableUntil\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SuggestionFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      hubAdmin\n      memberships {\n        id\n        role\n        notifySuggestions\n        organization {\n          id\n          name\n          sector\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation AcceptResponse($id: ID!) {\n    acceptResponse(id: $id) {\n      id\n    }\n  }\n": types.AcceptResponseDocument,
    "\n  mutation DeclineResponse($id: ID!) {\n    declineResponse(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeclineResponseDocument,
    "\n  query DeskNeeds($organizationId: ID!) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n          suggestions(first: 10) {\n            id\n            score\n            status\n            needDecision\n            partnership {\n              id\n            }\n            offer {\n              id\n              title\n              organization {\n                name\n              }\n            }\n          }\n          responses {\n            id\n            status\n            message\n            createdAt\n            organization {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DeskNeedsDocument,
    "\n  query DeskOffers($organizationId: ID!) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n          suggestions(first: 10) {\n            id\n            score\n            status\n            offerDecision\n            partnership {\n              id\n            }\n            need {\n              id\n              title\n              organization {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DeskOffersDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseNeedDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  query Need($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n": types.NeedDocument,
    "\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n": types.NeedForEditDocument,
    "\n  mutation CloseOffer($id: ID!) {\n    closeOffer(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseOfferDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id\n    }\n  }\n": types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.UpdateOfferDocument,
    "\n  query Offer($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n        name\n      }\n      serviceArea {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n": types.OfferDocument,
    "\n  query OfferForEdit($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n      }\n      serviceArea {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n": types.OfferForEditDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n      latitude\n      longitude\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  query Themes {\n    themes {\n      code\n      nameSl\n      nameEn\n      parent {\n        code\n      }\n    }\n  }\n": types.ThemesDocument,
    "\n  mutation RespondToMatch($input: RespondToMatchInput!, $language: Language!) {\n    respondToMatch(input: $input) {\n      ...SuggestionFields\n    }\n  }\n": types.RespondToMatchDocument,
    "\n  subscription SuggestionAdded($organizationId: ID!, $language: Language!) {\n    suggestionAdded(organizationId: $organizationId) {\n      ...SuggestionFields\n    }\n  }\n": types.SuggestionAddedDocument,
    "\n  fragment SuggestionFields on Match {\n    id\n    score\n    status\n    needDecision\n    offerDecision\n    declineReason\n    components {\n      name\n      score\n      explanation(language: $language)\n    }\n    contacts {\n      name\n      email\n      phone\n    }\n    need {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n    offer {\n      id\n      title\n      description\n      availableFrom\n      availableUntil\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.SuggestionFieldsFragmentDoc,
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
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      hubAdmin\n      memberships {\n        id\n        role\n        notifySuggestions\n        organization {\n          id\n          name\n          sector\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      hubAdmin\n      memberships {\n        id\n        role\n        notifySuggestions\n        organization {\n          id\n          name\n          sector\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query DeskNeeds($organizationId: ID!) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n          suggestions(first: 10) {\n            id\n            score\n            status\n            needDecision\n            partnership {\n              id\n            }\n            offer {\n              id\n              title\n              organization {\n                name\n              }\n            }\n          }\n          responses {\n            id\n            status\n            message\n            createdAt\n            organization {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskNeeds($organizationId: ID!) {\n    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n          suggestions(first: 10) {\n            id\n            score\n            status\n            needDecision\n            partnership {\n              id\n            }\n            offer {\n              id\n              title\n              organization {\n                name\n              }\n            }\n          }\n          responses {\n            id\n            status\n            message\n            createdAt\n            organization {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskOffers($organizationId: ID!) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n          suggestions(first: 10) {\n            id\n            score\n            status\n            offerDecision\n            partnership {\n              id\n            }\n            need {\n              id\n              title\n              organization {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskOffers($organizationId: ID!) {\n    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          municipality {\n            name\n          }\n          suggestions(first: 10) {\n            id\n            score\n            status\n            offerDecision\n            partnership {\n              id\n            }\n            need {\n              id\n              title\n              organization {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Need($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Need($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      startsOn\n      endsOn\n      budgetEur\n      resourceTypes\n      preferredSectors\n      municipality {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Offer($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n        name\n      }\n      serviceArea {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Offer($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n        name\n      }\n      serviceArea {\n        code\n        name\n      }\n      themes {\n        code\n        nameSl\n        nameEn\n      }\n      organization {\n        id\n        name\n      }\n      suggestions(first: $first, offset: $offset) {\n        ...SuggestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferForEdit($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n      }\n      serviceArea {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferForEdit($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      status\n      availableFrom\n      availableUntil\n      valueEur\n      capacity\n      reach\n      resourceTypes\n      municipality {\n        code\n      }\n      serviceArea {\n        code\n      }\n      themes {\n        code\n      }\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n      latitude\n      longitude\n    }\n  }\n"): (typeof documents)["\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n      latitude\n      longitude\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Themes {\n    themes {\n      code\n      nameSl\n      nameEn\n      parent {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query Themes {\n    themes {\n      code\n      nameSl\n      nameEn\n      parent {\n        code\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SuggestionFields on Match {\n    id\n    score\n    status\n    needDecision\n    offerDecision\n    declineReason\n    components {\n      name\n      score\n      explanation(language: $language)\n    }\n    contacts {\n      name\n      email\n      phone\n    }\n    need {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n    offer {\n      id\n      title\n      description\n      availableFrom\n      availableUntil\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SuggestionFields on Match {\n    id\n    score\n    status\n    needDecision\n    offerDecision\n    declineReason\n    components {\n      name\n      score\n      explanation(language: $language)\n    }\n    contacts {\n      name\n      email\n      phone\n    }\n    need {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n    offer {\n      id\n      title\n      description\n      availableFrom\n      availableUntil\n      municipality {\n        code\n        name\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;