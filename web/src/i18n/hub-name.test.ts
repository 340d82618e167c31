import { describe, expect, it } from 'vitest';
import sl from './sl.json';

/** Every text of a translation file, with its key. */
const textsOf = (resource: object, prefix = ''): [string, string][] =>
  Object.entries(resource).flatMap(([key, value]): [string, string][] =>
    typeof value === 'object' && value !== null ? textsOf(value, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)]],
  );

describe('the Slovenian texts', () => {
  it('call the hub "stičišče" everywhere, never "središče"', () => {
    expect(textsOf(sl).filter(([, text]) => /središč/i.test(text))).toEqual([]);
  });
});
