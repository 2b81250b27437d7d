// axe-core (WCAG 2.1 A and AA rules) inside the page, as the browser extensions run it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** The serious and critical violations on the page as it is now, one line per element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's protocol rather than added as a <script>: the page's
  // content security policy refuses inline scripts, as it should.
  await page.evaluate(axeSource);
  const violations = await page.evaluate<Violation[]>(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((result) => result.violations)`);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.help}): ${node.target.join(' ')}`,
      ),
    );
}
