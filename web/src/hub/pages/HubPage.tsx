import { Alert, Anchor, Button, Group, NativeSelect, Progress, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Fragment, lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageContents } from '../../app/PageContents';
import { PageLoader } from '../../app/PageLoader';
import { PhoneLink } from '../../app/PhoneLink';
import { useSession } from '../../app/session';
import type { HubOrganizationFieldsFragment, StatisticsInterval, UnverifiedOrganizationsQuery as UnverifiedOrganizationsResult } from '../../graphql/graphql';
import { formatDateTime, formatDay, formatPercent } from '../../i18n/format';
import { locale } from '../../i18n/language';
import { EraseOrganization } from '../components/EraseOrganization';
import { FiguresTable } from '../components/FiguresTable';
import { OrganizationPeopleDetails } from '../components/OrganizationPeople';
import { RegisterOrganization } from '../components/RegisterOrganization';
import { SendingThresholdForm } from '../components/SendingThresholdForm';
import { ShortList } from '../components/ShortList';
import { VerifyOrganizationMutation } from '../graphql/mutations/verifyOrganization';
import { HubStatisticsQuery } from '../graphql/queries/hubStatistics';
import { MatchingHealthQuery } from '../graphql/queries/matchingHealth';
import { MatchingLanesQuery } from '../graphql/queries/matchingLanes';
import { MatchingSettingsQuery } from '../graphql/queries/matchingSettings';
import { OrganizationsByNameQuery } from '../graphql/queries/organizationsByName';
import { OrganizationsWithoutMembersQuery } from '../graphql/queries/organizationsWithoutMembers';
import { UnverifiedOrganizationsQuery } from '../graphql/queries/unverifiedOrganizations';
import { wholePercents } from '../whole-percents';
import classes from './hub.module.css';

const HubCharts = lazy(() => import('../components/HubCharts'));

// The queues are watched live: a stuck worker shows within one refresh.
const HEALTH_REFRESH_MS = 10_000;
// Organizations shown of a list before "show all": one waiting for verification is about 310 px
// tall on a phone, so three keep the sections after it a short scroll away.
const FIRST_SHOWN = 3;

// The page's sections in order, by their heading's id (the contents link to them) and title.
const SECTIONS = [
  ['hub-statistics', 'hub.statistics'],
  ['hub-verification', 'hub.verification'],
  ['hub-without-members', 'hub.withoutMembers'],
  ['hub-find', 'hub.find'],
  ['hub-register', 'hub.register'],
  ['hub-health', 'hub.health'],
  ['hub-matching-settings', 'hub.matchingSettings'],
] as const;

export default function HubPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  // The organization last erased: its row, and the button that had the focus, are gone; the
  // notice at the top says so and takes the focus.
  const [erased, setErased] = useState<string | null>(null);
  const erasedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (erased) erasedRef.current?.focus();
  }, [erased]);
  if (!me.hubAdmin) {
    return (
      <>
        <Title order={1}>{t('hub.notAllowedTitle')}</Title>
        <Alert color="yellow" mt="md" role="alert">
          {t('hub.notAllowed')}
        </Alert>
      </>
    );
  }
  return (
    <Stack gap="xl">
      <Title order={1}>{t('hub.title')}</Title>
      {erased && (
        <Alert color="gray" tabIndex={-1} ref={erasedRef} className={classes.status}>
          <Text size="sm" role="status">
            {t('hub.erased', { name: erased })}
          </Text>
        </Alert>
      )}
      <Contents />
      <StatisticsSection />
      <VerificationSection onErased={setErased} />
      <WithoutMembersSection onErased={setErased} />
      <FindSection onErased={setErased} />
      <Section id="hub-register" title={t('hub.register')}>
        <RegisterOrganization />
      </Section>
      <HealthSection />
      <SettingsSection />
    </Stack>
  );
}

/**
 * Links to each section, at the top: on a phone the registration form was some 6,700 px down,
 * below every organization waiting, with no way to it but scrolling. The lists' counts are read
 * from what their sections asked (never asked again) and appear once those answered.
 */
