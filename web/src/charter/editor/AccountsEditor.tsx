import { useTranslation } from 'react-i18next';
import { ClauseInput, TextInput } from './inputs.tsx';
import { CountrySelect } from './pickers.tsx';
import { RowsTable } from './RowsTable.tsx';
import { removeAt, updateAt } from './rows.ts';

/** An assigned account, or a carve-out, which also has a reason. */
type Account = { company: string; country: string; reason?: string };
type Accounts = { accounts: Account[]; clause: string };

/**
 * Named accounts: the key accounts assigned to this distributor, or the carve-outs the principal
 * serves itself (with a reason). A company named on both sides is a conflict.
 */
export function AccountsEditor({
  kind,
  value,
  onChange,
}: {
  kind: 'assignedAccounts' | 'carveOuts';
  value: Accounts;
  onChange: (value: Accounts) => void;
}) {
  const { t } = useTranslation();
  const accounts = value.accounts;
  const hasReason = kind === 'carveOuts';
  const setAccount = (index: number, changes: Partial<Account>) =>
    onChange({ ...value, accounts: updateAt(accounts, index, changes) });
  const columns = [t('charterEditor.accounts.company'), t('charterEditor.accounts.country')];
  if (hasReason) columns.push(t('charterEditor.accounts.reason'));
  return (
    <div className="form-grid">
      <p className="section-intro span-2">{t(`charterEditor.${kind}.intro`)}</p>
      <RowsTable
        path="accounts"
        caption={t(`charterEditor.sections.${kind}`)}
        columns={columns}
        rows={accounts}
        rowLabel={(index) => t(`charterEditor.${kind}.row`, { number: index + 1 })}
        emptyText={t(`charterEditor.${kind}.empty`)}
        addLabel={t(`charterEditor.${kind}.add`)}
        onAdd={() => {
          const added: Account = hasReason
            ? { company: '', country: accounts.at(-1)?.country ?? '', reason: '' }
            : { company: '', country: accounts.at(-1)?.country ?? '' };
          onChange({ ...value, accounts: [...accounts, added] });
        }}
        onRemove={(index) => onChange({ ...value, accounts: removeAt(accounts, index) })}
        renderCells={(account, index) => (
          <>
            <td>
              <TextInput
                path={`accounts/${index}/company`}
                label={t('charterEditor.accounts.company')}
                maxLength={200}
                value={account.company}
                onChange={(company) => setAccount(index, { company })}
              />
            </td>
            <td>
              <CountrySelect
                path={`accounts/${index}/country`}
                label={t('charterEditor.accounts.country')}
                value={account.country}
                onChange={(country) => setAccount(index, { country })}
              />
            </td>
            {hasReason ? (
              <td>
                <TextInput
                  path={`accounts/${index}/reason`}
                  label={t('charterEditor.accounts.reason')}
                  maxLength={500}
                  value={account.reason ?? ''}
                  onChange={(reason) => setAccount(index, { reason })}
                />
              </td>
            ) : null}
          </>
        )}
      />
      <ClauseInput value={value.clause} onChange={(clause) => onChange({ ...value, clause })} />
    </div>
  );
}
