import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Repository } from 'typeorm';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { ConnectionArgs } from '../common/pagination/connection.type';
import { paginate } from '../common/pagination/paginate';
import { DeliveryConnection } from './delivery-connection.type';
import { Delivery } from './delivery.entity';
import { DeliveryChannel, DeliveryStatus } from './delivery.enums';

@ArgsType()
class DeliveriesArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The organization whose deliveries to list.' })
  @IsUUID()
  organizationId: string;

  @Field(() => DeliveryChannel, { nullable: true, description: 'Only deliveries over this channel; left out: every channel.' })
  @IsOptional()
  @IsEnum(DeliveryChannel)
  channel?: DeliveryChannel | null;

  @Field(() => DeliveryStatus, { nullable: true, description: 'Only deliveries in this status; left out: every status.' })
  @IsOptional()
  @IsEnum(DeliveryStatus)
  status?: DeliveryStatus | null;
}

@Resolver(() => Delivery)
export class DeliveriesResolver {
  constructor(@InjectRepository(Delivery) private readonly repository: Repository<Delivery>) {}

  @Query(() => DeliveryConnection, {
    description: "Everything sent (or to be sent) to an organization's people and systems, newest first: for its members and the hub.",
  })
  deliveries(@CurrentPrincipal() principal: Principal, @Args() args: DeliveriesArgs) {
    principal.assertMemberOf(args.organizationId);
    const query = this.repository.createQueryBuilder('delivery').where('delivery.organizationId = :organizationId', { organizationId: args.organizationId });
    if (args.channel) query.andWhere('delivery.channel = :channel', { channel: args.channel });
    if (args.status) query.andWhere('delivery.status = :status', { status: args.status });
    return paginate(query, args);
  }
}