function Contents() {
  const { t } = useTranslation();
  const { data: unverified } = useQuery(UnverifiedOrganizationsQuery, { fetchPolicy: 'cache-only' });
  const { data: withoutMembers } = useQuery(OrganizationsWithoutMembersQuery, { fetchPolicy: 'cache-only' });
  const counts: Partial<Record<(typeof SECTIONS)[number][0], number>> = {
    'hub-verification': unverified && waitingOf(unverified).total,
    'hub-without-members': withoutMembers?.organizations.totalCount,
  };
  const links = SECTIONS.map(([id, title]) => ({ target: id, label: counts[id] === undefined ? t(title) : t('hub.contentsCount', { title: t(title), count: counts[id] }) }));
  return <PageContents id="hub-contents" links={links} />;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={classes.section}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </section>
  );
}

const dayOf = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

function StatisticsSection() {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState(() => {
    const from = new Date();
    from.setMonth(from.getMonth() - 6);
    return { from: dayOf(from), to: dayOf(new Date()) };
  });
  const [interval, setStatisticsInterval] = useState<StatisticsInterval>('WEEK');
  // Kept here, above the loader: a switch of the period or the dates reloads the figures, and
  // the text view the reader opened stays open when they come back.
  const [asTextOpen, setAsTextOpen] = useState(false);
  // "to" is a whole day: count up to the start of the next one.
  const until = new Date(`${range.to}T00:00:00`);
  until.setDate(until.getDate() + 1);
  const { data, loading, error } = useQuery(HubStatisticsQuery, {
    variables: { from: range.from ? new Date(`${range.from}T00:00:00`).toISOString() : null, to: range.to ? until.toISOString() : null, interval },
  });
  const statistics = data?.hubStatistics;
  const number = (value: number) => new Intl.NumberFormat(locale(i18n.language)).format(value);

  return (
    <Section id="hub-statistics" title={t('hub.statistics')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput type="date" label={t('hub.from')} value={range.from} onChange={(event) => setRange({ ...range, from: event.currentTarget.value })} />
        <TextInput type="date" label={t('hub.to')} value={range.to} onChange={(event) => setRange({ ...range, to: event.currentTarget.value })} />
        <NativeSelect
          label={t('hub.interval')}
          value={interval}
          onChange={(event) => setStatisticsInterval(event.currentTarget.value as StatisticsInterval)}
          data={[
            { value: 'WEEK', label: t('hub.week') },
            { value: 'MONTH', label: t('hub.month') },
          ]}
        />
      </Group>
      {loading && !statistics ? (
        <PageLoader />
      ) : error || !statistics ? (
        <ErrorNotice error={error} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" component="dl" className={classes.figures}>
            {(
              [
                ['partnershipsFormed', statistics.partnershipsFormed],
                ['partnershipsCompleted', statistics.partnershipsCompleted],
                ['publicServicesDelivered', statistics.publicServicesDelivered],
                ['suggestionsSent', statistics.suggestionsSent],
                ['accepted', statistics.suggestionsAccepted],
                ['declined', statistics.suggestionsDeclined],
                ['ngosInvolved', statistics.ngosInvolved],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <dt>{t(`hub.${key}`)}</dt>
                <dd>{number(value)}</dd>
              </div>
            ))}
          </SimpleGrid>
          <Suspense fallback={<PageLoader />}>
            <HubCharts statistics={statistics} />
          </Suspense>
          <details className={classes.details} open={asTextOpen} onToggle={(event) => setAsTextOpen(event.currentTarget.open)}>
            <summary>{t('hub.asText')}</summary>
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
              <FiguresList
                title={t('hub.declineReasons')}
                items={statistics.declineReasons.map((entry) => ({
                  key: entry.reason ?? 'none',
                  text: `${t(entry.reason ? `declineReason.${entry.reason}` : 'hub.noReason')}: ${number(entry.count)}`,
                }))}
              />
              <FiguresList
                title={t('hub.byMunicipality')}
                items={statistics.partnershipsByMunicipality.map((entry) => ({ key: entry.municipality.code, text: `${entry.municipality.name}: ${number(entry.count)}` }))}
              />
              <FiguresList
                title={t('hub.bySector')}
                items={statistics.partnershipsBySectorPair.map((entry) => ({
                  key: `${entry.needSector}-${entry.partnerSector}`,
                  text: `${t(`sector.${entry.needSector}`)} → ${t(`sector.${entry.partnerSector}`)}: ${number(entry.count)}`,
                }))}
              />
            </SimpleGrid>
            <FiguresTable
              label={t('hub.overTime')}
              rows={statistics.timeline}
              rowKey={(period) => period.periodStart}
              empty={t('hub.noData')}
              striped
              name={{ header: t('hub.period'), cell: (period) => formatDay(period.periodStart, i18n.language) }}
              columns={[
                { header: t('hub.partnershipsFormed'), cell: (period) => period.partnershipsFormed },
                { header: t('hub.suggestionsSent'), cell: (period) => period.suggestionsSent },
                { header: t('hub.accepted'), cell: (period) => period.accepted },
                { header: t('hub.declined'), cell: (period) => period.declined },
              ]}
            />
          </details>
        </>
      )}
    </Section>
  );
}

/** A chart's figures in words under its title; none for the period is said, as the chart says it. */
function FiguresList({ title, items }: { title: string; items: { key: string; text: string }[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={3} size="h5">
        {title}
      </Title>
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
      ) : (
        <Text size="sm" mt={4} mb="sm">
          {t('hub.noData')}
        </Text>
      )}
    </div>
  );
}

