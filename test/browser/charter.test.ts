// The charter in the browser: the portal banner, negotiation points, agreeing, signing by both
// sides, verification, conflicts and comparing versions.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type CharterContent, defaultCharterContent } from '../../src/charter/charter.content.ts';
import { makeCharter, makeDistributor, makeUser, makeWorkspace } from '../factories.ts';
import { http } from '../http.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'tom-yum-goong-42';
const env = setUpBrowserAndServer();

async function charterSetup() {
  const workspace = await makeWorkspace(env.server);
  const siam = await makeDistributor(workspace, {
    name: 'Siam Auto Components',
    country: 'TH',
    city: 'Bangkok',
    timeZone: 'Asia/Bangkok',
    languages: ['th', 'en'],
  });
  const somchai = await makeUser(workspace, 'distributor_admin', {
    distributorId: siam.id,
    password,
    name: 'Somchai Wongsakul',
  });
  const katrin = await makeUser(workspace, 'principal_admin', { password, name: 'Katrin Weber' });
  return { workspace, siam, somchai, katrin };
}

async function signedInPage(email: string) {
  const { context, page } = await openPage(env.browser, env.server.url);
  await signIn(page, email, password);
  return { context, page };
}

function exclusiveIn(country: string, startsOn = '2025-01-01'): CharterContent {
  const content = defaultCharterContent(startsOn, 'en');
  return {
    ...content,
    territory: {
      grants: [
        { country, region: null, productLineIds: [], exclusive: true, startsOn, endsOn: null },
      ],
      clause: '',
    },
  };
}

const banner = (page: Page) => page.getByRole('complementary', { name: 'Charter status' });

