import { graphql } from '../../../graphql';

// Polled with the queue health: the backlog lane by lane, and how far a re-score of everything is.
export const MatchingLanesQuery = graphql(`
  query MatchingLanes {
    matchingLanes {
      name
      waiting
      active
      delayed
    }
    rematchProgress {
      startedAt
      total
      done
      finishedAt
    }
  }
`);
