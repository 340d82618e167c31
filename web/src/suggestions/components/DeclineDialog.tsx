import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclineReason } from '../../graphql/graphql';
import { DECLINE_REASONS } from '../../reference-data/enums';

/**
 * Asks why a suggestion is declined: the reason teaches the matcher. None is chosen beforehand,
 * and none is needed: "Ni za nas" (not relevant) ticked from the start was recorded for declines whose
 * readers chose nothing, and two such declines lower similar suggestions for the organization.
 */
export function DeclineDialog({ opened, onClose, onDecline }: { opened: boolean; onClose(): void; onDecline(reason: DeclineReason | null, text: string): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [text, setText] = useState('');
  // Each decline starts with nothing chosen: the last one's reason is not this one's.
  useEffect(() => {
    if (!opened) return;
    setReason(null);
    setText('');
  }, [opened]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onDecline(reason, text);
    setText('');
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('suggestions.declineTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm">{t('suggestions.declineIntro')}</Text>
          <Radio.Group
            name="declineReason"
            label={t('suggestions.declineReason')}
            description={t('common.optional')}
            value={reason}
            onChange={(value) => setReason(value as DeclineReason)}
          >
            <Stack gap={6} mt={4}>
              {DECLINE_REASONS.map((value) => (
                <Radio key={value} value={value} label={t(`declineReason.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea name="reason" label={t('suggestions.declineText')} description={t('common.optional')} value={text} onChange={(event) => setText(event.currentTarget.value)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="subtle" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.8">
              {t('suggestions.declineSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
