import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { charterSections } from '../../../src/charter/charter.content.ts';
import { PointInput } from '../../../src/charter/charter.schema.ts';
import { ApiError } from '../api/client.ts';
import {
  CheckboxField,
  Dialog,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
} from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import type { ProductLineNames } from './charter-format.ts';
import { SectionEditor } from './editor/SectionEditor.tsx';
import { ProposalChanges } from './ProposalChanges.tsx';
import {
  type CharterPointRecord,
  type CharterSection,
  type CharterVersionRecord,
  type PointEventKind,
  type ProductLine,
  useRaisePoint,
  useRespondToPoint,
} from './use-charter.ts';

/**
 * A proposal's errors for the section editor, all under "#/proposal": the API reports a proposal
 * that fails on its own there, and one that breaks a rule of the whole text under its section.
 */
function proposalErrors(error: unknown, section: CharterSection) {
  if (!(error instanceof ApiError)) return [];
  const prefixes = ['#/proposal', `#/content/${section}`];
  return (error.problem.errors ?? []).flatMap((item) => {
    const prefix = prefixes.find(
      (candidate) => item.pointer === candidate || item.pointer.startsWith(`${candidate}/`),
    );
    return prefix
      ? [{ pointer: `#/proposal${item.pointer.slice(prefix.length)}`, detail: item.detail }]
      : [];
  });
}

/** The errors neither a field nor the proposal editor shows, for the alert above the form. */
function otherErrors(error: unknown, fields: readonly string[], section: CharterSection) {
  const placed = new Set(proposalErrors(error, section).map((item) => item.detail));
  return unplacedServerErrors(error, [...fields, 'proposal']).filter(
    (detail) => !placed.has(detail),
  );
}

/** A deep copy of a section's text, for the editor to change without touching the shown text. */
function copyOf(value: unknown): unknown {
  return structuredClone(value);
}

function ProposalEditor({
  section,
  value,
  onChange,
  catalogue,
  error,
}: {
  section: CharterSection;
  value: unknown;
  onChange: (value: unknown) => void;
  catalogue: ProductLine[];
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="charter-proposal-editor">
      <legend>
        {t('charter.raise.proposalLegend', { section: t(`charter.sections.${section}`) })}
      </legend>
      <SectionEditor
        section={section}
        value={value}
        onChange={onChange}
        productLines={catalogue.filter((line) => line.archivedAt === null)}
        errors={proposalErrors(error, section)}
        pointerPrefix="#/proposal"
      />
    </fieldset>
  );
}

type RaiseValues = { section: CharterSection; title: string; position: string };
const raiseFields = ['section', 'title', 'position'] as const;
const RaiseForm = PointInput.omit({ proposal: true });

