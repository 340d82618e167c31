import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { GraphQLEnumType } from 'graphql';
import { REQUIRED_SCOPE } from '../src/api-keys/requires-scope.decorator';
import { IS_PUBLIC } from '../src/auth/auth.decorators';
import { graphql } from './graphql';
import type { ApiKeyScope } from './graphql/graphql';
import { countRows, createOrganization, needInput } from './utils/fixtures';
import { expectError } from './utils/expect-errors';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// A partner system gets a key that may change only what it is for: a municipality portal
// that shows needs reads, an import posts, a key with no scopes does what a member does.

const CREATE_API_KEY = graphql(`
  mutation ScopesCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id scopes } } }
`);
const API_KEYS = graphql(`
  query ScopesApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id scopes } }
`);
const CREATE_NEED = graphql(`
  mutation ScopesCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }
`);
const CLOSE_NEED = graphql(`
  mutation ScopesCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }
`);
const NEED = graphql(`
  query ScopesNeed($id: ID!) { need(id: $id) { id title suggestions { id } } }
`);
const RESPOND = graphql(`
  mutation ScopesRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);
const CREATE_WEBHOOK = graphql(`
  mutation ScopesCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }
`);
const VERIFY = graphql(`
  mutation ScopesVerify($id: ID!) { verifyOrganization(id: $id) { id verified } }
`);
const UPDATE_PREFERENCES = graphql(`
  mutation ScopesUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }
`);
const PASSWORD_RESET = graphql(`
  mutation ScopesPasswordReset($email: String!) { requestPasswordReset(email: $email) }
