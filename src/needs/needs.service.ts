import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import { Principal } from '../auth/principal';
import { Clock } from '../common/clock/clock';
import { ForbiddenError } from '../common/errors/domain-errors';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { Connection, ConnectionArgs } from '../common/pagination/connection.type';
import { PageOptions } from '../common/pagination/paginate';
import { EntityRows, SqlConditions } from '../common/sql/entity-rows';
import { toIsoDate } from '../common/validation/dates';
import { PostingType } from '../postings/posting-type';
import { whereAny } from '../postings/posting-filter';
import { NewPosting, PostingReadOptions, PostingsService } from '../postings/postings.service';
import { CreateNeedInput } from './dto/create-need.input';
import { NeedFilter } from './dto/need-filter.input';
import { UpdateNeedInput } from './dto/update-need.input';
import { NeedKind, NeedStatus } from './need.enums';
import { Need } from './need.entity';

const NEED: PostingType<Need> = {
  name: 'need',
  entity: Need,
  period: ['startsOn', 'endsOn'],
  // Answers to a need that has ended would be refused anyway (it expires): no deadline after it.
  notAfterEnd: ['respondBy'],
  // An OPEN need already past its last day would take answers and partnerships until the expiry
  // ended it; one past its respondBy would be OPEN but refuse every answer at once.
  notPast: ['endsOn', 'respondBy'],
  // A draft can still be edited before it is opened.
  changeableIn: [NeedStatus.DRAFT, NeedStatus.OPEN],
  whenCleared: { preferredSectors: [], kind: NeedKind.LOCAL_CHALLENGE },
};

/**
 * What else settles when needs stop being OPEN, in the transaction that changed them: the
 * actor who did it (null: the system, as the expiry). `needIds` null: every need that is not
 * OPEN (the hourly expiry's catch-up of what an earlier version left behind).
 */
export type LeftOpenListener = (manager: EntityManager, needIds: string[] | null, actor: Principal | null) => Promise<void>;

@Injectable()
export class NeedsService {
  constructor(
    private readonly postings: PostingsService,
    private readonly clock: Clock,
  ) {
    // A day already past is named with the other problems of an input refused for those.
    postings.checkInputs(NEED, { create: CreateNeedInput, update: UpdateNeedInput }, (input) => this.newValues(input));
  }

  private readonly leftOpenListeners: LeftOpenListener[] = [];

  /**
   * Registers what a feature that hangs on a need being open settles when it is no longer
   * (responses close with their need). Needs know nothing of those features: they depend on
   * needs, not the other way round.
   */
  whenLeftOpen(listener: LeftOpenListener): void {
    this.leftOpenListeners.push(listener);
  }

  private async leftOpen(manager: EntityManager, needIds: string[] | null, actor: Principal | null): Promise<void> {
    if (needIds?.length === 0) return;
    for (const listener of this.leftOpenListeners) await listener(manager, needIds, actor);
  }

  /** Stores the need, OPEN at once, with its outbox event and audit entry. */
  create(principal: Principal, input: CreateNeedInput): Promise<Need> {
    return this.postings.create(NEED, principal, this.newValues(input));
  }

  /** Stores up to MAX_POSTINGS_PER_CALL needs, all or none, each as create would; in the order given. */
  createMany(principal: Principal, inputs: CreateNeedInput[]): Promise<Need[]> {
    return this.postings.createMany(NEED, principal, inputs.map((input) => this.newValues(input)));
  }

  private newValues(input: CreateNeedInput): NewPosting<Need> {
    return {
      organizationId: input.organizationId,
      title: input.title,
      externalId: input.externalId ?? null,
      description: input.description,
      kind: input.kind ?? NeedKind.LOCAL_CHALLENGE,
      themeCodes: input.themeCodes ?? [],
      resourceTypes: input.resourceTypes,
      municipalityCode: input.municipalityCode,
      startsOn: toIsoDate(input.startsOn),
      endsOn: toIsoDate(input.endsOn),
      respondBy: toIsoDate(input.respondBy),
      budgetEur: input.budgetEur ?? null,
      preferredSectors: input.preferredSectors ?? [],
      status: NeedStatus.OPEN,
    };
  }

  update(principal: Principal, input: UpdateNeedInput): Promise<Need> {
    return this.postings.update(NEED, principal, input);
  }

  /** Applies up to MAX_POSTINGS_PER_CALL updates, all or none, each as update would; in the order given. */
  updateMany(principal: Principal, inputs: UpdateNeedInput[]): Promise<Need[]> {
    return this.postings.updateMany(NEED, principal, inputs);
  }

  /** The owner withdraws the need: it is no longer matched or suggested, and what waited on it settles (its pending responses close). */
  close(principal: Principal, id: string): Promise<Need> {
    return this.postings.close(NEED, principal, id, NeedStatus.CLOSED, (manager, need) => this.leftOpen(manager, [need.id], principal));
  }

  /**
   * OPEN needs whose last day is before `today` become EXPIRED, in the caller's transaction;
   * returns their ids. What waited on them settles, and with it what waits on any other need
   * that is no longer OPEN (responses left pending before they closed with their need).
   */
  async expireEnded(manager: EntityManager, today: string): Promise<string[]> {
    const [rows] = (await manager.query(
      `UPDATE need SET status = 'EXPIRED', updated_at = now() WHERE status = 'OPEN' AND ends_on < $1::date RETURNING id`,
      [today],
    )) as [{ id: string }[], number];
    await this.postings.recordChanges(manager, NEED, null, 'expire', rows.map(({ id }) => ({ id, details: { today } })));
    await this.leftOpen(manager, null, null);
    return rows.map(({ id }) => id);
  }

