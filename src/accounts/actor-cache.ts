// Actors remembered for a short while, so that a read does not first look up its session or token
// (#17: one round trip to start a request). A remembered actor is never trusted on its own: the
// request's first tenant transaction checks the sign-in is still live in the statement that sets
// the tenant, or the request checks it before it answers (authentication.ts). Writes always look
// their actor up. Kept per server process; nothing in it outlives `ttlMs`.
import type { Actor } from '../platform/tenancy.ts';

export type RememberedActor = Omit<Actor, 'requestId'>;

export class ActorCache {
  readonly #entries = new Map<string, { actor: RememberedActor; until: number }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, now: number): RememberedActor | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.until > now) return entry.actor;
    this.#entries.delete(key);
    return undefined;
  }

  remember(key: string, actor: Actor, now: number): void {
    const { requestId: _requestId, ...remembered } = actor;
    this.#entries.delete(key);
    // The oldest entry goes first when full: a Map iterates in the order keys were set.
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { actor: remembered, until: now + this.ttlMs });
  }

  forget(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
