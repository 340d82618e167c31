import type { DeclineReason, Reach, ResourceType, Sector } from '../graphql/graphql';

// The schema's enum values in the order a form lists them.
export const RESOURCE_TYPES: readonly ResourceType[] = ['VOLUNTEERS', 'EXPERTISE', 'FUNDING', 'EQUIPMENT', 'PREMISES', 'SERVICE_DELIVERY', 'PROJECT_PARTNERSHIP'];
export const SECTORS: readonly Sector[] = ['NGO', 'MUNICIPALITY', 'PUBLIC_INSTITUTION', 'COMPANY', 'DEVELOPMENT_AGENCY'];
export const REACHES: readonly Reach[] = ['LOCAL', 'REGIONAL', 'NATIONAL'];
export const DECLINE_REASONS: readonly DeclineReason[] = ['NOT_RELEVANT', 'NO_CAPACITY', 'TOO_FAR', 'TIMING', 'OTHER'];
