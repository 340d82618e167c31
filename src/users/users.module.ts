import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { MembershipsResolver, UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, Membership, Invitation]), OrganizationsModule, AuthModule],
  providers: [UsersService, UsersResolver, MembershipsResolver],
})
export class UsersModule {}
