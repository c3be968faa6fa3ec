import { Field, Float, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateMediaUploadInput {
  @Field(() => ID)
  brandId!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'image/jpeg, image/png, image/webp, image/gif, video/mp4 or video/quicktime.' })
  contentType!: string;

  @Field(() => Float, { description: 'The exact size of the file in bytes.' })
  sizeBytes!: number;
}

@InputType()
export class UpdateMediaInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What the file shows, for screen readers. Empty to remove it.' })
  altText!: string;
}
