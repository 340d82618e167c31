import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../app/ErrorNotice';
import { ListRefreshFailedNotice } from '../../app/ListRefreshFailedNotice';
import { useFocusWhenShown } from '../../app/use-focus-when-shown';
import { usePagedQuery } from '../../app/use-paged-query';
import { PageLoader } from '../../app/PageLoader';
import { useSession } from '../../app/session';
import { EnumCheckboxes } from '../../forms/controls';
import type { NeedFilter, ResourceType } from '../../graphql/graphql';
import { formatDay, formatPeriod } from '../../i18n/format';
import { RESOURCE_TYPES } from '../../reference-data/enums';
import { useMunicipalities } from '../../reference-data/hooks/use-municipalities';
import { useThemes } from '../../reference-data/hooks/use-themes';
import { responseChangedAnnouncement, useResponseChanged } from '../../needs/hooks/use-response-changed';
import { CallsMap, type MapScope } from '../components/CallsMap';
import { excerpt } from '../components/excerpt';
import { CallResponse } from '../components/CallResponse';
import { useCallResponses } from '../hooks/use-call-responses';
import { CallNeedStatusQuery } from '../graphql/queries/callNeedStatus';
import { OpenCallCountsQuery } from '../graphql/queries/openCallCounts';
import { OpenCallsQuery } from '../graphql/queries/openCalls';
import linkTarget from '../../app/link-target.module.css';
import classes from './calls.module.css';

// A page of calls, and the next on "Pokaži več" (the map counts them all apart, OpenCallCounts). 80,
// not the API's largest page (100): at 100 the query's estimated cost is 3,707 of the API's limit
// of 5,000 (the page size multiplies each call's fields; the page's totalCount and pageInfo count
// once), room for about ten more fields on a card; at 80 it is 2,967. With "Pokaži več" the size
// hides no call. (At 100 it was 5,901 and refused while the estimate counted each call's resource
// types as 20 items, and 4,301 while it multiplied totalCount and pageInfo by the page size.)
// test/web-query-cost.e2e-spec.ts holds it under the limit.
export const CALLS_PAGE = 80;

/** The filters live in the URL (?municipality=052&theme=SOCIAL&resource=VOLUNTEERS&q=…), so a filtered list can be shared. */
function useCallFilters() {
  const [params, setParams] = useSearchParams();
  const filters = {
    municipality: params.get('municipality') ?? '',
    theme: params.get('theme') ?? '',
    resources: params.getAll('resource').filter((value): value is ResourceType => (RESOURCE_TYPES as readonly string[]).includes(value)),
    text: params.get('q') ?? '',
    scope: (params.get('map') === 'slovenia' ? 'slovenia' : 'region') as MapScope,
  };
  const update = (changes: Partial<typeof filters>) => {
    const next = { ...filters, ...changes };
    const search = new URLSearchParams();
    if (next.municipality) search.set('municipality', next.municipality);
    if (next.theme) search.set('theme', next.theme);
    for (const resource of next.resources) search.append('resource', resource);
    if (next.text) search.set('q', next.text);
    if (next.scope === 'slovenia') search.set('map', 'slovenia');
    setParams(search);
  };
  return { filters, update };
}

