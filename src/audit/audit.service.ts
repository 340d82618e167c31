import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal } from '../auth/principal';
import { AuditChanges, AuditLogEntry } from './audit-log-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | null;
  organizationId?: string | null;
  changes?: AuditChanges;
}

// Never store secrets or personal data in the log's changes.
const REDACTED_KEYS = new Set(['password', 'passwordHash', 'token', 'tokenHash', 'secret']);

@Injectable()
export class AuditService {
  /** Writes the entry in the caller's transaction, so it exists exactly when the change does. */
  async record(manager: EntityManager, actor: Principal | null, record: AuditRecord): Promise<void> {
    const changes = Object.fromEntries(
      Object.entries(record.changes ?? {}).filter(([key, value]) => !REDACTED_KEYS.has(key) && value !== undefined),
    );
    await manager.insert(AuditLogEntry, {
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      organizationId: record.organizationId ?? null,
      actorType: actor?.actorType ?? 'system',
      actorId: actor?.actorId ?? null,
      changes,
    });
  }
}
