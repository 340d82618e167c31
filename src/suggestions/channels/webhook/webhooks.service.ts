import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../../../audit/audit.service';
import { Principal } from '../../../auth/principal';
import { BadUserInputError, FieldRule, NotFoundError } from '../../../common/errors/domain-errors';
import { Connection, ConnectionArgs } from '../../../common/pagination/connection.type';
import { paginate } from '../../../common/pagination/paginate';
import { Delivery } from '../../delivery.entity';
import { DeliveryKind, DeliveryStatus } from '../../delivery.enums';
import { DeliveryPlanner } from '../../planning/delivery-planner.service';
import { WEBHOOK_CHANNEL } from './webhook.channel';
import { WebhookPayload } from './webhook-payload';
import { OrganizationsService } from '../../../organizations/organizations.service';
import { CreatedWebhook } from './created-webhook.type';
import { CreateWebhookInput } from './dto/create-webhook.input';
import { UpdateWebhookInput } from './dto/update-webhook.input';
import { Webhook } from './webhook.entity';
import { UrlVerdict, WebhookUrlPolicy } from './webhook-url.policy';

const SECRET_PREFIX = 'whsec_';

/** A refused URL's rule for BAD_USER_INPUT's field, with the part of the policy that refused it. */
const urlRule = (verdict: Extract<UrlVerdict, { allowed: false }>): FieldRule =>
  verdict.constraint === 'isAllowedUrl' ? { constraint: verdict.constraint, reason: verdict.refusal } : { constraint: verdict.constraint };

