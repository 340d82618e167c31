import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What eraseOrganization erased, for good: how many rows of each kind went with the organization.' })
export class OrganizationErasure {
  @Field(() => ID, { description: 'The id the erased organization had; organization(id:) answers null for it from now on.' })
  organizationId: string;

  @Field({ description: 'The name it had (kept in the audit log entry of the erasure, and nowhere else).' })
  name: string;

  @Field(() => Int, { description: 'Its needs.' })
  needs: number;

  @Field(() => Int, { description: 'Its offers.' })
  offers: number;

  @Field(() => Int, { description: 'Responses: its own to needs of others, and those of others to its needs.' })
  responses: number;

  @Field(() => Int, { description: 'Partnerships it was a side of.' })
  partnerships: number;

  @Field(() => Int, { description: 'Matches (suggestions) of its needs and offers.' })
  matches: number;

  @Field(() => Int, { description: "Memberships: people lose their access to it; their accounts stay." })
  memberships: number;

  @Field(() => Int, { description: 'Invitations to it not yet accepted.' })
  invitations: number;

  @Field(() => Int, { description: 'Its API keys: refused from the moment the erasure commits.' })
  apiKeys: number;

  @Field(() => Int, { description: 'Its webhooks.' })
  webhooks: number;

  @Field(() => Int, { description: 'Its delivery log: the e-mails and webhook calls sent, or still waiting, to it.' })
  deliveries: number;

  @Field(() => Int, { description: 'Addresses that had unsubscribed from its suggestion e-mails.' })
  emailSuppressions: number;

  @Field(() => Int, { description: 'Older audit log entries about it whose details (names, titles, addresses, notes) were cleared; who did what and when stays.' })
  auditEntriesCleared: number;
}
