import { registerEnumType } from '@nestjs/graphql';

/**
 * What a partner system's key may change. Reading (queries and subscriptions) needs no scope:
 * every key reads what its organization, or the hub, may read. A key created without scopes
 * may do everything its organization's members (or the hub) may; one with a list may call
 * only the mutations of those scopes, and an empty list makes it read-only.
 */
export enum ApiKeyScope {
  POSTINGS = 'POSTINGS',
  ANSWERS = 'ANSWERS',
  WEBHOOKS = 'WEBHOOKS',
}

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What a scoped API key may change (see ApiKey.scopes); reading needs no scope.',
  valuesMap: {
    POSTINGS: { description: 'Post, change and withdraw needs and offers: createNeed(s), updateNeed(s), closeNeed, createOffer(s), updateOffer(s), closeOffer.' },
    ANSWERS: {
      description: 'Answer suggestions, respond to needs and answer the responses, and end partnerships: respondToMatch, respondToNeed, acceptResponse, declineResponse, withdrawResponse, endPartnership.',
    },
    WEBHOOKS: {
      description:
        'Manage how suggestions reach the organization: its webhooks (createWebhook, updateWebhook, deleteWebhook, sendTestWebhook) ' +
        'and its suggestion e-mails (updateSuggestionPreferences).',
    },
  },
});
