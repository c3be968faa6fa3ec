import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

/** Bookkeeping of a connection (edges, cursors, page info, counts) is free; nodes and their fields cost. */
const FREE = 0;

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field({ description: 'True when another page follows this one.', complexity: FREE })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` to get the next page; null on an empty page.',
    complexity: FREE,
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoModel;
  totalCount: number;
}

/**
 * A cursor connection type for `node` (`edges { cursor node }`, `pageInfo`, `totalCount`).
 * `name` is the node's GraphQL name: `connectionOf(BrandModel, 'Brand')` defines `BrandEdge` and the
 * base class of `BrandConnection`.
 */
export function connectionOf<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeModel implements Edge<T> {
    @Field({ description: 'Opaque position of this node, for `after`.', complexity: FREE })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionModel implements Connection<T> {
    @Field(() => [EdgeModel], { complexity: FREE })
    edges!: EdgeModel[];

    @Field(() => PageInfoModel, { complexity: FREE })
    pageInfo!: PageInfoModel;

    @Field(() => Int, { description: 'How many nodes match, over every page.', complexity: FREE })
    totalCount!: number;
  }

  return ConnectionModel as Type<Connection<T>>;
}
