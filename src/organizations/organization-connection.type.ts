import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.type';
import { Organization } from './organization.entity';

@ObjectType()
export class OrganizationConnection extends ConnectionType(Organization) {}
