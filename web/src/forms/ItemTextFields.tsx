import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './field-errors';

/** The API's shortest title (Length(3, 200)): the browser says so before anything is sent. */
export const TITLE_MIN_LENGTH = 3;

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
  const { t } = useTranslation();
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
      <Textarea
        name="description"
        label={t('form.description')}
        description={hint}
        required
        autosize
        minRows={4}
        value={values.description}
        error={errors.description}
        onChange={(event) => onChange('description', event.currentTarget.value)}
      />
    </>
  );
}
