import { graphql } from '../graphql';
import type { CreateNeedInput, CreateOfferInput, CreateOrganizationInput } from '../graphql/graphql';
import { monthEnd, monthStart } from './days';
import { TEST_ADMIN_KEY, TestApp } from './test-app';

// Small factories over the public API: each returns what a test needs and nothing else.

let counter = 0;
const unique = (label: string) => `${label} ${++counter}`;

export const KRANJ = '052';
export const NAKLO = '082';
export const BLED = '003';

const CREATE_ORGANIZATION = graphql(`
  mutation FixtureCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }
`);
const CREATE_API_KEY = graphql(`
  mutation FixtureCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }
`);
const CREATE_NEED = graphql(`
  mutation FixtureCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }
`);
const CREATE_OFFER = graphql(`
  mutation FixtureCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }
`);
const RESPOND_TO_NEED = graphql(`
  mutation FixtureRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);
const ACCEPT_RESPONSE = graphql(`
  mutation FixtureAcceptResponse($id: ID!) { acceptResponse(id: $id) { id } }
`);

export async function createOrganization(t: TestApp, overrides: Partial<CreateOrganizationInput> = {}): Promise<{ id: string; name: string }> {
  const data = await t.graphqlOk(
    CREATE_ORGANIZATION,
    { input: { name: unique('Društvo'), sector: 'NGO', municipalityCode: KRANJ, email: 'info@example.org', ...overrides } },
    TEST_ADMIN_KEY,
  );
  return data.createOrganization;
}

export async function createApiKey(t: TestApp, organizationId: string | null): Promise<string> {
  const data = await t.graphqlOk(
    CREATE_API_KEY,
    { input: { organizationId, name: unique('key') } },
    TEST_ADMIN_KEY,
  );
  return data.createApiKey.token;
}

/** An organization with a member API key for it. */
export async function createMemberOrganization(t: TestApp, overrides: Partial<CreateOrganizationInput> = {}) {
  const organization = await createOrganization(t, overrides);
  return { ...organization, token: await createApiKey(t, organization.id) };
}

export const needInput = (organizationId: string, overrides: Partial<CreateNeedInput> = {}): CreateNeedInput => ({
  organizationId,
  title: unique('Prevozi starejših do zdravnika'),
  description: 'Iščemo prostovoljce, ki bi starejše občane vozili k zdravniku in v lekarno.',
  themeCodes: ['SOCIAL_ELDERLY'],
  resourceTypes: ['VOLUNTEERS'],
  municipalityCode: KRANJ,
  // Months ahead of the run, within the offers' period (2027-03-01 to 2027-06-30 on 2026-12-05).
  startsOn: monthStart(3),
  endsOn: monthEnd(6),
  budgetEur: 500,
  ...overrides,
});

export const offerInput = (organizationId: string, overrides: Partial<CreateOfferInput> = {}): CreateOfferInput => ({
  organizationId,
  title: unique('Volunteer drivers'),
  description: 'Our employees volunteer as drivers for older people one afternoon a week.',
  themeCodes: ['SOCIAL_ELDERLY'],
  resourceTypes: ['VOLUNTEERS'],
  municipalityCode: NAKLO,
  reach: 'REGIONAL',
  // Around the needs' period (2027-01-01 to 2027-12-31 on 2026-12-05).
  availableFrom: monthStart(1),
  availableUntil: monthEnd(12),
  capacity: 2,
  ...overrides,
});

/**
 * An offer that fits needInput well enough to be sent (above the sending threshold), not
 * just listed: the same subject in Slovenian, in the need's municipality.
 */
export const fittingOffer = (organizationId: string, title = 'Prostovoljni prevozi starejših') =>
  offerInput(organizationId, {
    title,
    description: 'Naši zaposleni kot prostovoljci enkrat na teden vozijo starejše občane k zdravniku in v lekarno.',
    municipalityCode: KRANJ,
  });

export async function createNeed(t: TestApp, token: string, input: CreateNeedInput): Promise<{ id: string }> {
  const data = await t.graphqlOk(
    CREATE_NEED,
    { input },
    token,
  );
  return data.createNeed;
}

export async function createOffer(t: TestApp, token: string, input: CreateOfferInput): Promise<{ id: string }> {
  const data = await t.graphqlOk(
    CREATE_OFFER,
    { input },
    token,
  );
  return data.createOffer;
}

/**
 * An ACTIVE partnership formed through a response: the need's organization posts a need (needInput
 * with `need`'s overrides, or uses its own need `needId`), the partner responds to it with
 * `message` and the need's organization accepts the response. For a test that forms one to get
 * on with; a test of responding or accepting itself (their errors, events, other responses to
 * the need) does those steps on its own.
 */
export async function partnershipThroughResponse(
  t: TestApp,
  needOrganization: { id: string; token: string },
  partnerToken: string,
  options: { need?: Partial<CreateNeedInput>; needId?: string; message?: string } = {},
): Promise<{ id: string; needId: string; responseId: string }> {
  const needId = options.needId ?? (await createNeed(t, needOrganization.token, needInput(needOrganization.id, options.need))).id;
  const responseId = (await t.graphqlOk(RESPOND_TO_NEED, { input: { needId, message: options.message ?? 'Radi pomagamo.' } }, partnerToken)).respondToNeed.id;
  const id = (await t.graphqlOk(ACCEPT_RESPONSE, { id: responseId }, needOrganization.token)).acceptResponse.id;
  return { id, needId, responseId };
}

/** How many rows a table has: to prove that a rejected input stored nothing. */
export async function countRows(t: TestApp, table: string): Promise<number> {
  const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM "${table}"`);
  return count;
}

/**
 * The token of inviteMember's answer, which the hub always gets and an organization's admin
 * only while e-mail is off (CreatedInvitation.token); an admin's invitation with e-mail on is
 * read from the mail catcher instead.
 */
export function invitationToken(created: { token?: string | null }): string {
  if (!created.token) throw new Error('inviteMember gave no token: only the hub, or anyone while SMTP_URL is unset, gets it');
  return created.token;
}
