import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EscalationSettings } from '../../../src/concerns/concerns.schema.ts';
import { WarningThresholds } from '../../../src/warnings/warnings.schema.ts';
import { useEscalationSettings, useSetEscalationSettings } from '../concerns/use-concerns.ts';
import {
  NumberSettingsForm,
  NumberSettingsView,
  numberSettingsOf,
  useSettingWords,
} from '../forms/NumberSettings.tsx';
import { canManageDistributors, isPrincipalRole, useSession } from '../session/use-session.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { type ThresholdsInput, useSetWarningSettings, useWarningSettings } from './use-warnings.ts';
import './warnings.css';

const thresholds = numberSettingsOf(WarningThresholds);
const escalationWaits = numberSettingsOf(EscalationSettings);

/**
 * /early-warnings/settings: the workspace's thresholds, and how long each escalation step is given
 * to help; admins and managers change them, viewers read them.
 */
export function ThresholdsPage() {
  const { t } = useTranslation();
  const me = useSession();
  usePageTitle(t('warnings.settings.title'));
  if (!isPrincipalRole(me.role)) {
    return (
      <div className="page">
        <EmptyState title={t('warnings.forbidden')} />
      </div>
    );
  }
  const canEdit = canManageDistributors(me.role);
  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/early-warnings">{t('warnings.title')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{t('warnings.settings.title')}</span>
      </nav>
      <div className="page-header">
        <div>
          <h1>{t('warnings.settings.title')}</h1>
          <p className="muted">{t('warnings.settings.intro')}</p>
        </div>
      </div>
      <Thresholds canEdit={canEdit} />
      <EscalationWaits canEdit={canEdit} />
    </div>
  );
}

function Thresholds({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const settings = useWarningSettings();
  const save = useSetWarningSettings();
  const wordsOf = useSettingWords('warnings.thresholds');
  return (
    <section className="card section thresholds" aria-labelledby="thresholds-heading">
      <h2 id="thresholds-heading" className="visually-hidden">
        {t('warnings.settings.title')}
      </h2>
      {settings.isPending || settings.isError ? (
        <QueryStatus query={settings} />
      ) : canEdit ? (
        <NumberSettingsForm
          settings={thresholds}
          current={settings.data as Record<string, unknown>}
          wordsOf={wordsOf}
          schema={WarningThresholds}
          save={{
            mutate: (input, options) => save.mutate(input as ThresholdsInput, options),
            isPending: save.isPending,
            error: save.error,
          }}
          submitLabel={t('warnings.settings.save')}
          savedLabel={t('warnings.settings.saved')}
        />
      ) : (
        <NumberSettingsView
          settings={thresholds}
          current={settings.data as Record<string, unknown>}
          wordsOf={wordsOf}
          readOnlyLabel={t('warnings.settings.readOnly')}
        />
      )}
    </section>
  );
}

/** The escalation ladder's waits: how long a contact, a visit and a concern are given. */
function EscalationWaits({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const settings = useEscalationSettings();
  const save = useSetEscalationSettings();
  const wordsOf = useSettingWords('concerns.settings');
  return (
    <section className="card section thresholds" aria-labelledby="escalation-waits-heading">
      <h2 id="escalation-waits-heading">{t('concerns.settings.title')}</h2>
      <p className="muted">{t('concerns.settings.intro')}</p>
      {settings.isPending || settings.isError ? (
        <QueryStatus query={settings} />
      ) : canEdit ? (
        <NumberSettingsForm
          settings={escalationWaits}
          current={settings.data as Record<string, unknown>}
          wordsOf={wordsOf}
          schema={EscalationSettings}
          save={{
            mutate: (input, options) =>
              save.mutate(input as Parameters<typeof save.mutate>[0], options),
            isPending: save.isPending,
            error: save.error,
          }}
          submitLabel={t('concerns.settings.save')}
          savedLabel={t('concerns.settings.saved')}
        />
      ) : (
        <NumberSettingsView
          settings={escalationWaits}
          current={settings.data as Record<string, unknown>}
          wordsOf={wordsOf}
          readOnlyLabel={t('concerns.settings.readOnly')}
        />
      )}
    </section>
  );
}
