import { useCallback, useEffect, useRef, useState } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import type { ReportFormValues } from './report-form-values.ts';
import { useSaveReportDraft } from './use-reports.ts';

/** Long enough not to save on every keystroke, short enough that a closed tab loses little. */
const AUTOSAVE_DELAY_MS = 1500;

/**
 * Saves the form as the month's draft once typing pauses. Only changes are saved: opening the
 * report, or a fresh revision's values, store nothing. Leaving the page saves what is pending.
 */
export function useDraftAutosave({
  distributorId,
  period,
  control,
  initialValues,
  initialSavedAt,
  isEnabled = true,
}: {
  distributorId: string;
  period: string;
  control: Control<ReportFormValues>;
  initialValues: ReportFormValues;
  initialSavedAt: string | null;
  /** Off for figures entered on the distributor's behalf: the draft is the distributor's own. */
  isEnabled?: boolean;
}) {
  const save = useSaveReportDraft(distributorId, period);
  const values = useWatch({ control });
  const [savedAt, setSavedAt] = useState(initialSavedAt);
  const savedJson = useRef(JSON.stringify(initialValues));
  const pending = useRef<{ json: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const mutate = save.mutate;

  const saveNow = useCallback(
    (json: string) => {
      pending.current = null;
      mutate(JSON.parse(json), {
        onSuccess: (result) => {
          savedJson.current = json;
          setSavedAt(result.draftSavedAt);
        },
      });
    },
    [mutate],
  );

  useEffect(() => {
    const json = JSON.stringify(values);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    if (!isEnabled || json === savedJson.current) return;
    pending.current = { json, timer: setTimeout(() => saveNow(json), AUTOSAVE_DELAY_MS) };
  }, [values, saveNow, isEnabled]);

  // Navigating away within the delay still keeps what was typed.
  useEffect(
    () => () => {
      if (!pending.current) return;
      clearTimeout(pending.current.timer);
      saveNow(pending.current.json);
    },
    [saveNow],
  );

  return {
    isSaving: save.isPending,
    error: save.error,
    savedAt,
    /** Before a submission: the submitted report replaces the draft, so nothing is pending. */
    cancelPending: () => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
    },
  };
}
