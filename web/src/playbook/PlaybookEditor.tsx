import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueLanguage } from '../../../src/platform/languages.ts';
import type { RequestBody } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog, FormActions, TextAreaField, TextField } from '../forms/fields.tsx';
import { ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePlaybook, useSavePlaybook } from './use-playbook.ts';

type Draft = RequestBody<'savePlaybook'>['items'][number] & { kind: 'automatic' | 'judgement' };

/**
 * The admin adapts the playbook: texts in their language, order, items removed or added. Saving
 * makes a new version; automatic items keep their rule whatever their text says.
 */
export function PlaybookEditor({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const playbook = usePlaybook();
  const save = useSavePlaybook();
  const [items, setItems] = useState<Draft[] | null>(null);
  useEffect(() => {
    if (playbook.data && items === null) {
      setItems(
        playbook.data.items.map((item) => ({
          key: item.key,
          ruleCode: null,
          threshold: item.threshold,
          title: item.title,
          criteria: item.criteria,
          kind: item.kind,
        })),
      );
    }
  }, [playbook.data, items]);
  const change = (index: number, patch: Partial<Draft>) =>
    setItems((current) =>
      (current ?? []).map((item, at) => (at === index ? { ...item, ...patch } : item)),
    );
  const move = (index: number, by: number) =>
    setItems((current) => {
      const next = [...(current ?? [])];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + by, 0, item);
      return next;
    });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!items) return;
    save.mutate(
      {
        language: catalogueLanguage(format.locale),
        items: items.map(({ kind: _kind, ...item }) => item),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog title={t('playbook.editor.title')} onClose={onClose} size="large">
      {playbook.isPending || playbook.isError || !items ? (
        <QueryStatus query={playbook} />
      ) : (
        <form onSubmit={submit} noValidate>
          <ProblemAlert error={save.error} />
          <p className="muted">
            {t('playbook.editor.intro', { version: playbook.data.version + 1 })}
          </p>
          <ol className="playbook-items">
            {items.map((item, index) => (
              <li key={item.key ?? `new-${index}`} className="card">
                <TextField
                  label={t('playbook.editor.itemTitle', { number: index + 1 })}
                  required
                  value={item.title}
                  onChange={(event) => change(index, { title: event.target.value })}
                />
                <TextAreaField
                  label={t('playbook.editor.criteria')}
                  required
                  rows={2}
                  value={item.criteria}
                  onChange={(event) => change(index, { criteria: event.target.value })}
                />
                {item.threshold !== null ? (
                  <TextField
                    label={t('playbook.editor.threshold')}
                    type="number"
                    min={1}
                    value={item.threshold}
                    onChange={(event) =>
                      change(index, { threshold: Number(event.target.value) || 1 })
                    }
                  />
                ) : null}
                <p className="muted">{t(`playbook.kind.${item.kind}`)}</p>
                <div className="playbook-actions">
                  <button
                    type="button"
                    className="button button-small"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('playbook.editor.up')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('playbook.editor.down')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setItems(items.filter((_, at) => at !== index))}
                  >
                    {t('playbook.editor.remove')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button"
            onClick={() =>
              setItems([
                ...items,
                {
                  key: null,
                  ruleCode: null,
                  threshold: null,
                  title: '',
                  criteria: '',
                  kind: 'judgement',
                },
              ])
            }
          >
            {t('playbook.editor.add')}
          </button>
          <FormActions
            isSaving={save.isPending}
            submitLabel={t('playbook.editor.save')}
            onCancel={onClose}
          />
        </form>
      )}
    </Dialog>
  );
}
