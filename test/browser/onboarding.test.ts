// The onboarding journey on the demo (#18): Jonas finds Siam Auto Components stalled in the
// portfolio's onboarding journeys, its charter late against the journey's schedule, and opens its
// timeline; Somchai, in Thai, ticks "training assigned" with a note from his company's page.
import { describe, expect, it } from 'vitest';
import thServer from '../../locales/th/server.json' with { type: 'json' };
import th from '../../locales/th/web.json' with { type: 'json' };
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { seriousViolations } from './axe.ts';
import { eventually, openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();

describe('the onboarding journey', () => {
  it('shows Jonas Siam stalled on its charter, and lets Somchai tick the training with a note', async () => {
    const jonas = await openPage(env.browser, env.server.url);
    await signIn(jonas.page, demoUsers.manager.email, demoPassword);
    await jonas.page.getByRole('navigation').getByRole('link', { name: 'Playbook' }).click();
    await jonas.page.getByRole('link', { name: 'Onboarding journeys' }).click();
    await jonas.page.getByRole('heading', { level: 1, name: 'Onboarding journeys' }).waitFor();
    const siamRow = jonas.page.getByRole('row').filter({ hasText: 'Siam Auto Components' });
    await siamRow.getByText('Stalled', { exact: true }).waitFor();
    await siamRow.getByText(/^Charter signed by both sides \(\d+ days late\)$/).waitFor();
    await siamRow.getByText(/^Day 4\d of 90$/).waitFor();
    await siamRow.getByRole('img', { name: /^\d of 6 steps done$/ }).waitFor();
    expect(await seriousViolations(jonas.page)).toEqual([]);

    // Siam's timeline: the cadence planned in its first week, the charter late, still negotiated.
    await siamRow.getByRole('link', { name: 'Siam Auto Components' }).click();
    await jonas.page
      .getByRole('heading', { level: 1, name: 'Onboarding: Siam Auto Components' })
      .waitFor();
    await jonas.page
      .getByRole('status')
      .getByText(/^Stalled: “Charter signed by both sides” is \d+ days late\.$/)
      .waitFor();
    const cadence = jonas.page.getByRole('listitem', { name: 'Meeting cadence planned' });
    await cadence.getByText('Done', { exact: true }).waitFor();
    await cadence.getByRole('link', { name: /^The meeting cadence was planned on / }).waitFor();
    const charter = jonas.page.getByRole('listitem', { name: 'Charter signed by both sides' });
    await charter.getByText('Late', { exact: true }).waitFor();
    await charter.getByText(/Late by \d+ days/).waitFor();
    await charter
      .getByRole('link', { name: /^Version 1 is in negotiation and not yet signed/ })
      .waitFor();
    expect(await seriousViolations(jonas.page)).toEqual([]);
    await jonas.context.close();

    // Somchai, in Thai, from his company's page: he ticks the training with a note.
    const somchai = await openPage(env.browser, env.server.url);
    await signIn(somchai.page, demoUsers.thailand.email, demoPassword);
    // The directory's address takes a distributor's user to their own company.
    await somchai.page.goto('/distributors');
    await somchai.page.getByRole('heading', { level: 1, name: /Siam Auto Components/ }).waitFor();
    await somchai.page.getByRole('link', { name: th.onboarding.open, exact: true }).click();
    const training = somchai.page.getByRole('listitem', {
      name: thServer.onboarding.steps.training_assigned,
    });
    await training.getByText(th.onboarding.status.late, { exact: true }).waitFor();
    await training.getByRole('button', { name: th.onboarding.tick }).click();
    const dialog = somchai.page.getByRole('dialog');
    const note = dialog.getByRole('textbox', { name: th.onboarding.dialog.tickNote });
    await dialog.getByRole('button', { name: th.onboarding.dialog.tickSubmit }).click();
    await eventually(() => note.getAttribute('aria-invalid')).toBe('true');
    await note.fill('ส่งทีมขาย 4 คนเข้าอบรมผ้าเบรกที่ Brenner Academy วันที่ 12–13 แล้ว');
    await dialog.getByRole('button', { name: th.onboarding.dialog.tickSubmit }).click();
    await eventually(() => dialog.count()).toBe(0);
    await training.getByText(th.onboarding.status.done, { exact: true }).waitFor();
    await training
      .getByText(/Somchai Wongsakul/)
      .first()
      .waitFor();
    await training.getByText(/Brenner Academy/).waitFor();
    expect(await seriousViolations(somchai.page)).toEqual([]);
    await somchai.context.close();
  });

  it('lets Katrin set when each step is due, which moves Siam back on track; Jonas reads them', async () => {
    const jonas = await openPage(env.browser, env.server.url);
    await signIn(jonas.page, demoUsers.manager.email, demoPassword);
    await jonas.page.goto('/onboarding');
    const readOnly = jonas.page.getByRole('region', { name: 'When each step is due' });
    await readOnly.getByText("Only the workspace's admins change the due days.").waitFor();
    expect(await readOnly.getByRole('textbox').count()).toBe(0);
    await jonas.context.close();

    const katrin = await openPage(env.browser, env.server.url);
    await signIn(katrin.page, demoUsers.admin.email, demoPassword);
    await katrin.page.goto('/onboarding');
    const siamRow = katrin.page.getByRole('row').filter({ hasText: 'Siam Auto Components' });
    await siamRow.getByText('Stalled', { exact: true }).waitFor();
    const card = katrin.page.getByRole('region', { name: 'When each step is due' });
    const charter = card.getByRole('textbox', { name: 'Charter signed by both sides' });
    await eventually(() => charter.inputValue()).toBe('30');
    await charter.fill('91');
    await card.getByRole('button', { name: 'Save due days' }).click();
    await card.getByText('Must be at most 90.').waitFor();
    await charter.fill('50');
    await card.getByRole('textbox', { name: 'Training assigned' }).fill('50');
    await card.getByRole('button', { name: 'Save due days' }).click();
    await card.getByText('Due days saved.').waitFor();
    // Day 45 of its journey: nothing is due yet that is not done.
    await siamRow.getByText('On track', { exact: true }).waitFor();
    await katrin.context.close();
  });
});
