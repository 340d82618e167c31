import { LookupAddress } from 'node:dns';
import { createServer, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { checkWebhookUrl, isPublicAddress, publicOnlyLookup, ResolveAll } from './webhook-url.policy';

describe('isPublicAddress', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '100.63.255.255', // just below carrier-grade NAT
    '100.128.0.0', // just above it
    '172.15.255.255', // just below 172.16/12
    '172.32.0.0', // just above it
    '2a00:1450:4001:80b::200e',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
  ])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'cloud metadata (link-local)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['0.0.0.0', 'this network'],
    ['0.1.2.3', 'this network'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fc00::1', 'unique local'],
    ['fd12:3456:789a::1', 'unique local'],
    ['fe80::1', 'IPv6 link-local'],
    ['fe80::1%eth0', 'IPv6 link-local with a zone'],
    ['ff02::1', 'IPv6 multicast'],
    ['2001:db8::1', 'IPv6 documentation'],
    ['2002:7f00:1::1', '6to4'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback in hex'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
    ['::127.0.0.1', 'IPv4-compatible (deprecated)'],
    ['64:ff9b::a00:1', 'NAT64'],
    ['not-an-address', 'not an IP'],
  ])('refuses %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe('checkWebhookUrl', () => {
  const resolvesTo =
    (...addresses: string[]): ResolveAll =>
    async () =>
      addresses;
  const unresolvable: ResolveAll = async () => {
    throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
  };

  describe('outside production', () => {
    const check = (url: string) => checkWebhookUrl(url, { production: false, resolve: unresolvable });

    it.each(['http://127.0.0.1:4000/hook', 'http://localhost/hook', 'https://10.0.0.1/', 'http://[::1]:8080/'])(
      'accepts %s, loopback and private included',
      async (url) => {
        expect(await check(url)).toMatchObject({ allowed: true });
      },
    );

    it.each([
      ['ftp://example.org/', /http or https/, 'isAllowedUrl', 'HTTP_OR_HTTPS'],
      ['file:///etc/passwd', /http or https/, 'isAllowedUrl', 'HTTP_OR_HTTPS'],
      ['not a url', /absolute URL/, 'isUrl', undefined],
      ['/relative/path', /absolute URL/, 'isUrl', undefined],
      ['http://user:pass@localhost/', /user name or password/, 'isAllowedUrl', 'CREDENTIALS'],
    ])('refuses %s, naming the part of the policy outside production (no https or public address asked for)', async (url, reason, constraint, refusal) => {
      const verdict = await check(url);
      expect(verdict).toMatchObject({ allowed: false, retryable: false, constraint });
      expect(verdict.allowed === false && verdict.reason).toMatch(reason);
      expect(verdict.allowed === false && verdict.constraint === 'isAllowedUrl' ? verdict.refusal : undefined).toBe(refusal);
    });
  });

  describe('in production', () => {
    const check = (url: string, resolve: ResolveAll) => checkWebhookUrl(url, { production: true, resolve });

    it('accepts https to a host with only public addresses', async () => {
      expect(await check('https://partner.example/hook', resolvesTo('93.184.216.34', '2606:2800:220:1::1'))).toMatchObject({
        allowed: true,
      });
      expect(await check('https://8.8.8.8/hook', unresolvable)).toMatchObject({ allowed: true });
    });

    it('refuses http even to a public address', async () => {
      expect(await check('http://partner.example/hook', resolvesTo('93.184.216.34'))).toMatchObject({
        allowed: false,
        reason: 'must be an https URL',
        constraint: 'isAllowedUrl',
        refusal: 'HTTPS_ONLY',
      });
    });

    it.each([
      'https://127.0.0.1/',
      'https://10.0.0.1/',
      'https://169.254.169.254/latest/meta-data/',
      'https://[::1]/',
      'https://[::ffff:127.0.0.1]/',
      'https://[fd00::1]/',
      'https://2130706433/', // 127.0.0.1 as one number: the URL parser normalises it
      'https://0x7f.1/',
    ])('refuses an internal IP literal: %s', async (url) => {
      expect(await check(url, unresolvable)).toMatchObject({
        allowed: false,
        retryable: false,
        reason: expect.stringMatching(/public address/),
        constraint: 'isAllowedUrl',
        refusal: 'NOT_PUBLIC',
      });
    });

    it('refuses a host that resolves to a private address', async () => {
      expect(await check('https://intranet.example/', resolvesTo('192.168.0.10'))).toMatchObject({
        allowed: false,
        retryable: false,
        reason: 'must point to a public address (intranet.example resolves to an internal one)',
        refusal: 'NOT_PUBLIC',
      });
    });

    it('refuses a host with one private address among public ones', async () => {
      expect(await check('https://mixed.example/', resolvesTo('93.184.216.34', '10.1.2.3'))).toMatchObject({ allowed: false, retryable: false });
    });

    it('refuses a host that does not resolve, as retryable', async () => {
      expect(await check('https://gone.example/', unresolvable)).toMatchObject({ allowed: false, retryable: true, constraint: 'isAllowedUrl', refusal: 'NOT_RESOLVED' });
      expect(await check('https://empty.example/', resolvesTo())).toMatchObject({ allowed: false, retryable: true, refusal: 'NOT_RESOLVED' });
    });

    it('refuses credentials', async () => {
      expect(await check('https://user:secret@partner.example/', resolvesTo('93.184.216.34'))).toMatchObject({ allowed: false, refusal: 'CREDENTIALS' });
    });

    it('checks localhost through the real resolver', async () => {
      expect(await checkWebhookUrl('https://localhost/', { production: true })).toMatchObject({ allowed: false });
    });
  });
});

