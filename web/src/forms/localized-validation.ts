import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../i18n/format';

// The browser words its own refusals of a field (a required one left empty, a date before the
// earliest allowed...) in the browser's language, not the page's: a Slovenian form on an
// English phone said "Please fill out this field." These words come from the app's own.

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isField = (target: EventTarget | null): target is Field =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;

/** The fields whose message this module set (a message the app set itself is left alone). */
const worded = new WeakSet<Field>();

/** A message the app set on the field itself (a description too long, no resource type chosen): its words stand. */
const wordedByApp = (field: Field) => field.validity.customError && !worded.has(field);

/** The browser's refusal of a field in the reader's language; null when the browser's own is kept. */
export function validationMessage(field: Field, t: TFunction, language: string): string | null {
  const validity = field.validity;
  const type = field instanceof HTMLSelectElement ? 'select' : field.type;
  if (validity.valueMissing) return t(type === 'select' || type === 'checkbox' || type === 'radio' ? 'fieldError.isIn' : 'fieldError.isNotEmpty');
  if (validity.badInput) return t(type === 'date' ? 'fieldError.isDate' : 'fieldError.isNumber');
  if (validity.typeMismatch) return type === 'email' ? t('fieldError.isEmail') : type === 'url' ? t('fieldError.isUrl') : null;
  if (validity.tooShort) return t('fieldError.minLength', { count: (field as HTMLInputElement).minLength });
  if (validity.tooLong) return t('fieldError.maxLength', { count: (field as HTMLInputElement).maxLength });
  const { min, max, name } = field as HTMLInputElement;
  // A field whose API refusal has words of its own ("At most 100%." for a share) gets the same from the browser.
  const range = (rule: 'min' | 'max', limit: string) => t(`fieldError.byField.${name}.${rule}`, { defaultValue: t(`fieldError.${rule}`, { count: Number(limit) }) });
  if (validity.rangeUnderflow) return type === 'date' ? t('fieldError.dateMin', { date: formatDay(min, language) }) : range('min', min);
  if (validity.rangeOverflow) return type === 'date' ? t('fieldError.dateMax', { date: formatDay(max, language) }) : range('max', max);
  if (validity.stepMismatch) return stepMessage(field as HTMLInputElement, t);
  if (validity.patternMismatch) return type === 'email' ? t('fieldError.isEmail') : field.title || null;
  return null;
}

/**
 * For a form whose fields useSubmitOnce checks (run's `form`): the browser's own check is off. As
 * a spread, for Mantine's <Stack component="form">, typed as a <div>.
 */
export const NO_BROWSER_CHECK = { noValidate: true } as const;

/**
 * The fields under `form` the browser would refuse, by input name, each in the words the browser
 * would show (the app's own message where it set one, else the reader's language): what a form
 * with noValidate shows beside its fields, where the browser's bubble fades after a few seconds
 * (on a phone, before it is read) and names one field at a time. Null when none.
 */
export function refusedFields(form: HTMLElement, t: TFunction, language: string): Record<string, string> | null {
  const refused: Record<string, string> = {};
  for (const field of form.querySelectorAll<Field>('input, select, textarea')) {
    if (!field.name || !field.willValidate || field.validity.valid || field.name in refused) continue;
    refused[field.name] = (wordedByApp(field) ? null : validationMessage(field, t, language)) ?? field.validationMessage;
  }
  return Object.keys(refused).length ? refused : null;
}

/**
 * A number field's value between its steps. A step of 1 takes whole numbers, 0.1 one decimal
 * place ("42.55" was told "Enter a whole number." in a field of tenths); any other step, or a
 * min off the step's grid (0.5 with a step of 1), keeps the browser's own words.
 */
function stepMessage({ type, step, min, name }: HTMLInputElement, t: TFunction): string | null {
  if (type !== 'number') return null;
  const decimals = (step || '1') === '1' ? 0 : /^0\.0*1$/.test(step) ? step.length - 2 : null;
  if (decimals === null || (min.split('.')[1]?.length ?? 0) > decimals) return null;
  if (decimals === 0) return t('fieldError.isInt');
  return t(`fieldError.byField.${name}.decimals`, { defaultValue: t('fieldError.decimals', { count: decimals }) });
}

/**
 * Words the browser's refusals in the page's language for every form under `root`. A message
 * set here is dropped at the next change in the same form (a field's limit may follow another
 * field: the end date's earliest is the start date), so the browser checks afresh.
 * Returns the function that removes the listeners.
 */
export function localizeValidation(root: Document | HTMLElement, words: () => { t: TFunction; language: string }): () => void {
  const onInvalid = (event: Event) => {
    const field = event.target;
    if (!isField(field) || wordedByApp(field)) return;
    const { t, language } = words();
    const message = validationMessage(field, t, language);
    if (message === null) return;
    field.setCustomValidity(message);
    worded.add(field);
  };
  const onEdit = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const scope = target.closest('form') ?? root;
    for (const field of scope.querySelectorAll<Field>('input, select, textarea')) {
      if (!worded.has(field)) continue;
      field.setCustomValidity('');
      worded.delete(field);
    }
  };
  root.addEventListener('invalid', onInvalid, true);
  root.addEventListener('input', onEdit, true);
  root.addEventListener('change', onEdit, true);
  return () => {
    root.removeEventListener('invalid', onInvalid, true);
    root.removeEventListener('input', onEdit, true);
    root.removeEventListener('change', onEdit, true);
  };
}

/** For the app's layouts: the browser's refusals in the reader's language, on every page under them. */
export function useLocalizedValidation(): void {
  const { t, i18n } = useTranslation();
  useEffect(() => localizeValidation(document, () => ({ t, language: i18n.language })), [t, i18n]);
}
