// Goals and the joint plan on the demo (issue #18): Jonas finds Saigon Motor Parts' plan from its
// page, sees the goals its signed charter set, the milestone that is overdue and Lan's proposal
// waiting for him; he proposes a goal (a bad one first, with its field errors), and Lan, in
// Vietnamese, agrees to it, after which both sides see it among the goals.
import { describe, it } from 'vitest';
import vi from '../../locales/vi/web.json' with { type: 'json' };
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { eventually, openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();

describe('goals and the joint plan', () => {
  it('lets Jonas propose a goal, Lan agree to it, and both see the overdue milestone', async () => {
    const jonas = await openPage(env.browser, env.server.url);
    await signIn(jonas.page, demoUsers.manager.email, demoPassword);
    await jonas.page.goto('/distributors?q=Saigon');
    await jonas.page.getByRole('link', { name: 'Saigon Motor Parts' }).click();
    await jonas.page.getByRole('heading', { level: 1, name: /Saigon Motor Parts/ }).waitFor();
    await jonas.page.getByRole('link', { name: 'Goals and plan' }).click();
    await jonas.page
      .getByRole('heading', { level: 1, name: 'Goals and joint plan with Saigon Motor Parts' })
      .waitFor();
    const planPath = new URL(jonas.page.url()).pathname;

    // The charter's goals, a goal that follows a KPI, and the overdue warehouse milestone.
    const goals = jonas.page.getByRole('region', { name: 'Goals' });
    await goals.getByRole('article', { name: 'Revenue, first year' }).waitFor();
    await goals.getByText('From charter version 1').first().waitFor();
    await goals
      .getByRole('article', { name: 'Weeks of cover at the committed buffer' })
      .getByText(/Weeks of cover now: .* weeks \(\d+ % of the target\)/)
      .waitFor();
    const milestones = jonas.page.getByRole('region', { name: /Milestones/ });
    await milestones.getByText('1 overdue').waitFor();
    const warehouse = milestones.getByRole('listitem').filter({
      hasText: 'Second warehouse open in Bình Dương',
    });
    await warehouse.getByText('Overdue', { exact: true }).waitFor();

    // Lan's proposal waits for the principal.
    const changes = jonas.page.getByRole('region', { name: /Proposals and history/ });
    const fromLan = changes.getByRole('article', {
      name: /New goal: Active workshop customers in Đồng Nai/,
    });
    await fromLan.getByText('Waiting for an answer').waitFor();
    await fromLan.getByText(/Proposed by Nguyễn Thị Lan \(Distributor\)/).waitFor();

    // Jonas proposes a goal: nothing filled in first, then a deadline that is no date.
    await goals.getByRole('button', { name: 'Propose a goal' }).click();
    const dialog = jonas.page.getByRole('dialog', { name: 'Propose a goal' });
    await dialog.getByRole('button', { name: 'Send proposal' }).click();
    await eventually(() => dialog.locator('.field-error').count()).toBeGreaterThanOrEqual(3);
    await dialog.getByLabel('Metric').fill('Workshops trained on the new brake line');
    await dialog.getByLabel('Target').fill('-3');
    await dialog.getByLabel('Unit').fill('workshops');
    await dialog.getByLabel('Deadline').fill('30.06.2027');
    await dialog.getByRole('button', { name: 'Send proposal' }).click();
    await eventually(() => dialog.locator('.field-error').count()).toBe(2);
    await dialog.getByLabel('Target').fill('30');
    await dialog.getByLabel('Deadline').fill('2027-06-30');
    await dialog.getByLabel('Objective 1').fill('Hai buổi đào tạo tại Biên Hòa');
    await dialog.getByRole('button', { name: 'Send proposal' }).click();
    await eventually(() => dialog.count()).toBe(0);
    const proposed = changes.getByRole('article', {
      name: /New goal: Workshops trained on the new brake line/,
    });
    await proposed.getByText('Waiting for an answer').waitFor();
    await proposed.getByRole('button', { name: 'Withdraw' }).waitFor();

    // Lan, in Vietnamese, agrees to it; it becomes a goal for both sides.
    const lan = await openPage(env.browser, env.server.url);
    await signIn(lan.page, demoUsers.vietnam.email, demoPassword);
    await lan.page.goto(planPath);
    const lanChanges = lan.page.getByRole('region', { name: new RegExp(vi.plan.changes.title) });
    const forLan = lanChanges.getByRole('article', {
      name: /Workshops trained on the new brake line/,
    });
    await forLan.getByRole('button', { name: vi.plan.agree }).click();
    await forLan.getByText(vi.plan.changes.status.agreed, { exact: true }).waitFor();
    await lan.page
      .getByRole('region', { name: vi.plan.goals.title })
      .getByRole('article', { name: 'Workshops trained on the new brake line' })
      .waitFor();
    // Lan sees the overdue milestone flagged too.
    await lan.page
      .getByRole('region', { name: new RegExp(vi.plan.milestones.title) })
      .getByText(vi.plan.milestones.overdue, { exact: true })
      .waitFor();
    await lan.context.close();

    await jonas.page.reload();
    await goals.getByRole('article', { name: 'Workshops trained on the new brake line' }).waitFor();
    await proposed.getByText(/Agreed by Nguyễn Thị Lan/).waitFor();
    await jonas.context.close();
  });
});
