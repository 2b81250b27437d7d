import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { useSession } from '../session/use-session.ts';
import { Pagination, usePaging } from '../shell/Pagination.tsx';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { fieldProblem } from './problem-fields.ts';
import {
  type InteractionFilters,
  type NewInteraction,
  useInteractions,
  useLogInteraction,
} from './use-communication.ts';

const channels = ['call', 'email', 'visit', 'whatsapp', 'other_chat', 'meeting'] as const;
type Channel = (typeof channels)[number];
const writers = ['principal_admin', 'principal_manager', 'distributor_admin', 'distributor_member'];

/** A `datetime-local` value (the browser's wall clock) as an ISO instant, or undefined. */
function instantOf(local: string) {
  return local ? new Date(local).toISOString() : undefined;
}

/** Interactions logged with one distributor: a quick form, filters and the list. */
export function InteractionsSection({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const [channel, setChannel] = useState<Channel | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { page, pageSize, setPage, setPageSize } = usePaging();
  const [isLogging, setLogging] = useState(false);
  const filters: InteractionFilters = {
    page,
    pageSize,
    ...(channel ? { channel } : {}),
    ...(from ? { from: new Date(`${from}T00:00:00`).toISOString() } : {}),
    ...(to ? { to: new Date(`${to}T00:00:00`).toISOString() } : {}),
  };
  const interactions = useInteractions(distributorId, filters);
  return (
    <section className="card section" aria-labelledby="interactions-heading">
      <div className="card-header">
        <h2 id="interactions-heading">{t('communication.interactions.title')}</h2>
        {writers.includes(me.role) && !isLogging ? (
          <button type="button" className="button button-primary" onClick={() => setLogging(true)}>
            {t('communication.interactions.log')}
          </button>
        ) : null}
      </div>
      {isLogging ? (
        <LogInteractionForm distributorId={distributorId} onDone={() => setLogging(false)} />
      ) : null}
      <div className="toolbar">
        <SelectField
          label={t('communication.interactions.channel')}
          value={channel}
          onChange={(event) => {
            setChannel(event.target.value as Channel | '');
            setPage(1);
          }}
        >
          <option value="">{t('communication.interactions.anyChannel')}</option>
          {channels.map((value) => (
            <option key={value} value={value}>
              {t(`communication.channels.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          type="date"
          label={t('communication.interactions.from')}
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <TextField
          type="date"
          label={t('communication.interactions.to')}
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
      </div>
      {interactions.isPending || interactions.isError ? (
        <QueryStatus query={interactions} />
      ) : interactions.data.items.length === 0 ? (
        <EmptyState title={t('communication.interactions.empty')} />
      ) : (
        <>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('communication.interactions.when')}</th>
                <th scope="col">{t('communication.interactions.channel')}</th>
                <th scope="col">{t('communication.interactions.direction')}</th>
                <th scope="col">{t('communication.interactions.people')}</th>
                <th scope="col">{t('communication.interactions.summary')}</th>
                <th scope="col">{t('communication.interactions.repliedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {interactions.data.items.map((item) => (
                <tr key={item.id}>
                  <td>{format.dateTime(item.occurredAt)}</td>
                  <td>{t(`communication.channels.${item.channel}`)}</td>
                  <td>{t(`communication.directions.${item.direction}`)}</td>
                  <td>{item.people.map((person) => person.name).join(', ')}</td>
                  <td>{item.summary}</td>
                  <td>{item.repliedAt ? format.dateTime(item.repliedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            total={interactions.data.total}
            page={page}
            pageSize={pageSize}
            onPage={setPage}
            onPageSize={setPageSize}
            summaryKey="communication.interactions.summaryCount"
          />
        </>
      )}
    </section>
  );
}

function LogInteractionForm({
  distributorId,
  onDone,
}: {
  distributorId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const contacts = useContacts(distributorId);
  const log = useLogInteraction(distributorId);
  const [channel, setChannel] = useState<Channel>('call');
  const [direction, setDirection] = useState<NewInteraction['direction']>('outbound');
  const [occurredAt, setOccurredAt] = useState('');
  const [repliedAt, setRepliedAt] = useState('');
  const [summary, setSummary] = useState('');
  const [contactIds, setContactIds] = useState<string[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate(
      {
        channel,
        direction,
        occurredAt: instantOf(occurredAt) ?? '',
        repliedAt: instantOf(repliedAt) ?? null,
        summary,
        contactIds,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      className="log-interaction"
      onSubmit={submit}
      noValidate
      aria-label={t('communication.interactions.log')}
    >
      <ProblemAlert error={log.error} />
      <div className="form-grid">
        <SelectField
          label={t('communication.interactions.channel')}
          value={channel}
          onChange={(event) => setChannel(event.target.value as Channel)}
        >
          {channels.map((value) => (
            <option key={value} value={value}>
              {t(`communication.channels.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('communication.interactions.direction')}
          value={direction}
          onChange={(event) => setDirection(event.target.value as NewInteraction['direction'])}
        >
          <option value="outbound">{t('communication.directions.outbound')}</option>
          <option value="inbound">{t('communication.directions.inbound')}</option>
        </SelectField>
        <TextField
          type="datetime-local"
          label={t('communication.interactions.when')}
          value={occurredAt}
          required
          onChange={(event) => setOccurredAt(event.target.value)}
          error={fieldProblem(log.error, '#/occurredAt')}
        />
        <TextField
          type="datetime-local"
          label={t('communication.interactions.repliedAt')}
          value={repliedAt}
          hint={t('communication.interactions.repliedAtHint')}
          onChange={(event) => setRepliedAt(event.target.value)}
          error={fieldProblem(log.error, '#/repliedAt')}
        />
      </div>
      <fieldset className="field">
        <legend>{t('communication.interactions.people')}</legend>
        {(contacts.data ?? []).length === 0 ? (
          <p className="muted">{t('communication.interactions.noContacts')}</p>
        ) : (
          (contacts.data ?? []).map((contact) => (
            <label key={contact.id} className="checkbox-line">
              <input
                type="checkbox"
                checked={contactIds.includes(contact.id)}
                onChange={() =>
                  setContactIds((list) =>
                    list.includes(contact.id)
                      ? list.filter((id) => id !== contact.id)
                      : [...list, contact.id],
                  )
                }
              />
              {contact.name}{' '}
              <span className="muted">({t(`communication.sides.${contact.side}`)})</span>
            </label>
          ))
        )}
      </fieldset>
      <TextAreaField
        label={t('communication.interactions.summary')}
        value={summary}
        required
        rows={3}
        onChange={(event) => setSummary(event.target.value)}
        error={fieldProblem(log.error, '#/summary')}
      />
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={log.isPending}>
          {t('communication.interactions.save')}
        </button>
      </div>
    </form>
  );
}
