import { Clock } from '../../../common/clock/clock';
import { AppConfig } from '../../../config/app-config';
import { LinkTokens } from './link-tokens.service';

const OLD = 'o'.repeat(32);
const NEW = 'n'.repeat(32);
const clock = { now: () => new Date('2026-12-05T10:00:00Z') } as Clock;
const tokens = (jwtSecret: string, previousJwtSecret: string | null = null) => new LinkTokens({ jwtSecret, previousJwtSecret } as AppConfig, clock);

describe('LinkTokens', () => {
  it('accepts its own links, of their purpose only', () => {
    const links = tokens(NEW);
    const token = links.issue('unsubscribe', 'delivery-1');
    expect(links.verify(token, 'unsubscribe')).toMatchObject({ purpose: 'unsubscribe', deliveryId: 'delivery-1' });
    expect(links.verify(token, 'respond')).toBeNull();
    expect(links.verify(`${token}x`, 'unsubscribe')).toBeNull();
  });

  it('voids the links already sent when JWT_SECRET changes', () => {
    const sent = tokens(OLD).issue('unsubscribe', 'delivery-1');
    expect(tokens(NEW).verify(sent, 'unsubscribe')).toBeNull();
  });

  // A routine rotation: the e-mails already sent (accept and decline for 30 days, unsubscribe,
  // also a mail program's one-click button, for a year) keep working with the old secret kept.
  it('accepts the links signed with JWT_SECRET_PREVIOUS, and signs new ones with JWT_SECRET', () => {
    const sent = tokens(OLD).issue('respond', 'delivery-1');
    const rotated = tokens(NEW, OLD);
    expect(rotated.verify(sent, 'respond')).toMatchObject({ purpose: 'respond', deliveryId: 'delivery-1' });
    const fresh = rotated.issue('respond', 'delivery-2');
    expect(tokens(NEW).verify(fresh, 'respond')).toMatchObject({ deliveryId: 'delivery-2' });
    expect(tokens(OLD).verify(fresh, 'respond')).toBeNull();
    // Only the one secret before: a link of two rotations ago is void.
    expect(tokens('t'.repeat(32), NEW).verify(sent, 'respond')).toBeNull();
  });
});
