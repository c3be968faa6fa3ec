import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Network, PublishFailureCode } from '@relais/contracts';
import { NetworkEnum } from '../graphql/enums';
import { PublishFailureCodeEnum } from './publishing.enums';

@ObjectType('PublicationSummary', {
  description:
    'A post’s publishing outcome in figures, for the client to say in the reader’s language: how many accounts failed of how many, and for a failure its network, code and the network’s own words.',
})
export class PublicationSummaryModel {
  @Field(() => Int, { description: 'The accounts the post (or the occurrence) was sent to.' })
  total!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => NetworkEnum, {
    nullable: true,
    description: 'The network of the failure given (the last account to fail); null when all published.',
  })
  network!: Network | null;

  @Field(() => PublishFailureCodeEnum, { nullable: true })
  failureCode!: PublishFailureCode | null;

  @Field(() => String, {
    nullable: true,
    description: 'The network’s own words about the failure, verbatim, when it gave some.',
  })
  networkMessage!: string | null;
}
