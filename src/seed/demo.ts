import { sql } from 'drizzle-orm';
import { addMember } from '../accounts/members.service.ts';
import {
  createUser,
  createWorkspace,
  findWorkspaceBySlug,
} from '../accounts/workspaces.service.ts';
import { onCharterSigned } from '../charter/charter-signed-listeners.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { LifecycleStage } from '../db/schema.ts';
import { createContact } from '../distributors/contacts.service.ts';
import { setDistributorOwner } from '../distributors/distributor-owner.service.ts';
import { changeLifecycleStage, createDistributor } from '../distributors/distributors.service.ts';
import { addEscalationStep } from '../distributors/escalation.service.ts';
import { latestCompletedEvaluation } from '../evaluations/evaluation-evidence.service.ts';
import { adoptCharterGoals } from '../plan/plan-charter.service.ts';
import { systemClock } from '../platform/clock.ts';
import { createMailer } from '../platform/mail.ts';
import { makeContext, systemActor } from '../platform/tenancy.ts';
import { provideEvaluationLookup } from '../playbook/playbook-rules.ts';
import { loadDemoCharters } from './demo-charters.ts';
import { loadDemoCommunication } from './demo-communication.ts';
import {
  demoDistributors,
  demoPassword,
  demoPortfolio,
  demoPortfolioManagers,
  demoPrincipalTeam,
  demoUsers,
  demoWorkspace,
} from './demo-data.ts';
import { loadDemoEvaluations } from './demo-evaluations.ts';
import { loadDemoFeedback } from './demo-feedback.ts';
import { loadDemoLibrary } from './demo-library.ts';
import { loadDemoOrders } from './demo-orders.ts';
import { loadDemoPlan } from './demo-plan.ts';
import { loadDemoPlaybook } from './demo-playbook.ts';
import { loadDemoRates } from './demo-rates.ts';
import { loadDemoReports } from './demo-reports.ts';

export async function isDemoLoaded(database: Database): Promise<boolean> {
  return Boolean(await findWorkspaceBySlug({ db: database.db }, demoWorkspace.slug));
}

/** Shortest path through the lifecycle rule to a stage, so the history reads like real life. */
const pathTo: Record<LifecycleStage, LifecycleStage[]> = {
  prospect: [],
  onboarding: ['onboarding'],
  active: ['onboarding', 'active'],
  at_risk: ['onboarding', 'active', 'at_risk'],
  suspended: ['onboarding', 'active', 'suspended'],
  terminated: ['onboarding', 'active', 'terminated'],
};

const ladderChannels = {
  distributor: [
    { role: 'purchasing_lead', channel: 'email', hours: 24 },
    { role: 'sales_director', channel: 'phone', hours: 8 },
    { role: 'general_manager', channel: 'visit', hours: 72 },
  ],
  principal: [
    { role: 'account_manager', channel: 'email', hours: 24 },
    { role: 'regional_sales_manager', channel: 'phone', hours: 8 },
    { role: 'export_director', channel: 'video_call', hours: 48 },
  ],
} as const;

