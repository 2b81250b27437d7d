import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CadencePlanPatch } from '../../../src/cadence/cadence.schema.ts';
import type { ContactRecord } from '../api/types.ts';
import { useContacts } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog, FormActions, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import {
  type FieldOf,
  i18nZodResolver,
  placeServerErrors,
  unplacedServerErrors,
} from '../forms/zod-resolver.ts';
import { ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { weekdayName } from './cadence-format.ts';
import {
  type CadenceRecord,
  type MeetingKind,
  meetingKinds,
  usePatchCadence,
} from './use-cadence.ts';

type AgendaField = `agenda_${MeetingKind}`;
type Values = {
  attendeeContactIds: string[];
  noteTakerContactId: string;
  videoUrl: string;
  checkInWeekday: string;
  reviewWeekday: string;
} & Record<AgendaField, string>;
type Patch = z.output<typeof CadencePlanPatch>;

const agendaField = (kind: MeetingKind): AgendaField => `agenda_${kind}`;
const plainFields = [
  'attendeeContactIds',
  'noteTakerContactId',
  'videoUrl',
  'checkInWeekday',
  'reviewWeekday',
] as const;
const fields = [...plainFields, ...meetingKinds.map(agendaField)];
// "#/agendas/weekly/2" belongs under the weekly template's text area.
const fieldOf: FieldOf = (path) =>
  path[0] === 'agendas' ? agendaField(String(path[1]) as MeetingKind) : String(path[0] ?? '');
const weekdays = [1, 2, 3, 4, 5, 6, 7];
const sides = ['principal', 'distributor'] as const;

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The whole plan as the API takes it, templates of the plan's own kinds; see changedOnly. */
const toPatch = (values: Values, kinds: readonly MeetingKind[]) => ({
  // Sorted, so ticking the boxes in another order is no change.
  attendeeContactIds: [...values.attendeeContactIds].sort(),
  noteTakerContactId: values.noteTakerContactId || null,
  videoUrl: values.videoUrl.trim() || null,
  checkInWeekday: Number(values.checkInWeekday),
  reviewWeekday: Number(values.reviewWeekday),
  agendas: Object.fromEntries(kinds.map((kind) => [kind, lines(values[agendaField(kind)])])),
});

function valuesOf(plan: CadenceRecord['plan']): Values {
  const agendas = Object.fromEntries(
    meetingKinds.map((kind) => [agendaField(kind), (plan.agendas[kind] ?? []).join('\n')]),
  ) as Record<AgendaField, string>; // One entry per kind, built from the same list.
  return {
    attendeeContactIds: plan.attendeeContactIds,
    noteTakerContactId: plan.noteTakerContactId ?? '',
    videoUrl: plan.videoUrl ?? '',
    checkInWeekday: String(plan.checkInWeekday),
    reviewWeekday: String(plan.reviewWeekday),
    ...agendas,
  };
}

/**
 * The plan's attendees, note-taker, video link, weekdays and agenda templates. Changing who
 * attends or the weekdays re-plans the meetings to come, so only changed fields are sent.
 */
export function EditPlanDialog({
  distributorId,
  cadence,
  onClose,
}: {
  distributorId: string;
  cadence: CadenceRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const contacts = useContacts(distributorId);
  return (
    <Dialog title={t('cadence.editPlan.title')} onClose={onClose} size="large">
      {contacts.isPending || contacts.isError ? (
        <QueryStatus query={contacts} />
      ) : (
        <EditPlanForm
          distributorId={distributorId}
          cadence={cadence}
          contacts={contacts.data}
          onDone={onClose}
        />
      )}
    </Dialog>
  );
}

function EditPlanForm({
  distributorId,
  cadence,
  contacts,
  onDone,
}: {
  distributorId: string;
  cadence: CadenceRecord;
  contacts: ContactRecord[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const patchPlan = usePatchCadence(distributorId);
  const initial = valuesOf(cadence.plan);
  const kinds = meetingKinds.filter((kind) =>
    cadence.plan.meetings.some((meeting) => meeting.kind === kind),
  );
  const form = useForm<Values, unknown, Patch>({
    defaultValues: initial,
    resolver: i18nZodResolver(CadencePlanPatch, t, (values) => toPatch(values, kinds), fieldOf),
  });
  const { errors } = form.formState;
  const attendees = form.watch('attendeeContactIds');
  const onSubmit = form.handleSubmit((patch) => {
    const changed = changedOnly(patch, toPatch(initial, kinds));
    if (Object.keys(changed).length === 0) return onDone();
    patchPlan.mutate(changed, {
      onSuccess: onDone,
      onError: (error) => placeServerErrors(error, fields, form.setError, fieldOf),
    });
  });
  const weekdayOptions = weekdays.map((day) => (
    <option key={day} value={day}>
      {weekdayName(format.locale, day)}
    </option>
  ));
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('cadence.editPlan.title')}>
      <ProblemAlert
        error={patchPlan.error}
        extra={unplacedServerErrors(patchPlan.error, fields, fieldOf)}
      />
      <fieldset
        className="fieldset"
        aria-describedby={errors.attendeeContactIds ? 'plan-attendees-error' : undefined}
      >
        <legend>{t('cadence.editPlan.attendees')}</legend>
        <p className="field-hint">{t('cadence.editPlan.attendeesHint')}</p>
        <div className="two-columns">
          {sides.map((side) => (
            <fieldset key={side} className="fieldset-plain">
              <legend>{t(`cadence.notes.side.${side}`)}</legend>
              {contacts
                .filter((contact) => contact.side === side)
                .map((contact) => (
                  <div key={contact.id} className="field field-checkbox">
                    <input
                      id={`attendee-${contact.id}`}
                      type="checkbox"
                      value={contact.id}
                      {...form.register('attendeeContactIds')}
                    />
                    <label htmlFor={`attendee-${contact.id}`}>
                      {contact.name}
                      {contact.timeZone ? null : (
                        <span className="muted"> ({t('cadence.editPlan.noTimeZone')})</span>
                      )}
                    </label>
                  </div>
                ))}
            </fieldset>
          ))}
        </div>
        {errors.attendeeContactIds?.message ? (
          <p className="field-error" id="plan-attendees-error">
            {errors.attendeeContactIds.message}
          </p>
        ) : null}
      </fieldset>
      <div className="form-grid">
        <SelectField
          label={t('cadence.editPlan.noteTaker')}
          hint={t('cadence.editPlan.noteTakerHint')}
          error={errors.noteTakerContactId}
          {...form.register('noteTakerContactId')}
        >
          <option value="">{t('cadence.notes.noNoteTaker')}</option>
          {contacts
            .filter((contact) => attendees.includes(contact.id))
            .map((contact) => (
              <option key={contact.id} value={contact.id}>
                {contact.name} ({t(`side.${contact.side}`)})
              </option>
            ))}
        </SelectField>
        <TextField
          label={t('cadence.plan.videoUrl')}
          hint={t('cadence.plan.videoUrlHint')}
          type="url"
          placeholder="https://"
          error={errors.videoUrl}
          {...form.register('videoUrl')}
        />
        <SelectField
          label={t('cadence.plan.checkInWeekday')}
          hint={t('cadence.plan.checkInHint')}
          error={errors.checkInWeekday}
          {...form.register('checkInWeekday')}
        >
          {weekdayOptions}
        </SelectField>
        <SelectField
          label={t('cadence.plan.reviewWeekday')}
          hint={t('cadence.plan.reviewHint')}
          error={errors.reviewWeekday}
          {...form.register('reviewWeekday')}
        >
          {weekdayOptions}
        </SelectField>
        {kinds.map((kind) => (
          <TextAreaField
            key={kind}
            label={t('cadence.editPlan.agenda', { kind: t(`cadence.kinds.${kind}`) })}
            hint={t('cadence.editPlan.agendaHint')}
            rows={5}
            error={errors[agendaField(kind)]}
            {...form.register(agendaField(kind))}
          />
        ))}
        <p className="span-2 muted">{t('cadence.editPlan.replanWarning')}</p>
        <FormActions
          isSaving={patchPlan.isPending}
          submitLabel={t('cadence.editPlan.submit')}
          onCancel={onDone}
        />
      </div>
    </form>
  );
}

/** The keys of the patch whose values differ from the plan as it stands. */
function changedOnly(patch: Patch, before: ReturnType<typeof toPatch>): Patch {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const old = (before as Record<string, unknown>)[key];
    if (key === 'agendas') {
      const agendas = Object.fromEntries(
        Object.entries(value as Record<string, string[]>).filter(
          ([kind, items]) =>
            JSON.stringify(items) !== JSON.stringify((old as Record<string, string[]>)[kind]),
        ),
      );
      if (Object.keys(agendas).length) changed.agendas = agendas;
    } else if (JSON.stringify(value) !== JSON.stringify(old)) {
      changed[key] = value;
    }
  }
  // Built from the parsed patch's own keys and values, so it is still a valid patch.
  return changed as Patch;
}
