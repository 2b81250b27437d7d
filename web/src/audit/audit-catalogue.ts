// The audit log's sentences, record names and field labels: a catalogue of their own ('audit'),
// loaded with the audit page only, in the reader's language and in English as the fallback.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { i18n } from '../app/i18n.ts';

type Catalogue = { default: Record<string, unknown> };
const catalogues = import.meta.glob<Catalogue>('../../../locales/*/audit.json');

async function loadAuditCatalogue(language: string) {
  for (const code of new Set(['en', language])) {
    if (i18n.hasResourceBundle(code, 'audit')) continue;
    const loader = catalogues[`../../../locales/${code}/audit.json`];
    if (!loader) continue;
    i18n.addResourceBundle(code, 'audit', (await loader()).default);
  }
  return language;
}

/** Whether the audit catalogue of the interface's language is ready. */
export function useAuditCatalogue() {
  const { i18n: instance } = useTranslation();
  const language = instance.language;
  const query = useQuery({
    queryKey: ['audit-catalogue', language],
    queryFn: () => loadAuditCatalogue(language),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return query.isSuccess && query.data === language;
}
