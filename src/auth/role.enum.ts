import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

registerEnumType(Role, {
  name: 'Role',
  description:
    "ADMIN of an organization invites members and manages its API keys; MEMBER posts and edits the organization's needs and offers. Hub staff are ADMIN of the hub itself.",
  valuesMap: {
    ADMIN: { description: "Manages the organization's members, invitations and API keys, and does everything a MEMBER does." },
    MEMBER: { description: "Posts and edits the organization's needs and offers and answers its suggestions." },
  },
});
