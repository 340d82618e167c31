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
    await manager.insert(AuditLogEntry, {
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      organizationId: record.organizationId ?? null,
      ...this.actorOf(actor),
      changes: this.redact(record.changes),
    });
  }

  /** The changes as an entry stores them: no secrets, nothing undefined (for writers of many entries in one statement). */
  redact(changes: AuditChanges | undefined): AuditChanges {
    return Object.fromEntries(Object.entries(changes ?? {}).filter(([key, value]) => !REDACTED_KEYS.has(key) && value !== undefined));
  }

  /** Who an entry names: the principal, or the system. */
  actorOf(actor: Principal | null): { actorType: string; actorId: string | null } {
    return { actorType: actor?.actorType ?? 'system', actorId: actor?.actorId ?? null };
  }
}
