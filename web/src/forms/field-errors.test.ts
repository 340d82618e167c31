import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import sl from '../i18n/sl.json';
import { setupI18n } from '../i18n/i18n';
import { type ApiFieldError, fieldErrorMessage, fieldErrorsOf } from './field-errors';

/** Every key of a translation file, with i18next's plural endings taken off (sl has _two and _few, en not). */
const keysOf = (resource: object, prefix = ''): string[] =>
  Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );

// Refusals the API makes after validation that a person can meet in the app, by the rule it names.
const REFUSALS: [string, ApiFieldError, string, string][] = [
  ['needId', { field: 'needId', message: 'is your own need', constraint: 'isNotOwnNeed' }, 'Na potrebo svoje organizacije se ne morete odzvati.', 'You cannot respond to a need of your own organization.'],
  ['password', { field: 'password', message: 'is not your password', constraint: 'isCurrentPassword' }, 'Geslo ni pravilno.', 'This is not your password.'],
  [
    'offerId',
    { field: 'offerId', message: 'must be an offer of the responding organization', constraint: 'isOwnOffer' },
    'Izberite ponudbo svoje organizacije.',
    'Choose an offer of your own organization.',
  ],
  ['offerId', { field: 'offerId', message: 'must be an open offer', constraint: 'isOpen' }, 'Ta ponudba ni več odprta: izberite drugo ali nobene.', 'This offer is no longer open: choose another, or none.'],
  [
    'token',
    { field: 'token', message: 'is invalid, expired or already used: ask for a new link', constraint: 'isValidToken' },
    'Povezava ne velja (več). Prosite za novo.',
    'The link is not valid (any more). Ask for a new one.',
  ],
  ['after', { field: 'after', message: 'is not a cursor from this list', constraint: 'isCursor' }, 'Seznam se je medtem spremenil: naložite stran znova.', 'The list has changed meanwhile: reload the page.'],
  [
    'endsOn',
    { field: 'endsOn', message: 'must not be before today (2026-12-03 in Slovenia)', constraint: 'isNotPast' },
    'Ta dan je že mimo: izberite današnji ali poznejši datum.',
    'This day has passed: choose today or a later date.',
  ],
  ['to', { field: 'to', message: 'must be after from', constraint: 'isAfter' }, 'Konec mora biti za začetkom.', 'The end must be after the start.'],
  [
    'interval',
    { field: 'interval', message: 'the window holds more than 1000 periods: choose MONTH or a shorter window', constraint: 'maxPeriods', limit: 1000 },
    'Obdobje je predolgo za ta prikaz (največ 1000 intervalov): izberite mesece ali krajše obdobje.',
    'The window is too long for this chart (at most 1000 periods): choose months or a shorter window.',
  ],
  // A webhook's address, by the part of the URL policy that refused it: what the running configuration
  // requires (https to a public address only in production), not production's rules everywhere.
  [
    'url',
    { field: 'url', message: 'must be an http or https URL', constraint: 'isAllowedUrl', reason: 'HTTP_OR_HTTPS' },
    'Ta spletni naslov ni dovoljen: uporabite naslov, ki se začne s http:// ali https://.',
    'This address is not allowed: use one that begins with http:// or https://.',
  ],
  [
    'url',
    { field: 'url', message: 'must not contain a user name or password', constraint: 'isAllowedUrl', reason: 'CREDENTIALS' },
    'Ta spletni naslov ni dovoljen: odstranite iz njega uporabniško ime in geslo.',
    'This address is not allowed: leave the user name and password out of it.',
  ],
  [
    'url',
    { field: 'url', message: 'must be an https URL', constraint: 'isAllowedUrl', reason: 'HTTPS_ONLY' },
    'Ta spletni naslov ni dovoljen: uporabite naslov https (ki se začne s https://).',
    'This address is not allowed: use an https address (one that begins with https://).',
  ],
  [
    'url',
    { field: 'url', message: 'must point to a public address (10.0.0.1 is not one)', constraint: 'isAllowedUrl', reason: 'NOT_PUBLIC' },
    'Ta spletni naslov ni dovoljen: uporabite naslov v javnem internetu, ne v zasebnem omrežju.',
    'This address is not allowed: use one on the public internet, not inside a private network.',
  ],
  [
    'url',
    { field: 'url', message: 'host gone.example does not resolve', constraint: 'isAllowedUrl', reason: 'NOT_RESOLVED' },
    'Strežnika s tem naslovom ni bilo mogoče najti: preverite naslov ali poskusite znova pozneje.',
    "This address's server was not found: check the address, or try again later.",
  ],
  // A part this app does not know yet: the rule, claiming no part of it.
  ['url', { field: 'url', message: 'must be nicer', constraint: 'isAllowedUrl', reason: 'NEWER_PART' }, 'Ta spletni naslov ni dovoljen.', 'This address is not allowed.'],
  ['organizationId', { field: 'organizationId', message: 'say which organization responds', constraint: 'isDefined' }, 'Izpolnite to polje.', 'Fill in this field.'],
  // A name or title pasted with a tab, a line break or an invisible direction mark in it (a text field keeps them).
  [
    'title',
    {
      field: 'input.title',
      message: 'must be one line of text, without line breaks, tabs, other control characters or invisible direction marks (U+202A-202E, U+2066-2069)',
      constraint: 'isSingleLine',
    },
    'Vpišite eno vrstico brez prelomov vrstic, tabulatorjev, drugih kontrolnih znakov in nevidnih oznak smeri pisanja.',
    'Enter one line, without line breaks, tabs, other control characters or invisible direction marks.',
  ],
  // Refused for its check digit, usually with 8 digits typed: "(8 digits)" alone told the person to do what they had done.
  [
    'taxNumber',
    { field: 'input.taxNumber', message: 'taxNumber must be a valid Slovenian tax number', constraint: 'isSlovenianTaxNumber' },
    'Ta davčna številka ni veljavna: ima 8 števk, zadnja je kontrolna. Preverite jo.',
    'This tax number is not valid: it has 8 digits, the last a check digit. Please check it.',
  ],
];

