import { Module } from '@nestjs/common';
import { GraphiqlController } from './graphiql.controller';

/**
 * The GraphiQL explorer at `/graphiql`, served entirely from node_modules so it works offline.
 * Import it only outside production: the explorer is off there (SPEC.md section 6).
 */
@Module({
  controllers: [GraphiqlController],
})
export class GraphiqlModule {}