type WaitingOrganization = UnverifiedOrganizationsResult['organizations']['edges'][number]['node'];

/** The organizations still waiting, and how many wait: one just verified leaves both at once. */
function waitingOf(data: UnverifiedOrganizationsResult) {
  const organizations = data.organizations.edges.map((edge) => edge.node);
  const waiting = organizations.filter((organization) => !organization.verified);
  return { organizations: waiting, total: data.organizations.totalCount - (organizations.length - waiting.length) };
}

function VerificationSection({ onErased }: { onErased(name: string): void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(UnverifiedOrganizationsQuery, { fetchPolicy: 'cache-and-network' });
  const [verify] = useMutation(VerifyOrganizationMutation);
  const [verifying, setVerifying] = useState<string | null>(null);
  // The last verification or its undoing, with the organization, so that it can be taken back.
  const [notice, setNotice] = useState<{ id: string; name: string; verified: boolean } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // The verified organization's row (and its button, which had the focus) leaves the list:
  // the focus goes to the notice that says so and offers the undo.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const setVerified = async (id: string, name: string, verified: boolean) => {
    if (verifying) return;
    setVerifying(id);
    setFailure(null);
    try {
      await verify({ variables: { id, verified } });
      setNotice({ id, name, verified });
      await refetch();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setVerifying(null);
    }
  };

  const waiting = data ? waitingOf(data).organizations : [];
  return (
    <Section id="hub-verification" title={t('hub.verification')}>
      {failure !== null && <ErrorNotice error={failure} />}
      {notice && (
        <Alert color={notice.verified ? 'teal' : 'gray'} tabIndex={-1} ref={noticeRef} className={classes.status}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" role="status">
              {t(notice.verified ? 'hub.verified' : 'hub.unverified', { name: notice.name })}
            </Text>
            {notice.verified && (
              <Button size="compact-md" variant="default" loading={verifying === notice.id} disabled={verifying !== null} onClick={() => void setVerified(notice.id, notice.name, false)}>
                {t('hub.undoVerification')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {loading && !data ? (
        <PageLoader />
      ) : error ? (
        <ErrorNotice error={error} />
      ) : waiting.length === 0 ? (
        <Text size="sm">{t('hub.noneWaiting')}</Text>
      ) : (
        <ShortList items={waiting} first={FIRST_SHOWN}>
          {(organization) => (
            <WaitingOrganizationItem organization={organization} verifying={verifying} onVerify={() => void setVerified(organization.id, organization.name, true)} onErased={onErased} />
          )}
        </ShortList>
      )}
    </Section>
  );
}

/** What staff check before verifying: who it is, what it does, how to reach it, its numbers. */
function WaitingOrganizationItem({
  organization,
  verifying,
  onVerify,
  onErased,
}: {
  organization: WaitingOrganization;
  verifying: string | null;
  onVerify: () => void;
  onErased(name: string): void;
}) {
  const { t, i18n } = useTranslation();
  const notGiven = <Text span size="sm" c="dimmed">{t('hub.notGiven')}</Text>;
  const contact = organization.contact;
  // The API gives the organization's own name when no contact person is set: not said twice.
  const contactParts = [
    contact && contact.name !== organization.name && contact.name,
    contact?.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>,
    contact?.phone && <PhoneLink phone={contact.phone} />,
  ].filter(Boolean);
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <div className={classes.itemHead}>
          <Text size="sm" fw={500} id={`organization-${organization.id}`}>
            {organization.name}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`sector.${organization.sector}`)} · {organization.municipality.name} · {formatDateTime(organization.createdAt, i18n.language)}
          </Text>
        </div>
        <Group gap="xs" wrap="wrap">
          <Button size="compact-md" aria-describedby={`organization-${organization.id}`} loading={verifying === organization.id} disabled={verifying !== null} onClick={onVerify}>
            {t('hub.verify')}
          </Button>
          <EraseOrganization organization={organization} onErased={onErased} />
        </Group>
      </Group>
      {/* The start of the description: enough to tell what it does, the list stays short. */}
      {organization.description ? (
        <Text size="sm" lineClamp={3}>
          {organization.description}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('hub.noDescription')}
        </Text>
      )}
      <dl className={classes.facts}>
        <div>
          <dt>{t('hub.contact')}</dt>
          <dd>
            {contactParts.length > 0
              ? contactParts.map((part, index) => (
                  <Fragment key={index}>
                    {index > 0 && ' · '}
                    {part}
                  </Fragment>
                ))
              : notGiven}
          </dd>
        </div>
        <div>
          <dt>{t('hub.registrationNumber')}</dt>
          <dd>{organization.registrationNumber ?? notGiven}</dd>
        </div>
        <div>
          <dt>{t('hub.taxNumber')}</dt>
          <dd>{organization.taxNumber ?? notGiven}</dd>
        </div>
        <div>
          <dt>{t('hub.website')}</dt>
          <dd>
            {organization.website && /^https?:\/\//i.test(organization.website) ? (
              <a href={organization.website} target="_blank" rel="noopener noreferrer">
                {organization.website}
              </a>
            ) : (
              (organization.website ?? notGiven)
            )}
          </dd>
        </div>
      </dl>
      <OrganizationPeopleDetails organizationId={organization.id} name={organization.name} />
    </Stack>
  );
}