export function RaisePointDialog({
  distributorId,
  record,
  catalogue,
  onClose,
}: {
  distributorId: string;
  record: CharterVersionRecord;
  catalogue: ProductLine[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const raise = useRaisePoint(distributorId, record.version);
  const form = useForm<RaiseValues, unknown, z.output<typeof RaiseForm>>({
    defaultValues: { section: 'territory', title: '', position: '' },
    resolver: i18nZodResolver(RaiseForm, t),
  });
  const section = form.watch('section');
  const [isProposing, setProposing] = useState(false);
  const [proposal, setProposal] = useState<{ section: CharterSection; value: unknown } | null>(
    null,
  );
  // A new section starts its proposal from that section's current text.
  const sectionText = useMemo(() => copyOf(record.content[section]), [record.content, section]);
  const proposalValue = proposal?.section === section ? proposal.value : sectionText;
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((input) =>
    raise.mutate(isProposing ? { ...input, proposal: proposalValue } : input, {
      onSuccess: onClose,
      onError: (error) => placeServerErrors(error, raiseFields, form.setError),
    }),
  );
  return (
    <Dialog title={t('charter.raise.title')} onClose={onClose} size="large">
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={raise.error} extra={otherErrors(raise.error, raiseFields, section)} />
        <div className="form-grid">
          <SelectField
            label={t('charter.raise.section')}
            required
            error={errors.section}
            {...form.register('section')}
          >
            {charterSections.map((name) => (
              <option key={name} value={name}>
                {t(`charter.sections.${name}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('charter.raise.pointTitle')}
            required
            error={errors.title}
            {...form.register('title')}
          />
          <TextAreaField
            className="span-2"
            label={t('charter.raise.position')}
            hint={t('charter.raise.positionHint')}
            required
            rows={4}
            error={errors.position}
            {...form.register('position')}
          />
        </div>
        <CheckboxField
          label={t('charter.raise.propose')}
          checked={isProposing}
          onChange={(event) => setProposing(event.target.checked)}
        />
        {isProposing ? (
          <ProposalEditor
            section={section}
            value={proposalValue}
            onChange={(value) => setProposal({ section, value })}
            catalogue={catalogue}
            error={raise.error}
          />
        ) : null}
        <FormActions
          isSaving={raise.isPending}
          submitLabel={t('charter.raise.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

type RespondValues = { body: string };
const respondFields = ['body'] as const;

/**
 * One answer to a point. A position or a comment needs words; agreeing applies the other side's
 * proposal to the text, so the dialog shows what changes first.
 */
export function RespondDialog({
  distributorId,
  record,
  point,
  kind,
  names,
  catalogue,
  onClose,
}: {
  distributorId: string;
  record: CharterVersionRecord;
  point: CharterPointRecord;
  kind: PointEventKind;
  names: ProductLineNames;
  catalogue: ProductLine[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const respond = useRespondToPoint(distributorId, record.version, point.number);
  const needsBody = kind === 'position' || kind === 'comment';
  const schema = useMemo(
    () =>
      z.object({
        body: needsBody ? z.string().trim().min(1).max(4000) : z.string().trim().max(4000),
      }),
    [needsBody],
  );
  const form = useForm<RespondValues, unknown, RespondValues>({
    defaultValues: { body: '' },
    resolver: i18nZodResolver(schema, t),
  });
  const [isCountering, setCountering] = useState(false);
  const [counter, setCounter] = useState<unknown>(() =>
    copyOf(point.proposal ?? record.content[point.section]),
  );
  const onSubmit = form.handleSubmit(({ body }) =>
    respond.mutate(
      {
        kind,
        body: body || null,
        ...(kind === 'position' && isCountering ? { proposal: counter } : {}),
      },
      {
        onSuccess: onClose,
        onError: (error) => placeServerErrors(error, respondFields, form.setError),
      },
    ),
  );
  return (
    <Dialog
      title={t(`charter.respond.${kind}.title`, { number: point.number, title: point.title })}
      onClose={onClose}
      size={kind === 'position' || kind === 'agreed' ? 'large' : 'medium'}
    >
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert
          error={respond.error}
          extra={otherErrors(respond.error, respondFields, point.section)}
        />
        <p>{t(`charter.respond.${kind}.message`)}</p>
        {kind === 'agreed' && point.proposal !== null ? (
          <ProposalChanges
            section={point.section}
            content={record.content}
            proposal={point.proposal}
            proposalBy={point.proposalBy}
            names={names}
          />
        ) : null}
        <TextAreaField
          label={needsBody ? t('charter.respond.body') : t('charter.respond.bodyOptional')}
          required={needsBody}
          rows={4}
          error={form.formState.errors.body}
          {...form.register('body')}
        />
        {kind === 'position' ? (
          <>
            <CheckboxField
              label={t('charter.respond.counter')}
              checked={isCountering}
              onChange={(event) => setCountering(event.target.checked)}
            />
            {isCountering ? (
              <ProposalEditor
                section={point.section}
                value={counter}
                onChange={setCounter}
                catalogue={catalogue}
                error={respond.error}
              />
            ) : null}
          </>
        ) : null}
        <FormActions
          isSaving={respond.isPending}
          submitLabel={t(`charter.respond.${kind}.submit`)}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
