import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Principal } from '../../auth/principal';
import { NotFoundError } from '../../common/errors/domain-errors';
import { Organization } from '../../organizations/organization.entity';
import { UpdateSuggestionPreferencesInput } from './dto/update-suggestion-preferences.input';
import { DigestFrequency } from '../delivery.enums';
import { Recipients } from './recipients.service';
import { SuggestionPreferences } from './suggestion-preferences.entity';

/** Members read and change their organization's preferences; the hub any organization's. */
@Injectable()
export class SuggestionPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly recipients: Recipients,
  ) {}

  async get(principal: Principal, organizationId: string): Promise<SuggestionPreferences> {
    principal.assertMemberOf(organizationId);
    await this.assertExists(organizationId);
    return this.recipients.preferences(organizationId);
  }

  async update(principal: Principal, input: UpdateSuggestionPreferencesInput): Promise<SuggestionPreferences> {
    principal.assertMemberOf(input.organizationId);
    await this.assertExists(input.organizationId);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SuggestionPreferences);
      await manager.query(`SELECT 1 FROM suggestion_preferences WHERE organization_id = $1 FOR UPDATE`, [input.organizationId]);
      const current = await this.recipients.preferences(input.organizationId, manager);
      const { organizationId, ...changes } = input;
      // Left out, or null for a field that cannot be empty: unchanged. Only minScore may be null (the default threshold).
      const given = Object.entries(changes).filter(([key, value]) => value !== undefined && (value !== null || key === 'minScore'));
      const next = repository.create({ ...current, ...Object.fromEntries(given), organizationId });
      const saved = await repository.save(next);
      if (saved.frequency !== current.frequency) {
        // Suggestions waiting to be sent follow the new setting.
        await manager.query(
          saved.frequency === DigestFrequency.NEVER
            ? `UPDATE delivery SET status = 'SKIPPED', last_error = 'suggestion e-mails turned off', updated_at = now()
                WHERE organization_id = $1 AND kind = 'SUGGESTION' AND channel = 'EMAIL' AND status = 'PENDING'`
            : `UPDATE delivery SET digest = $2, updated_at = now()
                WHERE organization_id = $1 AND kind = 'SUGGESTION' AND channel = 'EMAIL' AND status = 'PENDING'`,
          saved.frequency === DigestFrequency.NEVER ? [organizationId] : [organizationId, saved.frequency !== DigestFrequency.IMMEDIATE],
        );
      }
      await this.audit.record(manager, principal, {
        action: 'suggestion_preferences.updated',
        entityType: 'organization',
        entityId: organizationId,
        organizationId,
        changes: { frequency: saved.frequency, minScore: saved.minScore, themeCodes: saved.themeCodes, municipalityCodes: saved.municipalityCodes, language: saved.language },
      });
      return saved;
    });
  }

  private async assertExists(organizationId: string) {
    if (!(await this.dataSource.getRepository(Organization).existsBy({ id: organizationId }))) throw new NotFoundError('Organization', organizationId);
  }
}