`);

// The mutations only a key without scopes may call, each for a reason: what no partner
// system's key is for. Every other mutation needs a scope, or is public (signing in).
const ONLY_WITHOUT_SCOPES: Record<string, string[]> = {
  "the hub's own": ['createOrganization', 'verifyOrganization', 'eraseOrganization', 'updateMatchingSettings', 'rematchAll'],
  "an organization's admins' (an organization's key is a member)": ['updateOrganization', 'createApiKey', 'revokeApiKey', 'inviteMember', 'revokeInvitation'],
  "a person's own membership or invitation (a key has none)": ['updateMembership', 'removeMember', 'acceptInvitation'],
  "a person's own account (a key has none: deleteAccount refuses every key)": ['deleteAccount'],
};

describe('API key scopes', () => {
  let t: TestApp;
  let municipality: string;
  let ngo: string;

  beforeAll(async () => {
    t = await startTestApp();
    municipality = (await createOrganization(t, { sector: 'MUNICIPALITY' })).id;
    ngo = (await createOrganization(t, { sector: 'NGO' })).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const issue = async (organizationId: string | null, scopes?: ApiKeyScope[] | null) =>
    (await t.graphqlOk(CREATE_API_KEY, { input: { organizationId, name: 'Portal občine', ...(scopes === undefined ? {} : { scopes }) } }, TEST_ADMIN_KEY)).createApiKey;
  const webhook = (organizationId: string) => ({ input: { organizationId, url: 'http://127.0.0.1:9/hook', events: ['SUGGESTION_CREATED' as const] } });

  it('stores a key’s scopes in one order, and lists them; a key without scopes lists null', async () => {
    const scoped = await issue(municipality, ['WEBHOOKS', 'POSTINGS']);
    const full = await issue(municipality);
    expect(scoped.apiKey.scopes).toEqual(['POSTINGS', 'WEBHOOKS']);
    expect(full.apiKey.scopes).toBeNull();
    const listed = (await t.graphqlOk(API_KEYS, { organizationId: municipality }, TEST_ADMIN_KEY)).apiKeys;
    expect(listed.find((key) => key.id === scoped.apiKey.id)?.scopes).toEqual(['POSTINGS', 'WEBHOOKS']);
    expect(listed.find((key) => key.id === full.apiKey.id)?.scopes).toBeNull();
  });

  it('lets a read-only key read and refuses its every change, naming the scope it lacks, with nothing stored', async () => {
    const posted = (await t.graphqlOk(CREATE_NEED, { input: needInput(municipality) }, (await issue(municipality)).token)).createNeed;
    const { token } = await issue(municipality, []);

    expect((await t.graphqlOk(NEED, { id: posted.id }, token)).need).toMatchObject({ id: posted.id, suggestions: [] });
    const needs = await countRows(t, 'need');
    const refused = expectError(await t.graphql(CREATE_NEED, { input: needInput(municipality) }, token), 'FORBIDDEN', {
      message: 'This API key may not call createNeed: it needs the scope POSTINGS (the key has none: it is read-only).',
    });
    expect(refused.extensions).toMatchObject({ reason: 'API_KEY_SCOPE', scope: 'POSTINGS' });
    expect(await countRows(t, 'need')).toBe(needs);
    expect(expectError(await t.graphql(CLOSE_NEED, { id: posted.id }, token), 'FORBIDDEN').extensions.scope).toBe('POSTINGS');
    expect(expectError(await t.graphql(CREATE_WEBHOOK, webhook(municipality), token), 'FORBIDDEN').extensions.scope).toBe('WEBHOOKS');
    expect(await countRows(t, 'webhook')).toBe(0);
    expect((await t.graphqlOk(NEED, { id: posted.id }, token)).need?.id).toBe(posted.id);
  });

  it('lets a key call the mutations of its scopes and no others', async () => {
    const posting = await issue(municipality, ['POSTINGS']);
    const need = (await t.graphqlOk(CREATE_NEED, { input: needInput(municipality, { kind: 'CALL_FOR_PARTNERS' }) }, posting.token)).createNeed;
    expect(expectError(await t.graphql(CREATE_WEBHOOK, webhook(municipality), posting.token), 'FORBIDDEN').extensions).toMatchObject({
      reason: 'API_KEY_SCOPE',
      scope: 'WEBHOOKS',
    });

    const answering = await issue(ngo, ['ANSWERS']);
    expect(expectError(await t.graphql(CREATE_NEED, { input: needInput(ngo) }, answering.token), 'FORBIDDEN').message).toBe(
      'This API key may not call createNeed: it needs the scope POSTINGS (the key has ANSWERS).',
    );
    expect((await t.graphqlOk(RESPOND, { input: { needId: need.id, message: 'Pomagamo.' } }, answering.token)).respondToNeed.id).toEqual(expect.any(String));

    const full = await issue(municipality, null);
    expect((await t.graphqlOk(CREATE_WEBHOOK, webhook(municipality), full.token)).createWebhook.webhook.id).toEqual(expect.any(String));
    expect((await t.graphqlOk(CLOSE_NEED, { id: need.id }, posting.token)).closeNeed.status).toBe('CLOSED');
  });

  it('holds a scoped hub key to its scopes: the hub’s own mutations need a key without scopes', async () => {
    const hub = await issue(null, ['POSTINGS']);
    expect((await t.graphqlOk(CREATE_NEED, { input: needInput(ngo) }, hub.token)).createNeed.id).toEqual(expect.any(String));
    const refused = expectError(await t.graphql(VERIFY, { id: ngo }, hub.token), 'FORBIDDEN', {
      message: 'This API key may not call verifyOrganization: only a key without scopes may.',
    });
    expect(refused.extensions).toMatchObject({ reason: 'API_KEY_SCOPE', scope: null });
    expect((await t.graphqlOk(VERIFY, { id: ngo }, (await issue(null)).token)).verifyOrganization.verified).toBe(true);
  });

  it("lets a WEBHOOKS key change how suggestions reach its organization by e-mail too, and no key without that scope", async () => {
    const preferences = (frequency: 'NEVER' | 'DAILY') => ({ input: { organizationId: ngo, frequency } });
    const webhooks = await issue(ngo, ['WEBHOOKS']);
    expect((await t.graphqlOk(UPDATE_PREFERENCES, preferences('NEVER'), webhooks.token)).updateSuggestionPreferences.frequency).toBe('NEVER');
    const refused = expectError(await t.graphql(UPDATE_PREFERENCES, preferences('DAILY'), (await issue(ngo, ['POSTINGS', 'ANSWERS'])).token), 'FORBIDDEN', {
      message: 'This API key may not call updateSuggestionPreferences: it needs the scope WEBHOOKS (the key has POSTINGS, ANSWERS).',
    });
    expect(refused.extensions).toMatchObject({ reason: 'API_KEY_SCOPE', scope: 'WEBHOOKS' });
    expect((await t.graphqlOk(UPDATE_PREFERENCES, preferences('DAILY'), (await issue(ngo)).token)).updateSuggestionPreferences.frequency).toBe('DAILY');
  });

  // A new mutation without @RequiresScope would be refused to every scoped key, silently: each
  // one is decided here, and the scope's description (ApiKeyScope in the schema) names it.
  it('has a scope for every mutation, unless it is public or listed as only for keys without scopes', () => {
    const decided = new Map<string, string>();
    const scanner = new MetadataScanner();
    for (const wrapper of t.app.get(DiscoveryService, { strict: false }).getProviders()) {
      const resolver = wrapper.metatype;
      if (typeof resolver !== 'function' || !resolver.prototype) continue;
      for (const method of scanner.getAllMethodNames(resolver.prototype)) {
        const handler = (resolver.prototype as Record<string, unknown>)[method] as object;
        if (Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) !== 'Mutation') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
        const scope = Reflect.getMetadata(REQUIRED_SCOPE, handler) as string | undefined;
        const open = Reflect.getMetadata(IS_PUBLIC, handler) === true || Reflect.getMetadata(IS_PUBLIC, resolver) === true;
        decided.set(name, scope ?? (open ? 'public' : 'none'));
      }
    }
    const schema = t.app.get(GraphQLSchemaHost).schema;
    expect([...decided.keys()].sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
    const withoutScopes = Object.values(ONLY_WITHOUT_SCOPES).flat();
    expect([...decided].filter(([, scope]) => scope === 'none').map(([name]) => name).sort()).toEqual([...withoutScopes].sort());
    const scopes = schema.getType('ApiKeyScope') as GraphQLEnumType;
    for (const { name: scope, description } of scopes.getValues()) {
      const named = (mutation: string) => description!.includes(mutation) || description!.includes(mutation.replace(/s$/, '(s)'));
      const mutations = [...decided].filter(([, required]) => required === scope).map(([name]) => name);
      expect({ scope, unnamed: mutations.filter((mutation) => !named(mutation)) }).toEqual({ scope, unnamed: [] });
    }
  });

  it('does not narrow what anyone may call without a key', async () => {
    const { token } = await issue(municipality, []);
    expect((await t.graphqlOk(PASSWORD_RESET, { email: 'nobody@example.si' }, token)).requestPasswordReset).toBe(true);
  });

  it('takes a scope named twice once, as it does resource types', async () => {
    const { apiKey } = (await t.graphqlOk(CREATE_API_KEY, { input: { organizationId: municipality, name: 'Uvoz', scopes: ['POSTINGS', 'POSTINGS'] } }, TEST_ADMIN_KEY)).createApiKey;
    expect(apiKey.scopes).toEqual(['POSTINGS']);
  });

  it('refuses a scope that does not exist, and stores no key', async () => {
    const keys = await countRows(t, 'api_key');
    const refused = await t.graphql(CREATE_API_KEY, { input: { organizationId: municipality, name: 'Uvoz', scopes: ['EVERYTHING' as ApiKeyScope] } }, TEST_ADMIN_KEY);
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.status).toBeLessThan(500);
    expect(await countRows(t, 'api_key')).toBe(keys);
  });
});
