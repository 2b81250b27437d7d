import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { financingParties } from '../../../../src/charter/charter.content.ts';
import { ClauseInput, EnumSelect, NumberInput, SelectInput } from './inputs.tsx';
import { ProductLineChecklist, productLineLabel } from './pickers.tsx';
import { fieldErrorAt } from './pointers.ts';
import { RowsTable } from './RowsTable.tsx';
import { removeAt, updateAt } from './rows.ts';
import { SectionContext, usePointer } from './section-context.tsx';
import type { CharterContent } from './types.ts';

type Coverage = CharterContent['productCoverage'];
type Inventory = CharterContent['inventory'];

export function ProductCoverageEditor({
  value,
  onChange,
}: {
  value: Coverage;
  onChange: (value: Coverage) => void;
}) {
  const { t } = useTranslation();
  const { errors } = useContext(SectionContext);
  const modePointer = usePointer('mode');
  const linesPointer = usePointer('productLineIds');
  const linesError = fieldErrorAt(errors, linesPointer);
  return (
    <div className="form-grid">
      <fieldset className="choice-list span-2" data-pointer={modePointer}>
        <legend>{t('charterEditor.productCoverage.mode')}</legend>
        {(['full', 'subset'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name={modePointer}
              checked={value.mode === mode}
              onChange={() => onChange({ ...value, mode })}
            />
            {t(`charterEditor.productCoverage.${mode}`)}
          </label>
        ))}
      </fieldset>
      {value.mode === 'subset' ? (
        <div
          className={`field span-2${linesError ? ' field-invalid' : ''}`}
          data-pointer={linesPointer}
        >
          <ProductLineChecklist
            legend={t('charterEditor.productCoverage.lines')}
            value={value.productLineIds}
            onChange={(productLineIds) => onChange({ ...value, productLineIds })}
          />
          {linesError?.message ? <p className="field-error">{linesError.message}</p> : null}
        </div>
      ) : null}
      <ClauseInput value={value.clause} onChange={(clause) => onChange({ ...value, clause })} />
    </div>
  );
}

export function InventoryEditor({
  value,
  onChange,
}: {
  value: Inventory;
  onChange: (value: Inventory) => void;
}) {
  const { t } = useTranslation();
  const { productLines } = useContext(SectionContext);
  const lines = value.lines;
  const setLine = (index: number, changes: Partial<Inventory['lines'][number]>) =>
    onChange({ ...value, lines: updateAt(lines, index, changes) });
  return (
    <div className="form-grid">
      <RowsTable
        path="lines"
        caption={t('charterEditor.inventory.lines')}
        columns={[
          t('charterEditor.inventory.productLine'),
          t('charterEditor.inventory.minimumOrderQuantity'),
          t('charterEditor.inventory.bufferWeeks'),
        ]}
        rows={lines}
        rowLabel={(index) => t('charterEditor.inventory.row', { number: index + 1 })}
        emptyText={t('charterEditor.inventory.empty')}
        addLabel={t('charterEditor.inventory.add')}
        onAdd={() =>
          onChange({
            ...value,
            lines: [...lines, { productLineId: null, minimumOrderQuantity: 0, bufferWeeks: 4 }],
          })
        }
        onRemove={(index) => onChange({ ...value, lines: removeAt(lines, index) })}
        renderCells={(line, index) => (
          <>
            <td>
              <SelectInput
                path={`lines/${index}/productLineId`}
                label={t('charterEditor.inventory.productLine')}
                value={line.productLineId ?? ''}
                onChange={(id) => setLine(index, { productLineId: id || null })}
              >
                <option value="">{t('charterEditor.inventory.allCovered')}</option>
                {productLines
                  .filter((item) => !item.archivedAt || item.id === line.productLineId)
                  .map((item) => (
                    <option key={item.id} value={item.id}>
                      {productLineLabel(item)}
                    </option>
                  ))}
                {line.productLineId &&
                !productLines.some((item) => item.id === line.productLineId) ? (
                  <option value={line.productLineId}>
                    {t('charterEditor.productLines.unknown', { id: line.productLineId })}
                  </option>
                ) : null}
              </SelectInput>
            </td>
            <td>
              <NumberInput
                path={`lines/${index}/minimumOrderQuantity`}
                label={t('charterEditor.inventory.minimumOrderQuantity')}
                min={0}
                value={line.minimumOrderQuantity}
                onChange={(minimumOrderQuantity) => setLine(index, { minimumOrderQuantity })}
              />
            </td>
            <td>
              <NumberInput
                path={`lines/${index}/bufferWeeks`}
                label={t('charterEditor.inventory.bufferWeeks')}
                min={0}
                max={104}
                step="any"
                value={line.bufferWeeks}
                onChange={(bufferWeeks) => setLine(index, { bufferWeeks })}
              />
            </td>
          </>
        )}
      />
      <EnumSelect
        path="financing"
        label={t('charterEditor.inventory.financing')}
        options={financingParties}
        optionLabel={(party) => t(`charterEditor.inventory.financedBy.${party}`)}
        value={value.financing}
        onChange={(financing) => onChange({ ...value, financing })}
      />
      <NumberInput
        path="paymentTermsDays"
        label={t('charterEditor.inventory.paymentTermsDays')}
        min={0}
        max={3650}
        value={value.paymentTermsDays}
        onChange={(paymentTermsDays) => onChange({ ...value, paymentTermsDays })}
      />
      <ClauseInput value={value.clause} onChange={(clause) => onChange({ ...value, clause })} />
    </div>
  );
}
