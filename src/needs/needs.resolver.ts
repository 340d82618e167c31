import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Loaders } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { Municipality } from '../reference-data/municipality.entity';
import { municipalityOf, themesOf } from '../reference-data/reference-data.resolver';
import { Theme } from '../reference-data/theme.entity';
import { CreateNeedInput } from './dto/create-need.input';
import { NeedsArgs } from './dto/needs.args';
import { UpdateNeedInput } from './dto/update-need.input';
import { NeedConnection } from './need-connection.type';
import { Need } from './need.entity';
import { NeedsService } from './needs.service';

@Resolver(() => Need)
export class NeedsResolver {
  constructor(
    private readonly needsService: NeedsService,
    private readonly organizationsService: OrganizationsService,
  ) {}

  @Query(() => Need, { nullable: true })
  need(@Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<Need | null> {
    return this.needsService.findById(id);
  }

  @Query(() => NeedConnection, { description: 'Needs, newest first.' })
  needs(@Args() args: NeedsArgs) {
    return this.needsService.list(args.filter, args);
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

  @ResolveField(() => Organization)
  async organization(@Parent() need: Need, @Loaders() loaders: RequestLoaders): Promise<Organization> {
    return (await this.organizationsService.loader(loaders).load(need.organizationId)) as Organization;
  }

  @ResolveField(() => Municipality)
  municipality(@Parent() need: Need): Municipality {
    return municipalityOf(need.municipalityCode);
  }

  @ResolveField(() => [Theme], { description: 'Themes given by the poster (empty: inferred from the text when matching).' })
  themes(@Parent() need: Need): Theme[] {
    return themesOf(need.themeCodes);
  }
}
