import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page: ask again with after = endCursor.' })
  hasNextPage: boolean;

  @Field({ description: 'True when this page was asked for with `after` (it is not the first page).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The first edge's cursor; null on an empty page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The last edge's cursor, to pass as `after` for the next page; null on an empty page." })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page. Cursors do not expire: reading on works after that item closed or changed; only a string that is no cursor is refused (BAD_USER_INPUT, constraint isCursor).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for one node type: `NeedConnection`, `NeedEdge`; `order` says how its pages are sorted. */
export function ConnectionType<T>(nodeType: Type<T>, order = 'newest first'): Type<Connection<T>> {
  @ObjectType(`${nodeType.name}Edge`, { description: `One ${nodeType.name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'An opaque position in the list: pass it as `after` to read on from here.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${nodeType.name}.` })
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionClass {
    @Field(() => [EdgeType], { description: `This page of items, ${order}.` })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to read the next one.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter, on all pages.' })
    totalCount: number;
  }

  return ConnectionClass as Type<Connection<T>>;
}
