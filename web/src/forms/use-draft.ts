import { useCallback, useEffect, useRef, useState } from 'react';

// A half-written form is kept in localStorage as it is typed, so it survives a reload, a lost
// connection and an expired session; it is cleared once the API accepted it. The key names
// the user and the form, so one person's draft never shows up for another.
export function useDraft<Values extends object>(key: string, initial: Values) {
  // A draft kept before the form had a field lacks it: the field starts as it would empty.
  const [values, setValues] = useState<Values>(() => {
    const draft = readDraft<Values>(key);
    return draft ? { ...initial, ...draft } : initial;
  });
  const [restored, setRestored] = useState(() => readDraft<Values>(key) !== null);
  const dirty = useRef(false);

  // What the form starts from may change while it is open (a new need's municipality is the
  // organization's, and the reader may switch organization): a value still as it started
  // follows, one the reader changed stays.
  const [startedFrom, setStartedFrom] = useState(initial);
  if (!sameValue(initial, startedFrom)) {
    setStartedFrom(initial);
    setValues((current) => {
      const followed = Object.fromEntries(
        Object.entries(initial).filter(([field]) => sameValue(current[field as keyof Values], startedFrom[field as keyof Values])),
      );
      return { ...current, ...followed };
    });
  }

  useEffect(() => {
    if (dirty.current) writeDraft(key, values);
  }, [key, values]);

  const update = useCallback(<Field extends keyof Values>(field: Field, value: Values[Field]) => {
    dirty.current = true;
    setValues((current) => ({ ...current, [field]: value }));
  }, []);

  /** Replaces the values without marking the form as typed in (data loaded from the API). */
  const reset = useCallback((next: Values) => setValues(next), []);

  const clear = useCallback(() => {
    dirty.current = false;
    setRestored(false);
    removeDraft(key);
  }, [key]);

  const discard = useCallback(() => {
    clear();
    setValues(initial);
  }, [clear, initial]);

  return { values, update, reset, clear, discard, restored };
}

const sameValue = (first: unknown, second: unknown) => JSON.stringify(first) === JSON.stringify(second);

function readDraft<Values>(key: string): Values | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as Values) : null;
  } catch {
    return null;
  }
}

function writeDraft(key: string, values: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(values));
  } catch {
    // storage full or disabled: the form still works, only without a draft
  }
}

function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing to remove
  }
}

export const draftKey = (userId: string, form: string) => `grozd.draft.${userId}.${form}`;
