import { GraphQLSchema } from 'graphql';

/**
 * Code-first decorators cannot describe the root types, so their GraphiQL and codegen docs
 * are set here, on the schema Nest built (transformSchema), before it is served or printed.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) {
    query.description =
      "What the API reads. Send 'Authorization: Bearer <token>' (a user's JWT or an API key; the web app sends its session cookie instead); only the reference data (municipalities, themes), viewer (who is calling) and the invitation preview are public.";
  }
  if (mutation) {
    mutation.description =
      "What the API changes. Members act for their own organization, the hub for any; a refused input answers BAD_USER_INPUT with the failing fields and stores nothing.";
  }
  if (subscription) {
    subscription.description = "Live events over graphql-ws at /graphql, authenticated with connectionParams { Authorization: 'Bearer <token>' }; a connection without a valid credential (none, an unknown or revoked key) is closed with code 4403, as is an open one whose credential stops being valid; one with a key from an address blocked for failed authentications is closed with code 1013 (Try Again Later, the reason saying in how many seconds), which graphql-ws clients retry with backoff. A subscription to an organization's events the caller may no longer follow (a membership removed, the organization erased) completes, and the connection stays open. Nothing missed while disconnected is replayed: webhooks are retried.";
  }
  return schema;
}
