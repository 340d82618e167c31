import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Principal } from '../auth/principal';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { whereIn } from '../common/filtering/query-filters';
import { Connection, ConnectionArgs } from '../common/pagination/connection.type';
import { toIsoDate } from '../common/validation/dates';
import { PostingType } from '../postings/posting-type';
import { PostingsService } from '../postings/postings.service';
import { CreateNeedInput } from './dto/create-need.input';
import { NeedFilter } from './dto/need-filter.input';
import { UpdateNeedInput } from './dto/update-need.input';
import { NeedKind, NeedStatus } from './need.enums';
import { Need } from './need.entity';

const NEED: PostingType<Need> = {
  name: 'need',
  entity: Need,
  period: ['startsOn', 'endsOn'],
  // A draft can still be edited before it is opened.
  changeableIn: [NeedStatus.DRAFT, NeedStatus.OPEN],
  whenCleared: { preferredSectors: [], kind: NeedKind.LOCAL_CHALLENGE },
};

@Injectable()
export class NeedsService {
  constructor(private readonly postings: PostingsService) {}

  /** Stores the need, OPEN at once, with its outbox event in the same transaction. */
  create(principal: Principal, input: CreateNeedInput): Promise<Need> {
    return this.postings.create(NEED, principal, {
      organizationId: input.organizationId,
      title: input.title,
      description: input.description,
      kind: input.kind ?? NeedKind.LOCAL_CHALLENGE,
      themeCodes: input.themeCodes ?? [],
      resourceTypes: input.resourceTypes,
      municipalityCode: input.municipalityCode,
      startsOn: toIsoDate(input.startsOn),
      endsOn: toIsoDate(input.endsOn),
      respondBy: toIsoDate(input.respondBy),
      budgetEur: input.budgetEur ?? null,
      preferredSectors: input.preferredSectors ?? [],
      status: NeedStatus.OPEN,
    });
  }

  update(principal: Principal, input: UpdateNeedInput): Promise<Need> {
    return this.postings.update(NEED, principal, input);
  }

  /** The owner withdraws the need: it is no longer matched or suggested. */
  close(principal: Principal, id: string): Promise<Need> {
    return this.postings.close(NEED, principal, id, NeedStatus.CLOSED);
  }

  get(id: string): Promise<Need> {
    return this.postings.get(NEED, id);
  }

  findById(id: string): Promise<Need | null> {
    return this.postings.findById(NEED, id);
  }

  list(filter: NeedFilter | null | undefined, page: ConnectionArgs): Promise<Connection<Need>> {
    return this.postings.list(NEED, filter, page, (query, { kinds }) => whereIn(query, 'need.kind', kinds));
  }

  /** The request's batched need lookup. */
  loader(loaders: RequestLoaders): DataLoader<string, Need | null> {
    return this.postings.loader(NEED, loaders);
  }
}
