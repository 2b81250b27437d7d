import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EscalationSettings } from '../../../src/concerns/concerns.schema.ts';
import { WarningThresholds } from '../../../src/warnings/warnings.schema.ts';
import { useEscalationSettings, useSetEscalationSettings } from '../concerns/use-concerns.ts';
import { NumberSettingsCard } from '../forms/NumberSettings.tsx';
import { canManageDistributors, isPrincipalRole, useSession } from '../session/use-session.ts';
import { EmptyState } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { type ThresholdsInput, useSetWarningSettings, useWarningSettings } from './use-warnings.ts';
import './warnings.css';

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
  const save = useSetWarningSettings();
  return (
    <NumberSettingsCard
      headingId="thresholds-heading"
      title={t('warnings.settings.title')}
      isTitleHidden
      query={useWarningSettings()}
      save={{
        mutate: (input, options) => save.mutate(input as ThresholdsInput, options),
        isPending: save.isPending,
        error: save.error,
      }}
      schema={WarningThresholds}
      wordsPrefix="warnings.thresholds"
      canEdit={canEdit}
      labels={{
        submit: t('warnings.settings.save'),
        saved: t('warnings.settings.saved'),
        readOnly: t('warnings.settings.readOnly'),
      }}
    />
  );
}

/** The escalation ladder's waits: how long a contact, a visit and a concern are given. */
function EscalationWaits({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const save = useSetEscalationSettings();
  return (
    <NumberSettingsCard
      headingId="escalation-waits-heading"
      title={t('concerns.settings.title')}
      intro={t('concerns.settings.intro')}
      query={useEscalationSettings()}
      save={{
        mutate: (input, options) =>
          save.mutate(input as Parameters<typeof save.mutate>[0], options),
        isPending: save.isPending,
        error: save.error,
      }}
      schema={EscalationSettings}
      wordsPrefix="concerns.settings"
      canEdit={canEdit}
      labels={{
        submit: t('concerns.settings.save'),
        saved: t('concerns.settings.saved'),
        readOnly: t('concerns.settings.readOnly'),
      }}
    />
  );
}
