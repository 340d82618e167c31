import { Type } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../auth/auth.decorators';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { Municipality } from '../reference-data/municipality.entity';
import { municipalityOf, themesOf } from '../reference-data/reference-data.resolver';
import { Theme } from '../reference-data/theme.entity';
import { Posting } from './posting.entity';

/**
 * The fields a need and an offer resolve alike. A factory, so that each resolver extends a
 * base class of its own: @nestjs/graphql serves the handlers of a base class through only
 * one of the resolvers extending it.
 */
export function PostingResolver<T extends Posting>(postingType: Type<T>) {
  @Resolver(() => postingType, { isAbstract: true })
  abstract class PostingResolverHost {
    constructor(protected readonly organizationsService: OrganizationsService) {}

    // Usually loaded with the posting (PostingsService joins it); otherwise (a posting a
    // mutation returned, say) by the request's batched lookup.
    @ResolveField(() => Organization)
    async organization(@Parent() posting: Posting, @Loaders() loaders: RequestLoaders): Promise<Organization> {
      return posting.organization ?? ((await this.organizationsService.loader(loaders).load(posting.organizationId)) as Organization);
    }

    @ResolveField(() => Municipality)
    municipality(@Parent() posting: Posting): Municipality {
      return municipalityOf(posting.municipalityCode);
    }

    @ResolveField(() => [Theme], { description: 'Themes given by the poster (empty: inferred from the text when matching).' })
    themes(@Parent() posting: Posting): Theme[] {
      return themesOf(posting.themeCodes);
    }
  }
  return PostingResolverHost;
}
