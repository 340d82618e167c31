import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.type';
import { Organization } from './organization.entity';

@ObjectType({ description: 'A page of organizations (a Relay connection), newest first.' })
export class OrganizationConnection extends ConnectionType(Organization) {}
