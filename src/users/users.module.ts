import { AccountLoginThrottle } from './account-login-throttle';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AccountMail } from './account-mail.service';
import { PasswordResetRequests } from './password-reset-requests';
import { PasswordResetTokens } from './password-reset-tokens';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { MembershipsResolver, UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, Membership, Invitation]), OrganizationsModule],
  providers: [UsersService, UsersResolver, MembershipsResolver, AccountMail, PasswordResetTokens, PasswordResetRequests, AccountLoginThrottle],
})
export class UsersModule {}
