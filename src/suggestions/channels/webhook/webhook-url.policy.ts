import { Inject, Injectable } from '@nestjs/common';
import { lookup as lookupCallback, LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP, LookupFunction } from 'node:net';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';

/**
 * Addresses a webhook may not reach in production: whatever is inside our network or not
 * a real destination (SPEC.md section 6, no server-side request forgery). IPv4 rules also
 * match the IPv4-mapped IPv6 form (::ffff:10.0.0.1).
 */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, including the cloud metadata service 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments (Teredo among them)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: an IPv4 address of any kind inside
  ['3fff::', 20], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

const IPV4_MAPPED = new BlockList();
IPV4_MAPPED.addSubnet('::ffff:0:0', 96, 'ipv6');

// Everything routable on the IPv6 internet is in 2000::/3; the rest is reserved.
const GLOBAL_UNICAST = new BlockList();
GLOBAL_UNICAST.addSubnet('2000::', 3, 'ipv6');

/** True when an IP address (v4 or v6) is on the public internet. */
export function isPublicAddress(address: string): boolean {
  const withoutZone = address.split('%')[0]; // fe80::1%eth0
  const family = isIP(withoutZone);
  if (family === 4) return !NON_PUBLIC.check(withoutZone, 'ipv4');
  if (family !== 6) return false;
  if (NON_PUBLIC.check(withoutZone, 'ipv6')) return false;
  if (IPV4_MAPPED.check(withoutZone, 'ipv6')) return true; // a public IPv4 address, judged above
  return GLOBAL_UNICAST.check(withoutZone, 'ipv6');
}

/**
 * Which part of the policy refused a URL (FieldError.reason), so that a client can say what
 * the running configuration requires: the scheme differs between production and the rest.
 */
export type UrlRefusal = 'HTTPS_ONLY' | 'HTTP_OR_HTTPS' | 'CREDENTIALS' | 'NOT_PUBLIC' | 'NOT_RESOLVED';

export type UrlVerdict =
  | { allowed: true; url: URL }
  /**
   * retryable: the answer may change (the host did not resolve just now). constraint: the
   * rule, for BAD_USER_INPUT's fields: isUrl when the text is no URL at all, else isAllowedUrl,
   * with the refusal naming which part of it.
   */
  | { allowed: false; reason: string; retryable: boolean; constraint: 'isUrl' }
  | { allowed: false; reason: string; retryable: boolean; constraint: 'isAllowedUrl'; refusal: UrlRefusal };

export type ResolveAll = (hostname: string) => Promise<string[]>;

const resolveWithDns: ResolveAll = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

const refuse = (refusal: UrlRefusal, reason: string, retryable = false): UrlVerdict => ({
  allowed: false,
  reason,
  retryable,
  constraint: 'isAllowedUrl',
  refusal,
});

/**
 * Whether a webhook may be sent to this URL. Outside production any http(s) URL, loopback
 * included, so that a receiver on a developer's machine works. In production only https,
 * and only to a host all of whose addresses are public (one private address would be
 * enough for a request to land inside).
 */
export async function checkWebhookUrl(
  text: string,
  options: { production: boolean; resolve?: ResolveAll },
): Promise<UrlVerdict> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { allowed: false, reason: 'must be an absolute URL, e.g. https://partner.example/webhooks', retryable: false, constraint: 'isUrl' };
  }
  const protocols = options.production ? ['https:'] : ['https:', 'http:'];
  if (!protocols.includes(url.protocol)) {
    return options.production ? refuse('HTTPS_ONLY', 'must be an https URL') : refuse('HTTP_OR_HTTPS', 'must be an http or https URL');
  }
  // Credentials in the URL would be stored and shown in plain text; the signature authenticates us instead.
  if (url.username || url.password) return refuse('CREDENTIALS', 'must not contain a user name or password');
  if (!options.production) return { allowed: true, url };

  const host = url.hostname.replace(/^\[(.*)\]$/, '$1'); // [::1] -> ::1
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await (options.resolve ?? resolveWithDns)(host);
    } catch {
      return refuse('NOT_RESOLVED', `host ${host} does not resolve`, true);
    }
    if (addresses.length === 0) return refuse('NOT_RESOLVED', `host ${host} does not resolve`, true);
  }
  const internal = addresses.find((address) => !isPublicAddress(address));
  // Which internal address a name resolves to is not said: the answer would map the hub's
  // own network (its database's and Redis's names) for anyone allowed to add a webhook.
  if (internal) return refuse('NOT_PUBLIC', isIP(host) ? `must point to a public address (${host} is not one)` : `must point to a public address (${host} resolves to an internal one)`);
  return { allowed: true, url };
}

/**
 * A DNS lookup for the webhook's connection that refuses non-public answers. The URL is
 * checked before sending, but DNS may answer differently a moment later (rebinding):
 * checking the very addresses the socket connects to closes that gap.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookupCallback(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const internal = addresses.find((entry) => !isPublicAddress(entry.address));
    if (internal || addresses.length === 0) {
      // Recorded as the delivery's last error, which its organization reads: no address in it.
      const refused = Object.assign(new Error(`${hostname} does not resolve to a public address`), {
        code: 'ENOTPUBLIC',
      });
      return callback(refused, '', 0);
    }
    if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
    return callback(null, addresses[0].address, addresses[0].family);
  });
};

/** The policy with the service's configuration, for creating and for sending. */
@Injectable()
export class WebhookUrlPolicy {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  check(url: string): Promise<UrlVerdict> {
    return checkWebhookUrl(url, { production: this.config.isProduction });
  }

  /** The lookup for the connection itself: guarded in production, the system's otherwise. */
  get connectionLookup(): LookupFunction | undefined {
    return this.config.isProduction ? publicOnlyLookup : undefined;
  }
}