/**
 * Organizations no one has joined yet, verified or not: their first invitation failed, ran out
 * or went to the wrong person, and staff invite someone again from here.
 */
function WithoutMembersSection({ onErased }: { onErased(name: string): void }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OrganizationsWithoutMembersQuery, { fetchPolicy: 'cache-and-network' });
  const organizations = data?.organizations.edges.map((edge) => edge.node) ?? [];
  return (
    <Section id="hub-without-members" title={t('hub.withoutMembers')}>
      <Text size="sm">{t('hub.withoutMembersIntro')}</Text>
      {loading && !data ? (
        <PageLoader />
      ) : error || !data ? (
        <ErrorNotice error={error} />
      ) : organizations.length === 0 ? (
        <Text size="sm">{t('hub.noneWithoutMembers')}</Text>
      ) : (
        <>
          {data.organizations.totalCount > organizations.length && (
            <Text size="sm">{t('hub.firstShown', { shown: organizations.length, total: data.organizations.totalCount })}</Text>
          )}
          <ShortList items={organizations} first={FIRST_SHOWN}>
            {(organization) => (
              <Stack gap={6}>
                <OrganizationLine organization={organization} />
                <OrganizationPeopleDetails organizationId={organization.id} name={organization.name} />
                <Group>
                  <EraseOrganization organization={organization} onErased={onErased} />
                </Group>
              </Stack>
            )}
          </ShortList>
        </>
      )}
    </Section>
  );
}

