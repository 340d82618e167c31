import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "An organization's contact: personal data, revealed only under the consent rules." })
export class Contact {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}
