import { useTranslation } from 'react-i18next';
import { CheckboxInput, ClauseInput, DateInput } from './inputs.tsx';
import { CountrySelect, ProductLinePicker, RegionSelect } from './pickers.tsx';
import { RowsTable } from './RowsTable.tsx';
import { removeAt, today, updateAt } from './rows.ts';
import type { CharterContent } from './types.ts';

type Territory = CharterContent['territory'];

export function TerritoryEditor({
  value,
  onChange,
}: {
  value: Territory;
  onChange: (value: Territory) => void;
}) {
  const { t } = useTranslation();
  const grants = value.grants;
  const setGrant = (index: number, changes: Partial<Territory['grants'][number]>) =>
    onChange({ ...value, grants: updateAt(grants, index, changes) });
  return (
    <div className="form-grid">
      <p className="section-intro span-2">{t('charterEditor.territory.intro')}</p>
      <RowsTable
        path="grants"
        caption={t('charterEditor.territory.grants')}
        columns={[
          t('charterEditor.territory.country'),
          t('charterEditor.territory.region'),
          t('charterEditor.territory.productLines'),
          t('charterEditor.territory.exclusive'),
          t('charterEditor.territory.startsOn'),
          t('charterEditor.territory.endsOn'),
        ]}
        rows={grants}
        rowLabel={(index) => t('charterEditor.territory.row', { number: index + 1 })}
        emptyText={t('charterEditor.territory.empty')}
        addLabel={t('charterEditor.territory.add')}
        onAdd={() =>
          onChange({
            ...value,
            grants: [
              ...grants,
              {
                // A new grant most often continues the last one's country.
                country: grants.at(-1)?.country ?? '',
                region: null,
                productLineIds: [],
                exclusive: false,
                startsOn: grants.at(-1)?.startsOn ?? today(),
                endsOn: null,
              },
            ],
          })
        }
        onRemove={(index) => onChange({ ...value, grants: removeAt(grants, index) })}
        renderCells={(grant, index) => (
          <>
            <td>
              <CountrySelect
                path={`grants/${index}/country`}
                label={t('charterEditor.territory.country')}
                value={grant.country}
                onChange={(country) => setGrant(index, { country, region: null })}
              />
            </td>
            <td>
              <RegionSelect
                path={`grants/${index}/region`}
                label={t('charterEditor.territory.region')}
                country={grant.country}
                value={grant.region}
                onChange={(region) => setGrant(index, { region })}
              />
            </td>
            <td>
              <ProductLinePicker
                path={`grants/${index}/productLineIds`}
                label={t('charterEditor.territory.productLines')}
                emptyLabel={t('charterEditor.territory.allLines')}
                value={grant.productLineIds}
                onChange={(productLineIds) => setGrant(index, { productLineIds })}
              />
            </td>
            <td className="cell-center">
              <CheckboxInput
                path={`grants/${index}/exclusive`}
                label={t('charterEditor.territory.exclusive')}
                checked={grant.exclusive}
                onChange={(exclusive) => setGrant(index, { exclusive })}
              />
            </td>
            <td>
              <DateInput
                required
                path={`grants/${index}/startsOn`}
                label={t('charterEditor.territory.startsOn')}
                value={grant.startsOn}
                onChange={(startsOn) => setGrant(index, { startsOn })}
              />
            </td>
            <td>
              <DateInput
                path={`grants/${index}/endsOn`}
                label={t('charterEditor.territory.endsOn')}
                value={grant.endsOn}
                onChange={(endsOn) => setGrant(index, { endsOn })}
              />
            </td>
          </>
        )}
      />
      <ClauseInput value={value.clause} onChange={(clause) => onChange({ ...value, clause })} />
    </div>
  );
}
