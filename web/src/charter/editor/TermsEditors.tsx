// Problem resolution and the term: how problems are settled, and for how long the charter runs.
import { useTranslation } from 'react-i18next';
import { severities } from '../../../../src/charter/charter.content.ts';
import { ClauseInput, DateInput, EnumSelect, NumberInput } from './inputs.tsx';
import { inOrder } from './rows.ts';
import { InRow } from './section-context.tsx';
import type { CharterContent } from './types.ts';

type ProblemResolution = CharterContent['problemResolution'];
type Term = CharterContent['term'];

const usualSeverity = {
  critical: { responseHours: 4, resolutionDays: 3 },
  major: { responseHours: 24, resolutionDays: 10 },
  minor: { responseHours: 72, resolutionDays: 30 },
} as const;

export function ProblemResolutionEditor({
  value,
  onChange,
}: {
  value: ProblemResolution;
  onChange: (value: ProblemResolution) => void;
}) {
  const { t } = useTranslation();
  const set = (changes: Partial<ProblemResolution>) => onChange({ ...value, ...changes });
  const update = (
    severity: (typeof severities)[number],
    changes: { responseHours?: number; resolutionDays?: number },
  ) =>
    set({
      severities: value.severities.map((item) =>
        item.severity === severity ? { ...item, ...changes } : item,
      ),
    });
  return (
    <div className="form-grid">
      <div className="span-2">
        <table className="table table-compact editor-table">
          <caption>{t('charterEditor.problemResolution.severities')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charterEditor.problemResolution.severity')}</th>
              <th scope="col">{t('charterEditor.problemResolution.responseHours')}</th>
              <th scope="col">{t('charterEditor.problemResolution.resolutionDays')}</th>
            </tr>
          </thead>
          <tbody>
            {severities.map((severity) => {
              const index = value.severities.findIndex((item) => item.severity === severity);
              const row = value.severities[index];
              const label = t(`charterEditor.problemResolution.level.${severity}`);
              return (
                <tr key={severity}>
                  <InRow label={label}>
                    <td>
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={row !== undefined}
                          onChange={(event) =>
                            set({
                              severities: event.target.checked
                                ? inOrder(
                                    [...value.severities, { severity, ...usualSeverity[severity] }],
                                    'severity',
                                    severities,
                                  )
                                : value.severities.filter((item) => item.severity !== severity),
                            })
                          }
                        />
                        {label}
                      </label>
                    </td>
                    {row ? (
                      <>
                        <td>
                          <NumberInput
                            path={`severities/${index}/responseHours`}
                            label={t('charterEditor.problemResolution.responseHours')}
                            min={1}
                            max={2160}
                            value={row.responseHours}
                            onChange={(responseHours) => update(severity, { responseHours })}
                          />
                        </td>
                        <td>
                          <NumberInput
                            path={`severities/${index}/resolutionDays`}
                            label={t('charterEditor.problemResolution.resolutionDays')}
                            min={1}
                            max={365}
                            value={row.resolutionDays}
                            onChange={(resolutionDays) => update(severity, { resolutionDays })}
                          />
                        </td>
                      </>
                    ) : (
                      <td colSpan={2} className="muted">
                        {t('charterEditor.problemResolution.notCovered')}
                      </td>
                    )}
                  </InRow>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <EnumSelect
        path="escalation"
        label={t('charterEditor.problemResolution.escalation')}
        options={['ladders', 'custom'] as const}
        optionLabel={(option) => t(`charterEditor.problemResolution.escalationBy.${option}`)}
        value={value.escalation}
        onChange={(escalation) => set({ escalation })}
      />
      <ClauseInput value={value.clause} onChange={(clause) => set({ clause })} />
    </div>
  );
}

export function TermEditor({ value, onChange }: { value: Term; onChange: (value: Term) => void }) {
  const { t } = useTranslation();
  const set = (changes: Partial<Term>) => onChange({ ...value, ...changes });
  return (
    <div className="form-grid">
      <DateInput
        required
        path="startsOn"
        label={t('charterEditor.term.startsOn')}
        value={value.startsOn}
        onChange={(startsOn) => set({ startsOn })}
      />
      <DateInput
        path="endsOn"
        label={t('charterEditor.term.endsOn')}
        hint={t('charterEditor.term.endsOnHint')}
        value={value.endsOn}
        onChange={(endsOn) => set({ endsOn })}
      />
      <DateInput
        path="reviewOn"
        label={t('charterEditor.term.reviewOn')}
        value={value.reviewOn}
        onChange={(reviewOn) => set({ reviewOn })}
      />
      <EnumSelect
        path="renewal"
        label={t('charterEditor.term.renewal')}
        options={['automatic', 'by_agreement', 'none'] as const}
        optionLabel={(option) => t(`charterEditor.term.renewalBy.${option}`)}
        value={value.renewal}
        onChange={(renewal) => set({ renewal })}
      />
      <NumberInput
        path="terminationNoticeDays"
        label={t('charterEditor.term.terminationNoticeDays')}
        min={0}
        max={3650}
        value={value.terminationNoticeDays}
        onChange={(terminationNoticeDays) => set({ terminationNoticeDays })}
      />
      <ClauseInput value={value.clause} onChange={(clause) => set({ clause })} />
    </div>
  );
}
