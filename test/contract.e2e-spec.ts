import { monthEnd, monthStart } from './utils/days';
import { BLED, countRows, createMemberOrganization, createNeed, createOffer, KRANJ, NAKLO, needInput, offerInput } from './utils/fixtures';
import { graphql } from './graphql';
import { expectError } from './utils/expect-errors';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const REFERENCE_DATA = graphql(`
  query ContractReferenceData { municipalities { code name region } themes { code name parent { code } } }
`);
const REGIONS = graphql(`
  query ContractRegions { municipalities { code region regionEn } }
`);
const NEED = graphql(`
  query ContractNeed($id: ID!) {
    need(id: $id) {
      id title status lastMatchedAt startsOn endsOn budgetEur resourceTypes
      organization { id name sector municipality { code name } } municipality { code } themes { code name }
    }
  }
`);
const OFFER = graphql(`
  query ContractOffer($id: ID!) {
    offer(id: $id) { status reach capacity valueEur availableFrom availableUntil serviceArea { code } organization { id } }
  }
`);
const UPDATE_NEED = graphql(`
  mutation ContractUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { title endsOn themes { code } budgetEur } }
`);
const CLOSE_NEED = graphql(`
  mutation ContractCloseNeed($id: ID!) { closeNeed(id: $id) { status } }
`);
const UPDATE_OFFER = graphql(`
  mutation ContractUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { capacity reach } }
`);
const CLOSE_OFFER = graphql(`
  mutation ContractCloseOffer($id: ID!) { closeOffer(id: $id) { status } }
`);
const MISSING = graphql(`
  query ContractMissing($id: ID!) { need(id: $id) { id } offer(id: $id) { id } }
`);
const CONTACT = graphql(`
  query ContractContact($id: ID!) { organization(id: $id) { contact { name email phone } } }
`);

