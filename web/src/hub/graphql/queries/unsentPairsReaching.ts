import { graphql } from '../../../graphql';

/** What lowering the sending threshold would send at once: asked before the change is saved. */
export const UnsentPairsReachingQuery = graphql(`
  query UnsentPairsReaching($sendingThreshold: Float!) {
    unsentPairsReaching(sendingThreshold: $sendingThreshold)
  }
`);
