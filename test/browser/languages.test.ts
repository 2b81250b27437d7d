// Issue #14 in a real browser: Lan works in Vietnamese and Jonas, on the principal's side, in
// German, side by side on the demo. Every main page is read as they see it and must hold no
// English interface text (content people wrote stays as written); the language is switched from
// the top bar without leaving the page; German and Thai pages keep their layout, screenshots kept.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import commonDe from '../../locales/de/common.json' with { type: 'json' };
import webDe from '../../locales/de/web.json' with { type: 'json' };
import common from '../../locales/en/common.json' with { type: 'json' };
import web from '../../locales/en/web.json' with { type: 'json' };
import commonTh from '../../locales/th/common.json' with { type: 'json' };
import webTh from '../../locales/th/web.json' with { type: 'json' };
import commonVi from '../../locales/vi/common.json' with { type: 'json' };
import webVi from '../../locales/vi/web.json' with { type: 'json' };
import { demoProductLines } from '../../src/seed/demo-charters.ts';
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { chooseLanguage, openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();
const screenshots = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'languages');
beforeAll(() => {
  mkdirSync(screenshots, { recursive: true });
});

type Catalogue = Record<string, unknown>;
const texts = (catalogue: Catalogue, prefix = '', out = new Map<string, string>()) => {
  for (const [key, value] of Object.entries(catalogue)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') texts(value as Catalogue, name, out);
    else out.set(name, String(value));
  }
  return out;
};

/**
 * The English interface strings that must not show on a page in another language: those without
 * variables (a whole text node or label equals them) that the language words differently.
 */
function englishLeftovers(translated: Catalogue[]) {
  const other = new Map([...texts(translated[0] ?? {}), ...texts(translated[1] ?? {})]);
  const english = new Map([...texts(web), ...texts(common)]);
  return new Set(
    [...english]
      .filter(([, text]) => !text.includes('{{') && /\p{L}{3,}/u.test(text))
      .filter(([key, text]) => (other.get(key) ?? text) !== text)
      .map(([, text]) => text),
  );
}

/** Every text node, label, placeholder and title on the page, as a person reads or hears it. */
function pageTexts(page: Page): Promise<string[]> {
  // Runs in the page (the test's TypeScript has no DOM types).
  return page.evaluate(`(() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // The language menu names each language in itself, on purpose; translate="no" marks data
      // shown as stored (the audit log's field values), which is in no language.
      if (node.parentElement && node.parentElement.closest('.language-menu, [translate="no"]')) continue;
      const text = node.textContent.replace(/\\s+/g, ' ').trim();
      if (text) found.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = (element.getAttribute(name) || '').trim();
        if (value) found.push(value);
      }
    }
    return found;
  })()`);
}

/** What the demo's people wrote, which stays as written: product lines named in English. */
const demoContent = new Set(demoProductLines.flat());

async function englishOn(page: Page, leftovers: Set<string>) {
  const texts = await pageTexts(page);
  return [...new Set(texts.filter((text) => leftovers.has(text) && !demoContent.has(text)))];
}

/** The page is as wide as the window: no word or table pushes it sideways. */
const overflows = (page: Page): Promise<number> =>
  page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** A GET of the API as the page's signed-in person. */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const response = await fetch(`${env.server.url}${path}`, { headers: { cookie } });
  return (await response.json()) as T;
}

async function saigonId(page: Page) {
  const { items } = await apiGet<{ items: { id: string; name: string }[] }>(
    page,
    '/api/v1/distributors?q=Saigon',
  );
  const saigon = items.find((item) => item.name === 'Saigon Motor Parts');
  if (!saigon) throw new Error('the demo has no Saigon Motor Parts');
  return saigon.id;
}

/** A distributor's page and its tabs. */
const distributorTabs = (id: string) => [
  `/distributors/${id}`,
  ...['charter', 'meetings', 'reports', 'scorecard', 'communication'].map(
    (tab) => `/distributors/${id}/${tab}`,
  ),
];

/** Saigon's pages one level down: a held meeting, the latest report, a thread. */
async function saigonDetailPages(page: Page, id: string) {
  const cadence = await apiGet<{ meetings: { id: string; status: string }[] }>(
    page,
    `/api/v1/distributors/${id}/cadence`,
  );
  const reports = await apiGet<{ months: { period: string; reportId: string | null }[] }>(
    page,
    `/api/v1/distributors/${id}/reports`,
  );
  const threads = await apiGet<{ items: { id: string }[] }>(
    page,
    `/api/v1/distributors/${id}/threads`,
  );
  const meeting = cadence.meetings.find((entry) => entry.status === 'held');
  const report = reports.months.find((entry) => entry.reportId !== null);
  return [
    ...(meeting ? [`/distributors/${id}/meetings/${meeting.id}`] : []),
    ...(report ? [`/distributors/${id}/reports/${report.period}`] : []),
    ...(threads.items[0] ? [`/distributors/${id}/communication/${threads.items[0].id}`] : []),
  ];
}

