import { registerEnumType } from '@nestjs/graphql';

/** The credentials AuthService knows (Principal's actorType, a key split by whether it has an organization), and none. */
export enum ViewerKind {
  ANONYMOUS = 'ANONYMOUS',
  USER = 'USER',
  ORGANIZATION_KEY = 'ORGANIZATION_KEY',
  HUB_KEY = 'HUB_KEY',
  BOOTSTRAP_KEY = 'BOOTSTRAP_KEY',
}

registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'What credential a request came with.',
  valuesMap: {
    ANONYMOUS: {
      description: 'None (or the web app\'s session cookie has expired): only the public operations answer: the reference data (municipalities, themes), viewer, invitationPreview, and signing up, in or out.',
    },
    USER: {
      description:
        "A person signed in: a user's JWT as the bearer token, or the web app's session cookie. Acts for the organizations they are a member of, with their role in each (user.memberships); hub staff act for every organization (hub).",
    },
    ORGANIZATION_KEY: {
      description: "An organization's API key: acts as a MEMBER of that one organization (organizations), and for no other.",
    },
    HUB_KEY: { description: 'An API key made without an organization: acts as hub staff, for every organization.' },
    BOOTSTRAP_KEY: {
      description: "The hub's bootstrap key, ADMIN_API_KEY from the server's environment: acts as hub staff, for every organization.",
    },
  },
});
