import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Text, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipalities } from '../reference-data/hooks/use-municipalities';
import { useThemes } from '../reference-data/hooks/use-themes';
import classes from './controls.module.css';
import { readDecimal } from './decimal';
import { withScheme } from './website';

// Form controls shared by the need and the offer forms. Every input carries the GraphQL input
// field's name (SPEC.md section 8) and shows the API's error for that field beside it.

interface ErrorProps {
  error?: string;
}

export function MunicipalitySelect({ name, label, value, onChange, error }: { name: string; label: string; value: string; onChange(value: string): void } & ErrorProps) {
  const { t } = useTranslation();
  const { home, others, homeRegion, regionName } = useMunicipalities();
  return (
    <NativeSelect
      name={name}
      label={label}
      required
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: t('form.chooseMunicipality') },
        { group: homeRegion, items: home.map((entry) => ({ value: entry.code, label: entry.name })) },
        { group: '—', items: others.map((entry) => ({ value: entry.code, label: `${entry.name} (${regionName(entry)})` })) },
      ]}
    />
  );
}

/** Checkboxes whose value is the enum value. */
export function EnumCheckboxes<Value extends string>({
  name,
  legend,
  description,
  options,
  labelOf,
  value,
  onChange,
  error,
  required = false,
}: {
  name: string;
  legend: string;
  description?: string;
  /** At least one must be chosen: the legend is marked as a required field's label is. */
  required?: boolean;
  options: readonly Value[];
  labelOf(value: Value): string;
  value: Value[];
  onChange(value: Value[]): void;
} & ErrorProps) {
  const { t } = useTranslation();
  // None chosen of a required group: its first box is invalid, so the form's check (refusedFields)
  // says so beside the group, with the focus on it, before anything is sent.
  const first = useRef<HTMLInputElement>(null);
  const missing = required && value.length === 0;
  useEffect(() => first.current?.setCustomValidity(missing ? t('fieldError.arrayNotEmpty') : ''), [missing, t]);
  return (
    <Fieldset
      legend={
        required ? (
          <>
            {legend}
            <span className={classes.asterisk} aria-hidden>
              {' *'}
            </span>
          </>
        ) : (
          legend
        )
      }
      variant="unstyled"
      className={classes.fieldset}
    >
      {description && (
        <Text size="xs" c="dimmed" mb={4}>
          {description}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} verticalSpacing={6}>
        {options.map((option, index) => (
          <Checkbox
            key={option}
            ref={index === 0 ? first : undefined}
            name={name}
            value={option}
            label={labelOf(option)}
            checked={value.includes(option)}
            onChange={(event) => onChange(event.currentTarget.checked ? [...value, option] : value.filter((entry) => entry !== option))}
          />
        ))}
      </SimpleGrid>
      {error && (
        <Text size="xs" c="red.8" mt={4} role="alert">
          {error}
        </Text>
      )}
    </Fieldset>
  );
}

/** `hint`: what choosing none means here (by default: a need's or offer's themes are found in its text). */
export function ThemeCheckboxes({ value, onChange, error, hint }: { value: string[]; onChange(value: string[]): void; hint?: string } & ErrorProps) {
  const { t } = useTranslation();
  const { groups } = useThemes();
  const toggle = (code: string, checked: boolean) => onChange(checked ? [...value, code] : value.filter((entry) => entry !== code));
  return (
    <details className={classes.details} open={value.length > 0 || Boolean(error)}>
      <summary>
        {t('form.themeCodes')} ({t('common.optional')}){value.length ? ` · ${value.length}` : ''}
      </summary>
      <Text size="xs" c="dimmed" my={4}>
        {hint ?? t('form.themeHint')}
      </Text>
      {groups.map((group) => (
        <Fieldset key={group.code} legend={group.name} variant="unstyled" className={classes.fieldset}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} verticalSpacing={6}>
            {[group, ...group.children].map((theme) => (
              <Checkbox
                key={theme.code}
                name="themeCodes"
                value={theme.code}
                label={theme.name}
                checked={value.includes(theme.code)}
                onChange={(event) => toggle(theme.code, event.currentTarget.checked)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
      ))}
      {error && (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </details>
  );
}

/** `min`: the earliest date the browser lets through (yyyy-mm-dd), e.g. the start for an end date. */
export function DateInput({ name, label, value, onChange, error, min }: { name: string; label: string; value: string; onChange(value: string): void; min?: string } & ErrorProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="date"
      name={name}
      label={label}
      value={value}
      error={error}
      placeholder="yyyy-mm-dd"
      min={min || undefined}
      pattern="\d{4}-\d{2}-\d{2}"
      title={t('form.dateHint')}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/**
 * A whole number, typed as digits. Not a number field: the browser reads a number field's text by
 * its own language, so "1500,50" (a Slovenian 1500.50) became 150050 in an English one without a
 * word; here a decimal comma, a thousands point or a space is refused with `form.wholeNumberHint`.
 * `min` and `max` are the API's own limits (limits.ts), checked before the form is sent: a number
 * too large for GraphQL's Int would make the API refuse the whole form at once, hiding the other
 * fields' errors (nine digits at most keep it under).
 */
export function WholeNumberInput({
  name,
  label,
  description,
  value,
  onChange,
  error,
  min,
  max,
}: { name: string; label: string; description?: string; value: string; onChange(value: string): void; min: number; max: number } & ErrorProps) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const number = /^[0-9]+$/.test(value) ? Number(value) : null;
    const rule = number === null ? null : number < min ? 'min' : number > max ? 'max' : null;
    const limit = rule === 'min' ? min : max;
    // As the browser's own refusal of a number field's range is worded (localized-validation.ts).
    field.current?.setCustomValidity(rule ? t(`fieldError.byField.${name}.${rule}`, { defaultValue: t(`fieldError.${rule}`, { count: limit }) }) : '');
  }, [value, min, max, name, t]);
  return (
    <TextInput
      ref={field}
      inputMode="numeric"
      pattern="[0-9]{1,9}"
      title={t('form.wholeNumberHint')}
      autoComplete="off"
      name={name}
      label={label}
      description={description}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/**
 * A decimal number, typed as text (inputMode="decimal": a phone's keypad with its separator).
 * Not a number field: a Slovenian browser dropped the comma of "43,5" and read 435; here both
 * "43,5" and "43.5" are read (readDecimal), and the parent shows a value with formatDecimal.
 * The refusals, before the form is sent, are worded as the browser's own (localized-validation.ts),
 * a field's own words first (`fieldError.byField.<name>.<rule>`).
 */
export function DecimalInput({
  name,
  value,
  onChange,
  min,
  max,
  decimals,
  ...props
}: Omit<TextInputProps, 'name' | 'value' | 'onChange' | 'type' | 'min' | 'max'> & { name: string; value: string; onChange(value: string): void; min: number; max: number; decimals: number }) {
  const { t, i18n } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const reading = readDecimal(value, decimals);
    const rule = reading === null ? null : 'problem' in reading ? reading.problem : reading.value < min ? 'min' : reading.value > max ? 'max' : null;
    const general =
      rule === 'min' || rule === 'max'
        ? t(`fieldError.${rule}`, { count: rule === 'min' ? min : max })
        : rule === 'decimals'
          ? decimals === 0
            ? t('fieldError.isInt')
            : t('fieldError.decimals', { count: decimals })
          : t('fieldError.isNumber');
    field.current?.setCustomValidity(rule ? t(`fieldError.byField.${name}.${rule}`, { defaultValue: general }) : '');
  }, [value, min, max, decimals, name, t, i18n.language]);
  return <TextInput ref={field} inputMode="decimal" autoComplete="off" {...props} name={name} value={value} onChange={(event) => onChange(event.currentTarget.value)} />;
}

/**
 * An organization's website (/settings, /hub). Typed without a scheme, "https://" is put in front
 * when the field is left, or when Enter sends the form from it (before the browser checks it).
 */
export function WebsiteInput({
  value,
  onChange,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'type'> & { value: string; onChange(event: { currentTarget: { value: string } }): void }) {
  const complete = (input: HTMLInputElement) => {
    const completed = withScheme(input.value);
    if (completed === input.value) return;
    // Set in the field at once: Enter's submission checks the field right after this handler.
    input.value = completed;
    onChange({ currentTarget: { value: completed } });
  };
  return (
    <TextInput
      type="url"
      inputMode="url"
      placeholder="https://"
      {...props}
      value={value}
      onChange={onChange}
      onBlur={(event) => complete(event.currentTarget)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') complete(event.currentTarget);
      }}
    />
  );
}

/** '' → null, else the whole number typed. */
export const numberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number.parseInt(value, 10));
export const textOrNull = (value: string): string | null => (value.trim() === '' ? null : value);
