import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { monthName } from '../reports/report-format.ts';
import { evidenceLinks } from './evidence-links.ts';
import { SeverityBadge } from './HealthBadge.tsx';
import type { SignalRecord } from './use-warnings.ts';

/**
 * A distributor's signals as the server wrote them, in the reader's language, each with its
 * severity and links to the pages it rests on. Any kind of signal shows the same way, so one
 * added on the server needs nothing here.
 */
export function SignalList({ signals }: { signals: readonly SignalRecord[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="signal-list">
      {signals.map((signal) => {
        const links = evidenceLinks(signal.evidence.map((item) => item.path));
        return (
          // The same kind can come twice (per product line, say): its words tell them apart.
          <li
            key={`${signal.kind}: ${signal.reason}`}
            className={`signal signal-${signal.severity}`}
          >
            <SeverityBadge severity={signal.severity} />{' '}
            <span className="signal-reason">{signal.reason}</span>
            {links.length > 0 ? (
              <span className="signal-evidence">
                <span className="muted">{t('warnings.evidence.label')}</span>{' '}
                {links.map((link, position) => (
                  <span key={link.to}>
                    {position > 0 ? ', ' : null}
                    <Link to={link.to}>
                      {t(`warnings.evidence.${link.page}`, {
                        month: link.period ? monthName(link.period, format.locale) : '',
                      })}
                    </Link>
                  </span>
                ))}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
