// The demo, loaded into a test server, and a client signed in as its manager: the tests that
// check the demo's story (reports, communication, early warnings) start from here.
import { demoPassword, demoUsers } from '../src/seed/demo-data.ts';
import { http } from './http.ts';
import { startTestServer } from './server.ts';

export async function startDemoServer() {
  // The demo's workspace and users have fixed names: on PostgreSQL they get a database alone.
  const server = await startTestServer({ demo: true });
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoUsers.manager.email, password: demoPassword }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const client = http(server.url).withHeaders({ cookie });
  const list = await client.get<{ items: { id: string; name: string }[] }>(
    '/api/v1/distributors?pageSize=100',
  );
  const ids = new Map(list.body.items.map((item) => [item.name, item.id]));
  return { server, client, ids };
}
