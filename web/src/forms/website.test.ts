import { describe, expect, it } from 'vitest';
import { withScheme } from './website';

describe('withScheme', () => {
  it('puts https:// in front of a host name typed without a scheme', () => {
    expect(withScheme('www.naklo.si')).toBe('https://www.naklo.si');
    expect(withScheme(' naklo.si ')).toBe('https://naklo.si');
    expect(withScheme('naklo.si/o-obcini?x=1')).toBe('https://naklo.si/o-obcini?x=1');
    expect(withScheme('občina-naklo.si:8080')).toBe('https://občina-naklo.si:8080');
  });

  it('leaves alone what is empty, has a scheme, or is no host name', () => {
    for (const value of ['', '  ', 'https://naklo.si', 'http://naklo.si', 'HTTPS://NAKLO.SI', 'naklo', 'naklo si.si', 'mailto:info@naklo.si', 'info@naklo.si', 'localhost']) {
      expect(withScheme(value)).toBe(value);
    }
  });
});
