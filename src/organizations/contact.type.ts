import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "An organization's contact: personal data, revealed only under the consent rules." })
export class Contact {
  @Field({ description: "The contact person's name, or the organization's name when no contact person is given." })
  name: string;

  @Field(() => String, { nullable: true, description: "The organization's contact e-mail; null when not given." })
  email: string | null;

  @Field(() => String, { nullable: true, description: "The organization's contact phone; null when not given." })
  phone: string | null;
}
