import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { announceRevocation, apiKeySubject, organizationSubject, userSubject } from '../auth/credential-revocations';
import { Principal } from '../auth/principal';
import { BadUserInputError, NotFoundError } from '../common/errors/domain-errors';
import { EraseOrganizationInput } from './dto/erase-organization.input';
import { ERASURE_LOCK } from './erasure-lock';
import { OrganizationErasure } from './organization-erasure.type';

type Counted = Pick<OrganizationErasure, 'needs' | 'offers' | 'responses' | 'partnerships' | 'matches' | 'memberships' | 'invitations' | 'webhooks'>;

// What the foreign keys' ON DELETE CASCADE take with the organization row, counted before it goes.
const COUNTS_SQL = `
  SELECT (SELECT count(*)::int FROM need WHERE organization_id = $1) AS needs,
         (SELECT count(*)::int FROM offer WHERE organization_id = $1) AS offers,
         (SELECT count(*)::int FROM response
           WHERE organization_id = $1 OR need_id IN (SELECT id FROM need WHERE organization_id = $1)) AS responses,
         (SELECT count(*)::int FROM partnership WHERE need_organization_id = $1 OR partner_organization_id = $1) AS partnerships,
         (SELECT count(*)::int FROM match
           WHERE need_id IN (SELECT id FROM need WHERE organization_id = $1)
              OR offer_id IN (SELECT id FROM offer WHERE organization_id = $1)) AS matches,
         (SELECT count(*)::int FROM membership WHERE organization_id = $1) AS memberships,
         (SELECT count(*)::int FROM invitation WHERE organization_id = $1) AS invitations,
         (SELECT count(*)::int FROM webhook WHERE organization_id = $1) AS webhooks`;

/** Why another organization's delivery about an erased one was not sent (its delivery log says so). */
export const SKIPPED_AS_ERASED = 'an organization it is about was erased';

// Other organizations' deliveries still to send (waiting, or claimed by a worker that has not
// handed them over yet) about the organization's matches, partnerships and responses. Found
// from the few rows still to send (the partial indexes delivery_due_idx, delivery_digest_idx and
// delivery_sending_idx, one branch each), not from the whole delivery log.
const SKIP_ABOUT_IT_SQL = `
  UPDATE delivery SET status = 'SKIPPED', last_error = $2, lease_until = NULL, updated_at = now()
   WHERE ((status = 'PENDING' AND NOT digest) OR (status = 'PENDING' AND digest) OR status = 'SENDING')
     AND organization_id <> $1
     AND (match_id IN (SELECT m.id FROM match m JOIN need n ON n.id = m.need_id WHERE n.organization_id = $1
                       UNION ALL SELECT m.id FROM match m JOIN offer o ON o.id = m.offer_id WHERE o.organization_id = $1)
          OR subject_id IN (SELECT id FROM partnership WHERE need_organization_id = $1 OR partner_organization_id = $1)
          OR subject_id IN (SELECT id FROM response WHERE organization_id = $1 OR need_id IN (SELECT id FROM need WHERE organization_id = $1))
          -- A response gone before (its need deleted) is still named by its webhook events.
          OR $1::uuid::text IN (payload->'data'->>'needOrganizationId', payload->'data'->>'respondingOrganizationId'))`;

/**
 * The hub erases an organization (it leaves the hub, or asks for erasure under the GDPR):
 * what the README's runbook once did in psql, in one transaction, audited.
 */
@Injectable()
export class OrganizationErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async erase(principal: Principal, input: EraseOrganizationInput): Promise<OrganizationErasure> {
    principal.assertHub();
    return this.dataSource.transaction(async (manager) => {
      // Before anything else, holding nothing yet: waits for the deliveries being handed over
      // (at most their timeouts), and holds back those about to be until this commits; they
      // then find what it deleted or skipped below (see ERASURE_LOCK). Sends take no other lock
      // while they hold it, and no row lock at all: no wait here can close a circle.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ERASURE_LOCK]);
      // Locked as the DELETE below would lock it: no need, offer, member or key is added to it
      // meanwhile, and a rename that commits first is the name the confirmation must repeat.
      const [organization] = (await manager.query(`SELECT id, name FROM organization WHERE id = $1 FOR UPDATE`, [input.id])) as { id: string; name: string }[];
      if (!organization) throw new NotFoundError('Organization', input.id);
      if (input.nameConfirmation !== organization.name) {
        throw BadUserInputError.field('nameConfirmation', "is not the organization's name: repeat it exactly; nothing was erased", { constraint: 'equals' });
      }
      const [counted] = (await manager.query(COUNTS_SQL, [organization.id])) as Counted[];
      const apiKeyIds = ((await manager.query(`SELECT id FROM api_key WHERE organization_id = $1`, [organization.id])) as { id: string }[]).map((row) => row.id);
      const memberIds = ((await manager.query(`SELECT DISTINCT user_id FROM membership WHERE organization_id = $1`, [organization.id])) as { user_id: string }[]).map(
        (row) => row.user_id,
      );

      // No foreign key takes these two: they name the organization's id only.
      const deliveries = await this.affected(manager, `DELETE FROM delivery WHERE organization_id = $1`, [organization.id]);
      // Other organizations' deliveries about it (its matches, partnerships and responses),
      // before the cascade takes those: a webhook event's body was frozen when planned, with
      // the ids of its need, offer or the organization itself, and is not sent any more.
      // E-mails are composed when sent, from what is left, but are skipped here all the same.
      await manager.query(SKIP_ABOUT_IT_SQL, [organization.id, SKIPPED_AS_ERASED]);
      const emailSuppressions = await this.affected(manager, `DELETE FROM email_suppression WHERE organization_id = $1`, [organization.id]);
      // Older entries keep who did what to which id, and when; their details (names, titles,
      // webhook addresses, notes: what the organization wrote) go with it. Only the erasure's
      // own entry keeps the name, as the proof of what was erased.
      const auditEntriesCleared = await this.affected(
        manager,
        `UPDATE audit_log_entry SET changes = '{"cleared": "organization erased"}'::jsonb
          WHERE organization_id = $1 OR (entity_type = 'organization' AND entity_id = $1)`,
        [organization.id],
      );
      // The foreign keys' ON DELETE CASCADE take the rest (see COUNTS_SQL), as the runbook's DELETE did.
      await manager.query(`DELETE FROM organization WHERE id = $1`, [organization.id]);

      // Delivered when this commits: every API process closes the websockets its keys opened,
      // ends every subscription to its events (its members', the hub's), and re-checks its
      // members' connections, which stay open with what their other memberships give them.
      for (const id of apiKeyIds) await announceRevocation(manager, apiKeySubject(id));
      await announceRevocation(manager, organizationSubject(organization.id));
      for (const id of memberIds) await announceRevocation(manager, userSubject(id));

      const details = { name: organization.name, ...counted, apiKeys: apiKeyIds.length, deliveries, emailSuppressions, auditEntriesCleared };
      await this.audit.record(manager, principal, {
        action: 'organization.erase',
        entityType: 'organization',
        entityId: organization.id,
        organizationId: organization.id,
        changes: details,
      });
      return { organizationId: organization.id, ...details };
    });
  }

  /** Rows a DELETE or UPDATE changed (TypeORM's pg driver answers [rows, count] for them). */
  private async affected(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
    const [, count] = (await manager.query(sql, parameters)) as [unknown[], number];
    return count;
  }
}
