import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * What the person typed in a response the API refused as the call closed (or past its day):
 * left in sight, read-only and copyable, so that it is not lost with the form that sent it.
 */
export function KeptMessage({ message }: { message: string }) {
  const { t } = useTranslation();
  return <Textarea readOnly mt="xs" label={t('calls.keptMessage')} description={t('calls.keptMessageHint')} value={message} autosize minRows={2} maxRows={8} />;
}
