// The demo's playbooks (#18): relationships at different points. Saigon Motor Parts has most items
// ticked from its real data, one judgement item confirmed by both sides and one waiting for the
// principal to confirm. Huadong Auto Parts Trading signed a charter months ago and now negotiates
// a new version, so its "charter signed" item was ticked and is open again, with the history.
import { addMember } from '../accounts/members.service.ts';
import { createUser } from '../accounts/workspaces.service.ts';
import { defaultCharterContent } from '../charter/charter.content.ts';
import { createCharter } from '../charter/charter-drafting.service.ts';
import { transitionCharter } from '../charter/charter-negotiation.service.ts';
import { signCharter } from '../charter/charter-signing.service.ts';
import type { Database } from '../db/client.ts';
import type { Context } from '../platform/tenancy.ts';
import { judgePlaybookItem } from '../playbook/playbook.service.ts';
import {
  reevaluatePlaybook,
  reevaluateWorkspacePlaybooks,
} from '../playbook/playbook-evaluation.service.ts';
import { actingAs, backdateCharter, type Person } from './demo-charters.ts';

const SIGNED_DAYS_AGO = 200;

export async function loadDemoPlaybook(
  database: Database,
  base: Omit<Context, 'actor' | 't'>,
  system: Context,
  people: { admin: Person; manager: Person; vietnam: Person },
  distributors: { vietnam: string; china: string },
) {
  const workspaceId = system.actor.workspaceId;
  const admin = actingAs(base, workspaceId, people.admin);

  // Huadong's sales director signs for them (no sign-in: the demo's logins stay four).
  const liNa = await createUser(base, { email: 'li.na@huadong-parts.example', name: '李娜' });
  await addMember(system, {
    userId: liNa.id,
    role: 'distributor_admin',
    distributorId: distributors.china,
  });
  const signer = actingAs(base, workspaceId, {
    userId: liNa.id,
    name: '李娜',
    email: 'li.na@huadong-parts.example',
    role: 'distributor_admin',
    distributorId: distributors.china,
  });
  const startsOn = new Date(Date.now() - SIGNED_DAYS_AGO * 86_400_000).toISOString().slice(0, 10);
  const content = {
    ...defaultCharterContent(startsOn, 'zh'),
    territory: {
      grants: [
        {
          country: 'CN',
          region: 'CN-SH',
          productLineIds: [],
          exclusive: true,
          startsOn,
          endsOn: null,
        },
        {
          country: 'CN',
          region: 'CN-JS',
          productLineIds: [],
          exclusive: true,
          startsOn,
          endsOn: null,
        },
      ],
      clause: 'Exclusive for Shanghai and Jiangsu.',
    },
  };
  const first = await createCharter(admin, distributors.china, { content });
  await transitionCharter(admin, distributors.china, first.version, {
    action: 'send',
    reason: null,
  });
  const agreed = await transitionCharter(admin, distributors.china, first.version, {
    action: 'agree',
    reason: null,
  });
  const hash = agreed.agreedHash ?? '';
  const request = { ip: '192.0.2.10', userAgent: 'Liaison demo' };
  await signCharter(
    admin,
    distributors.china,
    first.version,
    { typedName: 'Katrin Weber', signerRole: 'Head of Export', consent: true, contentHash: hash },
    request,
  );
  await signCharter(
    signer,
    distributors.china,
    first.version,
    {
      typedName: '李娜',
      signerRole: '销售总监 (Sales Director)',
      consent: true,
      contentHash: hash,
    },
    request,
  );
  await backdateCharter(database, workspaceId, distributors.china, SIGNED_DAYS_AGO);
  // Evaluated while the signed version stood alone, as the hourly job did then.
  const then = { ...system, clock: { now: () => new Date(Date.now() - 150 * 86_400_000) } };
  await reevaluatePlaybook(then, distributors.china);

  // The second year's terms: a larger territory, sent for negotiation and not yet signed.
  const second = await createCharter(admin, distributors.china, {
    content: {
      ...content,
      territory: {
        grants: [
          ...content.territory.grants,
          {
            country: 'CN',
            region: 'CN-ZJ',
            productLineIds: [],
            exclusive: false,
            startsOn,
            endsOn: null,
          },
        ],
        clause: 'Exclusive for Shanghai and Jiangsu; Zhejiang without exclusivity.',
      },
    },
  });
  await transitionCharter(admin, distributors.china, second.version, {
    action: 'send',
    reason: null,
  });

  // Saigon: the principal judged Lan's team on board and Lan confirmed; Lan ticked trust.
  const jonas = actingAs(base, workspaceId, people.manager);
  const lan = actingAs(base, workspaceId, people.vietnam);
  await judgePlaybookItem(
    jonas,
    distributors.vietnam,
    'on_board',
    'tick',
    'Lan’s team presented their role in the launch plan at the kick-off in Hồ Chí Minh City.',
  );
  await judgePlaybookItem(lan, distributors.vietnam, 'on_board', 'confirm', null);
  await judgePlaybookItem(
    lan,
    distributors.vietnam,
    'trust',
    'tick',
    'Brenner kept every delivery promise this year and raised the stock problem openly.',
  );

  // Every relationship evaluated now, so the portfolio opens on current figures.
  await reevaluateWorkspacePlaybooks(system);
}
