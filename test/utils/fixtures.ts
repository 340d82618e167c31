import { TEST_ADMIN_KEY, TestApp } from './test-app';

// Small factories over the public API: each returns what a test needs and nothing else.

let counter = 0;
const unique = (label: string) => `${label} ${++counter}`;

export const KRANJ = '052';
export const NAKLO = '082';
export const BLED = '003';

export async function createOrganization(t: TestApp, overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  const data = await t.graphqlOk<{ createOrganization: { id: string; name: string } }>(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`,
    { input: { name: unique('Društvo'), sector: 'NGO', municipalityCode: KRANJ, email: 'info@example.org', ...overrides } },
    TEST_ADMIN_KEY,
  );
  return data.createOrganization;
}

export async function createApiKey(t: TestApp, organizationId: string | null): Promise<string> {
  const data = await t.graphqlOk<{ createApiKey: { token: string } }>(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }`,
    { input: { organizationId, name: unique('key') } },
    TEST_ADMIN_KEY,
  );
  return data.createApiKey.token;
}

/** An organization with a member API key for it. */
export async function createMemberOrganization(t: TestApp, overrides: Record<string, unknown> = {}) {
  const organization = await createOrganization(t, overrides);
  return { ...organization, token: await createApiKey(t, organization.id) };
}

export const needInput = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  title: unique('Prevozi starejših do zdravnika'),
  description: 'Iščemo prostovoljce, ki bi starejše občane vozili k zdravniku in v lekarno.',
  themeCodes: ['SOCIAL_ELDERLY'],
  resourceTypes: ['VOLUNTEERS'],
  municipalityCode: KRANJ,
  startsOn: '2027-03-01',
  endsOn: '2027-06-30',
  budgetEur: 500,
  ...overrides,
});

export const offerInput = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  title: unique('Volunteer drivers'),
  description: 'Our employees volunteer as drivers for older people one afternoon a week.',
  themeCodes: ['SOCIAL_ELDERLY'],
  resourceTypes: ['VOLUNTEERS'],
  municipalityCode: NAKLO,
  reach: 'REGIONAL',
  availableFrom: '2027-01-01',
  availableUntil: '2027-12-31',
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

export async function createNeed(t: TestApp, token: string, input: Record<string, unknown>): Promise<{ id: string }> {
  const data = await t.graphqlOk<{ createNeed: { id: string } }>(
    `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
    { input },
    token,
  );
  return data.createNeed;
}

export async function createOffer(t: TestApp, token: string, input: Record<string, unknown>): Promise<{ id: string }> {
  const data = await t.graphqlOk<{ createOffer: { id: string } }>(
    `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
    { input },
    token,
  );
  return data.createOffer;
}

/** How many rows a table has: to prove that a rejected input stored nothing. */
export async function countRows(t: TestApp, table: string): Promise<number> {
  const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM "${table}"`);
  return count;
}