// The core contract of SPEC.md, as a partner system uses it.
describe('core contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the 212 municipalities with names verbatim and the theme taxonomy', async () => {
    const data = await t.graphqlOk(REFERENCE_DATA);
    expect(data.municipalities).toHaveLength(212);
    expect(data.municipalities).toContainEqual({ code: '052', name: 'Kranj', region: 'Gorenjska' });
    expect(data.municipalities).toContainEqual({ code: '050', name: 'Koper/Capodistria', region: 'Obalno-kraška' });
    expect(data.themes).toContainEqual({ code: 'SOCIAL_ELDERLY', name: 'Starejši', parent: { code: 'SOCIAL' } });
    expect(data.themes.find((theme) => theme.code === 'SOCIAL')?.parent).toBeNull();
  });

  it("names each statistical region in English texts by its Slovenian name, as the statistical office does", async () => {
    // One rule for all 12: "Central Slovenia" beside "Gorenjska" and "Pomurska" was half translated.
    const { municipalities } = await t.graphqlOk(REGIONS);
    expect(municipalities.find((municipality) => municipality.code === '061')).toEqual({ code: '061', region: 'Osrednjeslovenska', regionEn: 'Osrednjeslovenska' });
    const names = new Map(municipalities.map((municipality) => [municipality.region, municipality.regionEn]));
    expect(Object.fromEntries(names)).toEqual({
      Pomurska: 'Pomurska',
      Podravska: 'Podravska',
      Koroška: 'Koroška',
      Savinjska: 'Savinjska',
      Zasavska: 'Zasavska',
      Posavska: 'Posavska',
      'Jugovzhodna Slovenija': 'Jugovzhodna Slovenija',
      Osrednjeslovenska: 'Osrednjeslovenska',
      Gorenjska: 'Gorenjska',
      'Primorsko-notranjska': 'Primorsko-notranjska',
      Goriška: 'Goriška',
      'Obalno-kraška': 'Obalno-kraška',
    });
  });

  it('creates an organization, posts a need with its key and reads it back', async () => {
    const organization = await createMemberOrganization(t, { name: 'Društvo upokojencev Kranj' });
    const outboxBefore = await countRows(t, 'outbox_event');
    const need = await createNeed(t, organization.token, needInput(organization.id, { title: 'Prevozi starejših do zdravnika' }));

    const data = await t.graphqlOk(
      NEED,
      { id: need.id },
      organization.token,
    );
    expect(data.need).toEqual({
      id: need.id,
      title: 'Prevozi starejših do zdravnika',
      status: 'OPEN',
      lastMatchedAt: null,
      startsOn: monthStart(3),
      endsOn: monthEnd(6),
      budgetEur: 500,
      resourceTypes: ['VOLUNTEERS'],
      organization: { id: organization.id, name: 'Društvo upokojencev Kranj', sector: 'NGO', municipality: { code: KRANJ, name: 'Kranj' } },
      municipality: { code: KRANJ },
      themes: [{ code: 'SOCIAL_ELDERLY', name: 'Starejši' }],
    });
    // The matching engine learns of the need through the outbox, written in the same transaction.
    expect(await countRows(t, 'outbox_event')).toBe(outboxBefore + 1);
    const [audit] = await t.dataSource.query(`SELECT action, actor_type FROM audit_log_entry WHERE entity_id = $1`, [need.id]);
    expect(audit).toEqual({ action: 'need.create', actor_type: 'api_key' });
  });

  it('creates an offer with reach and service area and reads it back', async () => {
    const company = await createMemberOrganization(t, { sector: 'COMPANY', municipalityCode: NAKLO });
    const offer = await createOffer(t, company.token, offerInput(company.id, { serviceAreaCodes: [KRANJ, BLED], valueEur: 0 }));
    const data = await t.graphqlOk(
      OFFER,
      { id: offer.id },
      company.token,
    );
    expect(data.offer).toEqual({
      status: 'OPEN',
      reach: 'REGIONAL',
      capacity: 2,
      valueEur: 0,
      availableFrom: monthStart(1),
      availableUntil: monthEnd(12),
      serviceArea: [{ code: KRANJ }, { code: BLED }],
      organization: { id: company.id },
    });
  });

  it('lets the owner update and close a need, each change reaching the outbox', async () => {
    const organization = await createMemberOrganization(t);
    const need = await createNeed(t, organization.token, needInput(organization.id));
    const outboxBefore = await countRows(t, 'outbox_event');

    const updated = await t.graphqlOk(
      UPDATE_NEED,
      { input: { id: need.id, title: 'Prevozi in spremstvo', endsOn: monthEnd(9), themeCodes: null } },
      organization.token,
    );
    expect(updated.updateNeed).toEqual({ title: 'Prevozi in spremstvo', endsOn: monthEnd(9), themes: [], budgetEur: 500 });

    const closed = await t.graphqlOk(CLOSE_NEED, { id: need.id }, organization.token);
    expect(closed.closeNeed).toEqual({ status: 'CLOSED' });
    expect(await countRows(t, 'outbox_event')).toBe(outboxBefore + 2);

    const again = await t.graphql(UPDATE_NEED, { input: { id: need.id, title: 'Nekaj drugega' } }, organization.token);
    expectError(again, 'CONFLICT');
  });

  it('lets the owner update and close an offer', async () => {
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, offerInput(company.id));
    const updated = await t.graphqlOk(
      UPDATE_OFFER,
      { input: { id: offer.id, capacity: 5, reach: 'NATIONAL' } },
      company.token,
    );
    expect(updated.updateOffer).toEqual({ capacity: 5, reach: 'NATIONAL' });
    const closed = await t.graphqlOk(CLOSE_OFFER, { id: offer.id }, company.token);
    expect(closed.closeOffer).toEqual({ status: 'CLOSED' });
  });

  it('returns null for an id that does not exist', async () => {
    const data = await t.graphqlOk(MISSING, { id: '00000000-0000-4000-8000-000000000000' }, TEST_ADMIN_KEY);
    expect(data).toEqual({ need: null, offer: null });
  });

  it('keeps contact details to the organization itself', async () => {
    const mine = await createMemberOrganization(t, { contactName: 'Ana Novak', phone: '+386 40 123 456' });
    const other = await createMemberOrganization(t);
    const own = await t.graphqlOk(CONTACT, { id: mine.id }, mine.token);
    expect(own.organization?.contact).toEqual({ name: 'Ana Novak', email: 'info@example.org', phone: '+386 40 123 456' });
    const foreign = await t.graphqlOk(CONTACT, { id: mine.id }, other.token);
    expect(foreign.organization?.contact).toBeNull();
  });
});
