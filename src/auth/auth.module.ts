import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKey } from '../api-keys/api-key.entity';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Membership } from '../users/membership.entity';
import { User } from '../users/user.entity';
import { ApiKeyUsage } from './api-key-usage';
import { AuthService } from './auth.service';
import { FailedAuthenticationLimiter } from './failed-authentication.limiter';
import { OpenConnections } from './open-connections';
import { RevokedSession } from './revoked-session.entity';
import { WebsocketAuthentication } from './websocket-authentication';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([ApiKey, User, Membership, RevokedSession]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { expiresIn: '12h', issuer: 'grozd-match' },
        verifyOptions: { issuer: 'grozd-match', algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [ApiKeyUsage, AuthService, FailedAuthenticationLimiter, OpenConnections, WebsocketAuthentication],
  exports: [ApiKeyUsage, AuthService, FailedAuthenticationLimiter, OpenConnections],
})
export class AuthModule {}