export default function CallsPage() {
  const { t, i18n } = useTranslation();
  const { membership } = useSession();
  const { filters, update } = useCallFilters();
  const { home, others: elsewhere, all, homeRegion, regionName } = useMunicipalities();
  const { groups } = useThemes();
  const [text, setText] = useState(filters.text);
  const callResponses = useCallResponses();
  const client = useApolloClient();

  // The map shows every municipality's calls under the other filters, so it is asked without the municipality.
  // Only calls that still take responses: past its respondBy day respondToNeed refuses one
  // (the API decides the day, in Slovenian time), though the need itself stays OPEN.
  // Our own organization's are left out by the API too, so that each page is a page of calls and
  // the count is of those the list can show.
  const ownId = membership?.organization.id;
  const mapFilter: NeedFilter = {
    statuses: ['OPEN'],
    openForResponses: true,
    ...(ownId && { excludeOrganizationId: ownId }),
    ...(filters.theme && { themeCodes: [filters.theme] }),
    ...(filters.resources.length > 0 && { resourceTypes: filters.resources }),
    ...(filters.text && { text: filters.text }),
  };
  const listFilter: NeedFilter = { ...mapFilter, ...(filters.municipality && { municipalityCodes: [filters.municipality] }) };
  const organizationId = ownId ?? null;
  // A response refused as the call closed: no live event says that a need we are neither side of
  // partnered or closed, so its need is read again (CallNeedStatusQuery), and its card says why it
  // closed, as a reload would, in place of "Odzovi se". A failed reading leaves "no longer open".
  const responses: typeof callResponses = {
    ...callResponses,
    settle: (callId, state, seen, message) => {
      callResponses.settle(callId, state, seen, message);
      if (state !== 'closed') return;
      void client.query({ query: CallNeedStatusQuery, variables: { id: callId, organizationId }, fetchPolicy: 'network-only' }).catch(() => undefined);
    },
  };
  // Come back to (browser Back from a call), the pages loaded stay, read again from the start (usePagedQuery).
  const list = usePagedQuery(OpenCallsQuery, { variables: { filter: listFilter, first: CALLS_PAGE, organizationId }, field: 'needs', pageSize: CALLS_PAGE });
  const everywhere = useQuery(OpenCallCountsQuery, { variables: { filter: mapFilter }, fetchPolicy: 'cache-and-network' });

  // "Pokaži več": the next page after the last one's cursor, added below those shown (a new filter
  // reads its first page again). The focus goes to the first call it brought, so that the next Tab
  // goes on through them and a screen reader reads where the list went on; to the list's heading
  // when it brought none. A failure is said below the button, which stays. Pressed while the list
  // is read again (Back, the reconnect, "Poskusi znova"), the button is busy until that reading
  // ended, and the page is asked after the cursor it left (usePagedQuery's nextPage). One read
  // again after it was pressed is not written over this page: usePagedQuery reads it once more,
  // with the page, when it grew while that reading ran.
  const [loadingMore, setLoadingMore] = useState(false);
  // With the filters it failed for: another filter's list is another list.
  const listKey = JSON.stringify(listFilter);
  const [moreFailed, setMoreFailed] = useState<{ error: unknown; listKey: string } | null>(null);
  // A call's heading: its link takes the focus.
  const setFocusTarget = useFocusWhenShown(linkInside);
  const more = async () => {
    const after = list.data?.needs.pageInfo.endCursor;
    if (loadingMore || !after) return;
    setLoadingMore(true);
    setMoreFailed(null);
    try {
      const page = await list.nextPage();
      const first = page?.needs.edges.find((edge) => edge.node.organization.id !== ownId)?.node;
      setFocusTarget(first ? `call-${first.id}` : 'calls-list-title');
    } catch (error) {
      setMoreFailed({ error, listKey });
    } finally {
      setLoadingMore(false);
    }
  };

  // Our responses answered or closed while the page is open (responseChanged): the cache takes
  // each as it now is, the need's ownResponse with it, so its call shows what became of it; a
  // screen reader hears what the need's organization did.
  const [responseNews, setResponseNews] = useState('');
  useResponseChanged(ownId, (response) => {
    const said = ownId && responseChangedAnnouncement(t, response, ownId);
    if (said) setResponseNews(said);
  });

  const calls = (list.data?.needs.edges ?? []).map((edge) => edge.node).filter((need) => need.organization.id !== ownId);
  const hasMore = list.data?.needs.pageInfo.hasNextPage ?? false;
  // All of them while more pages follow (those shown once all are).
  const found = hasMore ? Math.max(list.data?.needs.totalCount ?? 0, calls.length) : calls.length;
  // Our own organization's are left out by the filter (excludeOrganizationId), as from the list.
  const counts = useMemo(
    () => new Map((everywhere.data?.needCountsByMunicipality ?? []).map(({ municipality, count }) => [municipality.code, count] as const)),
    [everywhere.data],
  );

  const search = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    update({ text: text.trim() });
  };
  const clear = () => {
    setText('');
    update({ municipality: '', theme: '', resources: [], text: '' });
  };
  const language = i18n.language;
  // In one column (a phone) the calls come before the map: under the filters and a map they
  // started a screen and a half down. Beside each other the map stays first.
  const theme = useMantineTheme();
  const oneColumn = useMediaQuery(`(max-width: ${theme.breakpoints.md})`, false, { getInitialValueInEffect: false });

  // The browser scrolls the heading it focuses into view.
  const toMap = () => document.getElementById('calls-map-title')?.focus();
  // On a phone the list is above the map, out of view: a place chosen on the map takes the
  // focus (and the view) to the list's heading, which says how many calls are there now.
  const chooseOnMap = (municipality: string) => {
    update({ municipality });
    if (oneColumn) document.getElementById('calls-list-title')?.focus();
  };

  const mapSection = (
    <section key="map" aria-labelledby="calls-map-title" className={classes.panel}>
      {/* tabIndex -1: on a phone the link above the list sends the focus here. */}
      <Title order={2} size="h3" id="calls-map-title" tabIndex={-1}>
        {t('calls.map')}
      </Title>
      <CallsMap
        municipalities={all}
        counts={counts}
        selected={filters.municipality}
        onSelect={chooseOnMap}
        scope={filters.scope}
        onScopeChange={(scope) => update({ scope })}
      />
    </section>
  );
  const listSection = (
    <section key="list" aria-labelledby="calls-list-title" className={classes.panel}>
      {/* tabIndex -1: the focus may be sent here (a next page that brought no call). */}
      <Title order={2} size="h3" id="calls-list-title" aria-live="polite" tabIndex={-1}>
        {t('calls.found', { count: found })}
      </Title>
      <p aria-live="polite" aria-atomic="true" style={{ margin: 0 }}>
        {responseNews}
      </p>
      {/* On a phone the map follows the calls, ten and more screens down: a way to it without
          scrolling past them all. */}
      {oneColumn && calls.length > 0 && (
        <Anchor component="button" type="button" size="sm" onClick={toMap} className={classes.toMap}>
          {t('calls.toMap')}
        </Anchor>
      )}
      {/* Read again and failed (the reconnect, coming back from a call): under the heading, which
          on a phone is above the map, where the list starts. */}
      {list.readAgainFailed && list.data && !list.error && <ListRefreshFailedNotice id="calls-stale" onRetry={list.readAgain} focusAfterRetry="calls-list-title" />}
      {list.loading && !list.data ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorNotice error={list.error} />
      ) : calls.length === 0 ? (
        <p>{t('calls.none')}</p>
      ) : (
        <ul className={classes.list}>
          {calls.map((call) => (
            <li key={call.id} className={classes.call}>
              <Title order={3} size="h4" id={`call-${call.id}`}>
                <Anchor component={Link} to={`/needs/${call.id}`} inherit className={linkTarget.heading}>
                  {call.title}
                </Anchor>
              </Title>
              <Text size="sm">
                {call.organization.name} · {call.municipality.name} · {t(`needKind.${call.kind}`)}
              </Text>
              {call.description && (
                <Text size="sm" my={4} className={classes.description}>
                  {excerpt(call.description)}
                </Text>
              )}
              <Text size="sm">
                {t('common.when')}: {formatPeriod(call.startsOn, call.endsOn, language, t)}
              </Text>
              {call.respondBy && (
                <Text size="sm" fw={500}>
                  {t('calls.respondBy', { date: formatDay(call.respondBy, language) })}
                </Text>
              )}
              <Text size="sm">{call.resourceTypes.map((type) => t(`resourceType.${type}`)).join(', ')}</Text>
              {membership && <CallResponse call={call} organizationId={membership.organization.id} headingId={`call-${call.id}`} responses={responses} />}
            </li>
          ))}
        </ul>
      )}
      {hasMore && !list.error && (
        <div className={classes.more}>
          <p id="calls-more">{t('calls.more', { loaded: calls.length, total: found })}</p>
          <Button variant="outline" aria-describedby="calls-more" onClick={() => void more()} loading={loadingMore} className={classes.moreButton}>
            {t('common.showMore')}
          </Button>
          {moreFailed?.listKey === listKey && <ErrorNotice error={moreFailed.error} />}
        </div>
      )}
    </section>
  );

  return (
    <>
      <Title order={1}>{t('calls.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('calls.intro')}
      </Text>
      <Stack component="form" role="search" aria-label={t('calls.filters')} gap="sm" mt="md" onSubmit={search} className={classes.filters}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('calls.municipality')}
            value={filters.municipality}
            onChange={(event) => update({ municipality: event.currentTarget.value })}
            data={[
              { value: '', label: t('calls.anyMunicipality') },
              { group: homeRegion, items: home.map((entry) => ({ value: entry.code, label: entry.name })) },
              { group: '—', items: elsewhere.map((entry) => ({ value: entry.code, label: `${entry.name} (${regionName(entry)})` })) },
            ]}
          />
          <NativeSelect
            label={t('calls.theme')}
            value={filters.theme}
            onChange={(event) => update({ theme: event.currentTarget.value })}
            data={[
              { value: '', label: t('calls.anyTheme') },
              ...groups.map((group) => ({ group: group.name, items: [group, ...group.children].map((theme) => ({ value: theme.code, label: theme.name })) })),
            ]}
          />
        </SimpleGrid>
        <EnumCheckboxes
          name="resource"
          legend={t('calls.resourceTypes')}
          options={RESOURCE_TYPES}
          labelOf={(value) => t(`resourceType.${value}`)}
          value={filters.resources}
          onChange={(resources) => update({ resources })}
        />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput type="search" label={t('calls.text')} value={text} onChange={(event) => setText(event.currentTarget.value)} className={classes.grow} />
          <Button type="submit">{t('calls.search')}</Button>
          {/* Text, not a subtle button: wrapped below the field (a phone) its words began a
              button's padding in from the fields' left edge. */}
          <Anchor component="button" type="button" onClick={clear} className={classes.clear}>
            {t('calls.clear')}
          </Anchor>
        </Group>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="lg">
        {oneColumn ? [listSection, mapSection] : [mapSection, listSection]}
      </SimpleGrid>
    </>
  );
}

/** What in a call's heading takes the focus: its link. */
const linkInside = (target: HTMLElement) => target.querySelector<HTMLElement>('a[href]') ?? target;
