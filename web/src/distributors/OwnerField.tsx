import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistributorRecord } from '../api/types.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { type OwnerOption, useOwnerOptions, useSetOwner } from './use-directory.ts';

/** The owner's options: "nobody", then the principal's members by name. */
export function OwnerOptions({ owners, none }: { owners: OwnerOption[]; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {owners.map((owner) => (
        <option key={owner.id} value={owner.id}>
          {owner.name}
        </option>
      ))}
    </>
  );
}

/**
 * The account owner on the distributor's page: a picker for the principal's editors, the name
 * for everyone else on the principal's side. A distributor's users never get here (the owner is
 * principal-internal and comes to them as null).
 */
export function OwnerField({
  distributor,
  canEdit,
}: {
  distributor: DistributorRecord;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const owners = useOwnerOptions(canEdit);
  const setOwner = useSetOwner(distributor.id);
  if (!canEdit || !owners.data) {
    return distributor.ownerName ? (
      <span>{distributor.ownerName}</span>
    ) : (
      <span className="muted">{t('directory.owner.none')}</span>
    );
  }
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('directory.owner.label')}
      </label>
      <select
        id={id}
        value={distributor.ownerId ?? ''}
        disabled={setOwner.isPending}
        onChange={(event) => setOwner.mutate(event.target.value || null)}
      >
        <OwnerOptions owners={owners.data} none={t('directory.owner.none')} />
      </select>
      <ProblemAlert error={setOwner.error} />
    </>
  );
}
