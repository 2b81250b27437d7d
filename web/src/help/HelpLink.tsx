import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { helpPathFor } from './help-docs.ts';
import './help-link.css';

/** The top bar's "Help": the guide for the page on screen. */
export function HelpLink() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const to = helpPathFor(pathname);
  return (
    <Link className="help-link" to={to}>
      {t('help.link')}
    </Link>
  );
}