describe('the charter in the browser', () => {
  it('tells a distributor the principal is preparing the charter while it is a draft', async () => {
    const { workspace, siam, somchai } = await charterSetup();
    await makeCharter(workspace, siam.id, 'draft');
    const { context, page } = await signedInPage(somchai.email);

    await banner(page)
      .getByText('Your charter with Brenner Autoteile GmbH is not signed yet.')
      .waitFor();
    await banner(page)
      .getByText(/Your principal is preparing it/)
      .waitFor();
    await banner(page).getByRole('link', { name: 'Open the charter' }).click();
    await page.getByText('Your principal is preparing the charter').waitFor();
    // The draft itself stays with the principal.
    expect(await page.getByRole('region', { name: 'Versions' }).count()).toBe(0);
    await context.close();
  });

  it('lets a principal start a charter, see the draft editor and send it for negotiation', async () => {
    const { siam, katrin } = await charterSetup();
    const { context, page } = await signedInPage(katrin.email);
    await page.goto(`/distributors/${siam.id}`);
    const summary = page.getByRole('region', { name: 'Charter', exact: true });
    await summary.getByText('No charter yet.').waitFor();
    await summary.getByRole('link', { name: 'Open the charter' }).click();

    await page.getByText('No charter yet', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Start the charter' }).click();
    await page.getByRole('heading', { level: 2, name: 'Version 1 Draft' }).waitFor();
    await page.getByRole('heading', { name: 'Edit draft version 1' }).waitFor();
    await page.getByRole('button', { name: 'Send for negotiation' }).click();
    const send = page.getByRole('dialog', { name: 'Send version 1 for negotiation?' });
    await send.getByText(/Siam Auto Components can then read it/).waitFor();
    await send.getByRole('button', { name: 'Send for negotiation' }).click();
    await eventually(() => send.count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: 'Version 1 In negotiation' }).waitFor();
    await page.getByRole('region', { name: 'Reporting', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'Edit draft version 1' }).count()).toBe(0);
    await context.close();
  });

  it('lets the distributor raise a point that the principal agrees, changing the text', async () => {
    const { workspace, siam, somchai, katrin } = await charterSetup();
    await makeCharter(workspace, siam.id, 'negotiation');

    const distributor = await signedInPage(somchai.email);
    let page = distributor.page;
    await banner(page)
      .getByText(/Next step: read the text and raise a point/)
      .waitFor();
    await banner(page).getByRole('link', { name: 'Open the charter' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Charter with Brenner Autoteile GmbH' })
      .waitFor();
    const reporting = page.getByRole('region', { name: 'Reporting', exact: true });
    await reporting.getByText('By day 10 of the following month').waitFor();

    await page.getByRole('button', { name: 'Raise a point' }).click();
    const raise = page.getByRole('dialog', { name: 'Raise a negotiation point' });
    await raise.getByLabel(/^Section/).selectOption({ label: 'Reporting' });
    await raise.getByLabel('Title').fill('Monthly report due day');
    await raise
      .getByLabel('Your position')
      .fill('Our month-end closing takes until the 12th; we ask for the 15th.');
    await raise.getByLabel('Propose new wording for this section').check();
    await raise.getByLabel('Monthly report due on day').fill('15');
    await raise.getByRole('button', { name: 'Raise the point' }).click();
    await eventually(() => raise.count()).toBe(0);

    const point = page.getByRole('article', { name: /Monthly report due day/ });
    await point.getByText('Open', { exact: true }).waitFor();
    await point
      .getByRole('region', { name: "Distributor's position" })
      .getByText(/we ask for the 15th/)
      .waitFor();
    await point
      .getByRole('region', { name: "Principal's position" })
      .getByText('No position stated yet.')
      .waitFor();
    const change = point.getByRole('row', { name: /Reporting › Monthly report due/ });
    expect(await change.locator('del').textContent()).toBe('10');
    expect(await change.locator('ins').textContent()).toBe('15');
    // Their own proposal: they may concede or withdraw it, not agree to it.
    expect(await point.getByRole('button', { name: 'Agree to point 1' }).count()).toBe(0);
    await point.getByRole('button', { name: 'Concede point 1' }).waitFor();
    await point.getByRole('button', { name: 'Withdraw point 1' }).waitFor();
    await distributor.context.close();

    const principal = await signedInPage(katrin.email);
    page = principal.page;
    await page.goto(`/distributors/${siam.id}`);
    await page.getByRole('region', { name: 'Charter' }).getByText('1 open point').waitFor();
    await page.getByRole('link', { name: 'Open the charter' }).click();
    const theirPoint = page.getByRole('article', { name: /Monthly report due day/ });
    await theirPoint.getByRole('button', { name: 'Agree to point 1' }).click();
    const agree = page.getByRole('dialog', { name: /Agree to point 1/ });
    await agree.getByRole('row', { name: /Monthly report due/ }).waitFor();
    await agree.getByLabel('Note (optional)').fill('Fine: the monthly review moves.');
    await agree.getByRole('button', { name: 'Agree', exact: true }).click();
    await eventually(() => agree.count()).toBe(0);

    await theirPoint.getByText('Agreed', { exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'Reporting', exact: true })
      .getByText('By day 15 of the following month')
      .waitFor();
    await theirPoint.getByText(/History \(2 entries\)/).click();
    await theirPoint.getByText('Fine: the monthly review moves.').waitFor();
    await theirPoint.getByText(/Somchai Wongsakul \(Distributor\)/).waitFor();
    await principal.context.close();
  });

  it('takes a version from agreed to signed by both sides, and Verify passes', async () => {
    const { workspace, siam, somchai, katrin } = await charterSetup();
    await makeCharter(workspace, siam.id, 'negotiation');

    const principal = await signedInPage(katrin.email);
    let page = principal.page;
    await page.goto(`/distributors/${siam.id}/charter`);
    await page.getByText('No point is open: agree the text').waitFor();
    await page.getByRole('button', { name: 'Agree the text' }).click();
    const agree = page.getByRole('dialog', { name: 'Agree version 1?' });
    await agree.getByRole('button', { name: 'Agree the text' }).click();
    await eventually(() => agree.count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: 'Version 1 Agreed' }).waitFor();

    const version = await http(env.server.url)
      .as(katrin)
      .get<{ agreedHash: string }>(`/api/v1/distributors/${siam.id}/charter/versions/1`);
    const hash = version.body.agreedHash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    let sign = page.getByRole('dialog', { name: 'Sign version 1' });
    await sign.getByText(hash, { exact: true }).waitFor();
    await sign.getByText(`I agree to sign version 1 of this charter electronically`).waitFor();
    expect(await sign.getByLabel('Your full name').inputValue()).toBe('Katrin Weber');
    await sign.getByLabel('Your role in the company').fill('Managing Director');
    await sign.getByRole('button', { name: 'Sign the charter' }).click();
    await sign.getByText('Tick the box to consent to signing.').waitFor();
    await sign.getByLabel(/I have read the charter/).check();
    await sign.getByRole('button', { name: 'Sign the charter' }).click();
    await eventually(() => sign.count()).toBe(0);

    const principalBlock = page.getByRole('region', { name: /For the principal/ });
    await principalBlock.getByText('Katrin Weber').waitFor();
    await principalBlock.getByText('Managing Director').waitFor();
    await page
      .getByRole('region', { name: /For the distributor/ })
      .getByText('Awaiting signature')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Sign', exact: true }).count()).toBe(0);
    await principal.context.close();

    const distributor = await signedInPage(somchai.email);
    page = distributor.page;
    await banner(page)
      .getByText(/your authorised signer signs the agreed text/)
      .waitFor();
    await banner(page).getByRole('link', { name: 'Open the charter' }).click();
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    sign = page.getByRole('dialog', { name: 'Sign version 1' });
    await sign.getByText(hash, { exact: true }).waitFor();
    expect(await sign.getByLabel('Your full name').inputValue()).toBe('Somchai Wongsakul');
    await sign.getByLabel('Your role in the company').fill('General Director');
    await sign.getByLabel(/I have read the charter/).check();
    await sign.getByRole('button', { name: 'Sign the charter' }).click();
    await eventually(() => sign.count()).toBe(0);

    await page.getByRole('heading', { level: 2, name: 'Version 1 Signed' }).waitFor();
    await page.getByText(/Signed by both parties/).waitFor();
    await page
      .getByRole('region', { name: /For the distributor/ })
      .getByText('General Director')
      .waitFor();
    await eventually(() => banner(page).count()).toBe(0);

    await page.getByRole('button', { name: 'Verify' }).click();
    const verify = page.getByRole('dialog', { name: 'Verification of version 1' });
    await verify.getByText(/All checks passed/).waitFor();
    expect(await verify.getByText('OK', { exact: true }).count()).toBe(4);
    expect(await verify.getByText('Failed', { exact: true }).count()).toBe(0);
    await verify.getByRole('button', { name: 'Close' }).last().click();
    await eventually(() => verify.count()).toBe(0);

    const documents = page.getByRole('region', { name: 'Documents' });
    const handbook = documents.getByRole('link', { name: 'Relationship handbook (PDF)' });
    expect(await handbook.getAttribute('href')).toContain('handbook.pdf?lang=th');
    await documents.getByText('English and Thai').first().waitFor();
    await documents.getByRole('link', { name: 'Signed bundle (signed.json)' }).waitFor();
    await distributor.context.close();
  });

  it('shows a conflict, marks the grant, and keeps the text from being agreed', async () => {
    const { workspace, katrin } = await charterSetup();
    const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const hanoi = await makeDistributor(workspace, { name: 'Hanoi Auto Supply' });
    await makeCharter(workspace, hanoi.id, 'negotiation', exclusiveIn('VN'));

    const { context, page } = await signedInPage(katrin.email);
    await page.goto(`/distributors/${hanoi.id}/charter`);
    await page.getByRole('heading', { level: 2, name: 'Version 1 In negotiation' }).waitFor();
    const agreeButton = page.getByRole('button', { name: 'Agree the text' });
    expect(await agreeButton.isEnabled()).toBe(true);

    // Meanwhile Saigon Motor Parts signs exclusivity for the same country: the server refuses.
    await makeCharter(workspace, saigon.id, 'signed', exclusiveIn('VN'));
    await agreeButton.click();
    const agree = page.getByRole('dialog', { name: 'Agree version 1?' });
    await agree.getByRole('button', { name: 'Agree the text' }).click();
    const problem = agree.getByRole('alert');
    await problem.getByText('The charter conflicts with other charters').waitFor();
    await problem
      .getByText(/This charter makes Vietnam exclusive .* the charter of Saigon Motor Parts/)
      .waitFor();
    await agree.getByRole('button', { name: 'Cancel' }).click();

    const conflicts = page.getByRole('region', { name: '1 conflict' });
    await conflicts
      .getByText(/This charter makes Vietnam exclusive for every product line/)
      .waitFor();
    await conflicts.getByText('Territory › Grant 1').waitFor();
    await conflicts
      .getByRole('link', { name: 'Open the charter of Saigon Motor Parts (version 1)' })
      .waitFor();
    const grant = page
      .getByRole('region', { name: 'Territory', exact: true })
      .getByRole('row', { name: /Vietnam/ });
    expect(await grant.getAttribute('class')).toContain('charter-marked');
    expect(await agreeButton.isDisabled()).toBe(true);
    await page.getByText('Agreeing is blocked: 1 conflict.').waitFor();
    await context.close();
  });

  it('compares two versions side by side', async () => {
    const { workspace, siam, katrin } = await charterSetup();
    const first = defaultCharterContent('2025-01-01', 'en');
    await makeCharter(workspace, siam.id, 'signed', first);
    await makeCharter(workspace, siam.id, 'negotiation', {
      ...first,
      principalCommitments: { ...first.principalCommitments, marketingFundsPerYear: 25000 },
    });

    const { context, page } = await signedInPage(katrin.email);
    await page.goto(`/distributors/${siam.id}/charter`);
    const versions = page.getByRole('region', { name: 'Versions' });
    await versions.getByRole('button', { name: /Version 1 Signed In force/ }).waitFor();
    await versions
      .getByRole('button', { name: /Version 2 In negotiation Being worked on/ })
      .waitFor();

    const compare = page.getByRole('region', { name: 'Compare versions' });
    expect(await compare.getByLabel('From').inputValue()).toBe('1');
    expect(await compare.getByLabel('To').inputValue()).toBe('2');
    await compare.getByRole('button', { name: 'Compare' }).click();
    await compare.getByText('1 difference from version 1 to version 2.').waitFor();
    const section = compare.getByRole('region', { name: 'Principal commitments' });
    const row = section.getByRole('row', { name: /Marketing funds per year/ });
    expect(await row.locator('del').textContent()).toBe('0');
    expect(await row.locator('ins').textContent()).toBe('25,000');

    // The signed version is one click away, and reads as signed.
    await versions.getByRole('button', { name: /Version 1 Signed/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Version 1 Signed' }).waitFor();
    expect(new URL(page.url()).searchParams.get('version')).toBe('1');
    await context.close();
  });
});
