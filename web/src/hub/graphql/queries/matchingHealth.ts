import { graphql } from '../../../graphql';

// Polled every 10 s: both answer quickly, even when Redis is down.
export const MatchingHealthQuery = graphql(`
  query MatchingHealth {
    matchingBacklog
    queueHealth {
      name
      waiting
      active
      delayed
      failed
    }
  }
`);
