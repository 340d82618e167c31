import { Button, Group, NativeSelect, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reach } from '../graphql/graphql';
import { HOME_REGION, type Municipality, useMunicipalities } from '../reference-data/hooks/use-municipalities';
import classes from './service-area-picker.module.css';

export interface RegionGroup {
  /** The region's Slovenian name, as the API's `region` gives it. */
  region: string;
  /** In the reader's language. */
  name: string;
  municipalities: Municipality[];
}

/**
 * The municipalities by statistical region: the regions of `firstCodes` (municipality codes) in
 * that order, then the rest by name. `all` comes sorted by name.
 */
export function groupByRegion(all: readonly Municipality[], firstCodes: readonly string[], nameOf: (entry: Municipality) => string, language: string): RegionGroup[] {
  const groups = new Map<string, RegionGroup>();
  for (const entry of all) {
    const group = groups.get(entry.region) ?? { region: entry.region, name: nameOf(entry), municipalities: [] };
    group.municipalities.push(entry);
    groups.set(entry.region, group);
  }
  const first = firstCodes.map((code) => all.find((entry) => entry.code === code)?.region).filter((region): region is string => Boolean(region));
  const rank = (group: RegionGroup) => (first.includes(group.region) ? first.indexOf(group.region) : first.length);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, language));
}

// A region with more chosen municipalities than this shows as one line, "Gorenjska (18 od 18)",
// until it is opened: 18 names would push the rest of the form down by a phone's screen.
const OPEN_UP_TO = 4;

/**
 * An offer's explicit service area (`serviceAreaCodes`): municipalities added one by one or a
 * whole statistical region at once, the offer's own region a tap away; the chosen ones shown by
 * region, each removable. Not a multiple select: there a plain click or tap on one name dropped
 * all the others, and 212 names in it had no order for this purpose.
 * The digest's municipality filter in /settings (`municipalityCodes`) is picked the same way,
 * with its own `name` and texts and without a reach.
 */
