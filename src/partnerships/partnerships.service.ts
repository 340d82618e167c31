import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeliveryKind } from '../suggestions/delivery.enums';
import { DeliveryPlanner } from '../suggestions/planning/delivery-planner.service';
import { Match } from '../matching/match.entity';
import { ConflictError } from '../common/errors/domain-errors';
import { NeedStatus } from '../needs/need.enums';
import { OfferStatus } from '../offers/offer.enums';
import { NeedsService } from '../needs/needs.service';
import { OffersService } from '../offers/offers.service';
import { Partnership } from './partnership.entity';

/**
 * Forms partnerships. The need becomes PARTNERED (its other suggestions expire when it is
 * re-scored) and the offer's used capacity grows by one: both are re-scored through the
 * outbox. Both organizations get each other's contacts.
 */
@Injectable()
export class PartnershipsService {
  constructor(
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
    private readonly planner: DeliveryPlanner,
  ) {}

  /**
   * An acceptance needs the need and the offer still open and, when it forms the
   * partnership, room in the offer's capacity. Their rows stay locked until the caller's
   * transaction ends, so two partnerships formed at once cannot both take the last place.
   */
  async assertPossible(manager: EntityManager, needId: string, offerId: string | null, formsPartnership: boolean): Promise<void> {
    if ((await this.needs.lockForPartnership(manager, needId)) !== NeedStatus.OPEN) {
      throw new ConflictError('The need is no longer open: it was closed, has expired or already has its partner.');
    }
    if (!offerId) return;
    const offer = await this.offers.lockForPartnership(manager, offerId);
    if (offer?.status !== OfferStatus.OPEN) throw new ConflictError('The offer is no longer open.');
    if (formsPartnership && offer.capacity !== null && offer.activePartnerships >= offer.capacity) {
      throw new ConflictError('The offer has no capacity left for another partnership.');
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
    await this.planner.planMatchEvent(manager, DeliveryKind.PARTNERSHIP_FORMED, {
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
}
