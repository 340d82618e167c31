import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { afterCommit } from '../database/after-commit';
import { Principal } from '../auth/principal';
import { DeliveryKind } from '../suggestions/delivery.enums';
import { DeliveryPlanner } from '../suggestions/planning/delivery-planner.service';
import { Match } from '../matching/match.entity';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors';
import { NeedStatus } from '../needs/need.enums';
import { OfferStatus } from '../offers/offer.enums';
import { offerFull } from '../offers/offer-capacity';
import { NeedsService } from '../needs/needs.service';
import { OffersService } from '../offers/offers.service';
import { EndPartnershipInput } from './dto/end-partnership.input';
import { Partnership } from './partnership.entity';
import { PartnershipEvents } from './partnership-events.service';
import { PartnershipEnding, PartnershipStatus, partnershipEnder } from './partnership.enums';

/**
 * Forms and ends partnerships. Formed: the need becomes PARTNERED (its other suggestions
 * expire when it is re-scored) and the offer's used capacity grows by one: both are
 * re-scored through the outbox. Both organizations get each other's contacts. Ended
 * (COMPLETED or CANCELLED, by either side): the offer's place is free again; a cancelled
 * partnership's need is open again.
 */
@Injectable()
export class PartnershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
    private readonly planner: DeliveryPlanner,
    private readonly audit: AuditService,
    private readonly events: PartnershipEvents,
  ) {}

  /**
   * An acceptance needs the need and the offer still open and, when it forms the
   * partnership, room in the offer's capacity. Their rows stay locked until the caller's
   * transaction ends, so two partnerships formed at once cannot both take the last place.
   */
  async assertPossible(manager: EntityManager, needId: string, offerId: string | null, formsPartnership: boolean): Promise<void> {
    if ((await this.needs.lockForPartnership(manager, needId)) !== NeedStatus.OPEN) {
      throw new ConflictError('The need is no longer open: it was closed, has expired or already has its partner.', 'NEED_NOT_OPEN');
    }
    if (!offerId) return;
    const offer = await this.offers.lockForPartnership(manager, offerId);
    if (offer?.status !== OfferStatus.OPEN) throw new ConflictError('The offer is no longer open.', 'OFFER_NOT_OPEN');
    if (formsPartnership && offerFull(offer)) {
      throw new ConflictError(
        `The offer has no capacity left for another partnership: all ${offer.capacity} of its places are taken by active partnerships (Offer.placesLeft). Its organization can raise its capacity (updateOffer) or end a partnership first.`,
        'OFFER_FULL',
      );
    }
  }

  /** Both sides accepted the match; call inside the transaction that recorded the second acceptance. */
  async formFromMatch(manager: EntityManager, match: Match): Promise<Partnership> {
    return this.form(manager, {
      matchId: match.id,
      responseId: null,
      needId: match.needId,
      offerId: match.offerId,
      needOrganizationId: match.need!.organizationId,
      partnerOrganizationId: match.offer!.organizationId,
    });
  }

  /** The need's owner accepted a response. */
  async formFromResponse(
    manager: EntityManager,
    response: { id: string; needId: string; offerId: string | null; organizationId: string },
    needOrganizationId: string,
  ): Promise<Partnership> {
    return this.form(manager, {
      matchId: null,
      responseId: response.id,
      needId: response.needId,
      offerId: response.offerId,
      needOrganizationId,
      partnerOrganizationId: response.organizationId,
    });
  }

  private async form(manager: EntityManager, values: Pick<Partnership, 'matchId' | 'responseId' | 'needId' | 'offerId' | 'needOrganizationId' | 'partnerOrganizationId'>) {
    const partnership = await manager.getRepository(Partnership).save(manager.getRepository(Partnership).create(values));
    await this.needs.markPartnered(manager, values.needId);
    if (values.offerId) await this.offers.partnershipFormed(manager, values.offerId);
    await this.planner.planEvent(manager, DeliveryKind.PARTNERSHIP_FORMED, {
      subjectId: partnership.id,
      matchId: values.matchId,
      organizations: [
        { id: values.needOrganizationId, side: 'need' },
        { id: values.partnerOrganizationId, side: 'offer' },
      ],
      data: { partnershipId: partnership.id, matchId: values.matchId, responseId: values.responseId, needId: values.needId, offerId: values.offerId },
    });
    return partnership;
  }

  /**
   * endPartnership: a member of either organization (or the hub) ends an active partnership.
   * The row stays locked until the change is stored, so two endings at once cannot both free
   * the offer's place.
   */
  async end(principal: Principal, input: EndPartnershipInput): Promise<Partnership> {
    return this.dataSource.transaction(async (manager) => {
      const partnership = await manager.findOne(Partnership, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!partnership) throw new NotFoundError('Partnership', input.id);
      const side = [partnership.needOrganizationId, partnership.partnerOrganizationId].find((id) => principal.roleIn(id) !== null);
      if (!side) throw new ForbiddenError('Only members of either organization of the partnership (or the hub) may end it.');
      if (partnership.status !== PartnershipStatus.ACTIVE) {
        throw new ConflictError(`This partnership has already ended (${partnership.status}).`, 'ALREADY_ENDED');
      }
      // The need before the offer, as forming a partnership locks them: two transactions that
      // touch both never wait for each other in a circle.
      await this.needs.lockForPartnership(manager, partnership.needId);
      partnership.status = input.status === PartnershipEnding.COMPLETED ? PartnershipStatus.COMPLETED : PartnershipStatus.CANCELLED;
      if (input.outcomeNote !== undefined && input.outcomeNote !== null) partnership.outcomeNote = input.outcomeNote || null;
      partnership.endedAt = new Date();
      // Who ended it, for both sides to read (Partnership.endedBy): the hub as the hub, as the
      // other side is told below, also when its staff member belongs to one of the organizations.
      partnership.endedByHub = principal.hub;
      partnership.endedByOrganizationId = principal.hub ? null : side;
      await manager.update(Partnership, { id: partnership.id }, {
        status: partnership.status,
        outcomeNote: partnership.outcomeNote,
        endedAt: partnership.endedAt,
        endedByHub: partnership.endedByHub,
        endedByOrganizationId: partnership.endedByOrganizationId,
      });
      if (partnership.offerId) await this.offers.partnershipEnded(manager, partnership.offerId);
      const needReopened =
        partnership.status === PartnershipStatus.CANCELLED && (await this.needs.reopenAfterCancelledPartnership(manager, partnership.needId));
      // The other side is told (both, when the hub ended it), by e-mail and to webhooks that want PARTNERSHIP_ENDED.
      const sides = [
        { id: partnership.needOrganizationId, side: 'need' as const },
        { id: partnership.partnerOrganizationId, side: 'offer' as const },
      ];
      await this.planner.planEvent(manager, DeliveryKind.PARTNERSHIP_ENDED, {
        subjectId: partnership.id,
        matchId: partnership.matchId,
        organizations: principal.hub ? sides : sides.filter(({ id }) => id !== side),
        data: {
          partnershipId: partnership.id,
          status: partnership.status,
          outcomeNote: partnership.outcomeNote,
          needId: partnership.needId,
          offerId: partnership.offerId,
          needReopened,
          // Who ended it, as Partnership.endedBy says: added for receivers that tell the two apart
          // (a webhook of the side told hears of the other side's ending, or the hub's).
          endedBy: partnershipEnder(partnership),
          endedByOrganizationId: partnership.endedByOrganizationId,
        },
      });
      await this.audit.record(manager, principal, {
        action: partnership.status === PartnershipStatus.COMPLETED ? 'partnership.completed' : 'partnership.cancelled',
        entityType: 'partnership',
        entityId: partnership.id,
        organizationId: side,
        changes: { status: partnership.status, outcomeNote: partnership.outcomeNote, needReopened },
      });
      // Live to both sides (partnershipChanged), once committed: a refused ending says nothing.
      afterCommit(manager, () => this.events.changed([partnership.needOrganizationId, partnership.partnerOrganizationId], partnership.id));
      return partnership;
    });
  }
}