describe('publicOnlyLookup', () => {
  const lookupAll = (hostname: string) =>
    new Promise<LookupAddress[]>((resolve, reject) =>
      publicOnlyLookup(hostname, { all: true }, ((error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) =>
        error ? reject(error) : resolve(addresses)) as never),
    );
  const lookupOne = (hostname: string) =>
    new Promise<string>((resolve, reject) =>
      publicOnlyLookup(hostname, {}, (error, address) => (error ? reject(error) : resolve(address as string))),
    );

  it('refuses a host whose answer is loopback, whichever way the socket asks', async () => {
    await expect(lookupAll('localhost')).rejects.toMatchObject({ code: 'ENOTPUBLIC' });
    await expect(lookupOne('localhost')).rejects.toMatchObject({ code: 'ENOTPUBLIC' });
  });

  it('does not name the internal address, which becomes the delivery error its organization reads', async () => {
    await expect(lookupOne('localhost')).rejects.toMatchObject({ message: 'localhost does not resolve to a public address' });
  });

  it('passes an IP literal of a public address through', async () => {
    expect(await lookupOne('8.8.8.8')).toBe('8.8.8.8');
    expect(await lookupAll('8.8.8.8')).toEqual([{ address: '8.8.8.8', family: 4 }]);
  });
});

describe('publicOnlyLookup on a real connection', () => {
  const server = createServer((_request, response) => response.writeHead(204).end());
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const statusOf = (lookup?: typeof publicOnlyLookup) =>
    new Promise<number>((resolve, reject) => {
      const url = `http://localhost:${(server.address() as AddressInfo).port}/`;
      request(url, { method: 'POST', agent: false, lookup }, (response) => {
        resolve(response.statusCode ?? 0);
        response.resume();
      })
        .on('error', reject)
        .end();
    });

  it('stops the socket from connecting to a host that resolves to loopback', async () => {
    expect(await statusOf()).toBe(204); // reachable with the system's lookup
    await expect(statusOf(publicOnlyLookup)).rejects.toMatchObject({ code: 'ENOTPUBLIC' });
  });
});
