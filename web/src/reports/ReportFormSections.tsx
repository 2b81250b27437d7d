import type { Control, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EditableRows } from './EditableRows.tsx';
import { ReportCell } from './ReportCell.tsx';
import { type ReportFormValues, tagSeparator } from './report-form-values.ts';

type SectionProps = {
  control: Control<ReportFormValues>;
  register: UseFormRegister<ReportFormValues>;
  errors: Record<string, string>;
  onEdit: (cell: string | null) => void;
  productLines: readonly { code: string; name: string }[];
  currency: string;
};

/** The six sections of the monthly report, in the order of the spreadsheet template. */
export function ReportFormSections(props: SectionProps) {
  const { t } = useTranslation();
  const { currency, ...shared } = props;
  const money = (label: string) => t('reports.form.inCurrency', { label, currency });
  const productLine = t('reports.columns.productLine');
  return (
    <>
      <EditableRows
        {...shared}
        section="sales"
        title={t('reports.sections.sales')}
        hint={t('reports.form.salesHint')}
        columns={[
          { key: 'productLine', kind: 'productLine', label: productLine },
          { key: 'units', kind: 'integer', label: t('reports.columns.units') },
          { key: 'revenue', kind: 'money', label: money(t('reports.columns.revenue')) },
        ]}
        emptyRow={{ productLine: '', units: '', revenue: '' }}
      />
      <EditableRows
        {...shared}
        section="inventory"
        title={t('reports.sections.inventory')}
        hint={t('reports.form.inventoryHint')}
        columns={[
          { key: 'productLine', kind: 'productLine', label: productLine },
          { key: 'unitsOnHand', kind: 'integer', label: t('reports.columns.unitsOnHand') },
        ]}
        emptyRow={{ productLine: '', unitsOnHand: '' }}
      />
      <EditableRows
        {...shared}
        section="pipeline"
        title={t('reports.sections.pipeline')}
        columns={[
          { key: 'account', kind: 'text', label: t('reports.columns.account') },
          { key: 'productLine', kind: 'productLine', label: productLine },
          { key: 'stage', kind: 'stage', label: t('reports.columns.stage') },
          { key: 'value', kind: 'money', label: money(t('reports.columns.value')) },
          { key: 'expectedClose', kind: 'date', label: t('reports.columns.expectedClose') },
        ]}
        emptyRow={{ account: '', productLine: '', stage: 'lead', value: '', expectedClose: '' }}
      />
      <EditableRows
        {...shared}
        section="marketIntelligence"
        title={t('reports.sections.marketIntelligence')}
        hint={t('reports.form.tagsHint', { separator: tagSeparator })}
        columns={[
          { key: 'note', kind: 'longText', label: t('reports.columns.note') },
          { key: 'tags', kind: 'text', label: t('reports.columns.tags'), isOptional: true },
        ]}
        emptyRow={{ note: '', tags: '' }}
      />
      <EditableRows
        {...shared}
        section="competitiveActivity"
        title={t('reports.sections.competitiveActivity')}
        columns={[
          { key: 'competitor', kind: 'text', label: t('reports.columns.competitor') },
          {
            key: 'product',
            kind: 'text',
            label: t('reports.columns.product'),
            isOptional: true,
          },
          {
            key: 'pricePoint',
            kind: 'money',
            label: money(t('reports.columns.pricePoint')),
            isOptional: true,
          },
          { key: 'observation', kind: 'longText', label: t('reports.columns.observation') },
        ]}
        emptyRow={{ competitor: '', product: '', pricePoint: '', observation: '' }}
      />
      <SatisfactionFields {...shared} />
    </>
  );
}

function SatisfactionFields({
  register,
  errors,
  onEdit,
  productLines,
}: Omit<SectionProps, 'currency' | 'control'>) {
  const { t } = useTranslation();
  const fields = [
    { key: 'complaints', kind: 'integer', label: t('reports.columns.complaints') },
    { key: 'returns', kind: 'integer', label: t('reports.columns.returns') },
    { key: 'score', kind: 'score', label: t('reports.columns.score') },
  ] as const;
  return (
    <section className="report-section" aria-labelledby="report-satisfaction-heading">
      <h3 id="report-satisfaction-heading">{t('reports.sections.customerSatisfaction')}</h3>
      <p className="muted small">{t('reports.form.scoreHint')}</p>
      <div className="report-satisfaction">
        {fields.map((field) => {
          const name = `customerSatisfaction.${field.key}` as const;
          return (
            <div key={field.key} className="field">
              {/* The cell's own label is for screen readers; this one is the visible one. */}
              <span className="report-field-label" aria-hidden="true">
                {field.label}
              </span>
              <ReportCell
                kind={field.kind}
                label={field.label}
                error={errors[name]}
                field={register(name, { onChange: () => onEdit(name) })}
                productLines={productLines}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}
