import { useTranslation } from 'react-i18next';
import { reportContents } from '../../../../src/charter/charter.content.ts';
import { ChoiceList, ClauseInput, DateInput, NumberInput, TextInput } from './inputs.tsx';
import { RowsTable } from './RowsTable.tsx';
import { removeAt, today, updateAt } from './rows.ts';
import type { CharterContent } from './types.ts';

type Commitments = CharterContent['principalCommitments'];
type Goals = CharterContent['goals'];
type Reporting = CharterContent['reporting'];

export function PrincipalCommitmentsEditor({
  value,
  onChange,
}: {
  value: Commitments;
  onChange: (value: Commitments) => void;
}) {
  const { t } = useTranslation();
  const set = (changes: Partial<Commitments>) => onChange({ ...value, ...changes });
  return (
    <div className="form-grid">
      <NumberInput
        path="deliveryLeadTimeDays"
        label={t('charterEditor.principalCommitments.deliveryLeadTimeDays')}
        min={0}
        max={3650}
        value={value.deliveryLeadTimeDays}
        onChange={(deliveryLeadTimeDays) => set({ deliveryLeadTimeDays })}
      />
      <NumberInput
        path="technicalSupportResponseHours"
        label={t('charterEditor.principalCommitments.technicalSupportResponseHours')}
        min={1}
        max={2160}
        value={value.technicalSupportResponseHours}
        onChange={(technicalSupportResponseHours) => set({ technicalSupportResponseHours })}
      />
      <NumberInput
        path="marketingFundsPerYear"
        label={t('charterEditor.principalCommitments.marketingFundsPerYear')}
        min={0}
        step="any"
        value={value.marketingFundsPerYear}
        onChange={(marketingFundsPerYear) => set({ marketingFundsPerYear })}
      />
      <TextInput
        path="currency"
        label={t('charterEditor.principalCommitments.currency')}
        hint={t('charterEditor.principalCommitments.currencyHint')}
        maxLength={3}
        value={value.currency}
        onChange={(currency) => set({ currency: currency.toUpperCase() })}
      />
      <NumberInput
        path="trainingDaysPerYear"
        label={t('charterEditor.principalCommitments.trainingDaysPerYear')}
        min={0}
        max={3650}
        value={value.trainingDaysPerYear}
        onChange={(trainingDaysPerYear) => set({ trainingDaysPerYear })}
      />
      <ClauseInput value={value.clause} onChange={(clause) => set({ clause })} />
    </div>
  );
}

export function GoalsEditor({
  value,
  onChange,
}: {
  value: Goals;
  onChange: (value: Goals) => void;
}) {
  const { t } = useTranslation();
  const items = value.items;
  const setGoal = (index: number, changes: Partial<Goals['items'][number]>) =>
    onChange({ ...value, items: updateAt(items, index, changes) });
  return (
    <div className="form-grid">
      <RowsTable
        path="items"
        caption={t('charterEditor.goals.items')}
        columns={[
          t('charterEditor.goals.metric'),
          t('charterEditor.goals.target'),
          t('charterEditor.goals.unit'),
          t('charterEditor.goals.dueOn'),
        ]}
        rows={items}
        rowLabel={(index) => t('charterEditor.goals.row', { number: index + 1 })}
        emptyText={t('charterEditor.goals.empty')}
        addLabel={t('charterEditor.goals.add')}
        onAdd={() =>
          onChange({
            ...value,
            items: [...items, { metric: '', target: Number.NaN, unit: '', dueOn: today() }],
          })
        }
        onRemove={(index) => onChange({ ...value, items: removeAt(items, index) })}
        renderCells={(goal, index) => (
          <>
            <td>
              <TextInput
                path={`items/${index}/metric`}
                label={t('charterEditor.goals.metric')}
                maxLength={200}
                value={goal.metric}
                onChange={(metric) => setGoal(index, { metric })}
              />
            </td>
            <td>
              <NumberInput
                path={`items/${index}/target`}
                label={t('charterEditor.goals.target')}
                min={0}
                step="any"
                value={goal.target}
                onChange={(target) => setGoal(index, { target })}
              />
            </td>
            <td>
              <TextInput
                path={`items/${index}/unit`}
                label={t('charterEditor.goals.unit')}
                maxLength={40}
                value={goal.unit}
                onChange={(unit) => setGoal(index, { unit })}
              />
            </td>
            <td>
              <DateInput
                required
                path={`items/${index}/dueOn`}
                label={t('charterEditor.goals.dueOn')}
                value={goal.dueOn}
                onChange={(dueOn) => setGoal(index, { dueOn })}
              />
            </td>
          </>
        )}
      />
      <ClauseInput value={value.clause} onChange={(clause) => onChange({ ...value, clause })} />
    </div>
  );
}

export function ReportingEditor({
  value,
  onChange,
}: {
  value: Reporting;
  onChange: (value: Reporting) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <NumberInput
        path="monthlyReportDueDay"
        label={t('charterEditor.reporting.monthlyReportDueDay')}
        hint={t('charterEditor.reporting.monthlyReportDueDayHint')}
        min={1}
        max={28}
        value={value.monthlyReportDueDay}
        onChange={(monthlyReportDueDay) => onChange({ ...value, monthlyReportDueDay })}
      />
      <ChoiceList
        path="contents"
        label={t('charterEditor.reporting.contents')}
        options={reportContents}
        optionLabel={(content) => t(`charterEditor.reporting.content.${content}`)}
        value={value.contents}
        onChange={(contents) => onChange({ ...value, contents })}
      />
      <ClauseInput value={value.clause} onChange={(clause) => onChange({ ...value, clause })} />
    </div>
  );
}
