// The joint plan re-agreed at the annual planning, on the demo (issue #18): nobody confirms
// Saigon Motor Parts' plan while proposals wait; Jonas answers Lan's, Lan (in Vietnamese) answers
// his and confirms the plan for the planning year, and Jonas confirms it with a word: re-agreed
// by both sides. A quarterly review's page shows the plan its agenda reviews, with a link to it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import vi from '../../locales/vi/web.json' with { type: 'json' };
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { eventually, openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();

/** The year the annual planning confirms now: this one, from October the next. */
function planningYear(now = new Date()) {
  return now.getUTCMonth() >= 9 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
}

/** A request from the signed-in page itself, as the app makes them. */
function getJson<T>(page: Page, path: string) {
  return page.evaluate(
    async (url) => (await (await fetch(url)).json()) as unknown,
    path,
  ) as Promise<T>;
}

describe('the plan re-agreed each year', () => {
  it('is confirmed by both sides once nothing waits, and read as re-agreed', async () => {
    const year = planningYear();
    const jonas = await openPage(env.browser, env.server.url);
    await signIn(jonas.page, demoUsers.manager.email, demoPassword);
    await jonas.page.goto('/distributors?q=Saigon');
    await jonas.page.getByRole('link', { name: 'Saigon Motor Parts' }).click();
    await jonas.page.getByRole('link', { name: 'Goals and plan' }).click();
    await jonas.page
      .getByRole('heading', { level: 1, name: 'Goals and joint plan with Saigon Motor Parts' })
      .waitFor();
    const planPath = new URL(jonas.page.url()).pathname;

    const card = jonas.page.getByRole('region', { name: new RegExp(`^Plan for ${year}`) });
    await card.getByText('Not yet re-agreed').waitFor();
    await card.getByText('2 proposed changes are waiting for an answer').waitFor();
    expect(await card.getByRole('button', { name: `Confirm the plan for ${year}` }).count()).toBe(
      0,
    );
    await card.getByText('Principal: confirmation awaited').waitFor();
    // Jonas answers Lan's proposal; his own waits for her.
    await jonas.page
      .getByRole('article', { name: /New goal: Active workshop customers in Đồng Nai/ })
      .getByRole('button', { name: 'Agree' })
      .click();
    await card.getByText('1 proposed change is waiting for an answer').waitFor();

    // Lan, in Vietnamese, agrees to Jonas's change and confirms the plan without a word.
    const lan = await openPage(env.browser, env.server.url);
    await signIn(lan.page, demoUsers.vietnam.email, demoPassword);
    await lan.page.goto(planPath);
    await lan.page
      .getByRole('article', { name: /Quarterly business review with the 2027 plan/ })
      .getByRole('button', { name: vi.plan.agree })
      .click();
    const title = vi.plan.confirmations.title.replace('{{year}}', String(year));
    const confirm = vi.plan.confirmations.confirm.replace('{{year}}', String(year));
    const lanCard = lan.page.getByRole('region', { name: new RegExp(`^${title}`) });
    await lanCard.getByRole('button', { name: confirm }).click();
    const lanDialog = lan.page.getByRole('dialog', { name: confirm });
    await lanDialog.getByRole('button', { name: confirm }).click();
    await lanDialog.waitFor({ state: 'detached' });
    await lanCard.getByText(vi.plan.confirmations.open, { exact: true }).waitFor();
    await lan.context.close();

    // Jonas confirms with a word: re-agreed by both sides.
    await jonas.page.reload();
    await card.getByText(/^Distributor: confirmed by Nguyễn Thị Lan on /).waitFor();
    await card.getByRole('button', { name: `Confirm the plan for ${year}` }).click();
    const dialog = jonas.page.getByRole('dialog', { name: `Confirm the plan for ${year}` });
    await dialog.getByText(/The other side is told/).waitFor();
    await dialog
      .getByLabel('A word to the other side (optional)')
      .fill('Reviewed with Lan at the annual planning in Thủ Đức.');
    await dialog.getByRole('button', { name: `Confirm the plan for ${year}` }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByText('Re-agreed by both sides', { exact: true }).waitFor();
    await card.getByText(/^Principal: confirmed by Jonas Becker on /).waitFor();
    await card.getByText('Reviewed with Lan at the annual planning in Thủ Đức.').waitFor();

    // A quarterly review's page: the plan its agenda reviews, in figures, and a link to it.
    const saigonId = planPath.split('/')[2] ?? '';
    const cadence = await getJson<{ meetings: { id: string; kind: string }[] }>(
      jonas.page,
      `/api/v1/distributors/${saigonId}/cadence`,
    );
    const review = cadence.meetings.find((meeting) => meeting.kind === 'quarterly');
    if (!review) throw new Error('Saigon has no quarterly review in the demo');
    await jonas.page.goto(`/distributors/${saigonId}/meetings/${review.id}`);
    const panel = jonas.page.getByRole('region', { name: 'Joint plan to review' });
    await panel.getByText(/^\d+ goals?$/).waitFor();
    await eventually(() => panel.getByText(/open milestones?/).count()).toBe(1);
    await panel.getByRole('link', { name: 'Open the plan' }).click();
    await jonas.page.waitForURL(`**${planPath}`);
    await jonas.context.close();
  });
});
