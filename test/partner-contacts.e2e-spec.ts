import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { createMemberOrganization, createOrganization, invitationToken, partnershipThroughResponse } from './utils/fixtures';
import { startMailCatcher } from './utils/mail-catcher';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// An organization the hub registered with its name only (no e-mail, no phone: the short
// registration) is still reachable once a partnership forms: its first admin stands in.

const INVITE_MEMBER = graphql(`
  mutation PartnerContactsInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation PartnerContactsSignUp($input: SignUpInput!) { signUp(input: $input) { token } }
`);
const PARTNERSHIPS = graphql(`
  query PartnerContactsList($organizationId: ID) {
    partnerships(organizationId: $organizationId) { edges { node { id partnerOrganization { id } contacts { name email phone } } } }
  }
`);
const UPDATE_ORGANIZATION = graphql(`
  mutation PartnerContactsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }
`);

describe("a partner's contact", () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMailCatcher>>;
  const PASSWORD = 'dolgo-geslo-za-test';

  beforeAll(async () => {
    smtp = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: smtp.url }, { worker: true });
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const join = async (organizationId: string, role: 'ADMIN' | 'MEMBER', email: string, name: string, phone?: string) => {
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId, email, role } }, TEST_ADMIN_KEY);
    return (await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name, password: PASSWORD, phone } })).signUp.token;
  };

  /** The municipality posts a need, the organization responds, the municipality accepts. */
  const partnerWith = async (municipality: { id: string; token: string }, partnerToken: string) => (await partnershipThroughResponse(t, municipality, partnerToken)).id;

  const contactsSeenBy = async (organizationId: string, token: string, partnershipId: string) => {
    const { partnerships } = await t.graphqlOk(PARTNERSHIPS, { organizationId }, token);
    return partnerships.edges.find((edge) => edge.node.id === partnershipId)!.node.contacts;
  };

  it('is its first admin when the organization gave neither an e-mail nor a phone, on the page and in the e-mail', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', contactName: 'Mojca Občinska', email: 'sociala@obcina-kontakt.si' });
    const company = await createOrganization(t, { sector: 'COMPANY', name: 'Mizarstvo Brez Kontakta d.o.o.', email: null });
    // A member first, then the first admin, then a second admin: the first admin stands in.
    await join(company.id, 'MEMBER', 'clan@mizarstvo.si', 'Cene Član');
    const firstAdmin = await join(company.id, 'ADMIN', 'ana@mizarstvo.si', 'Ana Mizar', '041 222 333');
    await join(company.id, 'ADMIN', 'bojan@mizarstvo.si', 'Bojan Mizar', '041 999 999');

    const partnership = await partnerWith(municipality, firstAdmin);
    expect(await contactsSeenBy(municipality.id, municipality.token, partnership)).toEqual([{ name: 'Ana Mizar', email: 'ana@mizarstvo.si', phone: '041 222 333' }]);
    // The other way round nothing changes: the municipality's own contact.
    expect(await contactsSeenBy(company.id, firstAdmin, partnership)).toEqual([{ name: 'Mojca Občinska', email: 'sociala@obcina-kontakt.si', phone: null }]);

    const mail = await eventually(
      () => smtp.mails.find((caught) => caught.to.includes('sociala@obcina-kontakt.si') && caught.subject.startsWith('Partnerstvo sklenjeno')),
      "the municipality's partnership e-mail",
    );
    expect(mail.text).toContain('ana@mizarstvo.si');
    expect(mail.text).toContain('Ana Mizar (Mizarstvo Brez Kontakta d.o.o.)');

    // Once the organization gives its own e-mail, that is what partners get.
    await t.graphqlOk(UPDATE_ORGANIZATION, { input: { id: company.id, email: 'info@mizarstvo.si' } }, firstAdmin);
    expect(await contactsSeenBy(municipality.id, municipality.token, partnership)).toEqual([{ name: 'Mizarstvo Brez Kontakta d.o.o.', email: 'info@mizarstvo.si', phone: null }]);
  });

  it('is the organization alone when it has neither contact details nor an admin', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'razpis@obcina-brez.si' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', name: 'Podjetje Le Ključ d.o.o.', email: null });
    const partnership = await partnerWith(municipality, company.token);
    expect(await contactsSeenBy(municipality.id, municipality.token, partnership)).toEqual([{ name: 'Podjetje Le Ključ d.o.o.', email: null, phone: null }]);
  });
});
