// Where the person is signed in: each session with its browser, address and last use; any but
// this one can be signed out, or all the others at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { useEndOtherSessions, useEndSession, useSessions } from './use-security.ts';

export function SessionsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const sessions = useSessions();
  const end = useEndSession();
  const endOthers = useEndOtherSessions();
  const [confirmingAll, setConfirmingAll] = useState(false);
  const others = sessions.data?.filter((session) => !session.isCurrent) ?? [];
  return (
    <section className="card security-wide" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('security.sessions')}</h2>
      <ProblemAlert error={end.error} />
      {sessions.isPending || sessions.isError ? (
        <QueryStatus query={sessions} />
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('security.device')}</th>
                <th scope="col">{t('security.address')}</th>
                <th scope="col">{t('security.signedIn')}</th>
                <th scope="col">{t('security.lastActive')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('tokens.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((session) => (
                <tr key={session.id}>
                  <td>{session.userAgent ?? t('security.unknownDevice')}</td>
                  <td>{session.ip ?? '—'}</td>
                  <td>{format.dateTime(session.createdAt)}</td>
                  <td>{format.dateTime(session.lastSeenAt)}</td>
                  <td className="row-actions">
                    {session.isCurrent ? (
                      <span className="badge badge-done">{t('security.thisDevice')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button-link button-link-danger"
                        disabled={end.isPending}
                        onClick={() => end.mutate(session.id)}
                      >
                        {t('security.signOutSession')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {endOthers.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t('security.othersSignedOut', { count: endOthers.data.count })}
        </p>
      ) : null}
      {others.length > 0 ? (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setConfirmingAll(true)}>
            {t('security.signOutOthers')}
          </button>
        </div>
      ) : null}
      {confirmingAll ? (
        <ConfirmDialog
          title={t('security.signOutOthers')}
          message={t('security.signOutOthersMessage', { count: others.length })}
          confirmLabel={t('security.signOutOthersConfirm')}
          isPending={endOthers.isPending}
          error={endOthers.error}
          onConfirm={() =>
            endOthers.mutate(undefined, { onSuccess: () => setConfirmingAll(false) })
          }
          onClose={() => setConfirmingAll(false)}
        />
      ) : null}
    </section>
  );
}
