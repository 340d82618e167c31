import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { useSubmitOnce } from '../../forms/use-submit-once';
import type { PartnershipEnding } from '../../graphql/graphql';
import { EndPartnershipMutation } from '../graphql/mutations/endPartnership';
import { endingFromHere } from '../hooks/use-partnership-changed';
import classes from '../pages/partnerships.module.css';

const FIELDS = ['outcomeNote'];

/**
 * Ends a partnership as completed or cancelled, with what came of it for the hub's reports.
 * It says first what the ending does: the offer's place is free again, and a cancelled
 * partnership's need is open for new suggestions. A partnership formed from a response
 * without an offer (withOffer false) has no place to free: only the need's fate is said. A
 * need its owner closed meanwhile (needPartnered false) stays closed, whatever the ending.
 */
export function EndPartnershipForm({
  partnershipId,
  partner,
  ending,
  withOffer,
  needPartnered,
  onDone,
  onCancel,
}: {
  partnershipId: string;
  partner: string;
  ending: PartnershipEnding;
  withOffer: boolean;
  needPartnered: boolean;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [end] = useMutation(EndPartnershipMutation);
  const { run, submitting, errors, formError, fieldChanged } = useSubmitOnce(FIELDS);
  const [outcomeNote, setOutcomeNote] = useState('');
  // The button that opened the form is gone: the focus starts at what the ending does.
  const effect = useRef<HTMLParagraphElement>(null);
  useEffect(() => effect.current?.focus(), []);

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    void run(async () => {
      // Both organizations hear of it live (partnershipChanged): this tab's own ending is not news to it.
      await endingFromHere(partnershipId, ending, () => end({ variables: { input: { id: partnershipId, status: ending, outcomeNote: outcomeNote.trim() || null } } }));
      onDone();
    }, event.currentTarget);
  };

  return (
    <Stack component="form" {...NO_BROWSER_CHECK} gap="sm" onSubmit={submit} aria-label={t(`partnerships.endTitle.${ending}`, { organization: partner })} mt="xs">
      <Text size="sm" ref={effect} tabIndex={-1} className={classes.effect}>
        {t(`partnerships.${withOffer ? 'endEffect' : 'endEffectWithoutOffer'}${needPartnered ? '' : 'NeedClosed'}.${ending}`)}
      </Text>
      {formError && (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      )}
      <Textarea
        name="outcomeNote"
        label={t('partnerships.outcomeNote')}
        description={t('partnerships.outcomeNoteHint')}
        autosize
        minRows={2}
        maxLength={2000}
        value={outcomeNote}
        error={errors.outcomeNote}
        onChange={(event) => {
          // What the API said of the note sent no longer applies to this one (it stayed beside the new text).
          fieldChanged('outcomeNote');
          setOutcomeNote(event.currentTarget.value);
        }}
      />
      <Group gap="sm">
        <Button type="submit" color={ending === 'CANCELLED' ? 'red.8' : undefined} loading={submitting} disabled={submitting}>
          {t(`partnerships.endSubmit.${ending}`)}
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          {t('partnerships.notNow')}
        </Button>
      </Group>
    </Stack>
  );
}
