import { graphql } from '../../../graphql';

export const UpdateMatchingSettingsMutation = graphql(`
  mutation UpdateMatchingSettings($input: UpdateMatchingSettingsInput!) {
    updateMatchingSettings(input: $input) {
      sendingThreshold
      defaultSendingThreshold
      sendingThresholdUpdatedAt
      sendingThresholdUpdatedBy
    }
  }
`);
