import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { Clock } from '../common/clock/clock';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors';
import { violatedUniqueKey } from '../common/errors/unique-keys';
import { offsetPage } from '../common/pagination/offset-page';
import { SqlReader } from '../common/sql/entity-rows';
import { afterCommit } from '../database/after-commit';
import { Need } from '../needs/need.entity';
import { NeedStatus } from '../needs/need.enums';
import { NeedsService } from '../needs/needs.service';
import { Offer } from '../offers/offer.entity';
import { OfferStatus } from '../offers/offer.enums';
import { Partnership } from '../partnerships/partnership.entity';
import { PartnershipsService } from '../partnerships/partnerships.service';
import { DeliveryKind } from '../suggestions/delivery.enums';
import { DeliveryPlanner } from '../suggestions/planning/delivery-planner.service';
import { RespondToNeedInput } from './dto/respond-to-need.input';
import { Response, ResponseStatus } from './response.entity';
import { ResponseEvents } from './response-events.service';

/** The most responses one page of Need.responses holds, and its default size. */
export const MAX_RESPONSES_PAGE = 100;

const ALREADY_RESPONDED = 'ALREADY_RESPONDED';
// The partial unique index that keeps one pending response per organization and need.
const PENDING_RESPONSE_KEY = 'response_need_organization_key';

/** The reason of a refused acceptResponse, declineResponse or withdrawResponse, by the status the response already has. */
const ANSWERED: Record<Exclude<ResponseStatus, ResponseStatus.PENDING>, string> = {
  [ResponseStatus.ACCEPTED]: 'ALREADY_ACCEPTED',
  [ResponseStatus.DECLINED]: 'ALREADY_DECLINED',
  [ResponseStatus.WITHDRAWN]: 'ALREADY_WITHDRAWN',
  // Closed with its need: the reason acceptResponse always gave for a need no longer open.
  [ResponseStatus.CLOSED]: 'NEED_NOT_OPEN',
};

/** Only a PENDING response is accepted, declined or withdrawn: CONFLICT otherwise, with what it already is as the reason. */
function assertPending(response: Response): void {
  if (response.status === ResponseStatus.PENDING) return;
  if (response.status === ResponseStatus.CLOSED) {
    throw new ConflictError('The need is no longer open: it was closed, has expired or already has its partner, so this response was closed unanswered.', ANSWERED[response.status]);
  }
  throw new ConflictError(`This response is already ${response.status.toLowerCase()}; it cannot be answered again.`, ANSWERED[response.status]);
}

/** A response closed with its need, as the statement that closed it returns it. */
interface ClosedRow {
  id: string;
  need_id: string;
  organization_id: string;
  offer_id: string | null;
  need_organization_id: string;
  need_status: string;
  /** The responding organization is the need's partner anyway (through a suggestion): nothing to tell it. */
  partner: boolean;
  /** The need left OPEN long before its response closed (the catch-up of an earlier version's rows): nothing to tell. */
  stale: boolean;
}

/**
 * How long after its need left OPEN a response that only the catch-up closes is still worth
 * an e-mail. Older ones (left PENDING by a version before responses closed with their need)
 * close silently: an e-mail about a need closed months ago would only puzzle its reader, and
 * /calls shows the response CLOSED all the same.
 */
const CATCH_UP_TELLS_WITHIN = '7 days';

/**
 * Direct answers to needs and calls: any organization may respond to an open need of
 * another until its respondBy day (one pending response each); the need's owner reads them and accepts one, which
 * forms a partnership.
 */
