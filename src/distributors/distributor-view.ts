// What each side sees of a distributor (docs/security.md, "What each side sees"). The principal
// sees its whole record; a distributor's own users see the shared fields, and the principal's
// internal ones (lifecycle stage, notes, the reasons of stage changes) as null. The shared
// fields are named one by one: a column added later stays internal until it is named here.
import type { LifecycleStage } from '../db/types.ts';
import { type Actor, isPrincipal } from '../platform/tenancy.ts';
import { relationshipStatusOf } from './lifecycle.ts';

type StoredDistributor = {
  id: string;
  name: string;
  legalName: string | null;
  country: string;
  city: string | null;
  timeZone: string;
  languages: string[];
  website: string | null;
  status: 'active' | 'archived';
  lifecycleStage: LifecycleStage;
  reportCurrency: string;
  ownerUserId: string | null;
  ownerName: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A distributor as the actor may see it; `notes` only where the row carries them. */
export function distributorView<Row extends StoredDistributor & { notes?: string | null }>(
  actor: Actor,
  row: Row,
) {
  const shared = {
    id: row.id,
    name: row.name,
    legalName: row.legalName,
    country: row.country,
    city: row.city,
    timeZone: row.timeZone,
    languages: row.languages,
    website: row.website,
    status: row.status,
    relationshipStatus: relationshipStatusOf(row.lifecycleStage),
    reportCurrency: row.reportCurrency,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  // The account owner is the principal's own assignment of work (docs/decisions.md, #16): the
  // distributor's side sees its account manager among the principal's contacts instead.
  if (isPrincipal(actor)) {
    return {
      ...shared,
      lifecycleStage: row.lifecycleStage,
      notes: row.notes ?? null,
      ownerId: row.ownerUserId,
      ownerName: row.ownerName,
    };
  }
  return { ...shared, lifecycleStage: null, notes: null, ownerId: null, ownerName: null };
}

type StoredLifecycleEvent = {
  id: string;
  fromStage: LifecycleStage | null;
  toStage: LifecycleStage;
  reason: string | null;
  changedByName: string | null;
  changedAt: Date;
};

/**
 * The lifecycle history as the actor may see it. A distributor's users see the changes of the
 * shared status only: a move between active and at risk is no change to them and is left out,
 * so its date cannot tell them what the principal thought either.
 */
export function lifecycleHistoryView(actor: Actor, events: StoredLifecycleEvent[]) {
  const withStatus = events.map((event) => ({
    ...event,
    fromStatus: event.fromStage ? relationshipStatusOf(event.fromStage) : null,
    toStatus: relationshipStatusOf(event.toStage),
  }));
  if (isPrincipal(actor)) return withStatus;
  return withStatus
    .filter((event) => event.fromStatus !== event.toStatus)
    .map((event) => ({
      id: event.id,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      fromStage: null,
      toStage: null,
      reason: null,
      changedByName: event.changedByName,
      changedAt: event.changedAt,
    }));
}
