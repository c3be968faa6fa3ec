import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field({ description: 'True when another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` to get the next page; null on an empty page.',
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
    @Field({ description: 'Opaque position of this node, for `after`.' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionModel implements Connection<T> {
    @Field(() => [EdgeModel])
    edges!: EdgeModel[];

    @Field(() => PageInfoModel)
    pageInfo!: PageInfoModel;

    @Field(() => Int, { description: 'How many nodes match, over every page.' })
    totalCount!: number;
  }

  return ConnectionModel as Type<Connection<T>>;
}