@Injectable()
export class ResponsesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
    private readonly needs: NeedsService,
    private readonly planner: DeliveryPlanner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly events: ResponseEvents,
  ) {
    this.sql = new SqlReader(dataSource);
  }

  private readonly sql: SqlReader;

  onModuleInit(): void {
    this.needs.whenLeftOpen((manager, needIds, actor) => this.closeWithNeeds(manager, needIds, actor));
  }

  async respond(principal: Principal, input: RespondToNeedInput): Promise<Response> {
    const organizationId = this.actingOrganization(principal, input.organizationId ?? null);
    return this.dataSource.transaction(async (manager) => {
      const need = await manager.getRepository(Need).findOne({ where: { id: input.needId }, lock: { mode: 'pessimistic_read' } });
      if (!need) throw new NotFoundError('Need', input.needId);
      if (need.status !== NeedStatus.OPEN) throw new ConflictError('This need is no longer open for responses.', 'NEED_NOT_OPEN');
      // Answers are welcome until the end of the respondBy day, Slovenian time (as the expiry
      // of endsOn). The need itself stays OPEN: its lifecycle is its owner's.
      if (need.respondBy && need.respondBy < this.clock.today()) {
        throw new ConflictError(`Responses to this need closed after ${need.respondBy}, its respondBy day.`, 'RESPONSES_CLOSED');
      }
      if (need.organizationId === organizationId) throw BadUserInputError.field('needId', 'is your own need', { constraint: 'isNotOwnNeed' });
      if (input.offerId) {
        const offer = await manager.getRepository(Offer).findOneBy({ id: input.offerId });
        if (!offer || offer.organizationId !== organizationId) throw BadUserInputError.field('offerId', 'must be an offer of the responding organization', { constraint: 'isOwnOffer' });
        if (offer.status !== OfferStatus.OPEN) throw BadUserInputError.field('offerId', 'must be an open offer', { constraint: 'isOpen' });
      }
      const pending = await manager.getRepository(Response).existsBy({ needId: need.id, organizationId, status: ResponseStatus.PENDING });
      if (pending) throw new ConflictError('Your organization already has a pending response to this need.', ALREADY_RESPONDED);
      const response = await manager
        .getRepository(Response)
        .save(manager.getRepository(Response).create({ needId: need.id, organizationId, offerId: input.offerId ?? null, message: input.message.trim() }))
        .catch((error: unknown) => {
          // Two responses of one organization at once (a double click): both found none pending
          // (the need is only share-locked, so that other organizations' answers do not wait).
          if (violatedUniqueKey(error) === PENDING_RESPONSE_KEY) {
            throw new ConflictError('Your organization already has a pending response to this need.', ALREADY_RESPONDED);
          }
          throw error;
        });
      // The need's organization is told (e-mail, webhooks that ask for RESPONSE_RECEIVED), in
      // this transaction: the event exists exactly when the response does.
      await this.planner.planEvent(manager, DeliveryKind.RESPONSE_RECEIVED, {
        subjectId: response.id,
        matchId: null,
        organizations: [{ id: need.organizationId, side: 'need' }],
        data: { responseId: response.id, needId: need.id, offerId: response.offerId, respondingOrganizationId: organizationId },
      });
      await this.audit.record(manager, principal, { action: 'response.created', entityType: 'response', entityId: response.id, organizationId });
      this.announce(manager, [need.organizationId, organizationId], response.id);
      return response;
    });
  }

  /** The need's owner (or the hub) accepts a response: a partnership forms. */
  async accept(principal: Principal, responseId: string): Promise<Partnership> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(Response).findOne({ select: { id: true, needId: true }, where: { id: responseId } });
      if (!found) throw new NotFoundError('Response', responseId);
      // The need before the response, as closing a need locks them (its pending responses close
      // with it): an acceptance racing the need's closing waits for it instead of deadlocking.
      const need = await manager.getRepository(Need).findOne({ where: { id: found.needId }, lock: { mode: 'pessimistic_write' } });
      const response = await manager.getRepository(Response).findOneOrFail({ where: { id: responseId }, lock: { mode: 'pessimistic_write' } });
      principal.assertMemberOf(need!.organizationId);
      assertPending(response);
      await this.partnerships.assertPossible(manager, need!.id, response.offerId, true);
      await manager.getRepository(Response).update({ id: response.id }, { status: ResponseStatus.ACCEPTED });
      // Before the others, which close as the need partners: heard in that order.
      this.announce(manager, [need!.organizationId, response.organizationId], response.id);
      const partnership = await this.partnerships.formFromResponse(manager, response, need!.organizationId);
      await this.audit.record(manager, principal, { action: 'response.accepted', entityType: 'response', entityId: response.id, organizationId: need!.organizationId });
      return partnership;
    });
  }

  async decline(principal: Principal, responseId: string): Promise<Response> {
    return this.dataSource.transaction(async (manager) => {
      const response = await manager.getRepository(Response).findOne({ where: { id: responseId }, lock: { mode: 'pessimistic_write' } });
      if (!response) throw new NotFoundError('Response', responseId);
      const need = await manager.getRepository(Need).findOneByOrFail({ id: response.needId });
      principal.assertMemberOf(need.organizationId);
      assertPending(response);
      response.status = ResponseStatus.DECLINED;
      await manager.getRepository(Response).update({ id: response.id }, { status: response.status });
      // The responding organization is told (accepting tells both sides: PARTNERSHIP_FORMED).
      await this.planner.planEvent(manager, DeliveryKind.RESPONSE_DECLINED, {
        subjectId: response.id,
        matchId: null,
        organizations: [{ id: response.organizationId, side: 'offer' }],
        data: { responseId: response.id, needId: need.id, offerId: response.offerId, needOrganizationId: need.organizationId },
      });
      await this.audit.record(manager, principal, { action: 'response.declined', entityType: 'response', entityId: response.id, organizationId: need.organizationId });
      this.announce(manager, [need.organizationId, response.organizationId], response.id);
      return response;
    });
  }

  /**
   * The responding organization (or the hub) takes its PENDING response back: WITHDRAWN, and it
   * may respond again while the need takes responses. The row is locked as accept and decline
   * lock it, so a withdrawal racing an answer leaves one outcome (the later one gets CONFLICT).
   * The need's organization is told (RESPONSE_WITHDRAWN: an e-mail where the response's own
   * e-mail went out, a RESPONSE_RECEIVED e-mail not yet sent being skipped; and its webhooks
   * that ask for it).
   */
  async withdraw(principal: Principal, responseId: string): Promise<Response> {
    return this.dataSource.transaction(async (manager) => {
      const response = await manager.getRepository(Response).findOne({ where: { id: responseId }, lock: { mode: 'pessimistic_write' } });
      if (!response) throw new NotFoundError('Response', responseId);
      principal.assertMemberOf(response.organizationId);
      assertPending(response);
      response.status = ResponseStatus.WITHDRAWN;
      await manager.getRepository(Response).update({ id: response.id }, { status: response.status });
      const need = await manager.getRepository(Need).findOneByOrFail({ id: response.needId });
      await this.planner.planEvent(manager, DeliveryKind.RESPONSE_WITHDRAWN, {
        subjectId: response.id,
        matchId: null,
        organizations: [{ id: need.organizationId, side: 'need' }],
        data: { responseId: response.id, needId: need.id, offerId: response.offerId, respondingOrganizationId: response.organizationId },
      });
      await this.audit.record(manager, principal, { action: 'response.withdrawn', entityType: 'response', entityId: response.id, organizationId: response.organizationId });
      this.announce(manager, [need.organizationId, response.organizationId], response.id);
      return response;
    });
  }

  /**
   * The PENDING responses of needs that are no longer OPEN (of `needIds`; null: of every such
   * need) become CLOSED, in the caller's transaction: nobody can accept them any more. Each
   * responding organization is told (RESPONSE_CLOSED: an e-mail and its webhooks that ask for
   * it), once, as the response leaves PENDING only once; not one that is the need's partner
   * anyway (through a suggestion), nor, in the catch-up, one whose need left OPEN more than
   * CATCH_UP_TELLS_WITHIN ago (the need's last change). Called by NeedsService as a need is
   * closed, expires or is partnered (accepting a response marks it ACCEPTED first, so only
   * the others close).
   */
  async closeWithNeeds(manager: EntityManager, needIds: string[] | null, actor: Principal | null): Promise<void> {
    // The literal status lets the partial index response_need_organization_key serve the catch-up (needIds null).
    const [rows] = (await manager.query(
      `UPDATE response r SET status = 'CLOSED', updated_at = now()
         FROM need n
        WHERE n.id = r.need_id AND r.status = 'PENDING' AND n.status <> 'OPEN'${needIds ? ' AND r.need_id = ANY($1::uuid[])' : ''}
       RETURNING r.id, r.need_id, r.organization_id, r.offer_id, n.organization_id AS need_organization_id, n.status::text AS need_status,
                 EXISTS (SELECT 1 FROM partnership p WHERE p.need_id = r.need_id AND p.partner_organization_id = r.organization_id AND p.status = 'ACTIVE') AS partner,
                 ${needIds ? 'false' : `n.updated_at < now() - interval '${CATCH_UP_TELLS_WITHIN}'`} AS stale`,
      needIds ? [needIds] : [],
    )) as [ClosedRow[], number];
    if (rows.length === 0) return;
    await this.planner.planEventsOf(
      manager,
      DeliveryKind.RESPONSE_CLOSED,
      rows
        .filter((row) => !row.partner && !row.stale)
        .map((row) => ({
          subjectId: row.id,
          matchId: null,
          organizations: [{ id: row.organization_id, side: 'offer' as const }],
          data: { responseId: row.id, needId: row.need_id, offerId: row.offer_id, needOrganizationId: row.need_organization_id, needStatus: row.need_status },
        })),
    );
    // Every one closed, also those nobody is told of by e-mail: a page showing it waiting moves on.
    for (const row of rows) this.announce(manager, [row.need_organization_id, row.organization_id], row.id);
    for (const row of rows) {
      await this.audit.record(manager, actor, {
        action: 'response.closed',
        entityType: 'response',
        entityId: row.id,
        organizationId: row.organization_id,
        changes: { needStatus: row.need_status, ...(row.stale ? { told: false } : {}) },
      });
    }
  }

  /**
   * A page of a need's responses, newest first (ties by id, so that pages never overlap nor
   * skip one): for the need's organization and the hub. Anyone else gets FORBIDDEN (the
   * field is nullable, so the need, and a page of needs, stays readable). Batched per
   * request: one query for the same page of every need asked.
   */
  forNeed(principal: Principal, loaders: RequestLoaders, need: Need, first: number | null, offset: number | null): Promise<Response[]> {
    this.assertMayRead(principal, need);
    const { size, skip } = offsetPage(first, offset, { fallback: MAX_RESPONSES_PAGE, max: MAX_RESPONSES_PAGE });
    return loaders
      .get(`responsesByNeed:${size}:${skip}`, () =>
        new DataLoader<string, Response[]>(async (needIds) => {
          const rows = this.sql.rows(Response);
          // Each need's own page (served by the index on need_id), in one statement.
          const found = await this.sql.query(
            `SELECT ${rows.select('response')} FROM unnest($1::uuid[]) "asked"("need_id")
              CROSS JOIN LATERAL (SELECT * FROM ${rows.table} "page" WHERE "page"."need_id" = "asked"."need_id"
                ORDER BY "page"."created_at" DESC, "page"."id" DESC LIMIT $2 OFFSET $3) "response"
              ORDER BY "response"."need_id", "response"."created_at" DESC, "response"."id" DESC`,
            [[...needIds], size, skip],
          );
          const byNeed = new Map<string, Response[]>(needIds.map((id) => [id, []]));
          for (const row of found) {
            const response = rows.hydrate(row) as Response;
            byNeed.get(response.needId)!.push(response);
          }
          return needIds.map((id) => byNeed.get(id)!);
        }),
      )
      .load(need.id);
  }

  /** How many responses a need has, whatever their status; the same readers as forNeed. Batched: one query for a page of needs. */
  countForNeed(principal: Principal, loaders: RequestLoaders, need: Need): Promise<number> {
    this.assertMayRead(principal, need);
    return loaders
      .get('responseCountByNeed', () =>
        new DataLoader<string, number>(async (needIds) => {
          const found = await this.sql.query(`SELECT "need_id", count(*)::int FROM "response" WHERE "need_id" = ANY($1::uuid[]) GROUP BY "need_id"`, [[...needIds]]);
          const counts = new Map(found.map(([needId, count]) => [needId as string, count as number]));
          return needIds.map((id) => counts.get(id) ?? 0);
        }),
      )
      .load(need.id);
  }

  private assertMayRead(principal: Principal, need: Need): void {
    if (!principal.roleIn(need.organizationId)) {
      throw new ForbiddenError("Only the need's organization and the hub may see its responses.");
    }
  }

  /**
   * The latest response of the reader's own organizations (of `organizationId` only, when
   * given and one of them) to each need, batched per request: one query for a page of needs.
   * Never another organization's response, also not for the hub: a hub key has no
   * organization, so it reads null here (and all responses through Need.responses).
   */
  ownLoader(principal: Principal, loaders: RequestLoaders, organizationId?: string | null): DataLoader<string, Response | null> {
    const own = principal.organizationIds.filter((id) => !organizationId || id === organizationId).sort();
    return loaders.get(`ownResponseByNeed:${own.join(',')}`, () =>
      new DataLoader<string, Response | null>(async (needIds) => {
        if (own.length === 0) return needIds.map(() => null);
        const rows = await this.dataSource
          .getRepository(Response)
          .createQueryBuilder('response')
          .distinctOn(['response.needId'])
          .where('response.needId IN (:...needIds)', { needIds: [...needIds] })
          .andWhere('response.organizationId IN (:...own)', { own })
          .orderBy('response.needId')
          .addOrderBy('response.createdAt', 'DESC')
          .addOrderBy('response.id', 'DESC')
          .getMany();
        const byNeed = new Map(rows.map((row) => [row.needId, row]));
        return needIds.map((id) => byNeed.get(id) ?? null);
      }),
    );
  }

  /** responseChanged, to both organizations, once the caller's transaction has committed. */
  private announce(manager: EntityManager, organizationIds: string[], responseId: string): void {
    afterCommit(manager, () => this.events.changed(organizationIds, responseId));
  }

  private actingOrganization(principal: Principal, organizationId: string | null): string {
    if (organizationId) {
      principal.assertMemberOf(organizationId);
      return organizationId;
    }
    const own = principal.organizationIds;
    if (!principal.hub && own.length === 1) return own[0];
    // Required here, as a field left out of an input is: isDefined.
    throw BadUserInputError.field('organizationId', 'say which organization responds', { constraint: 'isDefined' });
  }
}
