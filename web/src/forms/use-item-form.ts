import { useDraft } from './use-draft';
import { useSubmitOnce } from './use-submit-once';

/**
 * What the need and offer forms share: the draft kept as it is typed, one submission at a
 * time, the API's field errors (each gone once its field is changed), and the draft cleared
 * once the API accepted the values. `frame` goes to ItemFormFrame as it is.
 */
export function useItemForm<Values extends object>(draftKey: string, initial: Values, onSubmit: (values: Values) => Promise<void>) {
  const draft = useDraft(draftKey, initial);
  const { run, submitting, errors, formError, formRef, fieldChanged } = useSubmitOnce(Object.keys(initial));
  const update = <Field extends keyof Values>(field: Field, value: Values[Field]) => {
    draft.update(field, value);
    fieldChanged(String(field));
  };
  const submit = (form: HTMLElement) =>
    run(async () => {
      await onSubmit(draft.values);
      draft.clear();
    }, form);
  return {
    values: draft.values,
    update,
    errors,
    frame: { submitting, restored: draft.restored, onDiscard: draft.discard, onCancel: draft.clear, formError, formRef, onSubmit: (form: HTMLElement) => void submit(form) },
  };
}
