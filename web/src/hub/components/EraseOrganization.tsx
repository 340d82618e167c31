import { Button, Group, List, Modal, Stack, Text, TextInput, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { CombinedGraphQLErrors, type Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { EraseOrganizationMutation } from '../graphql/mutations/eraseOrganization';

/** Whether the API refused the typed name: the organization was renamed since the list was read. */
const nameRefused = (error: unknown) =>
  CombinedGraphQLErrors.is(error) &&
  error.errors.some((entry) => entry.extensions?.code === 'BAD_USER_INPUT' && (entry.extensions.fields as { field: string }[] | undefined)?.some((field) => field.field === 'nameConfirmation'));

// Spaces as the API counts them in a name: trimmed, each run one space.
const normalized = (name: string) => name.trim().replace(/\s+/g, ' ');

/**
 * "Erase organization" for one organization: a dialog that says what goes and what stays, and
 * erases only once its name is typed, as the API requires (eraseOrganization's nameConfirmation).
 * `onErased` is told once it is gone: the organization has left every list by then.
 */
export function EraseOrganization({ organization, onErased }: { organization: { id: string; name: string }; onErased(name: string): void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const theme = useMantineTheme();
  // On a phone the dialog is the whole screen: its list and the field are read without a box's scroll.
  const phone = useMediaQuery(`(max-width: ${theme.breakpoints.xs})`, false, { getInitialValueInEffect: false });
  const [opened, setOpened] = useState(false);
  const [typed, setTyped] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [erase, { loading }] = useMutation(EraseOrganizationMutation, {
    // Out of every list of organizations the cache holds (the hub's lists, a search), each
    // counting one fewer, at once; then gone from the cache. The hub's lists are read again.
    update(cache) {
      cache.modify({
        fields: {
          organizations(stored, { readField }) {
            const existing = stored as { totalCount?: number; edges: { node: Reference }[] };
            const edges = existing.edges.filter((edge) => readField('id', edge.node) !== organization.id);
            if (edges.length === existing.edges.length) return existing;
            return { ...existing, edges, ...(existing.totalCount === undefined ? {} : { totalCount: existing.totalCount - 1 }) };
          },
        },
      });
      cache.evict({ id: cache.identify({ __typename: 'Organization', id: organization.id }) });
      cache.gc();
    },
    refetchQueries: ['UnverifiedOrganizations', 'OrganizationsWithoutMembers'],
  });
  const matches = normalized(typed) === organization.name;

  const open = () => {
    setTyped('');
    setFailure(null);
    setOpened(true);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!matches || loading) return;
    setFailure(null);
    try {
      await erase({ variables: { input: { id: organization.id, nameConfirmation: normalized(typed) } } });
    } catch (caught) {
      setFailure(caught);
      return;
    }
    setOpened(false);
    onErased(organization.name);
  };

  return (
    <>
      <Button size="compact-md" variant="outline" color="red.8" onClick={open} aria-label={t('hub.eraseOrganizationOf', { name: organization.name })}>
        {t('hub.eraseOrganization')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => !loading && setOpened(false)}
        title={t('hub.eraseTitle', { name: organization.name })}
        centered
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {t('hub.eraseFinal')}
            </Text>
            <div>
              <Text size="sm">{t('hub.eraseGoes')}</Text>
              <List size="sm" spacing={2} mt={4}>
                {(['needs', 'offers', 'responses', 'partnerships', 'matches', 'keys', 'webhooks', 'deliveries'] as const).map((what) => (
                  <List.Item key={what}>{t(`hub.eraseWhat.${what}`)}</List.Item>
                ))}
              </List>
            </div>
            <Text size="sm">{t('hub.eraseStays')}</Text>
            <TextInput
              id={inputId}
              name="nameConfirmation"
              label={t('hub.eraseTypeName', { name: organization.name })}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              error={failure !== null && nameRefused(failure) ? t('hub.eraseNameRefused') : undefined}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
            />
            {failure !== null && !nameRefused(failure) && <ErrorNotice error={failure} />}
            <Group justify="flex-end" gap="sm">
              <Button variant="subtle" onClick={() => setOpened(false)} disabled={loading}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.8" disabled={!matches} loading={loading}>
                {t('hub.eraseSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