/** Loads the demo workspace through the same services the API uses, so it is all audited. */
export async function loadDemoData(database: Database, config?: Config) {
  const base = {
    db: database.db,
    config:
      config ??
      ({ publicUrl: 'http://localhost:3000', sessionDays: 14, sessionIdleHours: 12 } as Config),
    mailer: createMailer(undefined, ''),
    clock: systemClock,
  };
  // Saigon's charter is signed below: its goals section becomes the plan's goals, as in the app.
  onCharterSigned(adoptCharterGoals);
  provideEvaluationLookup(latestCompletedEvaluation);
  const workspace = await createWorkspace(base, demoWorkspace);
  const ctx = makeContext(base, systemActor(workspace.id, 'Demo data'));

  // Imports are invoiced in dollars in Vietnam; the others report in their own currency.
  const reportCurrencies: Record<string, string> = {
    VN: 'USD',
    TH: 'THB',
    CN: 'CNY',
    PL: 'PLN',
    MX: 'MXN',
  };
  const distributorIds: string[] = [];
  for (const demo of demoDistributors) {
    const distributor = await createDistributor(ctx, {
      name: demo.name,
      legalName: demo.legalName,
      country: demo.country,
      reportCurrency: reportCurrencies[demo.country] ?? 'EUR',
      city: demo.city,
      timeZone: demo.timeZone,
      languages: demo.languages,
      website: demo.website,
      notes: demo.notes,
      lifecycleStage: 'prospect',
    });
    distributorIds.push(distributor.id);
    for (const [index, stage] of demo.stages.entries()) {
      if (index === 0) continue;
      const reason = demo.history[index]?.[1] ?? null;
      await changeLifecycleStage(ctx, distributor.id, { stage, reason });
    }
    await backdateHistory(database, workspace.id, distributor.id, demo);
    const region = ['VN', 'TH', 'CN'].includes(demo.country) ? 'asia' : 'other';
    const created: { id: string; role: string; side: 'principal' | 'distributor' }[] = [];
    for (const [side, people] of [
      ['distributor', demo.contacts],
      ['principal', demoPrincipalTeam(region)],
    ] as const) {
      for (const [index, person] of people.entries()) {
        const contact = await createContact(ctx, distributor.id, {
          side,
          name: person.name,
          role: person.role,
          title: person.title,
          email: person.email,
          phone: person.phone,
          language: person.language,
          timeZone: side === 'principal' ? 'Europe/Berlin' : demo.timeZone,
          isPrimary: index === 0,
        });
        created.push({ id: contact.id, role: person.role, side });
      }
    }
    for (const side of ['distributor', 'principal'] as const) {
      for (const [index, step] of ladderChannels[side].entries()) {
        const contact = created.find((c) => c.side === side && c.role === step.role);
        if (!contact) continue;
        await addEscalationStep(ctx, distributor.id, {
          side,
          level: index + 1,
          contactId: contact.id,
          channel: step.channel,
          responseTimeHours: step.hours,
          note: null,
        });
      }
    }
  }

  for (const [index, entry] of demoPortfolio.entries()) {
    const [name, country, city, timeZone, languages, stage] = entry;
    // Relationships that predate Liaison come in as they stand (active, or on from there); only
    // prospects and those still onboarding start where they are, so only those have a journey.
    const initial = stage === 'prospect' || stage === 'onboarding' ? stage : 'active';
    const distributor = await createDistributor(ctx, {
      name,
      legalName: null,
      country,
      reportCurrency: reportCurrencies[country] ?? 'EUR',
      city,
      timeZone,
      languages,
      website: null,
      notes: null,
      lifecycleStage: initial,
    });
    for (const next of pathTo[stage].slice(pathTo[stage].indexOf(initial) + 1)) {
      await changeLifecycleStage(ctx, distributor.id, { stage: next, reason: null });
    }
    const [managerName, language] = demoPortfolioManagers[index] ?? ['General manager', 'en'];
    const slug = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]+/g, '');
    await createContact(ctx, distributor.id, {
      side: 'distributor',
      name: managerName,
      role: 'general_manager',
      title: null,
      email: `${managerName
        .split(' ')[0]
        ?.toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}@${slug}.example`,
      phone: null,
      language,
      timeZone,
      isPrimary: true,
    });
    for (const [position, person] of demoPrincipalTeam('other').entries()) {
      await createContact(ctx, distributor.id, {
        side: 'principal',
        ...person,
        timeZone: 'Europe/Berlin',
        isPrimary: position === 0,
      });
    }
  }

  const admin = await createUser(base, { ...demoUsers.admin, password: demoPassword });
  const manager = await createUser(base, { ...demoUsers.manager, password: demoPassword });
  const vietnam = await createUser(base, { ...demoUsers.vietnam, password: demoPassword });
  await addMember(ctx, { userId: admin.id, role: 'principal_admin', distributorId: null });
  await addMember(ctx, { userId: manager.id, role: 'principal_manager', distributorId: null });
  await addMember(ctx, {
    userId: vietnam.id,
    role: 'distributor_admin',
    distributorId: distributorIds[0] ?? null,
  });
  // Account owners: Jonas looks after Asia (Saigon, Siam, Huadong), Katrin after the rest of the
  // named five; the long tail of the portfolio is left unowned, as in a real directory.
  for (const [index, demo] of demoDistributors.entries()) {
    const ownerId = ['VN', 'TH', 'CN'].includes(demo.country) ? manager.id : admin.id;
    await setDistributorOwner(ctx, distributorIds[index] ?? '', ownerId);
  }
  const thailand = await createUser(base, { ...demoUsers.thailand, password: demoPassword });
  await addMember(ctx, {
    userId: thailand.id,
    role: 'distributor_admin',
    distributorId: distributorIds[1] ?? null,
  });
  const person = (
    user: { id: string },
    data: { name: string; email: string },
    role: 'principal_admin' | 'distributor_admin',
    distributorId: string | null,
  ) => ({ userId: user.id, name: data.name, email: data.email, role, distributorId });
  await loadDemoCharters(
    database,
    base,
    ctx,
    {
      admin: person(admin, demoUsers.admin, 'principal_admin', null),
      vietnam: person(vietnam, demoUsers.vietnam, 'distributor_admin', distributorIds[0] ?? null),
      thailand: person(
        thailand,
        demoUsers.thailand,
        'distributor_admin',
        distributorIds[1] ?? null,
      ),
    },
    { vietnam: distributorIds[0] ?? '', thailand: distributorIds[1] ?? '' },
  );
  await loadDemoOrders(ctx);
  await loadDemoReports(database, ctx, { vietnamUserId: vietnam.id });
  await loadDemoRates(ctx);
  await loadDemoPlan(
    base,
    workspace.id,
    {
      admin: person(admin, demoUsers.admin, 'principal_admin', null),
      manager: {
        ...person(manager, demoUsers.manager, 'principal_admin', null),
        role: 'principal_manager',
      },
      vietnam: person(vietnam, demoUsers.vietnam, 'distributor_admin', distributorIds[0] ?? null),
      thailand: person(
        thailand,
        demoUsers.thailand,
        'distributor_admin',
        distributorIds[1] ?? null,
      ),
    },
    { vietnam: distributorIds[0] ?? '', thailand: distributorIds[1] ?? '' },
  );
  await loadDemoCommunication(base, {
    workspaceId: workspace.id,
    admin: person(admin, demoUsers.admin, 'principal_admin', null),
    manager: {
      ...person(manager, demoUsers.manager, 'principal_admin', null),
      role: 'principal_manager',
    },
    vietnam: person(vietnam, demoUsers.vietnam, 'distributor_admin', distributorIds[0] ?? null),
    thailand: person(thailand, demoUsers.thailand, 'distributor_admin', distributorIds[1] ?? null),
    saigonId: distributorIds[0] ?? '',
    siamId: distributorIds[1] ?? '',
    others: demoDistributors
      .slice(2)
      .map((demo, index) => ({ id: distributorIds[index + 2] ?? '', name: demo.name })),
  });
  await loadDemoLibrary(base, workspace.id, {
    admin: person(admin, demoUsers.admin, 'principal_admin', null),
    manager: {
      ...person(manager, demoUsers.manager, 'principal_admin', null),
      role: 'principal_manager',
    },
    vietnam: person(vietnam, demoUsers.vietnam, 'distributor_admin', distributorIds[0] ?? null),
    thailand: person(thailand, demoUsers.thailand, 'distributor_admin', distributorIds[1] ?? null),
  });
  const respondent = (user: { id: string }, data: { name: string }, language: string) => ({
    userId: user.id,
    name: data.name,
    language,
    side:
      language === 'vi' || language === 'th' ? ('distributor' as const) : ('principal' as const),
  });
  await loadDemoFeedback(database, base.clock.now(), {
    workspaceId: workspace.id,
    saigonId: distributorIds[0] ?? '',
    siamId: distributorIds[1] ?? '',
    katrin: respondent(admin, demoUsers.admin, 'en'),
    jonas: respondent(manager, demoUsers.manager, 'en'),
    lan: respondent(vietnam, demoUsers.vietnam, 'vi'),
    somchai: respondent(thailand, demoUsers.thailand, 'th'),
  });
  await loadDemoPlaybook(
    database,
    base,
    ctx,
    {
      admin: person(admin, demoUsers.admin, 'principal_admin', null),
      manager: {
        ...person(manager, demoUsers.manager, 'principal_admin', null),
        role: 'principal_manager',
      },
      vietnam: person(vietnam, demoUsers.vietnam, 'distributor_admin', distributorIds[0] ?? null),
    },
    { vietnam: distributorIds[0] ?? '', china: distributorIds[2] ?? '' },
  );
  await loadDemoEvaluations(
    database,
    base,
    workspace.id,
    {
      manager: {
        ...person(manager, demoUsers.manager, 'principal_admin', null),
        role: 'principal_manager',
      },
      vietnam: person(vietnam, demoUsers.vietnam, 'distributor_admin', distributorIds[0] ?? null),
    },
    distributorIds[0] ?? '',
  );
  return { workspaceId: workspace.id };
}

/**
 * Moves the lifecycle timeline of a demo distributor into the past, so the demo tells its story
 * ("signed 18 months ago, at risk for three weeks"). Demo data only: history is otherwise
 * insert-only, and the audit log keeps the true time the demo was loaded.
 */
async function backdateHistory(
  database: Database,
  workspaceId: string,
  distributorId: string,
  demo: (typeof demoDistributors)[number],
) {
  await database.db.transaction(async (tx) => {
    // The owner is bound by the FORCE'd policies too: name the workspace they read.
    await tx.execute(sql`select set_config('app.workspace_id', ${workspaceId}, true)`);
    for (const [index, stage] of demo.stages.entries()) {
      const days = demo.history[index]?.[0] ?? 0;
      await tx.execute(sql`update lifecycle_event
        set changed_at = now() - make_interval(days => ${days})
        where workspace_id = ${workspaceId} and distributor_id = ${distributorId}
          and to_stage = ${stage}`);
    }
    const firstDays = demo.history[0]?.[0] ?? 0;
    await tx.execute(sql`update distributor
      set created_at = now() - make_interval(days => ${firstDays})
      where workspace_id = ${workspaceId} and id = ${distributorId}`);
  });
}
