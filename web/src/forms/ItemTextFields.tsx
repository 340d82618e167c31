import { Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../i18n/format';
import type { FieldErrors } from './field-errors';

/** The API's shortest title (Length(3, 200)): the browser says so before anything is sent. */
export const TITLE_MIN_LENGTH = 3;
/** The API's longest description (src/postings/dto/create-posting.input.ts: Length(1, 5000)). */
export const DESCRIPTION_MAX_LENGTH = 5000;
/** From how many characters on the description's count is shown. */
export const DESCRIPTION_COUNT_FROM = 4000;

/**
 * The description's length as the API counts it (class-validator's Length): trimmed, a
 * character outside the BMP (an emoji) once, an emoji's variation selector not at all.
 */
export const descriptionLength = (value: string): number => Array.from(value.trim()).filter((char) => char !== '\uFE0F' && char !== '\uFE0E').length;

/** The title and description of a need or an offer; `hint` says what the description should tell. */
export function ItemTextFields({
  values,
  errors,
  hint,
  onChange,
}: {
  values: { title: string; description: string };
  errors: FieldErrors;
  hint: string;
  onChange(field: 'title' | 'description', value: string): void;
}) {
  const { t, i18n } = useTranslation();
  // A long pasted text was refused only once sent: past DESCRIPTION_COUNT_FROM the count shows,
  // and over the limit the field is invalid (the form's check, useSubmitOnce, stops the sending and says why beside it).
  const length = descriptionLength(values.description);
  const max = formatCount(DESCRIPTION_MAX_LENGTH, i18n.language);
  const tooLong = length > DESCRIPTION_MAX_LENGTH ? t('form.descriptionTooLong', { max }) : null;
  const description = useRef<HTMLTextAreaElement>(null);
  useEffect(() => description.current?.setCustomValidity(tooLong ?? ''), [tooLong]);
  return (
    <>
      <TextInput
        name="title"
        label={t('form.title')}
        required
        minLength={TITLE_MIN_LENGTH}
        value={values.title}
        error={errors.title}
        onChange={(event) => onChange('title', event.currentTarget.value)}
      />
      <div>
        <Textarea
          ref={description}
          name="description"
          label={t('form.description')}
          description={hint}
          required
          autosize
          minRows={4}
          value={values.description}
          error={errors.description ?? tooLong}
          onChange={(event) => onChange('description', event.currentTarget.value)}
        />
        {length > DESCRIPTION_COUNT_FROM && (
          <Text size="xs" ta="right" mt={4} c={tooLong ? 'red.8' : 'dimmed'} fw={tooLong ? 600 : undefined}>
            {t('form.descriptionCount', { length: formatCount(length, i18n.language), max })}
          </Text>
        )}
        {/* Always there, empty until the limit is passed: said once, politely, as it is crossed. */}
        <VisuallyHidden id="description-limit" aria-live="polite">
          {tooLong}
        </VisuallyHidden>
      </div>
    </>
  );
}
