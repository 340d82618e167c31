import { graphql } from '../../../graphql';

export const HubStatisticsQuery = graphql(`
  query HubStatistics($from: DateTime, $to: DateTime, $interval: StatisticsInterval!) {
    hubStatistics(from: $from, to: $to) {
      partnershipsFormed
      partnershipsCompleted
      publicServicesDelivered
      suggestionsSent
      suggestionsAccepted
      suggestionsDeclined
      ngosInvolved
      timeline(interval: $interval) {
        periodStart
        partnershipsFormed
        suggestionsSent
        accepted
        declined
      }
      declineReasons {
        reason
        count
      }
      partnershipsByMunicipality {
        count
        municipality {
          code
          name
        }
      }
      partnershipsBySectorPair {
        needSector
        partnerSector
        count
      }
    }
  }
`);
