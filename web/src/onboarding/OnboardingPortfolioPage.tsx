import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OnboardingDueDays } from '../../../src/onboarding/onboarding.schema.ts';
import { NumberSettingsCard } from '../forms/NumberSettings.tsx';
import { isPrincipalAdmin, useSession } from '../session/use-session.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import {
  useOnboardingDueDays,
  useOnboardingPortfolio,
  useSetOnboardingDueDays,
} from './use-onboarding.ts';
import '../cadence/cadence.css';
import './onboarding.css';

/**
 * The principal's relationships in their first 90 days (and those that finished in the last 90):
 * the day of each journey, the steps done as a bar, and a "Stalled" flag naming the late step.
 */
export function OnboardingPortfolioPage() {
  const { t } = useTranslation();
  const portfolio = useOnboardingPortfolio();
  usePageTitle(t('onboarding.portfolio.title'));
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('onboarding.portfolio.title')}</h1>
          <p className="muted">{t('onboarding.portfolio.intro')}</p>
        </div>
        <div className="page-actions">
          <Link className="button" to="/playbook">
            {t('playbook.portfolio.title')}
          </Link>
        </div>
      </div>
      {portfolio.isPending || portfolio.isError ? (
        <QueryStatus query={portfolio} />
      ) : portfolio.data.distributors.length === 0 ? (
        <EmptyState title={t('onboarding.portfolio.empty')} />
      ) : (
        <section className="card">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('onboarding.portfolio.distributor')}</th>
                <th scope="col">{t('onboarding.portfolio.day')}</th>
                <th scope="col">{t('onboarding.portfolio.progress')}</th>
                <th scope="col">{t('onboarding.portfolio.status')}</th>
              </tr>
            </thead>
            <tbody>
              {portfolio.data.distributors.map((row) => {
                const progress = t('onboarding.stepsDone', { done: row.done, total: row.total });
                return (
                  <tr key={row.id}>
                    <td>
                      <Link to={`/distributors/${row.id}/onboarding`}>{row.name}</Link>
                    </td>
                    <td>
                      {t('onboarding.dayOf', {
                        day: Math.min(row.day, portfolio.data.journeyDays),
                        total: portfolio.data.journeyDays,
                      })}
                    </td>
                    <td>
                      <span className="onboarding-bar" role="img" aria-label={progress}>
                        <span style={{ width: `${(100 * row.done) / row.total}%` }} />
                      </span>
                      {progress}
                    </td>
                    <td>
                      {row.isStalled && row.lateStep ? (
                        <>
                          <span className="badge badge-overdue">
                            {t('onboarding.portfolio.stalled')}
                          </span>{' '}
                          <span>
                            {t('onboarding.portfolio.lateStep', {
                              step: row.lateStep.title,
                              count: row.lateStep.lateByDays,
                            })}
                          </span>
                        </>
                      ) : row.isComplete ? (
                        <span className="badge badge-done">
                          {t('onboarding.portfolio.complete')}
                        </span>
                      ) : (
                        <span className="muted">{t('onboarding.portfolio.onTrack')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      <DueDaysCard />
    </div>
  );
}

/** When each step is due in this workspace: the admins change it, the other staff read it. */
function DueDaysCard() {
  const { t } = useTranslation();
  const me = useSession();
  const save = useSetOnboardingDueDays();
  return (
    <NumberSettingsCard
      headingId="onboarding-due-days-heading"
      title={t('onboarding.dueDays.title')}
      intro={t('onboarding.dueDays.intro')}
      query={useOnboardingDueDays()}
      save={{
        mutate: (input, options) => save.mutate(input as OnboardingDueDays, options),
        isPending: save.isPending,
        error: save.error,
      }}
      schema={OnboardingDueDays}
      wordsPrefix="onboarding.dueDays"
      canEdit={isPrincipalAdmin(me.role)}
      labels={{
        submit: t('onboarding.dueDays.save'),
        saved: t('onboarding.dueDays.saved'),
        readOnly: t('onboarding.dueDays.readOnly'),
      }}
    />
  );
}