export function ServiceAreaPicker({
  value,
  onChange,
  error,
  name = 'serviceAreaCodes',
  label,
  hint,
  none,
  homeCode,
  organizationCode,
  reach,
  onUseRegionalReach,
}: {
  value: string[];
  onChange(value: string[]): void;
  error?: string;
  /** The input field's name; the texts by default an offer's. */
  name?: string;
  label?: string;
  hint?: string;
  /** What an empty list means. */
  none?: string;
  /** The offer's municipality: its region comes first and is the one added with one tap. */
  homeCode?: string;
  /** The organization's municipality: its region next. */
  organizationCode?: string;
  /** An offer's reach, with the one tap that uses it instead of a list of its own region. */
  reach?: Reach;
  /** Reach REGIONAL and no list: the same area, said the way SPEC's reach says it. */
  onUseRegionalReach?(): void;
}) {
  const { t, i18n } = useTranslation();
  const { all, regionName } = useMunicipalities();
  const id = useId();
  const root = useRef<HTMLFieldSetElement>(null);
  const [adding, setAdding] = useState('');
  const [announcement, setAnnouncement] = useState('');
  // Regions opened or closed by the reader; the others follow OPEN_UP_TO.
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  // Where the focus goes once a removed button is gone.
  const [focusNext, setFocusNext] = useState<string | null>(null);

  const firstCodes = useMemo(() => {
    const homeOfHub = all.find((entry) => entry.region === HOME_REGION)?.code;
    return [homeCode, organizationCode, homeOfHub].filter((code): code is string => Boolean(code));
  }, [all, homeCode, organizationCode]);
  const groups = useMemo(() => groupByRegion(all, firstCodes, regionName, i18n.language), [all, firstCodes, regionName, i18n.language]);
  const chosen = useMemo(() => new Set(value), [value]);
  const homeGroup = groups.find((group) => group.municipalities.some((entry) => entry.code === homeCode));

  useEffect(() => {
    if (!focusNext) return;
    root.current?.querySelector<HTMLElement>(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const count = (group: RegionGroup) => group.municipalities.filter((entry) => chosen.has(entry.code)).length;
  const wholeRegion = (group: RegionGroup) => t('form.serviceArea.wholeRegion', { context: group.region, name: group.name });

  const missing = (group: RegionGroup) => group.municipalities.length - count(group);
  // Where the focus goes: the one-tap button leaves once its region is whole, so to the region's
  // line; "Dodaj" is disabled as the select resets, so to the select. Else it fell to the page.
  const addRegion = (group: RegionGroup, focus: 'region' | 'select') => {
    const added = group.municipalities.filter((entry) => !chosen.has(entry.code)).map((entry) => entry.code);
    onChange([...value, ...added]);
    setAnnouncement(t('form.serviceArea.addedRegion', { name: group.name, count: added.length }));
    setFocusNext(focus === 'region' ? `[data-region="${group.region}"]` : 'select');
  };
  const removeRegion = (group: RegionGroup) => {
    const codes = new Set(group.municipalities.map((entry) => entry.code));
    onChange(value.filter((code) => !codes.has(code)));
    setAnnouncement(t('form.serviceArea.removedRegion', { name: group.name, count: count(group) }));
    setFocusNext('select');
  };
  const removeOne = (group: RegionGroup, entry: Municipality) => {
    const left = group.municipalities.filter((other) => other.code !== entry.code && chosen.has(other.code));
    const index = group.municipalities.filter((other) => chosen.has(other.code)).indexOf(entry);
    const next = left[Math.min(index, left.length - 1)];
    onChange(value.filter((code) => code !== entry.code));
    setAnnouncement(t('form.serviceArea.removed', { name: entry.name }));
    setFocusNext(next ? `[data-code="${next.code}"]` : 'select');
  };
  const add = () => {
    if (adding.startsWith('region:')) {
      const group = groups.find((entry) => entry.region === adding.slice('region:'.length));
      if (group) addRegion(group, 'select');
    } else if (adding) {
      const entry = all.find((municipality) => municipality.code === adding);
      if (entry && !chosen.has(entry.code)) {
        onChange([...value, entry.code]);
        setAnnouncement(t('form.serviceArea.added', { name: entry.name }));
        setFocusNext('select');
      }
    }
    setAdding('');
  };

  const chosenGroups = groups.filter((group) => count(group) > 0);
  // All of the offer's own region and nothing else: what reach REGIONAL says without a list.
  const sameAsRegionalReach = onUseRegionalReach !== undefined && homeGroup !== undefined && value.length === homeGroup.municipalities.length && count(homeGroup) === value.length;
  const reachCovers = reach === 'REGIONAL' && value.length === 0 && homeGroup;

  return (
    <fieldset
      ref={root}
      className={classes.fieldset}
      // Named as the input field, for focusing it with the API's error for that field.
      name={name}
      tabIndex={-1}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend className={classes.legend}>{label ?? t('form.serviceAreaCodes')}</legend>
      <Stack gap={8}>
        <Text id={`${id}-hint`} size="xs" c="dimmed">
          {hint ?? t('form.serviceAreaHint')}
        </Text>
        {reachCovers ? (
          <Text size="sm">{t('form.serviceArea.reachCovers', { region: wholeRegion(homeGroup), count: homeGroup.municipalities.length })}</Text>
        ) : (
          homeGroup &&
          count(homeGroup) < homeGroup.municipalities.length && (
            <Button type="button" variant="outline" classNames={{ root: classes.wrapping, label: classes.wrappingLabel }} onClick={() => addRegion(homeGroup, 'region')}>
              {/* Named by what it adds: "vso regijo (18 občin)" read wrong with 17 of them chosen. */}
              {count(homeGroup) === 0
                ? t('form.serviceArea.addRegion', { region: wholeRegion(homeGroup), count: homeGroup.municipalities.length })
                : t('form.serviceArea.addRest', { name: homeGroup.name, count: missing(homeGroup) })}
            </Button>
          )
        )}
        <Group gap={8} align="flex-end" wrap="nowrap">
          <NativeSelect
            className={classes.grow}
            label={t('form.serviceArea.addLabel')}
            value={adding}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setAdding(event.currentTarget.value)}
            data={[
              { value: '', label: t('form.serviceArea.choose') },
              ...groups.map((group) => ({
                group: group.name,
                items: [
                  {
                    value: `region:${group.region}`,
                    label: t('form.serviceArea.regionOption', { name: group.name, count: group.municipalities.length }),
                    disabled: count(group) === group.municipalities.length,
                  },
                  ...group.municipalities.map((entry) => ({ value: entry.code, label: entry.name, disabled: chosen.has(entry.code) })),
                ],
              })),
            ]}
          />
          {/* A button, not the select's change: a closed select's arrow keys change it, one name at a time. */}
          <Button type="button" variant={adding ? 'filled' : 'default'} onClick={add} disabled={!adding}>
            {t('form.serviceArea.add')}
          </Button>
        </Group>
        <Text size="sm" fw={500}>
          {value.length ? t('form.serviceArea.chosen', { count: value.length }) : (none ?? t('form.serviceArea.none'))}
        </Text>
        {chosenGroups.map((group, index) => {
          const chosenHere = group.municipalities.filter((entry) => chosen.has(entry.code));
          const open = toggled[group.region] ?? chosenHere.length <= OPEN_UP_TO;
          const listId = `${id}-region-${index}`;
          return (
            <div key={group.region} className={classes.region}>
              <Group gap={4} justify="space-between" wrap="nowrap">
                <UnstyledButton
                  type="button"
                  className={classes.toggle}
                  data-region={group.region}
                  aria-expanded={open}
                  aria-controls={listId}
                  onClick={() => setToggled((current) => ({ ...current, [group.region]: !open }))}
                >
                  <span aria-hidden className={classes.chevron} data-open={open || undefined}>
                    ›
                  </span>
                  {t('form.serviceArea.regionCount', { name: group.name, count: chosenHere.length, total: group.municipalities.length })}
                </UnstyledButton>
                <Button type="button" size="compact-sm" variant="subtle" aria-label={t('form.serviceArea.removeRegionLabel', { name: group.name })} onClick={() => removeRegion(group)}>
                  {t('form.serviceArea.removeRegion')}
                </Button>
              </Group>
              <ul id={listId} className={classes.chips} hidden={!open}>
                {chosenHere.map((entry) => (
                  <li key={entry.code}>
                    <Button
                      type="button"
                      size="compact-sm"
                      variant="default"
                      radius="xl"
                      data-code={entry.code}
                      aria-label={t('form.serviceArea.removeOne', { name: entry.name })}
                      rightSection={<span aria-hidden>×</span>}
                      onClick={() => removeOne(group, entry)}
                    >
                      {entry.name}
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        {sameAsRegionalReach && (
          <div className={classes.note}>
            <Text size="sm">{t('form.serviceArea.sameAsReach', { name: homeGroup.name })}</Text>
            <Button
              type="button"
              size="compact-sm"
              variant="outline"
              mt={6}
              classNames={{ root: classes.wrapping, label: classes.wrappingLabel }}
              onClick={() => {
                onUseRegionalReach();
                setAnnouncement(t('form.serviceArea.usedReach'));
                setFocusNext('select');
              }}
            >
              {t('form.serviceArea.useReach')}
            </Button>
          </div>
        )}
        {error && (
          <Text id={`${id}-error`} size="xs" c="red.8">
            {error}
          </Text>
        )}
      </Stack>
      {/* What the form sends, as checkboxes would carry it. */}
      {value.map((code) => (
        <input key={code} type="hidden" name={name} value={code} />
      ))}
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
    </fieldset>
  );
}
