import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.type';
import { Match } from './match.entity';

@ObjectType({ description: 'A page of matches (a Relay connection), best first: by score, then by id.' })
export class MatchConnection extends ConnectionType(Match, 'best first (by score, then by id)') {}
