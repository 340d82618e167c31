import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Role } from '../../auth/role.enum';

@InputType({ description: "A member changes their own membership settings; the organization's admins and the hub may too, and they alone change the role. Fields left out stay as they are." })
export class UpdateMembershipInput {
  @Field(() => ID, { description: 'The membership (Membership.id), not the user.' })
  @IsUUID()
  id: string;

  @Field(() => Boolean, { nullable: true, description: "Receive the organization's e-mails (suggestions, partnerships, responses); false: none. True, sent by the member themself, also lifts their address's unsubscribe from the organization's e-mails (Membership.emailUnsubscribed)." })
  @IsOptional()
  @IsBoolean()
  notifySuggestions?: boolean | null;

  @Field(() => Role, {
    nullable: true,
    description:
      "The member's role in the organization: only its admins and the hub may set it (a member sending it, even unchanged, gets FORBIDDEN). " +
      'CONFLICT LAST_ADMIN when it would leave the organization without an admin. Counts from the next request; the member\'s open subscriptions are checked again at once.',
  })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;
}
