// The working sections: reporting, communication, problem resolution and the term.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from './charter-format.ts';
import { Facts, None, Table, type ViewProps } from './section-parts.tsx';

export function Reporting({ value, mark }: ViewProps<'reporting'>) {
  const { t } = useTranslation();
  return (
    <Facts
      mark={mark}
      facts={[
        [
          'monthlyReportDueDay',
          '#/reporting/monthlyReportDueDay',
          t('charter.view.dueDay', { day: value.monthlyReportDueDay }),
        ],
        [
          'contents',
          '#/reporting/contents',
          value.contents.map((item) => t(`charter.reportContents.${item}`)).join(', ') || '—',
        ],
      ]}
    />
  );
}

export function Communication({ value, mark, format }: ViewProps<'communication'>) {
  const { t } = useTranslation();
  const pointer = (field: string) => `#/communication/${field}`;
  return (
    <>
      {value.meetings.length ? (
        <Table headings={[t('charter.fields.kind'), t('charter.fields.minutes')]}>
          {value.meetings.map((meeting, index) => (
            <tr key={meeting.kind} className={mark(`#/communication/meetings/${index}`)}>
              <td>{t(`charter.meetingKind.${meeting.kind}`)}</td>
              <td className="numeric">{t('charter.view.minutes', { count: meeting.minutes })}</td>
            </tr>
          ))}
        </Table>
      ) : (
        <None>{t('charter.view.noMeetings')}</None>
      )}
      <Facts
        mark={mark}
        facts={[
          [
            'channels',
            pointer('channels'),
            value.channels.map((channel) => t(`channel.${channel}`)).join(', ') || '—',
          ],
          ['workingLanguage', pointer('workingLanguage'), format.language(value.workingLanguage)],
          ['translationRule', pointer('translationRule'), value.translationRule || '—'],
          [
            'notesDueHours',
            pointer('notesDueHours'),
            t('charter.view.hours', { count: value.notesDueHours }),
          ],
          ...(['urgent', 'high', 'normal'] as const).map((urgency): [string, string, ReactNode] => [
            `response_${urgency}`,
            pointer(`responseHours/${urgency}`),
            t('charter.view.hours', { count: value.responseHours[urgency] }),
          ]),
        ]}
      />
    </>
  );
}

export function ProblemResolution({ value, mark }: ViewProps<'problemResolution'>) {
  const { t } = useTranslation();
  return (
    <>
      {value.severities.length ? (
        <Table
          headings={[
            t('charter.fields.severity'),
            t('charter.fields.responseHours'),
            t('charter.fields.resolutionDays'),
          ]}
        >
          {value.severities.map((row, index) => (
            <tr key={row.severity} className={mark(`#/problemResolution/severities/${index}`)}>
              <td>{t(`charter.severity.${row.severity}`)}</td>
              <td className="numeric">{t('charter.view.hours', { count: row.responseHours })}</td>
              <td className="numeric">{t('charter.view.days', { count: row.resolutionDays })}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      <Facts
        mark={mark}
        facts={[
          [
            'escalation',
            '#/problemResolution/escalation',
            t(`charter.escalation.${value.escalation}`),
          ],
        ]}
      />
    </>
  );
}

export function Term({ value, mark, format }: ViewProps<'term'>) {
  const { t } = useTranslation();
  return (
    <Facts
      mark={mark}
      facts={[
        ['startsOn', '#/term/startsOn', formatDay(format, value.startsOn)],
        [
          'endsOn',
          '#/term/endsOn',
          value.endsOn ? formatDay(format, value.endsOn) : t('charter.view.openEnded'),
        ],
        ['reviewOn', '#/term/reviewOn', value.reviewOn ? formatDay(format, value.reviewOn) : '—'],
        ['renewal', '#/term/renewal', t(`charter.renewal.${value.renewal}`)],
        [
          'terminationNoticeDays',
          '#/term/terminationNoticeDays',
          t('charter.view.days', { count: value.terminationNoticeDays }),
        ],
      ]}
    />
  );
}
