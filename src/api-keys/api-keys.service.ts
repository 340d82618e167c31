import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { announceRevocation, apiKeySubject } from '../auth/credential-revocations';
import { Principal } from '../auth/principal';
import { API_KEY_PREFIX, issueToken } from '../auth/tokens';
import { NotFoundError } from '../common/errors/domain-errors';
import { OrganizationsService } from '../organizations/organizations.service';
import { ApiKeyScope } from './api-key-scope.enum';
import { ApiKey } from './api-key.entity';
import { CreatedApiKey } from './created-api-key.type';
import { CreateApiKeyInput } from './dto/create-api-key.input';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ApiKey) private readonly apiKeys: Repository<ApiKey>,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  async create(principal: Principal, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    await this.assertCanManage(principal, input.organizationId ?? null);
    const { token, hash, displayPrefix } = issueToken(API_KEY_PREFIX);
    return this.dataSource.transaction(async (manager) => {
      const apiKey = await manager.save(
        manager.create(ApiKey, {
          name: input.name,
          organizationId: input.organizationId ?? null,
          tokenHash: hash,
          tokenPrefix: displayPrefix,
          // In the enum's order, whatever the input's: keys list alike however they were asked for.
          scopes: input.scopes ? Object.values(ApiKeyScope).filter((scope) => input.scopes!.includes(scope)) : null,
        }),
      );
      await this.audit.record(manager, principal, {
        action: 'api_key.create',
        entityType: 'api_key',
        entityId: apiKey.id,
        organizationId: apiKey.organizationId,
        changes: { name: apiKey.name, scopes: apiKey.scopes },
      });
      return { token, apiKey };
    });
  }

  async revoke(principal: Principal, id: string): Promise<ApiKey> {
    const apiKey = await this.apiKeys.findOneBy({ id });
    if (!apiKey) throw new NotFoundError('ApiKey', id);
    await this.assertCanManage(principal, apiKey.organizationId);
    if (apiKey.revokedAt) return apiKey;
    return this.dataSource.transaction(async (manager) => {
      apiKey.revokedAt = new Date();
      const saved = await manager.save(apiKey);
      await this.audit.record(manager, principal, {
        action: 'api_key.revoke',
        entityType: 'api_key',
        entityId: apiKey.id,
        organizationId: apiKey.organizationId,
      });
      // Its open websockets close too, on every API process, once this commits.
      await announceRevocation(manager, apiKeySubject(apiKey.id));
      return saved;
    });
  }

  async list(principal: Principal, organizationId: string | null): Promise<ApiKey[]> {
    await this.assertCanManage(principal, organizationId);
    return this.apiKeys.find({
      where: { organizationId: organizationId ?? IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  // Keys of an organization: its admins or the hub. Hub keys: the hub only.
  private async assertCanManage(principal: Principal, organizationId: string | null): Promise<void> {
    if (!organizationId) return principal.assertHub();
    await this.organizations.get(organizationId);
    principal.assertAdminOf(organizationId);
  }
}
