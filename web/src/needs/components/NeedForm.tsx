import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NeedKind, ResourceType, Sector } from '../../graphql/graphql';
import { DateInput, EnumCheckboxes, MunicipalitySelect, ThemeCheckboxes, WholeNumberInput } from '../../forms/controls';
import { MAX_EUR } from '../../forms/limits';
import { todayInSlovenia } from '../../forms/today';
import { ItemFormFrame } from '../../forms/ItemFormFrame';
import { ItemTextFields } from '../../forms/ItemTextFields';
import { useItemForm } from '../../forms/use-item-form';
import { RESOURCE_TYPES, SECTORS } from '../../reference-data/enums';

export interface NeedFormValues {
  title: string;
  description: string;
  kind: NeedKind;
  municipalityCode: string;
  resourceTypes: ResourceType[];
  themeCodes: string[];
  startsOn: string;
  endsOn: string;
  /** The last day answers are taken (respondToNeed); asked for a call for partners. */
  respondBy: string;
  budgetEur: string;
  preferredSectors: Sector[];
}

export const EMPTY_NEED: NeedFormValues = {
  title: '',
  description: '',
  kind: 'LOCAL_CHALLENGE',
  municipalityCode: '',
  resourceTypes: [],
  themeCodes: [],
  startsOn: '',
  endsOn: '',
  respondBy: '',
  budgetEur: '',
  preferredSectors: [],
};

/** The later of two yyyy-mm-dd days, either of which may be empty. */
const laterOf = (first: string, second: string) => (first > second ? first : second);

const KINDS: NeedKind[] = ['LOCAL_CHALLENGE', 'PUBLIC_SERVICE', 'CALL_FOR_PARTNERS'];

/** The need form for posting and editing; the draft is kept under draftKey as it is typed. */
export function NeedForm({
  draftKey,
  initial,
  title,
  submitLabel,
  onSubmit,
  cancelTo,
}: {
  draftKey: string;
  initial: NeedFormValues;
  title: string;
  submitLabel: string;
  /** An edit's way back to the need's page, without saving. */
  cancelTo?: string;
  /** Sends the values; resolves once the API accepted them. */
  onSubmit(values: NeedFormValues): Promise<void>;
}) {
  const { t } = useTranslation();
  const { values, update, errors, frame } = useItemForm(draftKey, initial, onSubmit);
  // The API refuses an end or a deadline for answers already past (isNotPast), but not a stored
  // one sent again unchanged: a need edited after its last day (before it expires) or after its
  // deadline can still be saved.
  const today = todayInSlovenia();
  const earliest = (stored: string) => (stored !== '' && stored < today ? stored : today);

  return (
    <ItemFormFrame title={title} submitLabel={submitLabel} cancelTo={cancelTo} {...frame}>
      <ItemTextFields values={values} errors={errors} hint={t('form.needDescriptionHint')} onChange={update} />
      <NativeSelect
        name="kind"
        label={t('form.kind')}
        description={t(`form.kindHint.${values.kind}`)}
        value={values.kind}
        error={errors.kind}
        onChange={(event) => update('kind', event.currentTarget.value as NeedKind)}
        data={KINDS.map((kind) => ({ value: kind, label: t(`needKind.${kind}`) }))}
      />
      <MunicipalitySelect
        name="municipalityCode"
        label={t('form.municipalityCode')}
        value={values.municipalityCode}
        error={errors.municipalityCode}
        onChange={(value) => update('municipalityCode', value)}
      />
      <EnumCheckboxes
        name="resourceTypes"
        legend={t('form.resourceTypesNeed')}
        description={t('form.resourceTypesHint')}
        required
        options={RESOURCE_TYPES}
        labelOf={(value) => t(`resourceType.${value}`)}
        value={values.resourceTypes}
        error={errors.resourceTypes}
        onChange={(value) => update('resourceTypes', value)}
      />
      <ThemeCheckboxes value={values.themeCodes} error={errors.themeCodes} onChange={(value) => update('themeCodes', value)} />
      <DateInput name="startsOn" label={t('form.startsOn')} value={values.startsOn} error={errors.startsOn} onChange={(value) => update('startsOn', value)} />
      <DateInput name="endsOn" label={t('form.endsOn')} min={laterOf(earliest(initial.endsOn), laterOf(values.startsOn, values.respondBy))} value={values.endsOn} error={errors.endsOn} onChange={(value) => update('endsOn', value)} />
      {/* A call's deadline for answers; shown for any need that has one, so that it can be seen and cleared. */}
      {(values.kind === 'CALL_FOR_PARTNERS' || values.respondBy !== '') && (
        <DateInput
          name="respondBy"
          label={t('form.respondBy')}
          min={earliest(initial.respondBy)}
          value={values.respondBy}
          error={errors.respondBy}
          onChange={(value) => update('respondBy', value)}
        />
      )}
      <WholeNumberInput name="budgetEur" label={t('form.budgetEur')} min={0} max={MAX_EUR} value={values.budgetEur} error={errors.budgetEur} onChange={(value) => update('budgetEur', value)} />
      <EnumCheckboxes
        name="preferredSectors"
        legend={t('form.preferredSectors')}
        description={t('form.preferredSectorsHint')}
        options={SECTORS}
        labelOf={(value) => t(`sector.${value}`)}
        value={values.preferredSectors}
        error={errors.preferredSectors}
        onChange={(value) => update('preferredSectors', value)}
      />
    </ItemFormFrame>
  );
}