@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Webhook) private readonly webhooks: Repository<Webhook>,
    @InjectRepository(Delivery) private readonly deliveries: Repository<Delivery>,
    private readonly organizations: OrganizationsService,
    private readonly urlPolicy: WebhookUrlPolicy,
    private readonly audit: AuditService,
    private readonly planner: DeliveryPlanner,
  ) {}

  async create(principal: Principal, input: CreateWebhookInput): Promise<CreatedWebhook> {
    await this.organizations.get(input.organizationId);
    principal.assertMemberOf(input.organizationId);
    const verdict = await this.urlPolicy.check(input.url);
    if (!verdict.allowed) throw BadUserInputError.field('url', verdict.reason, urlRule(verdict));
    const secret = SECRET_PREFIX + randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (manager) => {
      const webhook = await manager.save(
        manager.create(Webhook, { organizationId: input.organizationId, url: input.url, events: input.events, secret }),
      );
      await this.audit.record(manager, principal, {
        action: 'webhook.create',
        entityType: 'webhook',
        entityId: webhook.id,
        organizationId: webhook.organizationId,
        changes: { url: webhook.url, events: webhook.events },
      });
      // The entity keeps the secret after save; the CreatedWebhook carries it once, the Webhook never.
      const { secret: _secret, ...shown } = webhook;
      return { secret, webhook: Object.assign(new Webhook(), shown) };
    });
  }

  /** An organization's webhooks that still receive events, newest first. */
  async list(principal: Principal, organizationId: string): Promise<Webhook[]> {
    await this.organizations.get(organizationId);
    principal.assertMemberOf(organizationId);
    return this.webhooks.find({ where: { organizationId, active: true }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  async findById(principal: Principal, id: string): Promise<Webhook | null> {
    const webhook = await this.webhooks.findOneBy({ id });
    if (webhook) principal.assertMemberOf(webhook.organizationId);
    return webhook;
  }

  /**
   * Changes where a webhook's events go and which it receives, keeping its secret (a receiver
   * verifying signatures needs no new one). A new URL is checked as at creation. Deliveries
   * already planned for it are sent to it as they are, to its URL at the time of sending.
   */
  async update(principal: Principal, input: UpdateWebhookInput): Promise<Webhook> {
    const webhook = await this.get(principal, input.id);
    if (!webhook.active) throw deletedWebhook(input.id);
    const changes: Partial<Pick<Webhook, 'url' | 'events'>> = {};
    if (input.url != null && input.url !== webhook.url) {
      const verdict = await this.urlPolicy.check(input.url);
      if (!verdict.allowed) throw BadUserInputError.field('url', verdict.reason, urlRule(verdict));
      changes.url = input.url;
    }
    if (input.events != null && !sameEvents(input.events, webhook.events)) changes.events = input.events;
    if (Object.keys(changes).length === 0) return webhook;
    return this.dataSource.transaction(async (manager) => {
      await manager.update(Webhook, { id: webhook.id }, changes);
      await this.audit.record(manager, principal, {
        action: 'webhook.update',
        entityType: 'webhook',
        entityId: webhook.id,
        organizationId: webhook.organizationId,
        changes,
      });
      return Object.assign(webhook, changes);
    });
  }

  /** Deleting keeps the row (the delivery log refers to it) but nothing is sent to it any more. */
  async delete(principal: Principal, id: string): Promise<Webhook> {
    const webhook = await this.get(principal, id);
    if (!webhook.active) return webhook;
    return this.dataSource.transaction(async (manager) => {
      webhook.active = false;
      await manager.update(Webhook, { id }, { active: false });
      // Its deliveries waiting for a retry are given up now, not at their next attempt (up to
      // 6 h away): its log says so from the deletion on. One being sent (SENDING) ends as the
      // sender finds the webhook inactive.
      await manager.update(
        Delivery,
        { channel: WEBHOOK_CHANNEL, recipient: id, status: DeliveryStatus.PENDING },
        { status: DeliveryStatus.FAILED, lastError: 'the webhook was deleted' },
      );
      await this.audit.record(manager, principal, {
        action: 'webhook.delete',
        entityType: 'webhook',
        entityId: id,
        organizationId: webhook.organizationId,
      });
      return webhook;
    });
  }

  /** Queues a TEST event to the webhook and wakes the dispatcher; the delivery log shows how it went. */
  async sendTest(principal: Principal, id: string): Promise<Delivery> {
    const webhook = await this.get(principal, id);
    if (!webhook.active) throw deletedWebhook(id);
    const payload: WebhookPayload = {
      event: 'TEST',
      // Every event's data has organizationId and side; a test is of no pair, so it has no side.
      data: { organizationId: webhook.organizationId, side: null, webhookId: webhook.id, message: 'A test event from grozd-match: your endpoint is reachable.' },
    };
    return this.dataSource.transaction(async (manager) => {
      const [deliveryId] = await this.planner.insertDeliveries(manager, [
        {
          kind: DeliveryKind.TEST,
          // Every test is a new event: the once-per-subject key must not merge two of them.
          subject_id: randomUUID(),
          match_id: null,
          organization_id: webhook.organizationId,
          channel: WEBHOOK_CHANNEL,
          recipient: webhook.id,
          digest: false,
          payload: payload as unknown as Record<string, unknown>,
        },
      ]);
      const delivery = await manager.getRepository(Delivery).findOneByOrFail({ id: deliveryId });
      await this.audit.record(manager, principal, {
        action: 'webhook.test',
        entityType: 'webhook',
        entityId: webhook.id,
        organizationId: webhook.organizationId,
        changes: { deliveryId: delivery.id },
      });
      return delivery;
    });
  }

  /** The webhook's delivery log, newest first. */
  deliveryLog(principal: Principal, webhook: Webhook, page: ConnectionArgs): Promise<Connection<Delivery>> {
    principal.assertMemberOf(webhook.organizationId);
    const query = this.deliveries
      .createQueryBuilder('delivery')
      .where('delivery.channel = :channel', { channel: WEBHOOK_CHANNEL })
      .andWhere('delivery.recipient = :recipient', { recipient: webhook.id });
    return paginate(query, page);
  }

  // A webhook of an organization: its members or the hub.
  private async get(principal: Principal, id: string): Promise<Webhook> {
    const webhook = await this.webhooks.findOneBy({ id });
    if (!webhook) throw new NotFoundError('Webhook', id);
    principal.assertMemberOf(webhook.organizationId);
    return webhook;
  }
}

// A deleted webhook is still read with webhook(id) (its delivery log), so "does not exist" would
// contradict what the partner sees there: say that it was deleted, and what to do instead.
const deletedWebhook = (id: string) =>
  new NotFoundError('Webhook', id, `Webhook ${id} was deleted: it receives nothing any more. Register the address again with createWebhook (a new id and secret).`);

const sameEvents = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((event) => b.includes(event));
