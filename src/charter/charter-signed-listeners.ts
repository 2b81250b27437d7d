// What else happens, in the signing transaction, when a charter version becomes signed. Other
// domains that follow the charter register here when the app is assembled (src/app.ts, the demo
// loader), because the charter cannot import them: the plan reads KPIs from reports, and reports
// reads the charter, so a direct call would close an import cycle (test/architecture.test.ts).
import type { Tx } from '../db/client.ts';
import type { Context } from '../platform/tenancy.ts';
import type { CharterContent } from './charter.content.ts';

export type SignedCharter = {
  distributorId: string;
  charterVersionId: string;
  version: number;
  content: CharterContent;
  signedAt: Date;
};

export type CharterSignedListener = (ctx: Context, tx: Tx, signed: SignedCharter) => Promise<void>;

const listeners = new Set<CharterSignedListener>();

/** Registers a listener once; registering the same function again changes nothing. */
export function onCharterSigned(listener: CharterSignedListener) {
  listeners.add(listener);
}

/** Runs every listener inside the signing transaction: a failure undoes the signature too. */
export async function runCharterSignedListeners(ctx: Context, tx: Tx, signed: SignedCharter) {
  for (const listener of listeners) await listener(ctx, tx, signed);
}
