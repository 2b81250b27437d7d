import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { type MeetingKind, type MeetingRecord, meetingKinds } from './use-cadence.ts';

/** A meeting that burdens nobody and was planned without trouble: nothing to read in the ledger. */
const isQuiet = (meeting: MeetingRecord) =>
  meeting.burden.principal === 0 && meeting.burden.distributor === 0 && meeting.noFairSlot === null;

/**
 * Who took the inconvenient slots of one series: each meeting's burden (weighted minutes outside
 * working hours) and the running totals the API keeps, weekly first. Meetings that burden nobody
 * are folded away until asked for: a fair series is mostly rows of zeros.
 */
export function FairnessLedger({ meetings }: { meetings: MeetingRecord[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const seriesId = useId();
  const kinds = meetingKinds.filter((kind) => meetings.some((meeting) => meeting.kind === kind));
  const [kind, setKind] = useState<MeetingKind>(kinds[0] ?? 'weekly');
  const [showAll, setShowAll] = useState(false);
  const series = meetings.filter((meeting) => meeting.kind === kind);
  const rows = showAll ? series : series.filter((meeting) => !isQuiet(meeting));
  const quiet = series.length - series.filter((meeting) => !isQuiet(meeting)).length;
  const seriesName = (name: MeetingKind) =>
    name === 'weekly' ? t('cadence.meetings.checkIns') : t(`cadence.kinds.${name}`);
  const last = series.at(-1);
  const flagged = series.filter((meeting) => meeting.noFairSlot !== null).length;
  return (
    <section className="card section" aria-labelledby="cadence-ledger-heading">
      <div className="card-header">
        <h2 id="cadence-ledger-heading">{t('cadence.ledger.title')}</h2>
      </div>
      <p className="muted">{t('cadence.ledger.intro')}</p>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor={seriesId}>{t('cadence.ledger.series')}</label>
          <select
            id={seriesId}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as MeetingKind);
              setShowAll(false);
            }}
          >
            {kinds.map((name) => (
              <option key={name} value={name}>
                {seriesName(name)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {last ? (
        <dl className="facts" aria-label={t('cadence.ledger.totals')}>
          <dt>{t('cadence.ledger.principalTotal')}</dt>
          <dd>
            {t('cadence.ledger.totalValue', {
              minutes: format.number(last.ledger.principal),
              count: last.ledger.principalMeetings,
            })}
          </dd>
          <dt>{t('cadence.ledger.distributorTotal')}</dt>
          <dd>
            {t('cadence.ledger.totalValue', {
              minutes: format.number(last.ledger.distributor),
              count: last.ledger.distributorMeetings,
            })}
          </dd>
          <dt>{t('cadence.ledger.flagged')}</dt>
          <dd>{format.number(flagged)}</dd>
        </dl>
      ) : null}
      {quiet > 0 ? (
        <div className="toolbar">
          <p className="muted">
            {showAll
              ? t('cadence.ledger.quietShown', { count: quiet })
              : t('cadence.ledger.quietHidden', { count: quiet })}
          </p>
          <button
            type="button"
            className="button button-small"
            aria-expanded={showAll}
            onClick={() => setShowAll(!showAll)}
          >
            {showAll ? t('cadence.ledger.hideQuiet') : t('cadence.ledger.showAll')}
          </button>
        </div>
      ) : null}
      {rows.length === 0 ? null : (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">
              {t('cadence.ledger.caption', { kind: seriesName(kind) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('cadence.ledger.meeting')}</th>
                <th scope="col">{t('cadence.ledger.burdened')}</th>
                <th scope="col" className="numeric">
                  {t('cadence.ledger.principalMinutes')}
                </th>
                <th scope="col" className="numeric">
                  {t('cadence.ledger.distributorMinutes')}
                </th>
                <th scope="col" className="numeric">
                  {t('cadence.ledger.principalRunning')}
                </th>
                <th scope="col" className="numeric">
                  {t('cadence.ledger.distributorRunning')}
                </th>
                <th scope="col">{t('cadence.ledger.noFairSlot')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((meeting) => (
                <tr key={meeting.id}>
                  <td>
                    {meeting.number} · {format.date(meeting.startsAt)}
                  </td>
                  <td>{t(`cadence.ledger.parties.${meeting.burdenedParty}`)}</td>
                  <td className="numeric">{format.number(meeting.burden.principal)}</td>
                  <td className="numeric">{format.number(meeting.burden.distributor)}</td>
                  <td className="numeric">{format.number(meeting.ledger.principal)}</td>
                  <td className="numeric">{format.number(meeting.ledger.distributor)}</td>
                  <td>
                    {meeting.noFairSlot ? (
                      <span className="badge badge-muted">
                        {t(`cadence.ledger.reasons.${meeting.noFairSlot}`)}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
