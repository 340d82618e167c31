import { Clock } from '../src/common/clock/clock';
import { UNIQUE_KEYS } from '../src/common/errors/unique-keys';
import { countRows, createMemberOrganization, createNeed, KRANJ, needInput, offerInput, invitationToken } from './utils/fixtures';
import { graphql } from './graphql';
import type { CreateOrganizationInput } from './graphql/graphql';
import { expectError } from './utils/expect-errors';
import { monthEnd, monthStart, nextLeapDay } from './utils/days';
import { GraphqlResponse, startTestApp, TEST_ADMIN_KEY, TestApp, TypedDocument } from './utils/test-app';

// SPEC.md section 6: bad input is answered with extensions.code BAD_USER_INPUT and the
// failing fields, never with a 500, and nothing of it is stored.

type Operation = 'createNeed' | 'createOffer' | 'createOrganization' | 'updateNeed';

// The inputs here are invalid on purpose, so the variables are sent unchecked
// (t.graphqlUnchecked); the documents themselves are typed and valid.
const MUTATIONS: Record<Operation, TypedDocument<unknown, never>> = {
  createNeed: graphql(`
    mutation ValidationCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }
  `),
  createOffer: graphql(`
    mutation ValidationCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }
  `),
  createOrganization: graphql(`
    mutation ValidationCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }
  `),
  updateNeed: graphql(`
    mutation ValidationUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }
  `),
};
const NEED = graphql(`
  query ValidationNeed($id: ID!) { need(id: $id) { id } }
`);
const NEED_PAGE = graphql(`
  query ValidationNeedPage($first: Int, $after: String) { needs(first: $first, after: $after) { edges { node { id } } pageInfo { endCursor } } }
`);
const NEED_COUNT = graphql(`
  query ValidationNeedCount($first: Int, $after: String) { needs(first: $first, after: $after) { totalCount } }
`);
const NEEDS_FILTERED = graphql(`
  query ValidationNeedsFiltered($filter: NeedFilter) { needs(first: 5, filter: $filter) { totalCount } }
`);
const OFFERS_FILTERED = graphql(`
  query ValidationOffersFiltered($filter: OfferFilter) { offers(first: 5, filter: $filter) { totalCount } }
`);
const ORGANIZATIONS_FILTERED = graphql(`
  query ValidationOrganizationsFiltered($filter: OrganizationFilter) { organizations(first: 5, filter: $filter) { totalCount } }
`);
const CREATE_NEED_AT_LIMITS = graphql(`
  mutation ValidationCreateNeedAtLimits($input: CreateNeedInput!) { createNeed(input: $input) { title description budgetEur startsOn endsOn } }
`);
const CREATE_OFFER_AT_LIMITS = graphql(`
  mutation ValidationCreateOfferAtLimits($input: CreateOfferInput!) { createOffer(input: $input) { title capacity valueEur } }
`);
const CREATE_ORGANIZATION_WITH_NUMBERS = graphql(`
  mutation ValidationCreateOrganizationWithNumbers($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { id taxNumber registrationNumber }
  }
`);
const UPDATE_ORGANIZATION = graphql(`
  mutation ValidationUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }
`);

const LOGIN = graphql(`
  mutation ValidationLogin($input: LoginInput!) { login(input: $input) { token } }
`);
const INVITE_MEMBER = graphql(`
  mutation ValidationInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation ValidationSignUp($input: SignUpInput!) { signUp(input: $input) { token } }
`);
const CREATE_API_KEY = graphql(`
  mutation ValidationCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }
`);
const VERIFY_ORGANIZATION = graphql(`
  mutation ValidationVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }
`);
const ENDS_ON_CREATE = graphql(`
  mutation ValidationEndsOnCreate($input: CreateNeedInput!) { createNeed(input: $input) { id status endsOn } }
`);
const ENDS_ON_UPDATE = graphql(`
  mutation ValidationEndsOnUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id title endsOn } }
`);
const ENDS_ON_CREATE_MANY = graphql(`
  mutation ValidationEndsOnCreateMany($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id endsOn } }
`);
const ENDS_ON_UPDATE_MANY = graphql(`
  mutation ValidationEndsOnUpdateMany($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id endsOn } }
`);
const RESPOND_BY_CREATE = graphql(`
  mutation ValidationRespondByCreate($input: CreateNeedInput!) { createNeed(input: $input) { id status respondBy } }
`);
const RESPOND_BY_UPDATE = graphql(`
  mutation ValidationRespondByUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id title respondBy } }
`);
const RESPOND_BY_CREATE_MANY = graphql(`
  mutation ValidationRespondByCreateMany($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id respondBy } }
`);
const RESPOND_BY_UPDATE_MANY = graphql(`
  mutation ValidationRespondByUpdateMany($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id respondBy } }
`);
const CREATE_OFFER_DAYS = graphql(`
  mutation ValidationCreateOfferDays($input: CreateOfferInput!) { createOffer(input: $input) { id availableFrom availableUntil } }
`);
const UPDATE_OFFERS_DAYS = graphql(`
  mutation ValidationUpdateOffersDays($input: [UpdateOfferInput!]!) { updateOffers(input: $input) { id availableUntil } }
`);
const UPDATE_ORGANIZATION_TEXTS = graphql(`
  mutation ValidationUpdateOrganizationTexts($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name description } }
`);

/** The tables a rejected input must leave alone. */
const TABLES = ['need', 'offer', 'organization', 'outbox_event', 'audit_log_entry'] as const;

const NOT_A_UUID = 'not-a-uuid';
const VALID_TAX_NUMBER = '47508329';
const cursor = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

