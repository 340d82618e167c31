import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import type { FormEvent, MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FORM_SUMMARY } from './focus-first-error';
import { NO_BROWSER_CHECK } from './localized-validation';

/** The frame around the need and offer forms: title, draft notice, errors, submit, and for an edit the way back. */
export function ItemFormFrame({
  title,
  submitLabel,
  submitting,
  restored,
  onDiscard,
  formError,
  formRef,
  onSubmit,
  cancelTo,
  onCancel,
  children,
}: {
  title: string;
  submitLabel: string;
  submitting: boolean;
  restored: boolean;
  onDiscard(): void;
  formError: string | null;
  /** The form, for focusing the first error after a failed submit (useSubmitOnce's formRef). */
  formRef?(node: HTMLElement | null): void;
  /** Sent with the form, whose fields it checks first: the browser's own check is off (noValidate), its bubble fading unread. */
  onSubmit(form: HTMLElement): void;
  /** An edit's "Cancel": the item's page, left without saving. */
  cancelTo?: string;
  /** What leaving without saving forgets: the draft, which would come back as "restored" next time. */
  onCancel(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // The button goes with the notice: the focus goes to the emptied form's first field.
  const discard = (event: MouseEvent<HTMLElement>) => {
    const form = event.currentTarget.closest('form');
    onDiscard();
    form?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select')?.focus();
  };
  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    onSubmit(event.currentTarget);
  };
  return (
    <Stack component="form" ref={formRef} onSubmit={submit} {...NO_BROWSER_CHECK} gap="md" maw={720} aria-labelledby="item-form-title">
      <Title order={1} id="item-form-title">
        {title}
      </Title>
      {restored && (
        <Alert color="blue" role="status">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <span>{t('form.draftRestored')}</span>
            <Button size="compact-sm" variant="outline" onClick={discard}>
              {t('form.discardDraft')}
            </Button>
          </Group>
        </Alert>
      )}
      {formError && (
        <Alert color="red" role="alert" tabIndex={-1} {...{ [FORM_SUMMARY]: true }}>
          {formError}
        </Alert>
      )}
      {children}
      <Group>
        <Button type="submit" loading={submitting} disabled={submitting}>
          {submitLabel}
        </Button>
        {cancelTo && (
          <Button component={Link} to={cancelTo} variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
