import { graphql } from '../../../graphql';

export const MatchingSettingsQuery = graphql(`
  query MatchingSettings {
    matchingSettings {
      topicWeight
      geographyWeight
      timeWeight
      sectorWeight
      budgetWeight
      capacityWeight
      feedbackWeight
      geographyFactorForRemoteResources
      listingThreshold
      sendingThreshold
      defaultSendingThreshold
      sendingThresholdUpdatedAt
      sendingThresholdUpdatedBy
      listingLimit
      sendingTradeOffs {
        needs
        points {
          threshold
          pairsSent
          sentGood
          perfectPairsSent
          needsLeftQuiet
        }
      }
    }
  }
`);