describe('fieldErrorMessage', () => {
  it.each(REFUSALS.map(([name, error, slovenian, english]) => [[error.constraint, error.reason].filter(Boolean).join(' '), name, error, slovenian, english] as const))(
    'words %s on %s in Slovenian and in English',
    async (_constraint, name, error, slovenian, english) => {
      const i18n = setupI18n('sl');
      expect(fieldErrorMessage(i18n.t, name, error)).toBe(slovenian);
      await i18n.changeLanguage('en');
      expect(fieldErrorMessage(i18n.t, name, error)).toBe(english);
    },
  );

  it('has the same keys in both languages', () => {
    expect(new Set(keysOf(en))).toEqual(new Set(keysOf(sl)));
  });
});

describe('fieldErrorsOf', () => {
  const refused = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

  // A unique key of the API (an organization's numbers): CONFLICT naming the field, worded under it.
  it.each([
    ['taxNumber', 'To davčno številko že ima druga organizacija. Preverite jo.', 'Another organization already has this tax number. Please check it.'],
    ['registrationNumber', 'To matično številko že ima druga organizacija. Preverite jo.', 'Another organization already has this registration number. Please check it.'],
  ])('puts a CONFLICT over a taken %s under that field, in Slovenian and in English', async (field, slovenian, english) => {
    const error = refused('An organization with this number already exists.', {
      code: 'CONFLICT',
      fields: [{ field, message: 'another organization already has this number', constraint: 'isUnique' }],
    });
    const i18n = setupI18n('sl');
    expect(fieldErrorsOf(error, i18n.t)).toEqual({ [field]: slovenian });
    await i18n.changeLanguage('en');
    expect(fieldErrorsOf(error, i18n.t)).toEqual({ [field]: english });
  });

  // The API names every wrong day at once: an end before the start and the deadline, both days past.
  it('words every rule the API names of a field, each date by the one its message names, in Slovenian and in English', async () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Invalid input.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'endsOn', message: 'must not be before startsOn', constraint: 'isNotBefore' },
              { field: 'endsOn', message: 'must not be before respondBy', constraint: 'isNotBefore' },
              { field: 'endsOn', message: 'must not be before today (2026-12-03 in Slovenia)', constraint: 'isNotPast' },
              { field: 'respondBy', message: 'must not be before today (2026-12-03 in Slovenia)', constraint: 'isNotPast' },
            ],
          },
        },
      ],
    });
    const i18n = setupI18n('sl');
    expect(fieldErrorsOf(error, i18n.t)).toEqual({
      endsOn: '»Do« ne sme biti pred »Od«. »Do« ne sme biti pred »Odzivi do (zadnji dan)«. Ta dan je že mimo: izberite današnji ali poznejši datum.',
      respondBy: 'Ta dan je že mimo: izberite današnji ali poznejši datum.',
    });
    await i18n.changeLanguage('en');
    expect(fieldErrorsOf(error, i18n.t)).toEqual({
      endsOn: '“Until” must not be before “From”. “Until” must not be before “Responses until (last day)”. This day has passed: choose today or a later date.',
      respondBy: 'This day has passed: choose today or a later date.',
    });
  });

  it('puts a CONFLICT over both registry numbers under both fields', () => {
    const error = refused('An organization with this tax number already exists. An organization with this registration number already exists.', {
      code: 'CONFLICT',
      fields: [
        { field: 'taxNumber', message: 'another organization already has this tax number', constraint: 'isUnique' },
        { field: 'registrationNumber', message: 'another organization already has this registration number', constraint: 'isUnique' },
      ],
    });
    expect(fieldErrorsOf(error, setupI18n('sl').t)).toEqual({
      taxNumber: 'To davčno številko že ima druga organizacija. Preverite jo.',
      registrationNumber: 'To matično številko že ima druga organizacija. Preverite jo.',
    });
  });

  it('words a taken value of a field it has no wording for by the rule', () => {
    const error = refused('That is taken.', { code: 'CONFLICT', fields: [{ field: 'input.name', message: 'is taken', constraint: 'isUnique' }] });
    expect(fieldErrorsOf(error, setupI18n('sl').t)).toEqual({ name: 'Ta vrednost je že zasedena.' });
  });

  it('leaves a CONFLICT that names no field to the situation it names (null)', () => {
    expect(fieldErrorsOf(refused('The offer is no longer open.', { code: 'CONFLICT', reason: 'OFFER_NOT_OPEN' }), setupI18n('sl').t)).toBeNull();
    expect(fieldErrorsOf(refused('That already exists.', { code: 'CONFLICT', fields: [] }), setupI18n('sl').t)).toBeNull();
  });
});