/** The library, and the demo price list's page. */
async function libraryPages(page: Page) {
  const { items } = await apiGet<{ items: { id: string; title: string }[] }>(
    page,
    '/api/v1/library/documents?q=price%20list',
  );
  const priceList = items.find((item) => item.title === 'Export price list 2027');
  return ['/library', ...(priceList ? [`/library/${priceList.id}`] : [])];
}

/** Opens each page and waits for its heading and for loading to finish. */
async function visit(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page
    .locator('[aria-busy="true"], .loading-state')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/**
 * Opens each page and notes, per page, the English interface text left on it and how far it
 * scrolls sideways; keeps a screenshot of each, named `<prefix>-<n>.png`.
 */
async function readPages(page: Page, urls: string[], leftovers: Set<string>, prefix: string) {
  const english: Record<string, string[]> = {};
  const wide: Record<string, number> = {};
  for (const [index, url] of urls.entries()) {
    await visit(page, url);
    const found = await englishOn(page, leftovers);
    if (found.length) english[url] = found;
    const overflow = await overflows(page);
    if (overflow > 0) wide[url] = overflow;
    await page.screenshot({ path: path.join(screenshots, `${prefix}-${index}.png`) });
  }
  return { english, wide };
}

describe('Liaison in the reader’s language', () => {
  it('shows Lan every main page in Vietnamese, with no English interface text', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.vietnam.email, demoPassword);
    // The demo has Lan in Vietnamese: Today opens in it, the document says so.
    await page.getByRole('heading', { name: webVi.today.mine }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('vi');
    const id = await saigonId(page);
    const leftovers = englishLeftovers([webVi, commonVi]);
    const pages = [
      '/',
      ...distributorTabs(id),
      ...(await saigonDetailPages(page, id)),
      ...(await libraryPages(page)),
      '/notifications',
      '/settings/tokens',
    ];
    expect(pages.length).toBe(14);
    expect(await readPages(page, pages, leftovers, 'vi')).toEqual({ english: {}, wide: {} });
    await context.close();
  }, 120_000);

  it('lets Jonas switch to German from the top bar on the page he is on, and back', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.manager.email, demoPassword);
    const id = await saigonId(page);
    await visit(page, `/distributors/${id}/reports`);
    const url = page.url();
    const search = page.getByRole('navigation').getByRole('link', { name: web.nav.today });
    await search.waitFor();

    await chooseLanguage(page, 'Deutsch', webDe.nav.today);
    expect(page.url()).toBe(url);
    expect(await page.evaluate('document.documentElement.lang')).toBe('de');
    // The choice is the profile's: a new page load keeps it.
    await page.reload();
    await page
      .getByRole('navigation')
      .getByRole('link', { name: webDe.nav.distributors })
      .first()
      .waitFor();

    const leftovers = englishLeftovers([webDe, commonDe]);
    const pages = [
      '/',
      '/distributors',
      ...distributorTabs(id),
      '/portfolio',
      '/early-warnings',
      '/early-warnings/settings',
      '/imports',
      '/communication',
      '/product-lines',
      ...(await saigonDetailPages(page, id)),
      ...(await libraryPages(page)),
      '/library/coverage',
    ];
    expect(await readPages(page, pages, leftovers, 'de')).toEqual({ english: {}, wide: {} });

    await chooseLanguage(page, 'English', web.nav.today);
    await context.close();
  }, 120_000);

  it('keeps Thai and German pages within a phone’s width', async () => {
    for (const [language, name, today, catalogue] of [
      ['th', 'ไทย', webTh.nav.today, [webTh, commonTh]],
      ['de', 'Deutsch', webDe.nav.today, [webDe, commonDe]],
    ] as const) {
      const { context, page } = await openPage(env.browser, env.server.url, {
        width: 390,
        height: 844,
      });
      await signIn(page, demoUsers.thailand.email, demoPassword);
      // Somchai works in Thai; for German he switches from the top bar.
      if (language !== 'th') await chooseLanguage(page, name, today);
      const leftovers = englishLeftovers([...catalogue]);
      expect(
        await readPages(page, ['/', '/notifications', '/library'], leftovers, `${language}-phone`),
      ).toEqual({
        english: {},
        wide: {},
      });
      await context.close();
    }
  }, 120_000);

  it('lets Katrin choose German in her profile, and the admin pages read in it', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.admin.email, demoPassword);
    await page.getByRole('button', { name: /Katrin Weber/ }).click();
    await page.getByRole('menuitem', { name: web.shell.profile }).click();
    const dialog = page.getByRole('dialog', { name: web.profile.title });
    await dialog.getByLabel(web.profile.locale).selectOption('de');
    await dialog.getByRole('button', { name: web.actions.save }).click();
    await page
      .getByRole('navigation', { name: webDe.nav.label })
      .getByRole('link', { name: webDe.nav.today })
      .waitFor();
    const leftovers = englishLeftovers([webDe, commonDe]);
    const admin = ['/admin/audit-log', '/admin/members', '/admin/outbox', '/admin/webhooks'];
    expect(await readPages(page, admin, leftovers, 'de-admin')).toEqual({ english: {}, wide: {} });
    await context.close();
  }, 120_000);
});
