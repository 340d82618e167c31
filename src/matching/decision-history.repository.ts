import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MatchDecision } from './match.enums';
import { AnsweredPair } from './scoring/decision-calibration';
import { DecisionHistory, PastDecision } from './scoring/feedback';
import { readComponents, StoredComponents } from './stored-components';

// The calibration learns from the latest answers, at most this many.
const MAX_ANSWERS = 5_000;

/** The earlier answers the scorer's feedback component learns from. */
@Injectable()
export class DecisionHistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * What these organizations answered so far: the other side's themes (with parents) in
   * what they accepted or declined as not relevant, and how often they declined as too far
   * or badly timed. Decisions are few; the partial indexes find them.
   */
  async historiesOf(organizationIds: string[]): Promise<Map<string, DecisionHistory>> {
    const histories = new Map<string, { decisions: PastDecision[] }>();
    if (organizationIds.length === 0) return histories;
    const rows = (await this.dataSource.query(
      `SELECT n.organization_id, m.need_id, m.offer_id, m.need_decision AS decision, m.decline_reason, o.match_theme_codes AS themes
         FROM match m JOIN need n ON n.id = m.need_id JOIN offer o ON o.id = m.offer_id
        WHERE m.need_decision IS NOT NULL AND n.organization_id = ANY($1::uuid[])
       UNION ALL
       SELECT o.organization_id, m.need_id, m.offer_id, m.offer_decision, m.decline_reason, n.match_theme_codes
         FROM match m JOIN offer o ON o.id = m.offer_id JOIN need n ON n.id = m.need_id
        WHERE m.offer_decision IS NOT NULL AND o.organization_id = ANY($1::uuid[])`,
      [organizationIds],
    )) as { organization_id: string; need_id: string; offer_id: string; decision: MatchDecision; decline_reason: string | null; themes: string[] | null }[];
    for (const row of rows) {
      let history = histories.get(row.organization_id);
      if (!history) histories.set(row.organization_id, (history = { decisions: [] }));
      const accepted = row.decision === MatchDecision.ACCEPT;
      history.decisions.push({ pair: `${row.need_id}:${row.offer_id}`, accepted, reason: accepted ? null : row.decline_reason, themes: row.themes ?? [] });
    }
    return histories;
  }

  /** Changes when an answer is given: how many there are and when the last came. */
  async answersFingerprint(): Promise<string> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS answers, max(greatest(need_decided_at, offer_decided_at)) AS latest
         FROM match WHERE need_decision IS NOT NULL OR offer_decision IS NOT NULL`,
    )) as { answers: number; latest: Date | null }[];
    return `${row.answers}:${row.latest?.toISOString() ?? ''}`;
  }

  /**
   * Each side's answer with the components it was given on, the latest first: the stored ones,
   * or for the first of a pair's answers, when the pair was scored again after it, those it had
   * then (first_answer_components, MatchStoreService). An ACCEPTED or DECLINED pair is not scored
   * again, so the last answer's are the stored ones.
   */
  async answeredPairs(): Promise<AnsweredPair[]> {
    const rows = (await this.dataSource.query(
      `SELECT components, first_answer_components, need_decision, offer_decision,
              need_decided_at <= offer_decided_at OR offer_decided_at IS NULL AS need_first
         FROM match
        WHERE need_decision IS NOT NULL OR offer_decision IS NOT NULL
        ORDER BY greatest(need_decided_at, offer_decided_at) DESC LIMIT $1`,
      [MAX_ANSWERS],
    )) as {
      components: StoredComponents;
      first_answer_components: StoredComponents | null;
      need_decision: MatchDecision | null;
      offer_decision: MatchDecision | null;
      need_first: boolean;
    }[];
    return rows.flatMap((row) => {
      const answeredOn = (first: boolean) => readComponents((first && row.first_answer_components) || row.components);
      return [
        { decision: row.need_decision, first: row.need_first },
        { decision: row.offer_decision, first: !row.need_first },
      ]
        .filter((answer): answer is { decision: MatchDecision; first: boolean } => answer.decision !== null)
        .map(({ decision, first }) => ({ components: answeredOn(first), accepted: decision === MatchDecision.ACCEPT }));
    });
  }
}
