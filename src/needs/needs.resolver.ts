import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { selectsTotalCount } from '../common/pagination/selects-total-count';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { CreateNeedInput } from './dto/create-need.input';
import { NeedsArgs } from './dto/needs.args';
import { UpdateNeedInput } from './dto/update-need.input';
import { NeedConnection } from './need-connection.type';
import { Need } from './need.entity';
import { NeedsService } from './needs.service';

@Resolver(() => Need)
export class NeedsResolver {
  constructor(private readonly needsService: NeedsService) {}

  @Query(() => Need, { nullable: true })
  need(@Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<Need | null> {
    return this.needsService.findById(id);
  }

  @Query(() => NeedConnection, { description: 'Needs, newest first.' })
  needs(@Args() args: NeedsArgs, @Info() info: GraphQLResolveInfo) {
    return this.needsService.list(args.filter, args, { totalCount: selectsTotalCount(info) });
  }

  @Mutation(() => Need, { description: 'Posts a need; it is OPEN and matched at once.' })
  createNeed(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateNeedInput) {
    return this.needsService.create(principal, input);
  }

  @Mutation(() => Need, { description: "Changes an OPEN need; its owner's members or the hub." })
  updateNeed(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateNeedInput) {
    return this.needsService.update(principal, input);
  }

  @Mutation(() => Need, { description: 'Withdraws a need (status CLOSED).' })
  closeNeed(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, ParseUuidPipe) id: string) {
    return this.needsService.close(principal, id);
  }
}
