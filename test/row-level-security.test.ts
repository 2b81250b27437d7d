// PostgreSQL enforces tenancy a second time, under the application's own checks: these tests
// query the database directly as the application role, with no service code in between.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCharterContent } from '../src/charter/charter.content.ts';
import { inTenantTransaction } from '../src/db/client.ts';
import {
  auditLog,
  charterVersion,
  contact,
  distributor,
  meeting,
  outboxEmail,
} from '../src/db/schema.ts';
import { queueMail } from '../src/platform/mail.ts';
import { makeCharter, makeContact, makeDistributor, makeUser, makeWorkspace } from './factories.ts';
import { http } from './http.ts';
import { startTestServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('row-level security', () => {
  it('shows a distributor scope only its own rows, even when asked for all', async () => {
    const workspace = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const thailand = await makeDistributor(workspace, { name: 'Siam Auto Components' });
    await makeContact(workspace, vietnam.id);
    await makeContact(workspace, thailand.id);
    const scope = { workspaceId: workspace.id, distributorId: vietnam.id, userId: null };
    const visible = await inTenantTransaction(server.database.db, scope, async (tx) => ({
      distributors: await tx.select({ name: distributor.name }).from(distributor),
      contacts: await tx.select({ distributorId: contact.distributorId }).from(contact),
    }));
    expect(visible.distributors.map((d) => d.name)).toEqual(['Saigon Motor Parts']);
    expect(visible.contacts.map((c) => c.distributorId)).toEqual([vietnam.id]);
  });

  it('hides other workspaces and refuses writes into them', async () => {
    const ours = await makeWorkspace(server);
    const theirs = await makeWorkspace(server);
    const foreign = await makeDistributor(theirs);
    const scope = { workspaceId: ours.id, distributorId: null, userId: null };
    const rows = await inTenantTransaction(server.database.db, scope, (tx) =>
      tx.select().from(distributor),
    );
    expect(rows).toEqual([]);
    const write = inTenantTransaction(server.database.db, scope, (tx) =>
      tx.insert(contact).values({
        workspaceId: theirs.id,
        distributorId: foreign.id,
        side: 'distributor',
        name: 'Intruder',
        role: 'other',
      }),
    );
    await expect(write).rejects.toThrow();
  });

  it('fails closed: without tenant settings the application role sees nothing', async () => {
    const workspace = await makeWorkspace(server);
    await makeDistributor(workspace);
    const count = await server.database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'liaison_app', true)`);
      const result = await tx.select({ id: distributor.id }).from(distributor);
      return result.length;
    });
    expect(count).toBe(0);
  });

  it('confines the distributor role to nothing when no distributor is set', async () => {
    const workspace = await makeWorkspace(server);
    await makeDistributor(workspace);
    const visible = await server.database.db.transaction(async (tx) => {
      await tx.execute(sql`select
        set_config('app.workspace_id', ${workspace.id}, true),
        set_config('role', 'liaison_distributor_app', true)`);
      return tx.select({ id: distributor.id }).from(distributor);
    });
    expect(visible).toEqual([]);
  });

  it('closes the outbox and other distributors’ audit rows to a distributor scope', async () => {
    const workspace = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace);
    const thailand = await makeDistributor(workspace, { country: 'TH', timeZone: 'Asia/Bangkok' });
    const scope = { workspaceId: workspace.id, distributorId: vietnam.id, userId: null };
    const seen = await inTenantTransaction(server.database.db, scope, async (tx) => ({
      audit: await tx.select({ distributorId: auditLog.distributorId }).from(auditLog),
      outbox: await tx.select().from(outboxEmail),
    }));
    expect(seen.audit.length).toBeGreaterThan(0);
    expect(seen.audit.every((row) => row.distributorId === vietnam.id)).toBe(true);
    expect(seen.audit.some((row) => row.distributorId === thailand.id)).toBe(false);
    expect(seen.outbox).toEqual([]);
  });

  it('lets a distributor scope queue mail into its own workspace but never read or change it', async () => {
    const workspace = await makeWorkspace(server);
    const other = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace);
    const scope = { workspaceId: workspace.id, distributorId: vietnam.id, userId: null };
    const mail = { to: 'lan@saigonmotor.example', subject: 'Notes', text: 'Published.' };
    await inTenantTransaction(server.database.db, scope, (tx) => queueMail(tx, workspace.id, mail));
    const stored = await server.database.db
      .select({ toAddress: outboxEmail.toAddress })
      .from(outboxEmail)
      .where(eq(outboxEmail.workspaceId, workspace.id));
    expect(stored).toEqual([{ toAddress: 'lan@saigonmotor.example' }]);
    const changed = await inTenantTransaction(server.database.db, scope, (tx) =>
      tx.update(outboxEmail).set({ subject: 'Changed' }).returning({ id: outboxEmail.id }),
    );
    expect(changed).toEqual([]);
    const elsewhere = inTenantTransaction(server.database.db, scope, (tx) =>
      queueMail(tx, other.id, mail),
    );
    await expect(elsewhere).rejects.toThrow();
  });

  it('keeps charters to their distributor, and the conflict function to the workspace', async () => {
    const workspace = await makeWorkspace(server);
    const other = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace);
    const thailand = await makeDistributor(workspace, { country: 'TH', timeZone: 'Asia/Bangkok' });
    const elsewhere = await makeDistributor(other);
    const exclusiveIn = (country: string) => ({
      ...defaultCharterContent('2026-01-01'),
      territory: {
        grants: [
          {
            country,
            region: null,
            productLineIds: [],
            exclusive: true,
            startsOn: '2026-01-01',
            endsOn: null,
          },
        ],
        clause: '',
      },
    });
    await makeCharter(workspace, vietnam.id, 'agreed', exclusiveIn('VN'));
    await makeCharter(workspace, thailand.id, 'agreed', exclusiveIn('TH'));
    await makeCharter(other, elsewhere.id, 'agreed', exclusiveIn('VN'));
    const scope = { workspaceId: workspace.id, distributorId: vietnam.id, userId: null };
    const seen = await inTenantTransaction(server.database.db, scope, async (tx) => ({
      charters: await tx
        .select({ distributorId: charterVersion.distributorId })
        .from(charterVersion),
      // The definer function answers for the whole workspace, and only the fields conflicts need.
      commitments: (
        (await tx.execute(
          sql`select distinct distributor_id from liaison_charter_commitments('{VN,TH}')`,
        )) as unknown as {
          rows: { distributor_id: string }[];
        }
      ).rows.map((row) => row.distributor_id),
    }));
    expect(seen.charters.map((row) => row.distributorId)).toEqual([vietnam.id]);
    expect(seen.commitments.sort()).toEqual([vietnam.id, thailand.id].sort());
  });

  it('keeps meetings to their distributor', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace);
    const ids: string[] = [];
    for (const timeZone of ['Asia/Ho_Chi_Minh', 'Asia/Bangkok']) {
      const partner = await makeDistributor(workspace, { timeZone });
      await makeContact(workspace, partner.id, { isPrimary: true, timeZone });
      await makeContact(workspace, partner.id, {
        side: 'principal',
        role: 'account_manager',
        isPrimary: true,
        timeZone: 'Europe/Berlin',
      });
      const planned = await http(server.url)
        .as(manager)
        .post(`/api/v1/distributors/${partner.id}/cadence`, { horizonMonths: 1 });
      expect(planned.status).toBe(201);
      ids.push(partner.id);
    }
    const scope = { workspaceId: workspace.id, distributorId: ids[0] ?? null, userId: null };
    const seen = await inTenantTransaction(server.database.db, scope, (tx) =>
      tx.selectDistinct({ distributorId: meeting.distributorId }).from(meeting),
    );
    expect(seen.map((row) => row.distributorId)).toEqual([ids[0]]);
  });
});
