import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reach, ResourceType } from '../../graphql/graphql';
import { useSession } from '../../app/session';
import { DateInput, EnumCheckboxes, MunicipalitySelect, ThemeCheckboxes, WholeNumberInput } from '../../forms/controls';
import { MAX_CAPACITY, MAX_EUR } from '../../forms/limits';
import { ItemFormFrame } from '../../forms/ItemFormFrame';
import { ItemTextFields } from '../../forms/ItemTextFields';
import { ServiceAreaPicker } from '../../forms/ServiceAreaPicker';
import { useItemForm } from '../../forms/use-item-form';
import { REACHES, RESOURCE_TYPES } from '../../reference-data/enums';

export interface OfferFormValues {
  title: string;
  description: string;
  municipalityCode: string;
  resourceTypes: ResourceType[];
  themeCodes: string[];
  reach: Reach;
  serviceAreaCodes: string[];
  availableFrom: string;
  availableUntil: string;
  valueEur: string;
  capacity: string;
}

export const EMPTY_OFFER: OfferFormValues = {
  title: '',
  description: '',
  municipalityCode: '',
  resourceTypes: [],
  themeCodes: [],
  reach: 'LOCAL',
  serviceAreaCodes: [],
  availableFrom: '',
  availableUntil: '',
  valueEur: '',
  capacity: '',
};


export function OfferForm({
  draftKey,
  initial,
  title,
  submitLabel,
  onSubmit,
  cancelTo,
}: {
  draftKey: string;
  initial: OfferFormValues;
  title: string;
  submitLabel: string;
  /** An edit's way back to the offer's page, without saving. */
  cancelTo?: string;
  onSubmit(values: OfferFormValues): Promise<void>;
}) {
  const { t } = useTranslation();
  const { membership } = useSession();
  const { values, update, errors, frame } = useItemForm(draftKey, initial, onSubmit);

  return (
    <ItemFormFrame title={title} submitLabel={submitLabel} cancelTo={cancelTo} {...frame}>
      <ItemTextFields values={values} errors={errors} hint={t('form.offerDescriptionHint')} onChange={update} />
      <MunicipalitySelect
        name="municipalityCode"
        label={t('form.municipalityCode')}
        value={values.municipalityCode}
        error={errors.municipalityCode}
        onChange={(value) => update('municipalityCode', value)}
      />
      <EnumCheckboxes
        name="resourceTypes"
        legend={t('form.resourceTypesOffer')}
        description={t('form.resourceTypesHint')}
        required
        options={RESOURCE_TYPES}
        labelOf={(value) => t(`resourceType.${value}`)}
        value={values.resourceTypes}
        error={errors.resourceTypes}
        onChange={(value) => update('resourceTypes', value)}
      />
      <ThemeCheckboxes value={values.themeCodes} error={errors.themeCodes} onChange={(value) => update('themeCodes', value)} />
      <NativeSelect
        name="reach"
        label={t('form.reach')}
        value={values.reach}
        error={errors.reach}
        onChange={(event) => update('reach', event.currentTarget.value as Reach)}
        data={REACHES.map((reach) => ({ value: reach, label: t(`reach.${reach}`) }))}
      />
      <ServiceAreaPicker
        value={values.serviceAreaCodes}
        error={errors.serviceAreaCodes}
        onChange={(value) => update('serviceAreaCodes', value)}
        homeCode={values.municipalityCode}
        organizationCode={membership?.organization.municipality.code}
        reach={values.reach}
        onUseRegionalReach={() => {
          update('reach', 'REGIONAL');
          update('serviceAreaCodes', []);
        }}
      />
      <DateInput name="availableFrom" label={t('form.availableFrom')} value={values.availableFrom} error={errors.availableFrom} onChange={(value) => update('availableFrom', value)} />
      <DateInput name="availableUntil" label={t('form.availableUntil')} min={values.availableFrom} value={values.availableUntil} error={errors.availableUntil} onChange={(value) => update('availableUntil', value)} />
      <WholeNumberInput name="valueEur" label={t('form.valueEur')} min={0} max={MAX_EUR} value={values.valueEur} error={errors.valueEur} onChange={(value) => update('valueEur', value)} />
      <WholeNumberInput
        name="capacity"
        label={t('form.capacity')}
        description={t('form.capacityHint')}
        min={1}
        max={MAX_CAPACITY}
        value={values.capacity}
        error={errors.capacity}
        onChange={(value) => update('capacity', value)}
      />
    </ItemFormFrame>
  );
}

/** The API input fields shared by createOffer and updateOffer. */
export const offerInput = (values: OfferFormValues, numberOrNull: (value: string) => number | null, textOrNull: (value: string) => string | null) => ({
  title: values.title.trim(),
  description: values.description.trim(),
  municipalityCode: values.municipalityCode,
  resourceTypes: values.resourceTypes,
  themeCodes: values.themeCodes,
  reach: values.reach,
  serviceAreaCodes: values.serviceAreaCodes,
  availableFrom: textOrNull(values.availableFrom),
  availableUntil: textOrNull(values.availableUntil),
  valueEur: numberOrNull(values.valueEur),
  capacity: numberOrNull(values.capacity),
});