describe('input validation', () => {
  let t: TestApp;
  let organization: { id: string; token: string };
  let need: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    organization = await createMemberOrganization(t);
    // startsOn 3 months ahead, endsOn 6 months ahead, budgetEur 500 (see needInput).
    need = await createNeed(t, organization.token, needInput(organization.id));
  });
  afterAll(() => t.close());

  /** A valid input for the operation with the given changes (undefined leaves a field out). */
  function inputFor(operation: Operation, changes: Record<string, unknown>): Record<string, unknown> {
    switch (operation) {
      case 'createNeed':
        return needInput(organization.id, changes);
      case 'createOffer':
        return offerInput(organization.id, changes);
      case 'createOrganization':
        return { name: 'Društvo za preverjanje vnosa', sector: 'NGO', municipalityCode: KRANJ, ...changes };
      case 'updateNeed':
        return { id: need.id, ...changes };
    }
  }

  /** A signed-in admin of the organization (invited by the hub): its token. */
  async function organizationAdmin(organizationId: string): Promise<string> {
    const email = `admin-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId, email, role: 'ADMIN' } }, TEST_ADMIN_KEY);
    const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Ana Admin', password: 'a long enough password' } });
    return signedUp.signUp.token;
  }

  /** Organizations are created by the hub; needs and offers by a member of their organization. */
  const send = (operation: Operation, changes: Record<string, unknown>): Promise<GraphqlResponse<unknown>> =>
    t.graphqlUnchecked(MUTATIONS[operation], { input: inputFor(operation, changes) }, operation === 'createOrganization' ? TEST_ADMIN_KEY : organization.token);

  async function storedState() {
    const counts = Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await countRows(t, table)])));
    const [needRow] = await t.dataSource.query(`SELECT * FROM need WHERE id = $1`, [need.id]);
    return { counts, needRow };
  }

  /** Runs the request and proves that it changed nothing, whatever it answered. */
  async function withNothingStored<T>(request: () => Promise<GraphqlResponse<T>>): Promise<GraphqlResponse<T>> {
    const before = await storedState();
    const response = await request();
    expect(await storedState()).toEqual(before);
    return response;
  }

  /** One BAD_USER_INPUT error from a resolver (HTTP 200, never 500), naming exactly the given fields. */
  const expectBadUserInput = (response: GraphqlResponse<unknown>, fields: string[]) => expectError(response, 'BAD_USER_INPUT', { status: 200, fields });

  /** A variable that GraphQL itself cannot coerce to the input type: HTTP 400, never 500. */
  function expectCoercionError(response: GraphqlResponse<unknown>) {
    expectError(response, 'BAD_USER_INPUT', { status: 400, message: /\S/ });
    expect(response.data).toBeUndefined();
  }

  describe('rejected by the input rules, with the failing fields', () => {
    interface FieldCase {
      operation: Operation;
      label: string;
      changes: Record<string, unknown>;
      fields: string[];
    }

    const textCases = (operation: Operation, titleField: 'title' | 'name'): FieldCase[] => [
      { operation, label: `an empty ${titleField}`, changes: { [titleField]: '' }, fields: [titleField] },
      { operation, label: `a whitespace-only ${titleField}`, changes: { [titleField]: '   \t  ' }, fields: [titleField] },
      { operation, label: `a ${titleField} of 201 characters`, changes: { [titleField]: 'x'.repeat(201) }, fields: [titleField] },
      // One line: a name or title is an e-mail's subject and a line of a list. An
      // organization's name is refused (it heads the invitations it sends); a posting's title
      // has its line breaks and tabs turned into spaces (below).
      ...(titleField === 'name'
        ? [
            { operation, label: `a ${titleField} with a line break`, changes: { [titleField]: 'Varnostno obvestilo\r\nPotrdite svoj račun' }, fields: [titleField] },
            { operation, label: `a ${titleField} with a tab`, changes: { [titleField]: 'Prevozi\tstarejših' }, fields: [titleField] },
            { operation, label: `a ${titleField} with a Unicode line separator`, changes: { [titleField]: 'Prevozi\u2028starejših' }, fields: [titleField] },
          ]
        : []),
      { operation, label: `a ${titleField} with a C1 control character`, changes: { [titleField]: 'Prevozi\u0085starejših' }, fields: [titleField] },
      { operation, label: 'a description of 5001 characters', changes: { description: 'x'.repeat(5001) }, fields: ['description'] },
      { operation, label: 'an unknown municipality code', changes: { municipalityCode: '999' }, fields: ['municipalityCode'] },
      { operation, label: 'an unknown theme code', changes: { themeCodes: ['SOCIAL_ELDERLY', 'NO_SUCH_THEME'] }, fields: ['themeCodes'] },
    ];

    it.each<FieldCase>([
      ...textCases('createNeed', 'title'),
      { operation: 'createNeed', label: 'an empty description', changes: { description: '  ' }, fields: ['description'] },
      { operation: 'createNeed', label: 'endsOn before startsOn', changes: { startsOn: monthStart(7), endsOn: monthEnd(6) }, fields: ['endsOn'] },
      { operation: 'createNeed', label: 'a negative budgetEur', changes: { budgetEur: -1 }, fields: ['budgetEur'] },
      { operation: 'createNeed', label: 'empty resourceTypes', changes: { resourceTypes: [] }, fields: ['resourceTypes'] },
      { operation: 'createNeed', label: 'a malformed organizationId', changes: { organizationId: NOT_A_UUID }, fields: ['organizationId'] },
      {
        operation: 'createNeed',
        label: 'several bad fields at once',
        changes: { title: ' ', municipalityCode: '999', budgetEur: -5, resourceTypes: [] },
        fields: ['title', 'municipalityCode', 'budgetEur', 'resourceTypes'],
      },

      ...textCases('createOffer', 'title'),
      { operation: 'createOffer', label: 'availableUntil before availableFrom', changes: { availableFrom: monthStart(6), availableUntil: monthEnd(5) }, fields: ['availableUntil'] },
      { operation: 'createOffer', label: 'a negative valueEur', changes: { valueEur: -100 }, fields: ['valueEur'] },
      { operation: 'createOffer', label: 'capacity 0', changes: { capacity: 0 }, fields: ['capacity'] },
      { operation: 'createOffer', label: 'empty resourceTypes', changes: { resourceTypes: [] }, fields: ['resourceTypes'] },
      { operation: 'createOffer', label: 'an unknown service area code', changes: { serviceAreaCodes: [KRANJ, '999'] }, fields: ['serviceAreaCodes'] },
      { operation: 'createOffer', label: 'a malformed organizationId', changes: { organizationId: NOT_A_UUID }, fields: ['organizationId'] },

      ...textCases('createOrganization', 'name'),
      { operation: 'createOrganization', label: 'a tax number with a wrong check digit', changes: { taxNumber: '47508328' }, fields: ['taxNumber'] },
      { operation: 'createOrganization', label: 'a tax number of 7 digits', changes: { taxNumber: '4750832' }, fields: ['taxNumber'] },
      { operation: 'createOrganization', label: 'a tax number of 9 digits', changes: { taxNumber: '475083290' }, fields: ['taxNumber'] },
      { operation: 'createOrganization', label: 'a tax number with a letter', changes: { taxNumber: '4750832a' }, fields: ['taxNumber'] },
      // The SI prefix and spaces are taken off before the check (see 'registry numbers'): the check digit still counts.
      { operation: 'createOrganization', label: 'a VAT number with a wrong check digit', changes: { taxNumber: 'SI 4750 8328' }, fields: ['taxNumber'] },
      { operation: 'createOrganization', label: "a tax number with another country's VAT prefix", changes: { taxNumber: `HR${VALID_TAX_NUMBER}` }, fields: ['taxNumber'] },
      { operation: 'createOrganization', label: 'a tax number with dashes', changes: { taxNumber: '4750-8329' }, fields: ['taxNumber'] },
      { operation: 'createOrganization', label: 'a registration number of 6 digits', changes: { registrationNumber: '123456' }, fields: ['registrationNumber'] },
      { operation: 'createOrganization', label: 'a registration number of 8 digits', changes: { registrationNumber: '12345678' }, fields: ['registrationNumber'] },
      { operation: 'createOrganization', label: 'a registration number of 11 digits', changes: { registrationNumber: '12345678901' }, fields: ['registrationNumber'] },
      { operation: 'createOrganization', label: 'a registration number with a letter', changes: { registrationNumber: '123456a' }, fields: ['registrationNumber'] },
      { operation: 'createOrganization', label: 'an e-mail without @', changes: { email: 'info.example.org' }, fields: ['email'] },
      { operation: 'createOrganization', label: 'an e-mail without a domain', changes: { email: 'info@' }, fields: ['email'] },
      { operation: 'createOrganization', label: 'an e-mail with spaces', changes: { email: 'ana novak@example.org' }, fields: ['email'] },

      ...textCases('updateNeed', 'title'),
      { operation: 'updateNeed', label: 'endsOn before startsOn in the input', changes: { startsOn: monthStart(5), endsOn: monthEnd(4) }, fields: ['endsOn'] },
      { operation: 'updateNeed', label: 'endsOn before the stored startsOn', changes: { endsOn: monthEnd(2) }, fields: ['endsOn'] },
      { operation: 'updateNeed', label: 'a negative budgetEur', changes: { budgetEur: -1 }, fields: ['budgetEur'] },
      { operation: 'updateNeed', label: 'empty resourceTypes', changes: { resourceTypes: [] }, fields: ['resourceTypes'] },
      { operation: 'updateNeed', label: 'a cleared title', changes: { title: null }, fields: ['title'] },
      { operation: 'updateNeed', label: 'a malformed id', changes: { id: NOT_A_UUID }, fields: ['id'] },
    ])('$operation rejects $label', async ({ operation, changes, fields }) => {
      const response = await withNothingStored(() => send(operation, changes));
      expectBadUserInput(response, fields);
      expect(response.data).toBeNull();
    });

    it('names only the unknown theme code in the message, not the valid ones beside it', async () => {
      const response = await withNothingStored(() => send('createNeed', { themeCodes: ['SOCIAL_ELDERLY', 'NO_SUCH_THEME'] }));
      const error = expectBadUserInput(response, ['themeCodes']);
      const [failure] = error.extensions.fields!;
      expect(failure.message).toContain('NO_SUCH_THEME');
      expect(failure.message).not.toContain('SOCIAL_ELDERLY');
    });
  });

  describe('rejected by GraphQL itself (values that do not fit the schema)', () => {
    interface CoercionCase {
      operation: Operation;
      label: string;
      changes: Record<string, unknown>;
      /** The failing field's path within the input, as in the other BAD_USER_INPUT errors. */
      field: string;
    }

    const coercionCases: CoercionCase[] = [
      { operation: 'createNeed', label: 'an unknown ResourceType', changes: { resourceTypes: ['MONEY'] }, field: 'resourceTypes.0' },
      { operation: 'createNeed', label: 'an unknown NeedKind', changes: { kind: 'EMERGENCY' }, field: 'kind' },
      { operation: 'createNeed', label: 'an unknown preferred Sector', changes: { preferredSectors: ['NGO', 'CHURCH'] }, field: 'preferredSectors.1' },
      { operation: 'createNeed', label: 'a day that does not exist (2027-02-30)', changes: { startsOn: '2027-02-30' }, field: 'startsOn' },
      { operation: 'createNeed', label: 'a date in the dd.mm.yyyy style', changes: { endsOn: '01.03.2027' }, field: 'endsOn' },
      { operation: 'createNeed', label: 'an unknown input field', changes: { urgency: 'high' }, field: 'urgency' },
      { operation: 'createNeed', label: 'a missing title', changes: { title: undefined }, field: 'title' },
      { operation: 'createNeed', label: 'a budgetEur that is not an integer', changes: { budgetEur: 99.5 }, field: 'budgetEur' },
      { operation: 'createNeed', label: 'a budgetEur beyond a 32-bit Int', changes: { budgetEur: 2 ** 31 }, field: 'budgetEur' },
      { operation: 'createOffer', label: 'an unknown Reach', changes: { reach: 'GALACTIC' }, field: 'reach' },
      { operation: 'createOffer', label: 'an unknown ResourceType', changes: { resourceTypes: ['VOLUNTEERS', 'MONEY'] }, field: 'resourceTypes.1' },
      { operation: 'createOffer', label: 'a day that does not exist (2027-02-30)', changes: { availableFrom: '2027-02-30' }, field: 'availableFrom' },
      { operation: 'createOffer', label: 'a date in the dd.mm.yyyy style', changes: { availableUntil: '31.12.2027' }, field: 'availableUntil' },
      { operation: 'createOffer', label: 'an unknown input field', changes: { discount: 10 }, field: 'discount' },
      { operation: 'createOrganization', label: 'an unknown Sector', changes: { sector: 'CHURCH' }, field: 'sector' },
      { operation: 'createOrganization', label: 'an unknown input field', changes: { vatNumber: `SI${VALID_TAX_NUMBER}` }, field: 'vatNumber' },
      { operation: 'updateNeed', label: 'an unknown NeedKind', changes: { kind: 'EMERGENCY' }, field: 'kind' },
      { operation: 'updateNeed', label: 'a day that does not exist (2027-02-30)', changes: { endsOn: '2027-02-30' }, field: 'endsOn' },
      { operation: 'updateNeed', label: 'an unknown input field', changes: { status: 'PARTNERED' }, field: 'status' },
    ];

    it.each(coercionCases)('$operation answers $label with BAD_USER_INPUT and HTTP 400', async ({ operation, changes }) => {
      const response = await withNothingStored(() => send(operation, changes));
      expectCoercionError(response);
    });

    it.each(coercionCases)('$operation names the failing field of $label in extensions.fields', async ({ operation, changes, field }) => {
      const response = await withNothingStored(() => send(operation, changes));
      expect(response.errors).toHaveLength(1);
      expect((response.errors![0].extensions.fields ?? []).map((failure) => failure.field)).toEqual([field]);
    });

    it('says how to write a date it could not read (01.03.2027), in the message and on the field', async () => {
      const response = await withNothingStored(() => send('createNeed', { endsOn: '01.03.2027' }));
      const [error] = response.errors ?? [];
      expect(error.message).toMatch(/invalid date-string 01\.03\.2027\. Write a date as YYYY-MM-DD, e\.g\. 2027-03-01\.$/);
      expect(error.extensions.fields?.[0]).toMatchObject({ field: 'endsOn', message: expect.stringMatching(/Write a date as YYYY-MM-DD/) });
    });

    it('answers an unknown enum value written into the query (not a variable) with BAD_USER_INPUT and HTTP 400', async () => {
      // Invalid GraphQL, so no typed document can express it.
      const response = await withNothingStored(() =>
        t.graphqlRaw(
          `mutation { createNeed(input: { organizationId: "${organization.id}", title: "Prevozi", description: "Prevozi starejših",
             resourceTypes: [MONEY], municipalityCode: "${KRANJ}" }) { id } }`,
          {},
          organization.token,
        ),
      );
      expectCoercionError(response);
    });

    it('answers an unknown input field written into the query with BAD_USER_INPUT and HTTP 400', async () => {
      const response = await withNothingStored(() =>
        t.graphqlRaw(`mutation { updateNeed(input: { id: "${need.id}", title: "Prevozi", status: CLOSED }) { id } }`, {}, organization.token),
      );
      expectCoercionError(response);
    });
  });

  describe('ids and cursors of queries', () => {
    it.each([
      ['a word', NOT_A_UUID],
      ['a UUID without dashes', '00000000000040008000000000000000'],
      ['a UUID with a bad character', '0000000g-0000-4000-8000-000000000000'],
    ])('need(id:) rejects %s as the id', async (_label, id) => {
      const response = await t.graphql(NEED, { id }, organization.token);
      expectBadUserInput(response, ['id']);
      expect(response.data).toEqual({ need: null });
    });

    it.each([
      ['not base64 JSON at all', 'garbage!', { constraint: 'isCursor' }],
      ['JSON that is not a pair', cursor('null'), { constraint: 'isCursor' }],
      ['an object instead of a pair', cursor('{"createdAt":"2027-01-01T00:00:00.000Z","id":"00000000-0000-4000-8000-000000000000"}'), { constraint: 'isCursor' }],
      ['a pair whose date PostgreSQL cannot read', cursor('["1","00000000-0000-4000-8000-000000000000"]'), { constraint: 'isCursor' }],
      ['a pair whose id is not a UUID', cursor('["2027-01-01T00:00:00.000Z","------------------------------------"]'), { constraint: 'isCursor' }],
      ['201 characters', 'a'.repeat(201), { constraint: 'maxLength', limit: 200 }],
    ])('needs(after:) rejects a cursor that is %s', async (_label, after, rule) => {
      const response = await t.graphql(NEED_COUNT, { after }, organization.token);
      expect(expectBadUserInput(response, ['after']).extensions.fields?.[0]).toEqual({ field: 'after', message: expect.any(String), ...rule });
      expect(response.data).toBeNull();
    });

    it('accepts a cursor it handed out', async () => {
      await createNeed(t, organization.token, needInput(organization.id));
      const first = await t.graphqlOk(NEED_PAGE, { first: 1 }, organization.token);
      const second = await t.graphqlOk(NEED_PAGE, { first: 1, after: first.needs.pageInfo.endCursor }, organization.token);
      expect(second.needs.edges).toHaveLength(1);
      expect(second.needs.edges[0].node.id).not.toBe(first.needs.edges[0].node.id);
    });

    it.each<[string, () => Promise<GraphqlResponse<Record<string, unknown>>>]>([
      [
        'needs',
        () => t.graphql(NEEDS_FILTERED, { filter: { organizationId: '00000000-0000-4000-8000-000000000000', statuses: ['OPEN'], text: 'prevozi' } }, organization.token),
      ],
      ['offers', () => t.graphql(OFFERS_FILTERED, { filter: { organizationId: '00000000-0000-4000-8000-000000000000', reaches: ['LOCAL'] } }, organization.token)],
      ['organizations', () => t.graphql(ORGANIZATIONS_FILTERED, { filter: { sectors: ['NGO'], verified: false } }, organization.token)],
    ])('%s(filter:) accepts a valid filter (it is not an unknown property of the page arguments)', async (list, request) => {
      const response = await request();
      expect(response.errors).toBeUndefined();
      expect(response.data?.[list]).toEqual({ totalCount: expect.any(Number) });
    });

    it.each([0, -1, 101])('needs(first:) rejects a page size of %i', async (first) => {
      const response = await t.graphql(NEED_COUNT, { first }, organization.token);
      expectBadUserInput(response, ['first']);
    });
  });

  describe('accepted input at the limits', () => {
    it('accepts titles of 3 and 200 characters, a description of 5000, a budget of 0 and a one-day need on a leap day', async () => {
      const leapDay = nextLeapDay();
      const short = await t.graphqlOk(
        CREATE_NEED_AT_LIMITS,
        { input: needInput(organization.id, { title: '  Rez  ', description: 'd'.repeat(5000), budgetEur: 0, startsOn: leapDay, endsOn: leapDay }) },
        organization.token,
      );
      expect(short.createNeed).toEqual({ title: 'Rez', description: 'd'.repeat(5000), budgetEur: 0, startsOn: leapDay, endsOn: leapDay });
      const long = await t.graphqlOk(
        CREATE_OFFER_AT_LIMITS,
        { input: offerInput(organization.id, { title: 'o'.repeat(200), capacity: 1, valueEur: 0, availableFrom: '2027-05-01', availableUntil: '2027-05-01' }) },
        organization.token,
      );
      expect(long.createOffer).toEqual({ title: 'o'.repeat(200), capacity: 1, valueEur: 0 });
    });
  });

  describe('registry numbers', () => {
    const createOrganization = CREATE_ORGANIZATION_WITH_NUMBERS;
    const organizationInput = (changes: Partial<CreateOrganizationInput>): CreateOrganizationInput => ({
      name: 'Društvo za preverjanje vnosa',
      sector: 'NGO',
      municipalityCode: KRANJ,
      ...changes,
    });

    it.each([
      ['a 7-digit registration number', VALID_TAX_NUMBER, '5012345'],
      ['a 10-digit registration number', '12345679', '5012346000'],
    ])('accepts a valid tax number with %s', async (_label, taxNumber, registrationNumber) => {
      const data = await t.graphqlOk(createOrganization, { input: organizationInput({ taxNumber, registrationNumber }) }, TEST_ADMIN_KEY);
      expect(data.createOrganization).toEqual({ id: expect.any(String), taxNumber, registrationNumber });
    });

    // A davčna številka is commonly written as the VAT number, "SI12345679", and copied from
    // an invoice with its spaces: the 8 digits are what is checked and stored.
    it.each([
      ['the SI prefix', 'SI51000008', '51000008'],
      ['the prefix in lower case and spaces', 'si 5200 0001', '52000001'],
      ['spaces and a no-break space', ' SI 5300\u00a00005 ', '53000005'],
    ])('accepts a tax number written with %s, and stores its 8 digits', async (_label, typed, stored) => {
      const data = await t.graphqlOk(createOrganization, { input: organizationInput({ taxNumber: typed }) }, TEST_ADMIN_KEY);
      expect(data.createOrganization.taxNumber).toBe(stored);
      const [row] = await t.dataSource.query(`SELECT tax_number FROM organization WHERE id = $1`, [data.createOrganization.id]);
      expect(row).toEqual({ tax_number: stored });
      // Written either way, it is one number for the unique key.
      const again = await withNothingStored(() => t.graphql(createOrganization, { input: organizationInput({ name: 'Drugo društvo', taxNumber: stored }) }, TEST_ADMIN_KEY));
      expectError(again, 'CONFLICT', { fields: ['taxNumber'] });
    });

    it("keeps the hub's verification when an organization's admin sends its own tax number written as a VAT number", async () => {
      const target = await createMemberOrganization(t, { name: 'Društvo z davčno številko' });
      const admin = await organizationAdmin(target.id);
      await t.graphqlOk(UPDATE_ORGANIZATION, { input: { id: target.id, taxNumber: '54000009' } }, TEST_ADMIN_KEY);
      await t.graphqlOk(VERIFY_ORGANIZATION, { id: target.id }, TEST_ADMIN_KEY);
      await t.graphqlOk(UPDATE_ORGANIZATION, { input: { id: target.id, taxNumber: 'SI 5400 0009' } }, admin);
      const [row] = await t.dataSource.query(`SELECT tax_number, verified FROM organization WHERE id = $1`, [target.id]);
      expect(row).toEqual({ tax_number: '54000009', verified: true });
    });

    // The unique keys on the numbers answer CONFLICT naming the field (extensions.fields, as
    // BAD_USER_INPUT does), so a form shows it there: "That already exists." said nothing.
    it.each([
      ['tax number', 'taxNumber', { taxNumber: '10000003' }],
      ['registration number', 'registrationNumber', { registrationNumber: '6012345' }],
    ])('answers a second organization with the same %s with CONFLICT naming the field, and stores nothing', async (label, field, numbers) => {
      await t.graphqlOk(createOrganization, { input: organizationInput({ name: 'Prvo društvo', ...numbers }) }, TEST_ADMIN_KEY);
      const response = await withNothingStored(() =>
        t.graphql(createOrganization, { input: organizationInput({ name: 'Drugo društvo', ...numbers }) }, TEST_ADMIN_KEY),
      );
      const error = expectError(response, 'CONFLICT', { status: 200, fields: [field], constraint: 'isUnique', message: `An organization with this ${label} already exists.` });
      expect(error.extensions.fields?.[0].message).toBe(`another organization already has this ${label}`);
      expect(response.data).toBeNull();
    });

    it.each([
      ['tax number', 'taxNumber', { taxNumber: '20000006' }],
      ['registration number', 'registrationNumber', { registrationNumber: '6012399' }],
    ])("answers an organization's admin who gives it another's %s with CONFLICT naming the field; its name and verification stay", async (label, field, numbers) => {
      await t.graphqlOk(createOrganization, { input: organizationInput({ name: 'Društvo s številko', ...numbers }) }, TEST_ADMIN_KEY);
      const target = await createMemberOrganization(t, { name: 'Društvo brez številke' });
      await t.graphqlOk(VERIFY_ORGANIZATION, { id: target.id }, TEST_ADMIN_KEY);
      const admin = await organizationAdmin(target.id);
      // With the name in the same change: the whole update is refused, not only the number.
      const response = await withNothingStored(() => t.graphql(UPDATE_ORGANIZATION, { input: { id: target.id, name: 'Preimenovano društvo', ...numbers } }, admin));
      expectError(response, 'CONFLICT', { status: 200, fields: [field], constraint: 'isUnique', message: `An organization with this ${label} already exists.` });
      const [row] = await t.dataSource.query(`SELECT name, verified, tax_number, registration_number FROM organization WHERE id = $1`, [target.id]);
      expect(row).toEqual({ name: 'Društvo brez številke', verified: true, tax_number: null, registration_number: null });
      // The hub gets the same answer.
      expectError(await t.graphql(UPDATE_ORGANIZATION, { input: { id: target.id, ...numbers } }, TEST_ADMIN_KEY), 'CONFLICT', { fields: [field] });
    });

    // PostgreSQL names one violated key: the CONFLICT named the tax number, and the taken
    // registration number only on the next try.
    const BOTH_TAKEN = {
      message: 'An organization with this tax number already exists. An organization with this registration number already exists.',
      fields: [
        { field: 'taxNumber', message: 'another organization already has this tax number', constraint: 'isUnique' },
        { field: 'registrationNumber', message: 'another organization already has this registration number', constraint: 'isUnique' },
      ],
    };

    it.each([
      ['another organization has them', [{ taxNumber: '30000009', registrationNumber: '7012345' }]],
      ['two others have one each', [{ taxNumber: '31000002' }, { registrationNumber: '7012346' }]],
    ])('names both numbers in one CONFLICT when %s, and stores nothing', async (_label, holders: Partial<CreateOrganizationInput>[]) => {
      for (const [index, holder] of holders.entries()) {
        await t.graphqlOk(createOrganization, { input: organizationInput({ name: `Društvo s številko ${index}`, ...holder }) }, TEST_ADMIN_KEY);
      }
      const numbers = Object.assign({}, ...holders) as Partial<CreateOrganizationInput>;
      const response = await withNothingStored(() => t.graphql(createOrganization, { input: organizationInput({ name: 'Tretje društvo', ...numbers }) }, TEST_ADMIN_KEY));
      const error = expectError(response, 'CONFLICT', { status: 200, fields: ['taxNumber', 'registrationNumber'], constraint: 'isUnique', message: BOTH_TAKEN.message });
      expect(error.extensions.fields).toEqual(BOTH_TAKEN.fields);
      expect(response.data).toBeNull();
    });

    it('lets the unique keys decide between two organizations registered at once with the same numbers: one is stored, the other named both', async () => {
      const numbers = { taxNumber: '41000005', registrationNumber: '7012348' };
      const answers = await Promise.all(['Prvi', 'Drugi'].map((name) => t.graphql(createOrganization, { input: organizationInput({ name: `${name} hkrati`, ...numbers }) }, TEST_ADMIN_KEY)));
      const [refused, ...others] = answers.filter((answer) => answer.errors);
      expect(others).toEqual([]);
      expect(expectError(refused, 'CONFLICT', { message: BOTH_TAKEN.message }).extensions.fields).toEqual(BOTH_TAKEN.fields);
      expect(await t.dataSource.query(`SELECT count(*)::int AS count FROM organization WHERE tax_number = $1 OR registration_number = $2`, [numbers.taxNumber, numbers.registrationNumber])).toEqual([{ count: 1 }]);
    });

    it("names both numbers in one CONFLICT when an organization's admin gives it two others have; nothing of the change stays", async () => {
      await t.graphqlOk(createOrganization, { input: organizationInput({ name: 'Društvo s številkama', taxNumber: '32000006', registrationNumber: '7012347' }) }, TEST_ADMIN_KEY);
      const target = await createMemberOrganization(t, { name: 'Društvo brez številk' });
      const admin = await organizationAdmin(target.id);
      const response = await withNothingStored(() =>
        t.graphql(UPDATE_ORGANIZATION, { input: { id: target.id, name: 'Preimenovano', taxNumber: '32000006', registrationNumber: '7012347' } }, admin),
      );
      expect(expectError(response, 'CONFLICT', { fields: ['taxNumber', 'registrationNumber'], message: BOTH_TAKEN.message }).extensions.fields).toEqual(BOTH_TAKEN.fields);
      const [row] = await t.dataSource.query(`SELECT name, tax_number, registration_number FROM organization WHERE id = $1`, [target.id]);
      expect(row).toEqual({ name: 'Društvo brez številk', tax_number: null, registration_number: null });
      // Its own numbers are not taken: keeping one and giving another's names only that one.
      await t.graphqlOk(UPDATE_ORGANIZATION, { input: { id: target.id, taxNumber: '40000001' } }, admin);
      const one = await t.graphql(UPDATE_ORGANIZATION, { input: { id: target.id, taxNumber: '40000001', registrationNumber: '7012347' } }, admin);
      expectError(one, 'CONFLICT', { fields: ['registrationNumber'], message: 'An organization with this registration number already exists.' });
    });

    it('names, in the table of unique keys the CONFLICT words, only unique indexes the database has', async () => {
      const rows: { indexname: string }[] = await t.dataSource.query(
        `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE 'CREATE UNIQUE INDEX %' AND indexname = ANY($1)`,
        [Object.keys(UNIQUE_KEYS)],
      );
      expect(rows.map((row) => row.indexname).sort()).toEqual(Object.keys(UNIQUE_KEYS).sort());
    });
  });

  describe('updateOrganization', () => {
    // Not one of the four mutations above, but the same rule: a required field cannot be cleared.
    it.each(['name', 'municipalityCode'])('rejects clearing the required %s with BAD_USER_INPUT, not a 500', async (field) => {
      const target = await createMemberOrganization(t);
      const response = await withNothingStored(() =>
        t.graphqlUnchecked(UPDATE_ORGANIZATION, { input: { id: target.id, [field]: null } }, TEST_ADMIN_KEY),
      );
      expect(expectBadUserInput(response, [field]).extensions.fields?.[0]).toMatchObject({ field, constraint: 'isNotEmpty' });
    });
  });

  describe('names and titles are one line', () => {
    // An organization's admin renamed it to a multi-line notice, and its invitations carried
    // that notice in their subject and body (a phishing mail from the service's own sender).
    it("refuses a rename with a line break, by the organization's admin too, and keeps the name and its verification", async () => {
      const target = await createMemberOrganization(t, { name: 'Društvo za eno vrstico' });
      await t.graphqlOk(VERIFY_ORGANIZATION, { id: target.id }, TEST_ADMIN_KEY);
      const admin = await organizationAdmin(target.id);
      for (const name of ['Varnostno obvestilo\nRačun bo zaprt: potrdite na https://evil.example/login', 'Obvestilo\r\nBcc: x@example.org', 'Ime\u2029Drugo', 'Ime\u0000']) {
        const response = await withNothingStored(() => t.graphql(UPDATE_ORGANIZATION_TEXTS, { input: { id: target.id, name } }, admin));
        expectError(response, 'BAD_USER_INPUT', { status: 200, fields: ['name'], constraint: 'isSingleLine' });
      }
      const [row] = await t.dataSource.query(`SELECT name, verified FROM organization WHERE id = $1`, [target.id]);
      expect(row).toEqual({ name: 'Društvo za eno vrstico', verified: true });
    });

    // "Občina" behind a right-to-left override reads "anicbO": the text looked fine to whoever
    // sent it, so the refusal must name what it refuses.
    it('refuses an invisible direction mark in a title or a name, and says so in the message', async () => {
      const titleRefused = await withNothingStored(() => send('createNeed', { title: 'Prevozi ‮anicbo' }));
      const titleError = expectError(titleRefused, 'BAD_USER_INPUT', { status: 200, fields: ['title'], constraint: 'isSingleLine' });
      expect(titleError.extensions.fields?.[0].message).toMatch(/invisible direction marks/);
      const nameRefused = await withNothingStored(() => send('createOrganization', { name: 'Društvo ⁦Kranj⁩' }));
      const nameError = expectError(nameRefused, 'BAD_USER_INPUT', { status: 200, fields: ['name'], constraint: 'isSingleLine' });
      expect(nameError.message).toMatch(/^Invalid input\. name: must be one line of text, without line breaks, tabs, other control characters or invisible direction marks/);
    });

    it('keeps line breaks in a description, and trims them from either end of a name', async () => {
      const target = await createMemberOrganization(t);
      const data = await t.graphqlOk(UPDATE_ORGANIZATION_TEXTS, { input: { id: target.id, name: '\n Društvo v eni vrstici \r\n', description: 'Prva vrstica.\nDruga vrstica.' } }, TEST_ADMIN_KEY);
      expect(data.updateOrganization).toEqual({ name: 'Društvo v eni vrstici', description: 'Prva vrstica.\nDruga vrstica.' });
    });

    it('refuses a line break or tab in every other single-line text, naming the rule', async () => {
      const requests: [string, () => Promise<GraphqlResponse<unknown>>][] = [
        ['contactName', () => send('createOrganization', { contactName: 'Ana\nNovak' })],
        ['contactName', () => t.graphqlUnchecked(UPDATE_ORGANIZATION, { input: { id: organization.id, contactName: 'Ana\tNovak' } }, TEST_ADMIN_KEY)],
        ['name', () => t.graphqlUnchecked(SIGN_UP, { input: { invitationToken: 'inv_0123456789abcdef', name: 'Ana\r\nNovak', password: 'a long enough password' } })],
        ['name', () => t.graphqlUnchecked(CREATE_API_KEY, { input: { organizationId: organization.id, name: 'Portal\tobčine' } }, TEST_ADMIN_KEY)],
      ];
      for (const [field, request] of requests) {
        const response = await withNothingStored(request);
        expectError(response, 'BAD_USER_INPUT', { status: 200, fields: [field], constraint: 'isSingleLine' });
      }
    });
  });

  describe("an organization's name, spaced as it is compared", () => {
    const CREATE_NAMED = graphql(`
      mutation ValidationCreateNamedOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }
    `);

    // /hub asks before registering a name already seated in the municipality, comparing names
    // with their spaces collapsed; "Vseeno registriraj" then stored the name as typed, a
    // near-twin ("Društvo  Sonček" beside "Društvo Sonček") that lists and searches told apart.
    it('stores a name with the runs of spaces inside it (no-break ones too) made one space, on create and update', async () => {
      const created = await t.graphqlOk(CREATE_NAMED, { input: { name: '  Društvo  Sonček\u00a0 Kranj ', sector: 'NGO', municipalityCode: KRANJ, contactName: ' Ana   Novak ' } }, TEST_ADMIN_KEY);
      expect(created.createOrganization.name).toBe('Društvo Sonček Kranj');
      const [row] = await t.dataSource.query(`SELECT name, contact_name FROM organization WHERE id = $1`, [created.createOrganization.id]);
      expect(row).toEqual({ name: 'Društvo Sonček Kranj', contact_name: 'Ana Novak' });
      const updated = await t.graphqlOk(UPDATE_ORGANIZATION_TEXTS, { input: { id: created.createOrganization.id, name: 'Društvo   Sonček  Naklo' } }, TEST_ADMIN_KEY);
      expect(updated.updateOrganization.name).toBe('Društvo Sonček Naklo');
    });

    it("keeps the hub's verification when an organization's admin sends its name with spaces only added", async () => {
      const target = await createMemberOrganization(t, { name: 'Društvo Sonček Bled' });
      await t.graphqlOk(VERIFY_ORGANIZATION, { id: target.id }, TEST_ADMIN_KEY);
      const admin = await organizationAdmin(target.id);
      await t.graphqlOk(UPDATE_ORGANIZATION_TEXTS, { input: { id: target.id, name: ' Društvo  Sonček Bled' } }, admin);
      const [row] = await t.dataSource.query(`SELECT name, verified FROM organization WHERE id = $1`, [target.id]);
      expect(row).toEqual({ name: 'Društvo Sonček Bled', verified: true });
    });

    it('still refuses a tab inside a name, rather than making it a space', async () => {
      const response = await withNothingStored(() => send('createOrganization', { name: 'Društvo \t Sonček' }));
      expectError(response, 'BAD_USER_INPUT', { status: 200, fields: ['name'], constraint: 'isSingleLine' });
    });
  });

  describe("a posting's title", () => {
    // A title pasted from a spreadsheet cell or an older system: refusing it would fail a
    // partner's whole import (createNeeds takes all items or none) for a line break.
    it('has its line breaks and tabs turned into one space each run, on create and update', async () => {
      const created = await t.graphqlRaw(
        `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id title } }`,
        { input: inputFor('createNeed', { title: '  Prevozi\r\n\r\nstarejših\tk zdravniku\u2028ob sobotah \n' }) },
        organization.token,
      );
      expect(created.errors).toBeUndefined();
      const { id, title } = (created.data as { createNeed: { id: string; title: string } }).createNeed;
      expect(title).toBe('Prevozi starejših k zdravniku ob sobotah');
      const updated = await t.graphqlRaw(`mutation($id: ID!, $title: String!) { updateNeed(input: { id: $id, title: $title }) { title } }`, { id, title: 'Prevozi\nstarejših' }, organization.token);
      expect(updated.data).toEqual({ updateNeed: { title: 'Prevozi starejših' } });
    });
  });

  describe('updateNeed', () => {
    it('names the rule of a period that would end before its stored start, as createNeed does', async () => {
      const started = await t.graphqlRaw(`mutation { updateNeed(input: { id: "${need.id}", startsOn: "${monthStart(5)}", endsOn: null }) { id } }`, {}, organization.token);
      expect(started.errors).toBeUndefined();
      const response = await withNothingStored(() =>
        t.graphqlRaw(`mutation { updateNeed(input: { id: "${need.id}", endsOn: "${monthStart(4)}" }) { id } }`, {}, organization.token),
      );
      expect(expectBadUserInput(response, ['endsOn']).extensions.fields?.[0]).toMatchObject({ field: 'endsOn', constraint: 'isNotBefore' });
    });
  });

  describe("a need's endsOn is not before today (Slovenian time)", () => {
    // A need that has already ended would be OPEN, take answers and partnerships, and be
    // expired by the hourly job without a word: refused instead. Today itself is allowed.
    afterEach(() => jest.restoreAllMocks());
    // 00:30 on 3 December in Ljubljana, still 2 December in UTC: 2 December has passed.
    const atHalfPastMidnight = () => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-02T23:30:00Z'));
    const YESTERDAY = '2026-12-02';
    const TODAY = '2026-12-03';
    const needOn = (changes: Record<string, unknown>) => needInput(organization.id, { startsOn: null, respondBy: null, ...changes });

    it('createNeed refuses a past endsOn with BAD_USER_INPUT on endsOn and stores nothing; today is accepted', async () => {
      atHalfPastMidnight();
      const refused = await withNothingStored(() => t.graphqlUnchecked(MUTATIONS.createNeed, { input: needOn({ endsOn: YESTERDAY }) }, organization.token));
      expect(expectBadUserInput(refused, ['endsOn']).extensions.fields?.[0]).toMatchObject({ field: 'endsOn', constraint: 'isNotPast' });
      expect(refused.data).toBeNull();
      const created = await t.graphqlOk(ENDS_ON_CREATE, { input: needOn({ endsOn: TODAY }) }, organization.token);
      expect(created.createNeed).toMatchObject({ status: 'OPEN', endsOn: TODAY });
    });

    it('updateNeed refuses changing endsOn to a past day and stores nothing; today is accepted', async () => {
      atHalfPastMidnight();
      const own = await t.graphqlOk(ENDS_ON_CREATE, { input: needOn({ endsOn: '2027-06-30' }) }, organization.token);
      const refused = await withNothingStored(() => t.graphqlUnchecked(MUTATIONS.updateNeed, { input: { id: own.createNeed.id, endsOn: YESTERDAY } }, organization.token));
      expect(expectBadUserInput(refused, ['endsOn']).extensions.fields?.[0]).toMatchObject({ field: 'endsOn', constraint: 'isNotPast' });
      expect(await t.dataSource.query(`SELECT to_char(ends_on, 'YYYY-MM-DD') AS "endsOn" FROM need WHERE id = $1`, [own.createNeed.id])).toEqual([{ endsOn: '2027-06-30' }]);
      const updated = await t.graphqlOk(ENDS_ON_UPDATE, { input: { id: own.createNeed.id, endsOn: TODAY } }, organization.token);
      expect(updated.updateNeed.endsOn).toBe(TODAY);
    });

    it('updateNeed still takes other changes of a need whose stored endsOn has passed, with that endsOn sent again unchanged', async () => {
      // Posted on its last day; edited after midnight, before the hourly expiry: the web app's form sends every field.
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-02T10:00:00Z'));
      const own = await t.graphqlOk(ENDS_ON_CREATE, { input: needOn({ endsOn: YESTERDAY }) }, organization.token);
      atHalfPastMidnight();
      const updated = await t.graphqlOk(ENDS_ON_UPDATE, { input: { id: own.createNeed.id, title: 'Prevozi k zdravniku', endsOn: YESTERDAY } }, organization.token);
      expect(updated.updateNeed).toMatchObject({ title: 'Prevozi k zdravniku', endsOn: YESTERDAY });
    });

    it('createNeeds and updateNeeds name the item whose endsOn has passed, and store nothing', async () => {
      atHalfPastMidnight();
      const created = await withNothingStored(() =>
        t.graphql(ENDS_ON_CREATE_MANY, { input: [needOn({ endsOn: TODAY }), needOn({ endsOn: YESTERDAY })] }, organization.token),
      );
      expectError(created, 'BAD_USER_INPUT', { fields: ['1.endsOn'], constraint: 'isNotPast' });
      const [first, second] = (await t.graphqlOk(ENDS_ON_CREATE_MANY, { input: [needOn({ endsOn: TODAY }), needOn({ endsOn: TODAY })] }, organization.token)).createNeeds;
      const updated = await withNothingStored(() =>
        t.graphql(ENDS_ON_UPDATE_MANY, { input: [{ id: first.id, title: 'Prevozi k zdravniku' }, { id: second.id, endsOn: YESTERDAY }] }, organization.token),
      );
      expectError(updated, 'BAD_USER_INPUT', { fields: ['1.endsOn'], constraint: 'isNotPast' });
    });

    it('returns a need retried under its externalId as stored, even once its endsOn has passed', async () => {
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-02T10:00:00Z'));
      const input = needOn({ endsOn: YESTERDAY, externalId: `ends-on-${Date.now()}` });
      const first = await t.graphqlOk(ENDS_ON_CREATE_MANY, { input: [input] }, organization.token);
      atHalfPastMidnight();
      const retried = await t.graphqlOk(ENDS_ON_CREATE_MANY, { input: [input] }, organization.token);
      expect(retried.createNeeds).toEqual(first.createNeeds);
    });
  });

  describe("a need's respondBy is not before today (Slovenian time)", () => {
    // A deadline for answers already past leaves the need OPEN but refusing every answer
    // (RESPONSES_CLOSED) from the start: refused instead. Today itself is allowed.
    afterEach(() => jest.restoreAllMocks());
    // 00:30 on 3 December in Ljubljana, still 2 December in UTC: 2 December has passed.
    const atHalfPastMidnight = () => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-02T23:30:00Z'));
    const onTheDayBefore = () => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-02T10:00:00Z'));
    const YESTERDAY = '2026-12-02';
    const TODAY = '2026-12-03';
    const callBy = (changes: Record<string, unknown>) =>
      needInput(organization.id, { kind: 'CALL_FOR_PARTNERS', startsOn: null, endsOn: '2027-06-30', ...changes });

    it('createNeed refuses a past respondBy with BAD_USER_INPUT on respondBy and stores nothing; today is accepted', async () => {
      atHalfPastMidnight();
      const refused = await withNothingStored(() => t.graphqlUnchecked(MUTATIONS.createNeed, { input: callBy({ respondBy: YESTERDAY }) }, organization.token));
      expect(expectBadUserInput(refused, ['respondBy']).extensions.fields?.[0]).toMatchObject({ field: 'respondBy', constraint: 'isNotPast' });
      expect(refused.data).toBeNull();
      const created = await t.graphqlOk(RESPOND_BY_CREATE, { input: callBy({ respondBy: TODAY }) }, organization.token);
      expect(created.createNeed).toMatchObject({ status: 'OPEN', respondBy: TODAY });
    });

    it('names both days when endsOn and respondBy have passed', async () => {
      atHalfPastMidnight();
      const refused = await withNothingStored(() =>
        t.graphqlUnchecked(MUTATIONS.createNeed, { input: callBy({ respondBy: YESTERDAY, endsOn: YESTERDAY }) }, organization.token),
      );
      expectError(refused, 'BAD_USER_INPUT', { fields: ['endsOn', 'respondBy'], constraint: 'isNotPast' });
    });

    it('updateNeed refuses changing respondBy to a past day and stores nothing; today is accepted', async () => {
      atHalfPastMidnight();
      const own = await t.graphqlOk(RESPOND_BY_CREATE, { input: callBy({ respondBy: '2027-01-15' }) }, organization.token);
      const refused = await withNothingStored(() => t.graphqlUnchecked(MUTATIONS.updateNeed, { input: { id: own.createNeed.id, respondBy: YESTERDAY } }, organization.token));
      expect(expectBadUserInput(refused, ['respondBy']).extensions.fields?.[0]).toMatchObject({ field: 'respondBy', constraint: 'isNotPast' });
      expect(await t.dataSource.query(`SELECT to_char(respond_by, 'YYYY-MM-DD') AS "respondBy" FROM need WHERE id = $1`, [own.createNeed.id])).toEqual([
        { respondBy: '2027-01-15' },
      ]);
      const updated = await t.graphqlOk(RESPOND_BY_UPDATE, { input: { id: own.createNeed.id, respondBy: TODAY } }, organization.token);
      expect(updated.updateNeed.respondBy).toBe(TODAY);
    });

    it('updateNeed still takes other changes of a need whose stored respondBy has passed, with that respondBy sent again unchanged', async () => {
      // Its deadline was yesterday; the web app's form sends every field with a new title.
      onTheDayBefore();
      const own = await t.graphqlOk(RESPOND_BY_CREATE, { input: callBy({ respondBy: YESTERDAY }) }, organization.token);
      atHalfPastMidnight();
      const updated = await t.graphqlOk(RESPOND_BY_UPDATE, { input: { id: own.createNeed.id, title: 'Partnerji za prevoze', respondBy: YESTERDAY } }, organization.token);
      expect(updated.updateNeed).toMatchObject({ title: 'Partnerji za prevoze', respondBy: YESTERDAY });
    });

    it('createNeeds and updateNeeds name the item whose respondBy has passed, and store nothing', async () => {
      atHalfPastMidnight();
      const created = await withNothingStored(() =>
        t.graphql(RESPOND_BY_CREATE_MANY, { input: [callBy({ respondBy: TODAY }), callBy({ respondBy: YESTERDAY })] }, organization.token),
      );
      expectError(created, 'BAD_USER_INPUT', { fields: ['1.respondBy'], constraint: 'isNotPast' });
      const [first, second] = (await t.graphqlOk(RESPOND_BY_CREATE_MANY, { input: [callBy({ respondBy: TODAY }), callBy({ respondBy: TODAY })] }, organization.token))
        .createNeeds;
      const updated = await withNothingStored(() =>
        t.graphql(RESPOND_BY_UPDATE_MANY, { input: [{ id: first.id, title: 'Partnerji za prevoze' }, { id: second.id, respondBy: YESTERDAY }] }, organization.token),
      );
      expectError(updated, 'BAD_USER_INPUT', { fields: ['1.respondBy'], constraint: 'isNotPast' });
    });

    it('returns a need retried under its externalId as stored, even once its respondBy has passed', async () => {
      onTheDayBefore();
      const input = callBy({ respondBy: YESTERDAY, externalId: `respond-by-${Date.now()}` });
      const first = await t.graphqlOk(RESPOND_BY_CREATE_MANY, { input: [input] }, organization.token);
      atHalfPastMidnight();
      const retried = await t.graphqlOk(RESPOND_BY_CREATE_MANY, { input: [input] }, organization.token);
      expect(retried.createNeeds).toEqual(first.createNeeds);
    });
  });

  // Every wrong day in one answer, each entry with its own field and rule: an end before the
  // start (or before the deadline for answers) and already past was refused for its order,
  // and only on the next try for being past.
  describe('every wrong day of a posting in one answer', () => {
    afterEach(() => jest.restoreAllMocks());
    // 00:30 on 3 December in Ljubljana: 2 December and earlier have passed.
    const atHalfPastMidnight = () => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-02T23:30:00Z'));
    const past = { message: 'must not be before today (2026-12-03 in Slovenia)', constraint: 'isNotPast' };
    const before = (earlier: string) => ({ message: `must not be before ${earlier}`, constraint: 'isNotBefore' });
    /** The answer's fields as field, rule and message, in any order. */
    const fieldsOf = (error: { extensions: { fields?: { field: string; message: string; constraint?: string }[] } }) =>
      (error.extensions.fields ?? []).map(({ field, message, constraint }) => ({ field, message, constraint })).sort((a, b) => `${a.field}${a.message}`.localeCompare(`${b.field}${b.message}`));
    const sorted = (fields: { field: string; message: string; constraint: string }[]) => [...fields].sort((a, b) => `${a.field}${a.message}`.localeCompare(`${b.field}${b.message}`));
    const bothPastEndBeforeDeadline = { kind: 'CALL_FOR_PARTNERS' as const, startsOn: null, endsOn: '2026-11-30', respondBy: '2026-12-02' };

    it('createNeed names a past end before its deadline for answers, and both days past, at once', async () => {
      atHalfPastMidnight();
      const refused = await withNothingStored(() => t.graphqlUnchecked(MUTATIONS.createNeed, { input: needInput(organization.id, bothPastEndBeforeDeadline) }, organization.token));
      const error = expectBadUserInput(refused, ['endsOn', 'endsOn', 'respondBy']);
      expect(fieldsOf(error)).toEqual(sorted([{ field: 'endsOn', ...before('respondBy') }, { field: 'endsOn', ...past }, { field: 'respondBy', ...past }]));
      expect(refused.data).toBeNull();
    });

    it('createNeed names an end before its start and before its deadline, and past, at once', async () => {
      atHalfPastMidnight();
      const input = needInput(organization.id, { ...bothPastEndBeforeDeadline, startsOn: '2026-12-01' });
      const refused = await withNothingStored(() => t.graphqlUnchecked(MUTATIONS.createNeed, { input }, organization.token));
      expect(fieldsOf(expectBadUserInput(refused, ['endsOn', 'endsOn', 'endsOn', 'respondBy']))).toEqual(
        sorted([{ field: 'endsOn', ...before('startsOn') }, { field: 'endsOn', ...before('respondBy') }, { field: 'endsOn', ...past }, { field: 'respondBy', ...past }]),
      );
    });

    it('updateNeed names every wrong day, and a cleared title, at once; the need stays as it was', async () => {
      atHalfPastMidnight();
      const own = await t.graphqlOk(ENDS_ON_CREATE, { input: needInput(organization.id, { startsOn: '2027-01-01', endsOn: '2027-06-30' }) }, organization.token);
      const stored = await t.dataSource.query(`SELECT * FROM need WHERE id = $1`, [own.createNeed.id]);
      const refused = await withNothingStored(() =>
        t.graphqlUnchecked(MUTATIONS.updateNeed, { input: { id: own.createNeed.id, title: null, endsOn: '2026-11-30', respondBy: '2026-12-02' } }, organization.token),
      );
      expect(fieldsOf(expectBadUserInput(refused, ['title', 'endsOn', 'endsOn', 'endsOn', 'respondBy']))).toEqual(
        sorted([
          { field: 'title', message: 'cannot be cleared', constraint: 'isNotEmpty' },
          // Before the stored start, and before the new deadline.
          { field: 'endsOn', ...before('startsOn') },
          { field: 'endsOn', ...before('respondBy') },
          { field: 'endsOn', ...past },
          { field: 'respondBy', ...past },
        ]),
      );
      expect(await t.dataSource.query(`SELECT * FROM need WHERE id = $1`, [own.createNeed.id])).toEqual(stored);
      // Both days in the input, the start too: the same answer.
      const again = await withNothingStored(() =>
        t.graphqlUnchecked(MUTATIONS.updateNeed, { input: { id: own.createNeed.id, startsOn: '2026-12-01', endsOn: '2026-11-30', respondBy: '2026-12-02' } }, organization.token),
      );
      expect(fieldsOf(expectBadUserInput(again, ['endsOn', 'endsOn', 'endsOn', 'respondBy']))).toEqual(
        sorted([{ field: 'endsOn', ...before('startsOn') }, { field: 'endsOn', ...before('respondBy') }, { field: 'endsOn', ...past }, { field: 'respondBy', ...past }]),
      );
    });

    it('createNeeds names every wrong day of every item at once, and stores nothing', async () => {
      atHalfPastMidnight();
      const refused = await withNothingStored(() =>
        t.graphql(
          RESPOND_BY_CREATE_MANY,
          { input: [needInput(organization.id, { startsOn: '2027-03-01', endsOn: '2027-06-30' }), needInput(organization.id, bothPastEndBeforeDeadline), needInput(organization.id, { startsOn: null, endsOn: '2026-12-01' })] },
          organization.token,
        ),
      );
      expect(fieldsOf(expectBadUserInput(refused, ['1.endsOn', '1.endsOn', '1.respondBy', '2.endsOn']))).toEqual(
        sorted([{ field: '1.endsOn', ...before('respondBy') }, { field: '1.endsOn', ...past }, { field: '1.respondBy', ...past }, { field: '2.endsOn', ...past }]),
      );
    });

    it('createNeeds names a wrong order of one item with another item\'s bad title', async () => {
      const refused = await withNothingStored(() =>
        t.graphql(
          RESPOND_BY_CREATE_MANY,
          { input: [needInput(organization.id, { title: 'ab' }), needInput(organization.id, { startsOn: monthStart(7), endsOn: monthEnd(6) })] },
          organization.token,
        ),
      );
      const error = expectBadUserInput(refused, ['0.title', '1.endsOn']);
      expect(fieldsOf(error)).toContainEqual({ field: '1.endsOn', ...before('startsOn') });
    });

    it('updateNeeds names the wrong days of every item at once, not only the first, and stores nothing', async () => {
      atHalfPastMidnight();
      const { createNeeds } = await t.graphqlOk(
        RESPOND_BY_CREATE_MANY,
        { input: [needInput(organization.id, { startsOn: null }), needInput(organization.id, { startsOn: null, endsOn: '2027-06-30' })] },
        organization.token,
      );
      const refused = await withNothingStored(() =>
        t.graphql(RESPOND_BY_UPDATE_MANY, { input: [{ id: createNeeds[0].id, endsOn: '2026-12-01' }, { id: createNeeds[1].id, respondBy: '2027-07-01' }] }, organization.token),
      );
      expect(fieldsOf(expectBadUserInput(refused, ['0.endsOn', '1.endsOn']))).toEqual(sorted([{ field: '0.endsOn', ...past }, { field: '1.endsOn', ...before('respondBy') }]));
    });

    it("names an offer's end before its start with its other bad fields, and every item's in updateOffers", async () => {
      const created = await withNothingStored(() =>
        t.graphqlUnchecked(MUTATIONS.createOffer, { input: offerInput(organization.id, { title: 'ab', availableFrom: '2027-06-01', availableUntil: '2027-05-31' }) }, organization.token),
      );
      expect(fieldsOf(expectBadUserInput(created, ['title', 'availableUntil']))).toContainEqual({ field: 'availableUntil', ...before('availableFrom') });
      const first = await t.graphqlOk(CREATE_OFFER_DAYS, { input: offerInput(organization.id) }, organization.token);
      const second = await t.graphqlOk(CREATE_OFFER_DAYS, { input: offerInput(organization.id) }, organization.token);
      const refused = await withNothingStored(() =>
        t.graphql(
          UPDATE_OFFERS_DAYS,
          { input: [{ id: first.createOffer.id, availableUntil: '2026-12-31' }, { id: second.createOffer.id, availableFrom: '2027-06-01', availableUntil: '2027-05-31' }] },
          organization.token,
        ),
      );
      expect(fieldsOf(expectBadUserInput(refused, ['0.availableUntil', '1.availableUntil']))).toEqual(
        sorted([{ field: '0.availableUntil', ...before('availableFrom') }, { field: '1.availableUntil', ...before('availableFrom') }]),
      );
    });
  });

  // A day already past is checked with the clock, by the service; an input refused before it
  // for another field (an empty title, a bad municipality code) named only that field, and the
  // past day on the next try. Now the first answer names them all, and still stores nothing.
  describe('a day already past, named with the other bad fields of the input', () => {
    afterEach(() => jest.restoreAllMocks());
    // 00:30 on 3 December in Ljubljana: 2 December and earlier have passed.
    const atHalfPastMidnight = () => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-02T23:30:00Z'));
    const onTheDayBefore = () => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-02T10:00:00Z'));
    const YESTERDAY = '2026-12-02';
    const past = { message: 'must not be before today (2026-12-03 in Slovenia)', constraint: 'isNotPast' };
    /** The answer's fields by field and rule, in any order. */
    const rulesOf = (response: GraphqlResponse<unknown>, fields: string[]) =>
      (expectBadUserInput(response, fields).extensions.fields ?? []).map(({ field, constraint }) => `${field} ${constraint}`).sort();
    const callBy = (changes: Record<string, unknown>) => needInput(organization.id, { kind: 'CALL_FOR_PARTNERS', startsOn: null, ...changes });

    it('createNeed names a past endsOn and respondBy with an empty title and a bad municipality code, and stores nothing', async () => {
      atHalfPastMidnight();
      const input = callBy({ title: '', municipalityCode: '999', endsOn: YESTERDAY, respondBy: '2026-11-30' });
      const refused = await withNothingStored(() => t.graphqlUnchecked(MUTATIONS.createNeed, { input }, organization.token));
      expect(rulesOf(refused, ['title', 'municipalityCode', 'endsOn', 'respondBy'])).toEqual([
        'endsOn isNotPast',
        'municipalityCode isMunicipalityCode',
        'respondBy isNotPast',
        'title minLength',
      ]);
      expect(expectBadUserInput(refused, ['title', 'municipalityCode', 'endsOn', 'respondBy']).extensions.fields).toContainEqual({ field: 'endsOn', ...past });
    });

    it('updateNeed names a day changed to one past with a bad title, but not a stored past day sent again unchanged', async () => {
      onTheDayBefore();
      const own = await t.graphqlOk(RESPOND_BY_CREATE, { input: callBy({ endsOn: '2027-06-30', respondBy: YESTERDAY }) }, organization.token);
      atHalfPastMidnight();
      const changed = await withNothingStored(() =>
        t.graphqlUnchecked(MUTATIONS.updateNeed, { input: { id: own.createNeed.id, title: 'ab', endsOn: YESTERDAY } }, organization.token),
      );
      expect(rulesOf(changed, ['title', 'endsOn'])).toEqual(['endsOn isNotPast', 'title minLength']);
      // Its deadline for answers passed yesterday; the web app's form sends it again with the other fields.
      const unchanged = await withNothingStored(() =>
        t.graphqlUnchecked(MUTATIONS.updateNeed, { input: { id: own.createNeed.id, title: 'ab', respondBy: YESTERDAY } }, organization.token),
      );
      expect(rulesOf(unchanged, ['title'])).toEqual(['title minLength']);
    });

    it("createNeeds names one item's past day with another item's bad title, but not the past day of an item retried under its externalId", async () => {
      onTheDayBefore();
      const retried = needInput(organization.id, { startsOn: null, endsOn: YESTERDAY, externalId: `past-day-${Date.now()}` });
      await t.graphqlOk(ENDS_ON_CREATE_MANY, { input: [retried] }, organization.token);
      atHalfPastMidnight();
      const refused = await withNothingStored(() =>
        t.graphql(
          ENDS_ON_CREATE_MANY,
          { input: [needInput(organization.id, { title: 'ab' }), needInput(organization.id, { startsOn: null, endsOn: YESTERDAY }), retried] },
          organization.token,
        ),
      );
      expect(rulesOf(refused, ['0.title', '1.endsOn'])).toEqual(['0.title minLength', '1.endsOn isNotPast']);
    });

    it("updateNeeds names one item's day changed to one past with another item's bad title, but not a stored past day sent again", async () => {
      onTheDayBefore();
      const { createNeeds } = await t.graphqlOk(
        RESPOND_BY_CREATE_MANY,
        { input: [callBy({ endsOn: '2027-06-30' }), callBy({ endsOn: '2027-06-30' }), callBy({ endsOn: '2027-06-30', respondBy: YESTERDAY })] },
        organization.token,
      );
      atHalfPastMidnight();
      const refused = await withNothingStored(() =>
        t.graphql(
          RESPOND_BY_UPDATE_MANY,
          {
            input: [
              { id: createNeeds[0].id, title: 'ab' },
              { id: createNeeds[1].id, respondBy: YESTERDAY },
              { id: createNeeds[2].id, title: 'Partnerji za prevoze', respondBy: YESTERDAY },
            ],
          },
          organization.token,
        ),
      );
      expect(rulesOf(refused, ['0.title', '1.respondBy'])).toEqual(['0.title minLength', '1.respondBy isNotPast']);
    });

    it("names no past day of an offer's (offers have none that may not be past)", async () => {
      atHalfPastMidnight();
      const input = offerInput(organization.id, { title: 'ab', availableFrom: '2026-11-01', availableUntil: YESTERDAY });
      const refused = await withNothingStored(() => t.graphqlUnchecked(MUTATIONS.createOffer, { input }, organization.token));
      expect(rulesOf(refused, ['title'])).toEqual(['title minLength']);
    });
  });

  // An update's day before a stored one (a new end before the stored start) is checked by the
  // service, against the stored posting; an input refused before it for another field (an
  // empty title) named only that field, and the order of the days on the next try. Now the
  // first answer names them all, each once, and still stores nothing.
  describe('a day before a stored day, named with the other bad fields of the input', () => {
    afterEach(() => jest.restoreAllMocks());
    // Every day here is still to come: only their order is wrong.
    const onTheDay = () => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-02T10:00:00Z'));
    const before = (earlier: string) => ({ message: `must not be before ${earlier}`, constraint: 'isNotBefore' });
    /** The answer's fields as field, rule and message, in any order. */
    const fieldsOf = (response: GraphqlResponse<unknown>, fields: string[]) =>
      (expectBadUserInput(response, fields).extensions.fields ?? [])
        .map(({ field, message, constraint }) => ({ field, message, constraint }))
        .sort((a, b) => `${a.field}${a.message}`.localeCompare(`${b.field}${b.message}`));
    const minLength = (field: string) => ({ field, message: expect.any(String), constraint: 'minLength' });
    // Stored: startsOn 2027-03-01, respondBy 2027-04-15, endsOn 2027-06-30 (all after the fixed clock's day).
    const storedCall = async () =>
      (
        await t.graphqlOk(
          RESPOND_BY_CREATE,
          { input: needInput(organization.id, { kind: 'CALL_FOR_PARTNERS', startsOn: '2027-03-01', respondBy: '2027-04-15', endsOn: '2027-06-30' }) },
          organization.token,
        )
      ).createNeed;
    const rowOf = async (id: string) => t.dataSource.query(`SELECT * FROM need WHERE id = $1`, [id]);

    it('updateNeed names a new end before the stored start and deadline for answers with an empty title, and stores nothing', async () => {
      onTheDay();
      const own = await storedCall();
      const stored = await rowOf(own.id);
      const refused = await withNothingStored(() => t.graphqlUnchecked(MUTATIONS.updateNeed, { input: { id: own.id, title: '', endsOn: '2027-02-01' } }, organization.token));
      expect(fieldsOf(refused, ['title', 'endsOn', 'endsOn'])).toEqual([{ field: 'endsOn', ...before('respondBy') }, { field: 'endsOn', ...before('startsOn') }, minLength('title')]);
      // A new deadline for answers after the stored end: named on the end, as the service names it.
      const deadline = await withNothingStored(() => t.graphqlUnchecked(MUTATIONS.updateNeed, { input: { id: own.id, title: '', respondBy: '2027-07-01' } }, organization.token));
      expect(fieldsOf(deadline, ['title', 'endsOn'])).toEqual([{ field: 'endsOn', ...before('respondBy') }, minLength('title')]);
      expect(await rowOf(own.id)).toEqual(stored);
    });

    it('updateNeed names the order of two days sent together once, not again for the stored row', async () => {
      onTheDay();
      const own = await storedCall();
      const refused = await withNothingStored(() =>
        t.graphqlUnchecked(MUTATIONS.updateNeed, { input: { id: own.id, title: '', startsOn: '2027-06-30', endsOn: '2027-06-29' } }, organization.token),
      );
      expect(fieldsOf(refused, ['title', 'endsOn'])).toEqual([{ field: 'endsOn', ...before('startsOn') }, minLength('title')]);
    });

    it("updateNeeds names one item's end before its stored start with another item's bad title", async () => {
      onTheDay();
      const [first, second] = [await storedCall(), await storedCall()];
      const refused = await withNothingStored(() =>
        t.graphql(RESPOND_BY_UPDATE_MANY, { input: [{ id: first.id, title: 'ab' }, { id: second.id, endsOn: '2027-02-01' }] }, organization.token),
      );
      expect(fieldsOf(refused, ['0.title', '1.endsOn', '1.endsOn'])).toEqual([
        minLength('0.title'),
        { field: '1.endsOn', ...before('respondBy') },
        { field: '1.endsOn', ...before('startsOn') },
      ]);
    });

    it("updateOffers names one item's end before its stored start with another item's bad title", async () => {
      // Stored: availableFrom the first of next month; the new end is the last of this one.
      const first = await t.graphqlOk(CREATE_OFFER_DAYS, { input: offerInput(organization.id) }, organization.token);
      const second = await t.graphqlOk(CREATE_OFFER_DAYS, { input: offerInput(organization.id) }, organization.token);
      const refused = await withNothingStored(() =>
        t.graphql(UPDATE_OFFERS_DAYS, { input: [{ id: first.createOffer.id, title: 'ab' }, { id: second.createOffer.id, availableUntil: monthEnd(0) }] }, organization.token),
      );
      expect(fieldsOf(refused, ['0.title', '1.availableUntil'])).toEqual([minLength('0.title'), { field: '1.availableUntil', ...before('availableFrom') }]);
    });
  });

  describe('text that no rule expected (found by fuzzing)', () => {
    const LONE_SURROGATE = '\ud800';

    it('refuses an e-mail that is a lone UTF-16 surrogate with BAD_USER_INPUT, in every input that takes one', async () => {
      const requests: [string, () => Promise<GraphqlResponse<unknown>>][] = [
        ['createOrganization', () => send('createOrganization', { email: LONE_SURROGATE })],
        ['updateOrganization', () => t.graphqlUnchecked(UPDATE_ORGANIZATION, { input: { id: organization.id, email: LONE_SURROGATE } }, TEST_ADMIN_KEY)],
        ['login', () => t.graphqlUnchecked(LOGIN, { input: { email: LONE_SURROGATE, password: 'whatever-password' } })],
        ['inviteMember', () => t.graphqlUnchecked(INVITE_MEMBER, { input: { organizationId: organization.id, email: LONE_SURROGATE } }, TEST_ADMIN_KEY)],
        ['a title', () => send('createNeed', { title: `Prevozi ${LONE_SURROGATE}` })],
      ];
      for (const [label, request] of requests) {
        const response = await withNothingStored(request);
        expect({ label, code: response.errors?.[0]?.extensions.code }).toEqual({ label, code: 'BAD_USER_INPUT' });
        expect(response.status).toBeLessThan(500);
      }
    });

    it('answers a list with more invalid items than GraphQL reports with BAD_USER_INPUT only, never an internal error', async () => {
      const resourceTypes = Array.from({ length: 60 }, (_, index) => `NOT_A_TYPE_${index}`);
      const response = await withNothingStored(() => send('createNeed', { resourceTypes }));
      expect(response.status).toBe(400);
      expect(response.errors!.length).toBeGreaterThan(1);
      expect(new Set(response.errors!.map((error) => error.extensions.code))).toEqual(new Set(['BAD_USER_INPUT']));
    });
  });
});
