// The demo as issue #13 tells it: Jonas opens the early warnings and finds Saigon Motor Parts at
// risk, first on the list, with its reasons; its page shows the same; Lan, on the distributor's
// side, sees none of it.
import { describe, expect, it } from 'vitest';
import vi from '../../locales/vi/web.json' with { type: 'json' };
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();

describe('the demo’s early warnings in the browser', () => {
  it('puts Saigon Motor Parts at risk, with its reasons, for Jonas only', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.manager.email, demoPassword);
    await page.goto('/early-warnings');
    const first = page.getByRole('row', { name: /Saigon Motor Parts/ });
    await first.locator('.health-badge').waitFor();
    expect(await first.locator('.health-badge').textContent()).toBe('At risk');
    // At risk first, then watch: the order the page keeps.
    const states = await page.locator('tbody td .health-badge').allTextContents();
    expect(states).toEqual(
      [...states].sort((a, b) => Number(a !== 'At risk') - Number(b !== 'At risk')),
    );
    expect(states).toContain('At risk');
    const reasons = await first.locator('.signal-reason').allTextContents();
    expect(reasons.join('\n')).toMatch(/Reports late or missing/);
    expect(reasons.join('\n')).toMatch(
      /Stock covers [\d.]+ weeks .*below the .*buffer of [\d.]+ weeks/,
    );
    expect(reasons.join('\n')).toMatch(/competing line/);
    // The joint plan's milestone that slipped, named, with the plan as its evidence.
    expect(reasons.join('\n')).toMatch(
      /Plan milestones overdue: 1, the oldest due on .+ days late/,
    );

    // Siam Auto Components is on watch: its onboarding journey stalled on the charter, with the
    // journey as the evidence.
    const siam = page.getByRole('row', { name: /Siam Auto Components/ });
    expect(await siam.locator('.health-badge').textContent()).toBe('Watch');
    expect(await siam.locator('.signal-reason').allTextContents()).toContainEqual(
      expect.stringMatching(
        /^Onboarding stalled on day 45: “Charter signed by both sides” is 15 days past its due day/,
      ),
    );
    expect(
      await siam.getByRole('link', { name: 'Onboarding journey' }).getAttribute('href'),
    ).toMatch(/\/distributors\/[^/]+\/onboarding$/);

    await first.getByRole('link', { name: 'Saigon Motor Parts' }).click();
    const health = page.getByRole('region', { name: /^Health/ });
    await health.locator('h2 .health-badge').getByText('At risk').waitFor();
    expect(await health.locator('.signal').count()).toBe(reasons.length);
    await health.getByRole('link', { name: 'Plan milestones' }).click();
    await page.waitForURL(/\/distributors\/[^/]+\/plan$/);
    await context.close();

    const portal = await openPage(env.browser, env.server.url);
    await signIn(portal.page, demoUsers.vietnam.email, demoPassword);
    // Lan works in Vietnamese: her Today page, without the principal's panel.
    await portal.page.getByRole('heading', { name: vi.today.mine }).waitFor();
    expect(await portal.page.getByRole('heading', { name: vi.warnings.today.title }).count()).toBe(
      0,
    );
    expect(await portal.page.locator('.health-badge').count()).toBe(0);
    await portal.context.close();
  });
});
