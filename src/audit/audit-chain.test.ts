import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { anchorAuditChains, anchorsOf, readAnchors } from './audit-anchors.service.ts';
import { sealAuditChains } from './audit-chain.service.ts';

type Chain = {
  verifiedEntries: number;
  intact: boolean;
  head: { seq: number } | null;
  problem: { kind: string; seq?: number; entryId?: number; count?: number } | null;
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A workspace with five audited changes (distributors created), sealed. */
async function sealedWorkspace() {
  const workspace = await makeWorkspace(server);
  const admin = await makeUser(workspace, 'principal_admin');
  const api = http(server.url).as(admin);
  for (const name of [
    'Phụ Tùng Hà Nội',
    'Części Kraków',
    'อะไหล่ยนต์ สยาม',
    '上海汽配',
    'Brenner Süd',
  ]) {
    const created = await api.post('/api/v1/distributors', {
      name,
      country: 'VN',
      timeZone: 'Asia/Ho_Chi_Minh',
      languages: ['vi'],
    });
    expect(created.status).toBe(201);
  }
  await sealAuditChains(server.database, new Date());
  const chain = async () => (await api.get<Chain>('/api/v1/audit-log/chain')).body;
  const owner = (statement: ReturnType<typeof sql>) => server.database.db.execute(statement);
  return { workspace, api, chain, owner };
}

describe('the audit chain', () => {
  it('verifies every sealed entry, and seals what comes later after them', async () => {
    const { api, chain, workspace } = await sealedWorkspace();
    const first = await chain();
    expect(first).toMatchObject({ intact: true, problem: null });
    expect(first.verifiedEntries).toBeGreaterThanOrEqual(5);
    expect(first.head?.seq).toBe(first.verifiedEntries);
    await api.post('/api/v1/distributors', {
      name: 'Saigon Motor Parts',
      country: 'VN',
      timeZone: 'Asia/Ho_Chi_Minh',
      languages: ['vi'],
    });
    await sealAuditChains(server.database, new Date());
    expect((await chain()).verifiedEntries).toBe(first.verifiedEntries + 1);
    expect(workspace.id).toBeTruthy();
  });

  it('names the first entry changed after sealing', async () => {
    const { chain, owner, workspace } = await sealedWorkspace();
    await owner(sql`update audit_log set after = jsonb_set(after, '{name}', '"Forged"')
      where workspace_id = ${workspace.id} and chain_seq = 3`);
    const found = await chain();
    expect(found).toMatchObject({ intact: false, verifiedEntries: 2 });
    expect(found.problem).toMatchObject({ kind: 'changed', seq: 3 });
  });

  it('names an entry deleted from the middle and from the end', async () => {
    const middle = await sealedWorkspace();
    await middle.owner(
      sql`delete from audit_log where workspace_id = ${middle.workspace.id} and chain_seq = 2`,
    );
    expect((await middle.chain()).problem).toEqual({ kind: 'deleted', seq: 2 });
    const tail = await sealedWorkspace();
    const before = await tail.chain();
    await tail.owner(sql`delete from audit_log
      where workspace_id = ${tail.workspace.id} and chain_seq = ${before.head?.seq ?? 0}`);
    expect((await tail.chain()).problem).toEqual({ kind: 'deleted', seq: before.head?.seq });
  });

  it('names entries written past the application and never sealed', async () => {
    const { chain, owner, workspace } = await sealedWorkspace();
    await owner(sql`insert into audit_log (workspace_id, occurred_at, actor_name, actor_via,
        entity_type, entity_id, action)
      values (${workspace.id}, now() - interval '2 hours', 'Nobody', 'system', 'distributor',
        'x', 'distributor.deleted')`);
    expect((await chain()).problem).toEqual({ kind: 'unsealed', count: 1 });
  });

  it('catches a chain rewritten whole, head included, by the anchors kept outside the database', async () => {
    const { chain, owner, workspace } = await sealedWorkspace();
    expect(
      await anchorAuditChains(server.database, server.config.auditAnchorFile, new Date()),
    ).toBe((await readAnchors(server.config.auditAnchorFile)).length);
    const anchored = anchorsOf(await readAnchors(server.config.auditAnchorFile), workspace.id);
    expect(anchored).toHaveLength(1);
    // Whoever owns the database changes an entry, then recomputes every hash and the head.
    await owner(sql`update audit_log set action = 'distributor.imported'
      where workspace_id = ${workspace.id} and chain_seq = 2`);
    await owner(sql`update audit_log set chain_seq = null, chain_hash = null
      where workspace_id = ${workspace.id}`);
    await owner(sql`delete from audit_chain_head where workspace_id = ${workspace.id}`);
    await sealAuditChains(server.database, new Date());
    const found = await chain();
    expect(found.problem).toEqual({ kind: 'rewritten', seq: anchored[0]?.seq });
    // The next hour's anchor adds the new head; the old one still disagrees with it.
    await anchorAuditChains(server.database, server.config.auditAnchorFile, new Date());
    expect((await chain()).problem?.kind).toBe('rewritten');
  });

  it('is for principal admins only', async () => {
    const { workspace } = await sealedWorkspace();
    const manager = await makeUser(workspace, 'principal_manager');
    expect((await http(server.url).as(manager).get('/api/v1/audit-log/chain')).status).toBe(403);
  });
});