  /**
   * Locks the need until the caller's transaction ends, so that two partnerships formed at
   * once cannot both take it; its status, or null when there is no such need.
   */
  async lockForPartnership(manager: EntityManager, needId: string): Promise<NeedStatus | null> {
    const need = await manager.findOne(Need, { select: { id: true, status: true }, where: { id: needId }, lock: { mode: 'pessimistic_write' } });
    return need?.status ?? null;
  }

  /**
   * The need found its partner: OPEN becomes PARTNERED, matching re-scores it (its other
   * suggestions expire), and what waited on it settles (its other pending responses close).
   */
  async markPartnered(manager: EntityManager, needId: string): Promise<void> {
    await manager.update(Need, { id: needId, status: NeedStatus.OPEN }, { status: NeedStatus.PARTNERED });
    await this.postings.recordPartnership(manager, NEED, needId, 'partnered');
    await this.leftOpen(manager, [needId], null);
  }

  /**
   * Its partnership was cancelled: a PARTNERED need with no other active partnership is OPEN
   * again, and matching re-scores it (its dates are checked by the expiry as for any open
   * need). True when it was reopened.
   */
  async reopenAfterCancelledPartnership(manager: EntityManager, needId: string): Promise<boolean> {
    const [, reopened] = (await manager.query(
      `UPDATE need SET status = 'OPEN', updated_at = now()
        WHERE id = $1 AND status = 'PARTNERED'
          AND NOT EXISTS (SELECT 1 FROM partnership WHERE need_id = $1 AND status = 'ACTIVE')
       RETURNING id`,
      [needId],
    )) as [{ id: string }[], number];
    if (reopened === 0) return false;
    await this.postings.recordPartnership(manager, NEED, needId, 'partnership_ended');
    return true;
  }

  get(id: string): Promise<Need> {
    return this.postings.get(NEED, id);
  }

  findById(id: string, options: PostingReadOptions = {}): Promise<Need | null> {
    return this.postings.findById(NEED, id, options);
  }

  list(principal: Principal, filter: NeedFilter | null | undefined, page: ConnectionArgs, options: PageOptions = {}): Promise<Connection<Need>> {
    this.assertMayFilter(principal, filter);
    return this.postings.list(NEED, filter, page, this.needConditions, options);
  }

  /** How many needs match the filter in each municipality that has any, most first: the counts of every page of `list`. */
  countByMunicipality(principal: Principal, filter: NeedFilter | null | undefined): Promise<{ municipalityCode: string; count: number }[]> {
    this.assertMayFilter(principal, filter);
    return this.postings.countByMunicipality(NEED, filter, this.needConditions);
  }

  private assertMayFilter(principal: Principal, filter: NeedFilter | null | undefined): void {
    // Whether answers wait on a need is its organization's business, as its responses are.
    if (filter?.hasPendingResponses != null && !principal.hub && !(filter.organizationId && principal.roleIn(filter.organizationId))) {
      throw new ForbiddenError("Only the needs' organization and the hub may filter them by hasPendingResponses: give organizationId, one of yours.");
    }
    // Whom an organization answered is its own business, as its responses are.
    if (filter?.respondedByOrganizationId != null && !principal.roleIn(filter.respondedByOrganizationId)) {
      throw new ForbiddenError("Only the responding organization's members and the hub may filter needs by respondedByOrganizationId.");
    }
  }

  /** The conditions only a need's filter has, beside those every posting's has. */
  private readonly needConditions = (
    where: SqlConditions,
    rows: EntityRows<Need>,
    alias: string,
    { kinds, openForResponses, hasPendingResponses, respondedByOrganizationId }: NeedFilter,
  ): void => {
    whereAny(where, rows, alias, 'kind', kinds);
    // Served by the index on response.organization_id: an organization answers few needs.
    if (respondedByOrganizationId != null) where.add(`${rows.column(alias, 'id')} IN (SELECT "need_id" FROM "response" WHERE "organization_id" = ?)`, respondedByOrganizationId);
    if (hasPendingResponses != null) {
      // The literal status lets the partial index response_need_organization_key (need_id, organization_id) WHERE status = 'PENDING' serve it.
      const pending = `EXISTS (SELECT 1 FROM "response" WHERE "response"."need_id" = ${rows.column(alias, 'id')} AND "response"."status" = 'PENDING')`;
      where.conditions.push(hasPendingResponses ? pending : `NOT ${pending}`);
    }
    if (openForResponses == null) return;
    // The same rule as ResponsesService.respond: an OPEN need, until the end of its respondBy day.
    const taking = `(${rows.column(alias, 'status')} = 'OPEN' AND (${rows.column(alias, 'respondBy')} IS NULL OR ${rows.column(alias, 'respondBy')} >= ?::date))`;
    where.add(openForResponses ? taking : `NOT ${taking}`, this.clock.today());
  };

  /** The request's batched need lookup. */
  loader(loaders: RequestLoaders): DataLoader<string, Need | null> {
    return this.postings.loader(NEED, loaders);
  }
}
