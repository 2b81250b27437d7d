// Escalation in the demo: Saigon Motor Parts is at risk; the principal records a step up its
// ladder, drafts and sends a formal concern in English and Vietnamese citing the buffer clause,
// and Lan acknowledges and answers it in the portal.
import { describe, expect, it } from 'vitest';
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import {
  chooseLanguage,
  eventually,
  openPage,
  setUpDemoBrowserAndServer,
  signIn,
} from './browser.ts';

const env = setUpDemoBrowserAndServer();

async function saigonPage(email: string) {
  const { context, page } = await openPage(env.browser, env.server.url);
  await signIn(page, email, demoPassword);
  const list = await fetch(`${env.server.url}/api/v1/distributors?q=Saigon`, {
    headers: { cookie: (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
  });
  const { items } = (await list.json()) as { items: { id: string; name: string }[] };
  const saigon = items.find((item) => item.name === 'Saigon Motor Parts');
  if (!saigon) throw new Error('the demo has no Saigon Motor Parts');
  await page.goto(`/distributors/${saigon.id}`);
  await page.getByRole('heading', { level: 1, name: /Saigon Motor Parts/ }).waitFor();
  return { context, page, saigonId: saigon.id };
}

describe('escalation and the formal concern in the browser', () => {
  it('records a step, sends a concern in English and Vietnamese, and Lan acknowledges it', async () => {
    const principal = await saigonPage(demoUsers.manager.email);
    const { page } = principal;
    const escalation = page.getByRole('region', { name: 'Escalation', exact: true });
    const proposal = escalation.getByTestId('proposal');
    await proposal.getByText('At risk', { exact: true }).waitFor();
    await proposal.getByText(/contact Lê Quốc Huy \(ladder level 1\)/).waitFor();

    // Recording a step: the proposed contact is chosen already.
    await escalation.getByRole('button', { name: 'Record a step' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a step' });
    expect(await dialog.getByLabel('What was done').inputValue()).toBe('contact');
    const contact = dialog.getByLabel('Contact reached');
    expect(await contact.locator('option:checked').textContent()).toMatch(/^Lê Quốc Huy/);
    // A contact step names who was reached: the server's answer lands under the field.
    await contact.selectOption('');
    await dialog.getByRole('button', { name: 'Record step' }).click();
    await dialog.getByText('Choose the contact who was reached.').waitFor();
    expect(await contact.getAttribute('aria-invalid')).toBe('true');
    await contact.selectOption({ label: 'Lê Quốc Huy — Purchasing lead' });
    await dialog.getByLabel('What happened').fill('E-mailed about the missing October report.');
    await dialog.getByRole('button', { name: 'Record step' }).click();
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    const history = escalation.getByRole('table', { name: 'Steps taken' });
    await history.getByRole('row', { name: /Lê Quốc Huy/ }).waitFor();
    await proposal.getByText(/Lê Quốc Huy was contacted on/).waitFor();

    // Drafting: Liaison writes both languages, citing the charter's inventory section.
    await escalation.getByRole('button', { name: 'Draft a formal concern' }).click();
    await page.getByRole('heading', { level: 1, name: /Concern 1/ }).waitFor();
    const english = page.getByRole('textbox', { name: 'Letter', exact: true });
    const vietnamese = page.getByLabel('Letter in Vietnamese');
    await eventually(() => english.inputValue()).toContain(
      'Relationship Charter, section 5 (Inventory commitments): the charter sets a buffer stock commitment of 8 weeks of cover for BRK-100',
    );
    expect(await vietnamese.inputValue()).toContain(
      'Hiến chương quan hệ hợp tác, mục 5 (Cam kết tồn kho)',
    );
    await page.getByLabel('Days to respond').fill('10');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('button', { name: 'Saved' }).waitFor();

    await page.getByRole('button', { name: 'Send…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Send concern 1?' });
    await confirm.getByText(/with 10 days to respond/).waitFor();
    await confirm.getByRole('button', { name: 'Send concern' }).click();
    await page.getByText('Awaiting acknowledgement').first().waitFor();
    const letterVi = page.getByRole('article', { name: 'The letter in Vietnamese' });
    await letterVi.getByText(/mục 5 \(Cam kết tồn kho\)/).waitFor();
    await page
      .getByRole('article', { name: 'The letter in English' })
      .getByText(/section 5 \(Inventory commitments\)/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Send…' }).count()).toBe(0);
    const pdf = page.getByRole('link', { name: 'PDF' });
    expect(await pdf.getAttribute('href')).toMatch(/\/document\.pdf$/);
    const concernUrl = new URL(page.url()).pathname;

    // Lan, in the portal: the concern is listed, she acknowledges it and answers.
    const lan = await saigonPage(demoUsers.vietnam.email);
    // The demo has Lan working in Vietnamese; she reads this one in English.
    await chooseLanguage(lan.page, 'English', 'Today');
    const concerns = lan.page.getByRole('region', { name: 'Formal concerns' });
    await concerns.getByRole('link', { name: /Formal performance concern no\. 1/ }).waitFor();
    // Her Today page leads with it, until she has answered.
    await lan.page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
    const waiting = lan.page.getByRole('region', { name: 'A formal concern awaits your answer' });
    await waiting.getByText('Awaiting acknowledgement').waitFor();
    await waiting.getByRole('link', { name: /Formal performance concern no\. 1/ }).click();
    await lan.page.getByRole('heading', { level: 1, name: /Concern 1/ }).waitFor();
    await lan.page.getByRole('button', { name: 'Acknowledge receipt' }).click();
    await lan.page
      .getByTestId('acknowledged')
      .getByText(/Nguyễn Thị Lan/)
      .waitFor();
    await lan.page
      .getByLabel('Your response')
      .fill('Chúng tôi sẽ bổ sung tồn kho BRK-100 trước ngày 15/12 và gửi báo cáo tháng 10 ngay.');
    await lan.page.getByRole('button', { name: 'Send response' }).click();
    await lan.page
      .getByTestId('concern-response')
      .getByText(/bổ sung tồn kho BRK-100/)
      .waitFor();
    expect(await lan.page.getByRole('button', { name: 'Acknowledge receipt' }).count()).toBe(0);
    await lan.page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
    await lan.page.getByRole('heading', { name: 'My open actions' }).waitFor();
    // The list she saw before is refreshed as Today opens: the panel goes once it is.
    await eventually(() => lan.page.getByRole('region', { name: /formal concern/i }).count()).toBe(
      0,
    );
    await lan.context.close();

    // The principal sees the acknowledgement and the response.
    await page.goto(concernUrl);
    await page
      .getByTestId('acknowledged')
      .getByText(/Nguyễn Thị Lan/)
      .waitFor();
    await page
      .getByTestId('concern-response')
      .getByText(/bổ sung tồn kho BRK-100/)
      .waitFor();
    await page.getByText('Answered').first().waitFor();
    await principal.context.close();
  });
});
