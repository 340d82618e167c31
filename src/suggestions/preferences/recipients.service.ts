import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DigestFrequency, MessageLanguage } from '../delivery.enums';
import { SuggestionPreferences } from './suggestion-preferences.entity';

/**
 * Who an organization's messages go to, and how it wants them: the one place that knows
 * its addresses and reads its preferences (planning, sending, the e-mail links and the API
 * all ask here).
 */
@Injectable()
export class Recipients {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * An organization's addresses, lower case: its contact e-mail and its members'. With
   * `receiving`, only those that get suggestions: members who opted in, and no address that
   * unsubscribed.
   */
  async addresses(organizationId: string, { receiving }: { receiving: boolean }, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT lower(email) AS email FROM organization WHERE id = $1 AND email IS NOT NULL
       UNION
       SELECT lower(u.email) FROM membership mb JOIN "user" u ON u.id = mb.user_id
        WHERE mb.organization_id = $1 AND (mb.notify_suggestions OR NOT $2)
       EXCEPT
       SELECT email FROM email_suppression WHERE organization_id = $1 AND $2`,
      [organizationId, receiving],
    )) as { email: string }[];
    return rows.map((row) => row.email).sort();
  }

  /** The organization's preferences, or the defaults (immediately, in Slovenian) when it set none. */
  async preferences(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<SuggestionPreferences> {
    const repository = manager.getRepository(SuggestionPreferences);
    return (
      (await repository.findOneBy({ organizationId })) ??
      repository.create({
        organizationId,
        frequency: DigestFrequency.IMMEDIATE,
        minScore: null,
        themeCodes: [],
        municipalityCodes: [],
        language: MessageLanguage.SL,
      })
    );
  }
}
