// Choosing in a picker with search (web/src/forms/pickers.tsx) the way a person does: typing part
// of a name into the box, then clicking the option that reads it.
import type { Locator } from 'playwright-core';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The option whose visible name starts with `name` (its hint, a code or offset, follows). */
export function optionNamed(scope: Locator, name: string) {
  return scope.getByRole('option', { name: new RegExp(`^${escaped(name)}( |$)`) });
}

/** Types `typed` into the picker labelled `label` and clicks the option named `name`. */
export async function pick(scope: Locator, label: string, typed: string, name: string) {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.fill(typed);
  await optionNamed(scope, name).first().click();
}
