import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleName } from '../../../src/accounts/accounts.schema.ts';
import type { MemberRecord, Role } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { useChangeMember, useMembers } from './use-members.ts';

// The workspace's members; an admin changes a role within its side, deactivates and reactivates.
const principalRoles = RoleName.options.filter((role) => isPrincipalRole(role));
const distributorRoles = RoleName.options.filter((role) => !isPrincipalRole(role));

export function MembersCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const members = useMembers();
  const change = useChangeMember();
  const [deactivating, setDeactivating] = useState<MemberRecord | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const isAdmin = session.role === 'principal_admin';
  const changeRole = (member: MemberRecord, role: Role) =>
    change.mutate(
      { userId: member.userId, change: { role } },
      {
        onSuccess: () =>
          setDone(t('members.roleChanged', { name: member.name, role: t(`roles.${role}`) })),
      },
    );
  const reactivate = (member: MemberRecord) =>
    change.mutate(
      { userId: member.userId, change: { active: true } },
      { onSuccess: () => setDone(t('members.reactivated', { name: member.name })) },
    );
  return (
    <section className="section" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.members')}</h2>
      {deactivating ? null : <ProblemAlert error={change.error} />}
      {done && !change.error ? (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      ) : null}
      {members.isPending || members.isError ? (
        <QueryStatus query={members} />
      ) : members.data.length === 0 ? (
        <EmptyState title={t('members.noMembers')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('members.columns.name')}</th>
                <th scope="col">{t('members.columns.email')}</th>
                <th scope="col">{t('members.columns.role')}</th>
                <th scope="col">{t('members.columns.distributor')}</th>
                <th scope="col">{t('members.columns.joined')}</th>
                <th scope="col">{t('members.columns.status')}</th>
                {isAdmin ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('members.columns.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {members.data.map((member) => (
                <tr key={member.userId} className={member.deactivatedAt ? 'member-inactive' : ''}>
                  <td className="strong">{member.name}</td>
                  <td>{member.email}</td>
                  <td>
                    {isAdmin ? (
                      <select
                        aria-label={t('members.roleOf', { name: member.name })}
                        value={member.role}
                        disabled={change.isPending}
                        onChange={(event) =>
                          // The options are this side's role names.
                          changeRole(member, event.target.value as Role)
                        }
                      >
                        {(isPrincipalRole(member.role) ? principalRoles : distributorRoles).map(
                          (role) => (
                            <option key={role} value={role}>
                              {t(`roles.${role}`)}
                            </option>
                          ),
                        )}
                      </select>
                    ) : (
                      t(`roles.${member.role}`)
                    )}
                  </td>
                  <td>{member.distributorName ?? <span className="muted">—</span>}</td>
                  <td>{format.date(member.joinedAt)}</td>
                  <td>
                    {member.deactivatedAt ? (
                      <>
                        <span className="badge badge-invitation-revoked">
                          {t('members.memberState.deactivated')}
                        </span>
                        <div className="muted">
                          {t('members.deactivatedOn', { date: format.date(member.deactivatedAt) })}
                        </div>
                      </>
                    ) : (
                      <span className="badge badge-invitation-accepted">
                        {t('members.memberState.active')}
                      </span>
                    )}
                  </td>
                  {isAdmin ? (
                    <td className="row-actions">
                      {member.deactivatedAt ? (
                        <button
                          type="button"
                          className="button-link"
                          aria-label={t('members.reactivateNamed', { name: member.name })}
                          disabled={change.isPending}
                          onClick={() => reactivate(member)}
                        >
                          {t('members.reactivate')}
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="button-link button-link-danger"
                          aria-label={t('members.deactivateNamed', { name: member.name })}
                          onClick={() => {
                            change.reset();
                            setDeactivating(member);
                          }}
                        >
                          {t('members.deactivate')}
                        </button>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deactivating ? (
        <ConfirmDialog
          title={t('members.deactivateTitle', { name: deactivating.name })}
          message={t('members.deactivateMessage', { name: deactivating.name })}
          confirmLabel={t('members.deactivate')}
          isPending={change.isPending}
          error={change.error}
          onConfirm={() =>
            change.mutate(
              { userId: deactivating.userId, change: { active: false } },
              {
                onSuccess: () => {
                  setDone(t('members.deactivated', { name: deactivating.name }));
                  setDeactivating(null);
                },
              },
            )
          }
          onClose={() => {
            change.reset();
            setDeactivating(null);
          }}
        />
      ) : null}
    </section>
  );
}
