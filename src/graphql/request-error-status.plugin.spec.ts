import { APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, responseMediaType } from './request-error-status.plugin';

describe('responseMediaType (the media type a GraphQL answer goes out in)', () => {
  it.each([
    [undefined, APPLICATION_JSON],
    ['', APPLICATION_JSON],
    ['application/json', APPLICATION_JSON],
    ['*/*', APPLICATION_JSON],
    ['application/*', APPLICATION_JSON],
    ['application/json, application/graphql-response+json', APPLICATION_JSON],
    ['application/graphql-response+json', GRAPHQL_RESPONSE_JSON],
    ['application/graphql-response+json, application/json', GRAPHQL_RESPONSE_JSON],
    // Apollo Client 4, the web app.
    ['application/graphql-response+json,application/json;q=0.9', GRAPHQL_RESPONSE_JSON],
    ['application/json;q=0.5, application/graphql-response+json;q=0.8', GRAPHQL_RESPONSE_JSON],
    ['*/*, application/graphql-response+json', GRAPHQL_RESPONSE_JSON],
    ['*/*;q=0.1, application/json', APPLICATION_JSON],
    ['application/json; charset=utf-8', APPLICATION_JSON],
    ['*/*, application/json;q=0', GRAPHQL_RESPONSE_JSON],
    ['text/html', null],
    ['application/json;q=0', null],
    ['nonsense', null],
  ])('Accept %p answers %p', (accept, expected) => {
    expect(responseMediaType(accept)).toBe(expected);
  });
});
