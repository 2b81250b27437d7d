// The commercial sections: territory, accounts, product coverage, stock, commitments, goals.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoney, productLineLabel } from './charter-format.ts';
import { Facts, Lines, None, RegionName, Table, type ViewProps } from './section-parts.tsx';

export function Territory({ value, names, mark, format }: ViewProps<'territory'>) {
  const { t } = useTranslation();
  if (value.grants.length === 0) return <None>{t('charter.view.noGrants')}</None>;
  return (
    <Table
      headings={[
        t('charter.fields.country'),
        t('charter.fields.region'),
        t('charter.fields.productLineIds'),
        t('charter.fields.exclusive'),
        t('charter.fields.startsOn'),
        t('charter.fields.endsOn'),
      ]}
    >
      {value.grants.map((grant, index) => (
        <tr
          // Grants have no id of their own; their position is what pointers name.
          // biome-ignore lint/suspicious/noArrayIndexKey: the position is the grant's identity
          key={index}
          className={mark(`#/territory/grants/${index}`)}
          data-pointer={`#/territory/grants/${index}`}
        >
          <td>{format.country(grant.country)}</td>
          <td>
            {grant.region ? (
              <RegionName country={grant.country} region={grant.region} />
            ) : (
              <span className="muted">{t('charter.view.wholeCountry')}</span>
            )}
          </td>
          <td>
            <Lines ids={grant.productLineIds} names={names} all={t('charter.view.allLines')} />
          </td>
          <td>{grant.exclusive ? t('charter.view.exclusive') : t('charter.view.nonExclusive')}</td>
          <td className="nowrap">{formatDay(format, grant.startsOn)}</td>
          <td className="nowrap">
            {grant.endsOn ? formatDay(format, grant.endsOn) : t('charter.view.openEnded')}
          </td>
        </tr>
      ))}
    </Table>
  );
}

export function Accounts({
  pointer,
  value,
  mark,
  format,
}: Omit<ViewProps<'carveOuts'>, 'value'> & {
  pointer: string;
  value: { accounts: { company: string; country: string; reason?: string }[] };
}) {
  const { t } = useTranslation();
  const hasReasons = value.accounts.some((account) => account.reason !== undefined);
  if (value.accounts.length === 0) return <None>{t('charter.view.noAccounts')}</None>;
  return (
    <Table
      headings={[
        t('charter.fields.company'),
        t('charter.fields.country'),
        ...(hasReasons ? [t('charter.fields.reason')] : []),
      ]}
    >
      {value.accounts.map((account, index) => (
        <tr
          key={`${account.country}:${account.company}`}
          className={mark(`${pointer}/${index}`)}
          data-pointer={`${pointer}/${index}`}
        >
          <td>{account.company}</td>
          <td>{format.country(account.country)}</td>
          {hasReasons ? <td>{account.reason || '—'}</td> : null}
        </tr>
      ))}
    </Table>
  );
}

export function ProductCoverage({ value, names, mark }: ViewProps<'productCoverage'>) {
  const { t } = useTranslation();
  return (
    <Facts
      mark={mark}
      facts={[
        ['mode', '#/productCoverage/mode', t(`charter.mode.${value.mode}`)],
        ...(value.mode === 'subset'
          ? [
              [
                'productLineIds',
                '#/productCoverage/productLineIds',
                <Lines
                  key="lines"
                  ids={value.productLineIds}
                  names={names}
                  all={t('charter.view.allLines')}
                />,
              ] as [string, string, ReactNode],
            ]
          : []),
      ]}
    />
  );
}

export function Inventory({ value, names, mark, format }: ViewProps<'inventory'>) {
  const { t } = useTranslation();
  return (
    <>
      {value.lines.length === 0 ? (
        <None>{t('charter.view.noInventory')}</None>
      ) : (
        <Table
          headings={[
            t('charter.fields.productLineId'),
            t('charter.fields.minimumOrderQuantity'),
            t('charter.fields.bufferWeeks'),
          ]}
        >
          {value.lines.map((line, index) => (
            <tr
              key={line.productLineId ?? 'all'}
              className={mark(`#/inventory/lines/${index}`)}
              data-pointer={`#/inventory/lines/${index}`}
            >
              <td>
                {line.productLineId
                  ? productLineLabel(names, line.productLineId)
                  : t('charter.view.everyCoveredLine')}
              </td>
              <td className="numeric">{format.number(line.minimumOrderQuantity)}</td>
              <td className="numeric">{t('charter.view.weeks', { count: line.bufferWeeks })}</td>
            </tr>
          ))}
        </Table>
      )}
      <Facts
        mark={mark}
        facts={[
          ['financing', '#/inventory/financing', t(`charter.financing.${value.financing}`)],
          [
            'paymentTermsDays',
            '#/inventory/paymentTermsDays',
            t('charter.view.days', { count: value.paymentTermsDays }),
          ],
        ]}
      />
    </>
  );
}

export function PrincipalCommitments({ value, mark, format }: ViewProps<'principalCommitments'>) {
  const { t } = useTranslation();
  const pointer = (field: string) => `#/principalCommitments/${field}`;
  return (
    <Facts
      mark={mark}
      facts={[
        [
          'deliveryLeadTimeDays',
          pointer('deliveryLeadTimeDays'),
          t('charter.view.days', { count: value.deliveryLeadTimeDays }),
        ],
        [
          'marketingFundsPerYear',
          pointer('marketingFundsPerYear'),
          formatMoney(format, value.marketingFundsPerYear, value.currency),
        ],
        [
          'trainingDaysPerYear',
          pointer('trainingDaysPerYear'),
          t('charter.view.days', { count: value.trainingDaysPerYear }),
        ],
        [
          'technicalSupportResponseHours',
          pointer('technicalSupportResponseHours'),
          t('charter.view.hours', { count: value.technicalSupportResponseHours }),
        ],
      ]}
    />
  );
}

export function Goals({ value, mark, format }: ViewProps<'goals'>) {
  const { t } = useTranslation();
  if (value.items.length === 0) return <None>{t('charter.view.noGoals')}</None>;
  return (
    <Table
      headings={[t('charter.fields.metric'), t('charter.fields.target'), t('charter.fields.dueOn')]}
    >
      {value.items.map((goal, index) => (
        <tr
          key={`${goal.metric}:${goal.dueOn}`}
          className={mark(`#/goals/items/${index}`)}
          data-pointer={`#/goals/items/${index}`}
        >
          <td>{goal.metric}</td>
          <td className="numeric">
            {format.number(goal.target)} {goal.unit}
          </td>
          <td className="nowrap">{formatDay(format, goal.dueOn)}</td>
        </tr>
      ))}
    </Table>
  );
}
