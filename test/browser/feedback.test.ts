// The relationship survey on the demo (issue #18): Lan (Saigon Motor Parts) answers this quarter's
// round in Vietnamese, her comments confidential to Brenner's admins; Jonas then sees on Saigon's
// scorecard the gap between the sides, and on the survey page her scores without her comments.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import vi from '../../locales/vi/web.json' with { type: 'json' };
import { quarterOf } from '../../src/feedback/feedback-rules.ts';
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { eventually, openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();

async function distributorPathOf(page: Page, name: string) {
  await page.goto(`/distributors?q=${encodeURIComponent(name.split(' ')[0] ?? name)}`);
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
  return new URL(page.url()).pathname;
}

describe('the relationship survey', () => {
  it('lets Lan answer in Vietnamese and shows Jonas the gap on the scorecard', async () => {
    const quarter = quarterOf(new Date());
    const jonas = await openPage(env.browser, env.server.url);
    await signIn(jonas.page, demoUsers.manager.email, demoPassword);
    const saigon = await distributorPathOf(jonas.page, 'Saigon Motor Parts');

    // Lan opens the survey from her distributor's page, in Vietnamese.
    const lan = await openPage(env.browser, env.server.url);
    await signIn(lan.page, demoUsers.vietnam.email, demoPassword);
    await lan.page.goto(saigon);
    await lan.page.getByRole('link', { name: vi.feedback.nav }).click();
    await lan.page.getByRole('heading', { level: 1, name: vi.feedback.title }).waitFor();
    const open = lan.page.getByRole('region', {
      name: vi.feedback.openRound.replace('{{quarter}}', quarter),
    });
    // Sending without scores says what is missing, for each of the four topics.
    await open.getByRole('button', { name: vi.feedback.form.submit }).click();
    await eventually(() => open.getByText(vi.feedback.form.scoreMissing).count()).toBe(4);

    const scores = { communication: '2', support: '3', commitments: '2', overall: '3' } as const;
    for (const [topic, score] of Object.entries(scores)) {
      const name = vi.feedback.topics[topic as keyof typeof scores];
      await open.getByRole('group', { name }).getByLabel(score, { exact: true }).check();
    }
    await open
      .getByLabel(vi.feedback.form.comment.replace('{{topic}}', vi.feedback.topics.communication))
      .fill('Báo giá vẫn mất hơn một tuần; chúng tôi mất hai khách hàng ở Bình Dương.');
    await open.getByLabel(vi.feedback.form.confidential).check();
    await eventually(() => open.getByText(vi.feedback.form.scoreMissing).count()).toBe(0);
    await open.getByRole('button', { name: vi.feedback.form.submit }).click();
    await open
      .getByText(vi.feedback.answered.split('{{day}}')[0] ?? '', { exact: false })
      .waitFor();
    // Her own comment stays readable to her.
    await lan.page
      .getByText('Báo giá vẫn mất hơn một tuần; chúng tôi mất hai khách hàng ở Bình Dương.')
      .waitFor();

    // Jonas, on Saigon's scorecard: the gap between the sides in this quarter's round.
    await jonas.page.goto(`${saigon}/scorecard`);
    const panel = jonas.page.getByRole('region', { name: 'Relationship survey' });
    await panel.getByText(`Gaps between the sides in ${quarter}`).waitFor();
    await panel
      .getByText('Brenner Autoteile GmbH rates Communication 4.5, Saigon Motor Parts 2', {
        exact: true,
      })
      .waitFor();
    await panel
      .getByText('Brenner Autoteile GmbH rates Overall satisfaction 4.5, Saigon Motor Parts 3', {
        exact: true,
      })
      .waitFor();

    // On the survey page Jonas (a manager) reads Lan's scores, not her confidential comments.
    await panel.getByRole('link', { name: 'Open the survey' }).click();
    const rounds = jonas.page.getByRole('region', { name: 'Rounds' });
    const current = rounds.getByRole('table', { name: `${quarter} (open)` });
    const lanRow = current.getByRole('row', { name: /Nguyễn Thị Lan/ });
    await lanRow.getByText('Comments confidential to the principal’s admins').waitFor();
    await eventually(() => lanRow.getByText('Báo giá vẫn mất', { exact: false }).count()).toBe(0);
    await jonas.page.getByText(`You answered this round on`, { exact: false }).waitFor();
  });
});
