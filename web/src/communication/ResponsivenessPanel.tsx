import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { QueryStatus } from '../shell/States.tsx';
import { type ResponsivenessRecord, useResponsiveness } from './use-communication.ts';

type SideFigures = ResponsivenessRecord['principal'];

/** Each side's and person's response times over 90 days, against the charter's protocol. */
export function ResponsivenessPanel({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const figures = useResponsiveness(distributorId);
  return (
    <section className="card section" aria-labelledby="responsiveness-heading">
      <h2 id="responsiveness-heading">{t('communication.responsiveness.title')}</h2>
      {figures.isPending || figures.isError ? (
        <QueryStatus query={figures} />
      ) : (
        <>
          <p className="section-intro muted">
            {t(`communication.responsiveness.protocol_${figures.data.protocolSource}`, {
              ...figures.data.protocolHours,
              days: figures.data.days,
            })}
          </p>
          <div className="responsiveness-sides">
            <Side label={t('communication.sides.principal')} figures={figures.data.principal} />
            <Side label={t('communication.sides.distributor')} figures={figures.data.distributor} />
          </div>
          {figures.data.people.length ? (
            <table className="table">
              <caption className="visually-hidden">
                {t('communication.responsiveness.people')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('communication.responsiveness.person')}</th>
                  <th scope="col">{t('communication.responsiveness.side')}</th>
                  <th scope="col">{t('communication.responsiveness.median')}</th>
                  <th scope="col">{t('communication.responsiveness.answers')}</th>
                  <th scope="col">{t('communication.responsiveness.within')}</th>
                </tr>
              </thead>
              <tbody>
                {figures.data.people.map((person) => (
                  <tr key={person.userId}>
                    <td>{person.name}</td>
                    <td>{t(`communication.sides.${person.side}`)}</td>
                    <td>{hours(t, person.medianHours)}</td>
                    <td>{person.responses}</td>
                    <td>{share(person.withinProtocol)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
    </section>
  );
}

function hours(
  t: (key: string, options?: Record<string, unknown>) => string,
  value: number | null,
) {
  return value === null ? '—' : t('communication.responsiveness.hours', { count: value });
}

function share(value: number | null) {
  return value === null ? '—' : `${Math.round(value * 100)} %`;
}

function Side({ label, figures }: { label: string; figures: SideFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="responsiveness-side">
      <h3>{label}</h3>
      <dl>
        <dt>{t('communication.responsiveness.median')}</dt>
        <dd>{hours(t, figures.medianHours)}</dd>
        <dt>{t('communication.responsiveness.within')}</dt>
        <dd>{share(figures.withinProtocol)}</dd>
        <dt>{t('communication.responsiveness.answers')}</dt>
        <dd>{format.number(figures.responses)}</dd>
        <dt>{t('communication.responsiveness.overdue')}</dt>
        <dd className={figures.overdue ? 'text-danger' : undefined}>
          {format.number(figures.overdue)}
        </dd>
      </dl>
    </div>
  );
}
