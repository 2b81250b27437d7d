// The principal's editor for a draft charter: every section as a form, validated in the browser
// with the API's zod schema, checked against the other charters while typing, saved as a whole.
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { CharterContent, charterSections } from '../../../../src/charter/charter.content.ts';
import { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../forms/ConfirmDialog.tsx';
import { useProductLines } from '../../product-lines/use-product-lines.ts';
import { ProblemAlert } from '../../shell/States.tsx';
import { ConflictSummary, ErrorSummary } from './EditorSummaries.tsx';
import { describeIssues, isSame, sectionOf, unique } from './editor-messages.ts';
import { elementFor, inContent, valueAt } from './pointers.ts';
import { SectionEditor } from './SectionEditor.tsx';
import { SectionPanel } from './SectionPanel.tsx';
import type { CharterSection, PointedMessage } from './types.ts';
import { useCharterCheck, useSaveCharterContent } from './use-charter-editor.ts';

const noMessages: PointedMessage[] = [];

export function CharterEditor(props: {
  distributorId: string;
  version: number;
  content: CharterContent;
  onSaved: () => void;
}) {
  const { distributorId, version, content, onSaved } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const catalogue = useProductLines({ includeArchived: true });
  const productLines = catalogue.data ?? [];
  const save = useSaveCharterContent(distributorId, version);
  const formRef = useRef<HTMLFormElement>(null);

  const [saved, setSaved] = useState(content);
  const [draft, setDraft] = useState(content);
  const [open, setOpen] = useState<ReadonlySet<CharterSection>>(() => new Set(['territory']));
  // A field's own errors show once it has been left (or after Save), not while first typing.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [isSubmitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<PointedMessage[]>(noMessages);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const [isConfirmingReset, setConfirmingReset] = useState(false);

  const isDirty = !isSame(draft, saved);
  const dirtyRef = useRef(isDirty);
  dirtyRef.current = isDirty;

  // A newer text from the server (saved elsewhere, refetched) replaces an untouched editor.
  const [lastContent, setLastContent] = useState(content);
  if (lastContent !== content) {
    setLastContent(content);
    if (!isDirty && !isSame(content, saved)) {
      setSaved(content);
      setDraft(content);
    }
  }

  const validation = useMemo(() => CharterContent.safeParse(draft), [draft]);
  const clientErrors = useMemo(
    () => (validation.success ? noMessages : describeIssues(validation.error.issues, draft, t)),
    [validation, draft, t],
  );

  const check = useCharterCheck(distributorId, draft, validation.success);
  const conflicts = useMemo(
    () =>
      (check.data?.conflicts ?? []).map((conflict) => ({
        ...conflict,
        pointer: inContent(conflict.pointer),
      })),
    [check.data],
  );

  const errors = useMemo(() => {
    const isShown = (pointer: string) =>
      isSubmitted ||
      [...touched].some((field) => pointer === field || pointer.startsWith(`${field}/`));
    return unique([
      ...serverErrors,
      ...clientErrors.filter((error) => isShown(error.pointer)),
      ...(validation.success ? (check.data?.errors ?? []) : []),
    ]);
  }, [serverErrors, clientErrors, validation.success, check.data, touched, isSubmitted]);

  const errorsBySection = useMemo(() => {
    const grouped = new Map<CharterSection, PointedMessage[]>();
    for (const message of [...errors, ...conflicts]) {
      const section = sectionOf(message.pointer);
      if (section) grouped.set(section, [...(grouped.get(section) ?? []), message]);
    }
    return grouped;
  }, [errors, conflicts]);

  const onSectionChange = (section: CharterSection, value: unknown) => {
    const next = { ...draft, [section]: value };
    setJustSaved(false);
    setDraft(next);
    // A server error stays on its field until that field changes.
    setServerErrors((previous) =>
      previous.filter((error) =>
        isSame(
          valueAt({ content: draft }, error.pointer),
          valueAt({ content: next }, error.pointer),
        ),
      ),
    );
  };

  /** Opens the section of the first of `messages` on the page, then focuses its field. */
  const focusFirst = (messages: readonly PointedMessage[]) => {
    const root = formRef.current;
    if (!root) return;
    const placed = messages
      .map((message) => ({ message, element: elementFor(root, message.pointer) }))
      .filter((item): item is { message: PointedMessage; element: HTMLElement } => !!item.element)
      .sort((a, b) =>
        a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
    const first = placed[0]?.message.pointer ?? messages[0]?.pointer;
    if (!first) return;
    const section = sectionOf(first);
    if (section) setOpen((current) => new Set(current).add(section));
    setFocusTarget(first);
  };

  // Focus waits for the render that opened the field's section.
  useEffect(() => {
    if (!focusTarget) return;
    setFocusTarget(null);
    const root = formRef.current;
    const element = root ? elementFor(root, focusTarget) : null;
    const focusable = element?.matches('input, select, textarea, button, summary')
      ? element
      : element?.querySelector<HTMLElement>('input, select, textarea, summary, button');
    if (focusable) {
      focusable.focus();
    } else {
      root?.querySelector<HTMLElement>('.error-summary')?.focus();
    }
  }, [focusTarget]);

  // Leaving the page (or the app) with unsaved changes asks first.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && currentLocation.pathname !== nextLocation.pathname,
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!validation.success) {
      focusFirst(clientErrors);
      return;
    }
    save.mutate(validation.data, {
      onSuccess: (version) => {
        dirtyRef.current = false;
        setSaved(version.content);
        setDraft(version.content);
        setServerErrors(noMessages);
        setTouched(new Set());
        setSubmitted(false);
        setJustSaved(true);
        onSaved();
      },
      onError: (error) => {
        const placed = error instanceof ApiError ? (error.problem.errors ?? []) : [];
        setServerErrors(placed.length ? placed : noMessages);
        focusFirst(placed);
      },
    });
  };

  const reset = () => {
    setDraft(saved);
    setServerErrors(noMessages);
    setTouched(new Set());
    setSubmitted(false);
    setConfirmingReset(false);
    save.reset();
  };

  const toggle = (section: CharterSection) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(section)) next.add(section);
      return next;
    });

  const hasFieldErrors = save.error instanceof ApiError && !!save.error.problem.errors?.length;
  return (
    <section className="charter-editor" aria-labelledby={headingId}>
      <div className="charter-editor-header">
        <h2 id={headingId}>{t('charterEditor.title', { version })}</h2>
        <div className="toolbar-buttons">
          <button
            type="button"
            className="button button-small"
            onClick={() => setOpen(new Set(charterSections))}
          >
            {t('charterEditor.expandAll')}
          </button>
          <button type="button" className="button button-small" onClick={() => setOpen(new Set())}>
            {t('charterEditor.collapseAll')}
          </button>
        </div>
      </div>
      <ConflictSummary
        conflicts={conflicts}
        isValid={validation.success}
        isChecking={check.isFetching}
        hasChecked={check.data !== undefined}
        checkError={check.error}
        onShow={(pointer) => focusFirst([{ pointer, detail: '' }])}
      />
      <form
        ref={formRef}
        noValidate
        onSubmit={onSubmit}
        onBlur={(event) => {
          const field =
            event.target instanceof Element ? event.target.closest('[data-pointer]') : null;
          const pointer = field?.getAttribute('data-pointer');
          if (pointer && !touched.has(pointer)) setTouched(new Set(touched).add(pointer));
        }}
      >
        {hasFieldErrors || !save.error ? null : <ProblemAlert error={save.error} />}
        {isSubmitted && errors.length ? (
          <ErrorSummary
            errors={errors}
            onShow={(pointer) => focusFirst([{ pointer, detail: '' }])}
          />
        ) : null}
        {charterSections.map((section) => {
          const marks = errorsBySection.get(section) ?? [];
          const errorCount = marks.filter((mark) => errors.includes(mark)).length;
          return (
            <SectionPanel
              key={section}
              id={`${headingId}-${section}`}
              section={section}
              isOpen={open.has(section)}
              onToggle={() => toggle(section)}
              isChanged={!isSame(draft[section], saved[section])}
              errorCount={errorCount}
              conflictCount={marks.length - errorCount}
            >
              <SectionEditor
                section={section}
                value={draft[section]}
                onChange={(value) => onSectionChange(section, value)}
                productLines={productLines}
                errors={errors}
                conflicts={conflicts}
                pointerPrefix={`#/content/${section}`}
              />
            </SectionPanel>
          );
        })}
        <div className="editor-actions">
          <p className="editor-state" role="status">
            {isDirty ? (
              <span className="badge badge-warning">{t('charterEditor.unsaved')}</span>
            ) : justSaved ? (
              t('charterEditor.saved')
            ) : (
              t('charterEditor.noChanges')
            )}
          </p>
          <button
            type="button"
            className="button"
            disabled={!isDirty || save.isPending}
            onClick={() => setConfirmingReset(true)}
          >
            {t('charterEditor.discard')}
          </button>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t('actions.saving') : t('charterEditor.save')}
          </button>
        </div>
      </form>
      {isConfirmingReset ? (
        <ConfirmDialog
          title={t('charterEditor.discardTitle')}
          message={t('charterEditor.discardMessage')}
          confirmLabel={t('charterEditor.discard')}
          isPending={false}
          error={null}
          onConfirm={reset}
          onClose={() => setConfirmingReset(false)}
        />
      ) : null}
      {blocker.state === 'blocked' ? (
        <ConfirmDialog
          title={t('charterEditor.leaveTitle')}
          message={t('charterEditor.leaveMessage')}
          confirmLabel={t('charterEditor.leave')}
          isPending={false}
          error={null}
          onConfirm={() => blocker.proceed()}
          onClose={() => blocker.reset()}
        />
      ) : null}
    </section>
  );
}
