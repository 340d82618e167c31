import { countRows, createMemberOrganization, needInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// Inputs that once got past validation to PostgreSQL, and a cost-limit bypass.
describe('input PostgreSQL cannot take, and negative page sizes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_COST: '500' });
  });
  afterAll(() => t.close());

  it.each([
    ['a NUL character in the title', { title: 'Prevozi\u0000starejših' }],
    ['the year 0', { startsOn: '0000-01-01' }],
  ])('answers %s with BAD_USER_INPUT and stores nothing', async (_label, changes) => {
    const organization = await createMemberOrganization(t);
    const before = await countRows(t, 'need');
    const response = await t.graphql(
      'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
      { input: needInput(organization.id, changes) },
      organization.token,
    );
    expect(response.status).not.toBe(500);
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await countRows(t, 'need')).toBe(before);
  });

  it('answers a NUL character in a text filter with BAD_USER_INPUT', async () => {
    const response = await t.graphql('query($text: String) { needs(filter: { text: $text }) { totalCount } }', { text: 'a\u0000b' }, TEST_ADMIN_KEY);
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('does not let a negative first cancel the cost of its siblings', async () => {
    const response = await t.graphql(
      '{ big: needs(first: 100) { edges { node { id title organization { name } } } } small: needs(first: -1000000) { totalCount } }',
      {},
      TEST_ADMIN_KEY,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LARGE' });
    expect(response.data ?? null).toBeNull();
  });
});