/** An organization's name and what the hub sees of it at a glance: sector, municipality, when it registered, whether verified. */
function OrganizationLine({ organization }: { organization: HubOrganizationFieldsFragment }) {
  const { t, i18n } = useTranslation();
  // Not itemHead: its flex basis, meant for a row, made a 12rem-tall gap in a column.
  return (
    <div>
      <Text size="sm" fw={500}>
        {organization.name}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`sector.${organization.sector}`)} · {organization.municipality.name} · {formatDateTime(organization.createdAt, i18n.language)} ·{' '}
        {t(organization.verified ? 'hub.isVerified' : 'hub.notVerified')}
      </Text>
    </div>
  );
}

/**
 * Any organization, found by a part of its name, verified or not, with members or not: one that
 * leaves the hub, or asks to be erased, is usually on neither list above.
 */
function FindSection({ onErased }: { onErased(name: string): void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [text, setText] = useState<string | null>(null);
  const { data, loading, error } = useQuery(OrganizationsByNameQuery, { variables: { text: text ?? '' }, skip: text === null, fetchPolicy: 'cache-and-network' });
  const organizations = data?.organizations.edges.map((edge) => edge.node) ?? [];
  return (
    <Section id="hub-find" title={t('hub.find')}>
      <Text size="sm">{t('hub.findIntro')}</Text>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setText(typed.trim());
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput type="search" name="text" label={t('hub.findName')} value={typed} onChange={(event) => setTyped(event.currentTarget.value)} />
          <Button type="submit" variant="default">
            {t('hub.findSubmit')}
          </Button>
        </Group>
      </form>
      {text === null ? null : loading && !data ? (
        <PageLoader />
      ) : error || !data ? (
        <ErrorNotice error={error} />
      ) : organizations.length === 0 ? (
        <Text size="sm">{t('common.none')}</Text>
      ) : (
        <>
          {data.organizations.totalCount > organizations.length && (
            <Text size="sm">{t('hub.firstShown', { shown: organizations.length, total: data.organizations.totalCount })}</Text>
          )}
          <ShortList items={organizations} first={FIRST_SHOWN}>
            {(organization) => (
              <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
                <OrganizationLine organization={organization} />
                <EraseOrganization organization={organization} onErased={onErased} />
              </Group>
            )}
          </ShortList>
        </>
      )}
    </Section>
  );
}

function HealthSection() {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(MatchingHealthQuery, { pollInterval: HEALTH_REFRESH_MS, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
  return (
    <Section id="hub-health" title={t('hub.health')}>
      <Text size="xs" c="dimmed">
        {t('hub.refreshed')}
      </Text>
      {error && <ErrorNotice error={error} />}
      {data && (
        <>
          <Text size="sm" role="status">
            {t('hub.backlog', { count: data.matchingBacklog, formatted: new Intl.NumberFormat(locale(i18n.language)).format(data.matchingBacklog) })}
          </Text>
          <FiguresTable
            label={t('hub.queues')}
            rows={data.queueHealth}
            rowKey={(queue) => queue.name}
            name={{ header: t('hub.queue'), cell: (queue) => t(`hub.queueName.${queue.name}`, { defaultValue: queue.name }) }}
            columns={[
              { header: t('hub.waiting'), cell: (queue) => queue.waiting },
              { header: t('hub.active'), cell: (queue) => queue.active },
              { header: t('hub.delayed'), cell: (queue) => queue.delayed },
              { header: t('hub.failed'), cell: (queue) => queue.failed, className: (queue) => (queue.failed > 0 ? classes.failed : undefined) },
            ]}
          />
        </>
      )}
      <LanesPanel />
      {/* The server's own page (Bull Board), not a route of this app, with no way back to /hub:
          it opens beside the hub, in a new tab, and its name says so. */}
      <Anchor href="/admin/queues" target="_blank" rel="noopener" size="sm">
        {t('hub.queueBoard')}
      </Anchor>
    </Section>
  );
}

/** How far behind matching is, lane by lane, and how far a re-score of everything is. */
function LanesPanel() {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(MatchingLanesQuery, { pollInterval: HEALTH_REFRESH_MS, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
  if (error) return <ErrorNotice error={error} />;
  if (!data) return null;
  const number = (value: number) => new Intl.NumberFormat(locale(i18n.language)).format(value);
  const run = data.rematchProgress;
  const share = run && run.total > 0 ? run.done / run.total : 1;
  return (
    <>
      <FiguresTable
        label={t('hub.lanes')}
        rows={data.matchingLanes}
        rowKey={(lane) => lane.name}
        name={{ header: t('hub.lane'), cell: (lane) => t(`hub.laneName.${lane.name}`, { defaultValue: lane.name }) }}
        columns={[
          { header: t('hub.waiting'), cell: (lane) => number(lane.waiting) },
          { header: t('hub.active'), cell: (lane) => number(lane.active) },
          { header: t('hub.delayed'), cell: (lane) => number(lane.delayed) },
        ]}
      />
      {run &&
        (run.finishedAt ? (
          <Text size="sm">{t('hub.rematchFinished', { finished: formatDateTime(run.finishedAt, i18n.language), total: number(run.total) })}</Text>
        ) : (
          <Stack gap={4}>
            <Text size="sm" role="status">
              {t('hub.rematchRunning', {
                done: number(run.done),
                total: number(run.total),
                percent: formatPercent(share, i18n.language),
                started: formatDateTime(run.startedAt, i18n.language),
              })}
            </Text>
            <Progress value={share * 100} aria-label={t('hub.rematchProgress')} />
          </Stack>
        ))}
    </>
  );
}

function SettingsSection() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(MatchingSettingsQuery);
  const settings = data?.matchingSettings;
  const weights = settings
    ? ([
        ['topic', settings.topicWeight],
        ['geography', settings.geographyWeight],
        ['time', settings.timeWeight],
        ['sector', settings.sectorWeight],
        ['budget', settings.budgetWeight],
        ['capacity', settings.capacityWeight],
        ['feedback', settings.feedbackWeight],
      ] as const)
    : [];
  // Shown as whole percents that add up to 100 %: each rounded on its own, they made 100.7 %.
  const percents = wholePercents(weights.map(([, weight]) => weight));
  return (
    <Section id="hub-matching-settings" title={t('hub.matchingSettings')}>
      {loading && !data ? (
        <PageLoader />
      ) : error || !settings ? (
        <ErrorNotice error={error} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {/* What the figures are, and that they are read here, not set: only the sending
              threshold below is the hub's to change. */}
          <Stack gap={4}>
            <Title order={3} size="h4">
              {t('hub.weightsTitle')}
            </Title>
            <Text size="sm">{t('hub.weightsIntro')}</Text>
            <dl className={classes.pairs}>
              {weights.map(([name], index) => (
                <div key={name}>
                  <dt>{t(`component.${name}`)}</dt>
                  <dd>{formatPercent(percents[index] / 100, i18n.language)}</dd>
                </div>
              ))}
            </dl>
          </Stack>
          <Stack gap={4}>
            <Title order={3} size="h4">
              {t('hub.fixedSettingsTitle')}
            </Title>
            <Text size="sm">{t('hub.fixedSettingsIntro')}</Text>
            <dl className={classes.pairs}>
              <div>
                <dt>{t('hub.listingThreshold')}</dt>
                <dd>{formatPercent(settings.listingThreshold, i18n.language)}</dd>
              </div>
              <div>
                <dt>{t('hub.listingLimit')}</dt>
                <dd>{new Intl.NumberFormat(locale(i18n.language)).format(settings.listingLimit)}</dd>
              </div>
              <div>
                <dt>{t('hub.remoteFactor')}</dt>
                <dd>{formatPercent(settings.geographyFactorForRemoteResources, i18n.language)}</dd>
              </div>
            </dl>
          </Stack>
          <div className={classes.wide}>
            <SendingThresholdForm settings={settings} />
          </div>
        </SimpleGrid>
      )}
    </Section>
  );
}
