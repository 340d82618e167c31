import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Match } from './match.entity';
import { MatchSide } from './match.enums';

/**
 * The one place that changes a match's state besides scoring: answers, and the marks that
 * what comes after matching (delivery, reminders) leaves on it. Each call runs in the
 * caller's transaction, so the mark exists exactly when the caller's own rows do.
 */
@Injectable()
export class MatchStates {
  /** The match with its need and offer, locked until the caller's transaction ends. */
  lockWithItems(manager: EntityManager, matchId: string): Promise<Match | null> {
    return manager.getRepository(Match).findOne({
      where: { id: matchId },
      relations: { need: true, offer: true },
      lock: { mode: 'pessimistic_write', tables: ['match'] },
    });
  }

  /** Stores a side's answer and the status that follows from the two. */
  async recordAnswer(manager: EntityManager, match: Match): Promise<void> {
    await manager.getRepository(Match).update(
      { id: match.id },
      {
        status: match.status,
        needDecision: match.needDecision,
        needDecidedAt: match.needDecidedAt,
        offerDecision: match.offerDecision,
        offerDecidedAt: match.offerDecidedAt,
        declineReason: match.declineReason,
        declineNote: match.declineNote,
      },
    );
  }

  /** The suggestions were handed to delivery. */
  async markNotified(manager: EntityManager, matchIds: string[], at: Date): Promise<void> {
    if (matchIds.length) await manager.query(`UPDATE match SET notified_at = $2 WHERE id = ANY($1::uuid[])`, [matchIds, at]);
  }

  /** This side was reminded of these suggestions (once per match and side). */
  async markReminded(manager: EntityManager, side: MatchSide, matchIds: string[], at: Date): Promise<void> {
    if (matchIds.length) await manager.query(`UPDATE match SET ${side}_reminded_at = $2 WHERE id = ANY($1::uuid[])`, [matchIds, at]);
  }
}
