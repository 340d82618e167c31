import { describe, expect, it } from 'vitest';
import en from './en.json';
import sl from './sl.json';

/** Every text of a translation file, with its key. */
const textsOf = (resource: object, prefix = ''): [string, string][] =>
  Object.entries(resource).flatMap(([key, value]): [string, string][] =>
    typeof value === 'object' && value !== null ? textsOf(value, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)]],
  );

// The desk (/) goes by the name the navigation gives it: a button that leads there by
// another name ("Na namizje" beside "Pregled") reads as a different page.
describe.each([
  ['Slovenian', sl],
  ['English', en],
])('the %s texts', (_language, texts) => {
  it('name the desk as the navigation does, on its page and on the way there after joining', () => {
    expect(texts.desk.title).toBe(texts.nav.desk);
    expect(texts.acceptInvitation.toDesk).toContain(texts.nav.desk);
  });
});

describe('the Slovenian texts', () => {
  it('never call the desk "namizje"', () => {
    expect(textsOf(sl).filter(([, text]) => /namiz/i.test(text))).toEqual([]);
  });
});
