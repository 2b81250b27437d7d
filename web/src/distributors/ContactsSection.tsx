import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRecord, SideName } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { canEditContactsOn, useSession } from '../session/use-session.ts';
import { EditDeleteButtons } from '../shell/EditDeleteButtons.tsx';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { ContactFormDialog } from './ContactForm.tsx';
import { useContacts, useDeleteContact } from './use-distributors.ts';
import { describeWorkingHours } from './working-hours.ts';

const sides: SideName[] = ['principal', 'distributor'];

type Editing = { side: SideName; contact: ContactRecord | null } | null;

export function ContactsSection({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const contacts = useContacts(distributorId);
  const remove = useDeleteContact(distributorId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ContactRecord | null>(null);
  return (
    <section className="section" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('contacts.title')}</h2>
      {contacts.isPending || contacts.isError ? (
        <QueryStatus query={contacts} />
      ) : (
        <div className="stack">
          {sides.map((side) => (
            <ContactPanel
              key={side}
              side={side}
              contacts={contacts.data.filter((contact) => contact.side === side)}
              onAdd={() => setEditing({ side, contact: null })}
              onEdit={(contact) => setEditing({ side, contact })}
              onDelete={setDeleting}
            />
          ))}
        </div>
      )}
      {editing ? (
        <ContactFormDialog
          distributorId={distributorId}
          side={editing.side}
          contact={editing.contact}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('contacts.deleteTitle')}
          message={t('contacts.deleteMessage', { name: deleting.name })}
          confirmLabel={t('actions.delete')}
          isPending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
        />
      ) : null}
    </section>
  );
}

function ContactPanel({
  side,
  contacts,
  onAdd,
  onEdit,
  onDelete,
}: {
  side: SideName;
  contacts: ContactRecord[];
  onAdd: () => void;
  onEdit: (contact: ContactRecord) => void;
  onDelete: (contact: ContactRecord) => void;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const canEdit = canEditContactsOn(me.role, side);
  const headingId = `contacts-${side}`;
  const sorted = [...contacts].sort(
    (a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.name.localeCompare(b.name),
  );
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h3 id={headingId}>{t(`contacts.team.${side}`)}</h3>
        {canEdit ? (
          <button type="button" className="button button-small" onClick={onAdd}>
            {t('contacts.add')}
          </button>
        ) : null}
      </div>
      {sorted.length === 0 ? (
        <EmptyState title={t('contacts.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('contacts.columns.name')}</th>
                <th scope="col">{t('contacts.columns.role')}</th>
                <th scope="col">{t('contacts.columns.email')}</th>
                <th scope="col">{t('contacts.columns.phone')}</th>
                <th scope="col" className="hide-narrow">
                  {t('contacts.columns.language')}
                </th>
                <th scope="col" className="hide-tablet">
                  {t('contacts.columns.localTime')}
                </th>
                <th scope="col" className="hide-narrow">
                  {t('contacts.columns.workingHours')}
                </th>
                {canEdit ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('contacts.columns.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {sorted.map((contact) => (
                <tr key={contact.id}>
                  <td>
                    <span className="strong">{contact.name}</span>
                    {contact.isPrimary ? (
                      <span className="badge badge-primary">{t('contacts.primary')}</span>
                    ) : null}
                  </td>
                  <td>
                    {t(`contactRole.${contact.role}`)}
                    {contact.title ? <div className="muted">{contact.title}</div> : null}
                  </td>
                  <td>
                    {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : '—'}
                  </td>
                  <td className="nowrap">
                    {contact.phone ? (
                      <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="hide-narrow">
                    {contact.language ? format.language(contact.language) : '—'}
                  </td>
                  <td className="hide-tablet nowrap">
                    {contact.timeZone ? (
                      <>
                        {format.localTime(contact.timeZone)}{' '}
                        <span className="muted">{format.offset(contact.timeZone)}</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="hide-narrow">{describeWorkingHours(contact, format, t)}</td>
                  {canEdit ? (
                    <td className="row-actions">
                      <EditDeleteButtons
                        editLabel={t('contacts.editNamed', { name: contact.name })}
                        deleteLabel={t('contacts.deleteNamed', { name: contact.name })}
                        onEdit={() => onEdit(contact)}
                        onDelete={() => onDelete(contact)}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
