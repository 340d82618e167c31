import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../../../organizations/organization.entity';

export enum WebhookEvent {
  SUGGESTION_CREATED = 'SUGGESTION_CREATED',
  MATCH_ACCEPTED = 'MATCH_ACCEPTED',
  PARTNERSHIP_FORMED = 'PARTNERSHIP_FORMED',
  PARTNERSHIP_ENDED = 'PARTNERSHIP_ENDED',
  RESPONSE_RECEIVED = 'RESPONSE_RECEIVED',
  RESPONSE_DECLINED = 'RESPONSE_DECLINED',
  RESPONSE_WITHDRAWN = 'RESPONSE_WITHDRAWN',
  RESPONSE_CLOSED = 'RESPONSE_CLOSED',
}

registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description:
    'SUGGESTION_CREATED: a new suggestion for the organization; MATCH_ACCEPTED: one side accepted a match of the organization; PARTNERSHIP_FORMED: both sides did, or a response was accepted; PARTNERSHIP_ENDED: the other side (or the hub) marked the organization\'s partnership COMPLETED or CANCELLED; RESPONSE_RECEIVED: an organization responded directly to a need of the organization; RESPONSE_DECLINED: the need\'s organization declined the organization\'s response; RESPONSE_WITHDRAWN: the organization that responded to a need of the organization took its response back; RESPONSE_CLOSED: the need the organization responded to stopped being OPEN before an answer, so its response was not accepted.',
  valuesMap: {
    SUGGESTION_CREATED: { description: 'A new suggestion for the organization, above the sending threshold.' },
    MATCH_ACCEPTED: { description: "One side accepted one of the organization's matches." },
    PARTNERSHIP_FORMED: { description: 'Both sides accepted a match, or a response was accepted: a partnership of the organization formed.' },
    PARTNERSHIP_ENDED: { description: "The other side (or the hub) marked one of the organization's partnerships COMPLETED or CANCELLED." },
    RESPONSE_RECEIVED: { description: "An organization responded directly to one of the organization's needs (respondToNeed); it waits for acceptResponse or declineResponse." },
    RESPONSE_DECLINED: { description: "The need's organization declined the organization's response (declineResponse)." },
    RESPONSE_WITHDRAWN: {
      description: "The organization that responded to one of the organization's needs took its response back (withdrawResponse): it no longer waits for an answer.",
    },
    RESPONSE_CLOSED: {
      description:
        "The need the organization responded to was closed by its owner, expired or partnered before its organization answered: the response is CLOSED, not accepted (data.needStatus says which).",
    },
  },
});

/** A partner system's endpoint: events are POSTed to it as signed JSON. */
@ObjectType({ description: "A partner system's endpoint; events are POSTed to it as JSON {id, event, createdAt, data} signed with the webhook's secret (X-Grozd-Signature), and retried until it answers 2xx (README, Webhooks)." })
@Entity('webhook')
export class Webhook {
  @Field(() => ID, { description: 'Its id (a UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field({ description: 'Where events are POSTed.' })
  @Column({ type: 'text' })
  url: string;

  @Field(() => [WebhookEvent], { description: 'The events it receives.' })
  @Column({ type: 'enum', enum: WebhookEvent, enumName: 'webhook_event', array: true })
  events: WebhookEvent[];

  /** The HMAC-SHA256 signing secret; shown once, at creation. */
  @Column({ type: 'text', select: false })
  secret: string;

  @Field({ description: 'Deleted webhooks receive nothing.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
