import { loggedPath } from './logger-options';

describe('loggedPath', () => {
  it('keeps no signed link token of an e-mail', () => {
    expect(loggedPath('/suggestions/eyJwIjoiciIsImQiOiJ4In0.c2lnbmF0dXJl/accept')).toBe('/suggestions/[redacted]/accept');
    expect(loggedPath('/suggestions/eyJwIjoi/decline?x=1')).toBe('/suggestions/[redacted]/decline');
    expect(loggedPath('/unsubscribe/eyJwIjoidSJ9.c2ln')).toBe('/unsubscribe/[redacted]');
  });

  it('drops the query string, which may carry GraphQL variables or a sign-up token', () => {
    expect(loggedPath('/graphql?query=%7Bme%7D&variables=%7B%7D')).toBe('/graphql');
    expect(loggedPath('/signup?token=abc')).toBe('/signup');
  });

  it('leaves other paths as they are', () => {
    expect(loggedPath('/health/ready')).toBe('/health/ready');
    expect(loggedPath('/needs/3f0c/edit')).toBe('/needs/3f0c/edit');
  });
});
