import { graphql } from '../../../graphql';

// A membership as the member controls show it (MemberList): /settings and the hub's view of
// an organization's people read the same fields.
export const MemberFragment = graphql(`
  fragment MemberFields on Membership {
    id
    role
    createdAt
    user {
      id
      name
      email
    }
  }
`);
