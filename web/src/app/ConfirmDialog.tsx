import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Question {
  /** The question, naming what is done to what: the dialog's name. */
  title: string;
  /** What follows, said before it is done. */
  message: string;
  /** The button that does it, named by the deed ("Umakni odziv"), not "OK". */
  confirm: string;
  /** The button that leaves things as they are; "Prekliči" unless that could be read as the deed. */
  cancel?: string;
  /** red.8 for what cannot be undone (the default). */
  color?: string;
}

/**
 * Asks before an action, in the app's own dialog rather than the browser's window.confirm
 * (unstyled, untranslated buttons, and "this page says" before the question): `ask` resolves
 * true when the action is confirmed, false when the dialog is closed any other way. Render
 * `dialog` once in the component. The dialog takes the focus (on the button that leaves things
 * as they are) and gives it back to the button that opened it, unless the answer moved it on
 * (a status said after the action).
 */
export function useConfirm(): { ask(question: Question): Promise<boolean>; dialog: ReactNode } {
  const [question, setQuestion] = useState<Question | null>(null);
  const [opened, setOpened] = useState(false);
  const answer = useRef<((yes: boolean) => void) | null>(null);

  const ask = useCallback(
    (next: Question) =>
      new Promise<boolean>((resolve) => {
        answer.current?.(false);
        answer.current = resolve;
        setQuestion(next);
        setOpened(true);
      }),
    [],
  );
  const close = (yes: boolean) => {
    answer.current?.(yes);
    answer.current = null;
    setOpened(false);
  };

  return { ask, dialog: <ConfirmDialog question={question} opened={opened} onAnswer={close} /> };
}

function ConfirmDialog({ question, opened, onAnswer }: { question: Question | null; opened: boolean; onAnswer(yes: boolean): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={() => onAnswer(false)} title={question?.title} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text size="sm">{question?.message}</Text>
        <Group justify="flex-end" gap="sm">
          {/* The focus starts on the way out, not on the close button in the corner nor on the
              deed: Enter pressed out of habit leaves things as they are. */}
          <Button variant="subtle" onClick={() => onAnswer(false)} data-autofocus>
            {question?.cancel ?? t('common.cancel')}
          </Button>
          <Button color={question?.color ?? 'red.8'} onClick={() => onAnswer(true)}>
            {question?.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
