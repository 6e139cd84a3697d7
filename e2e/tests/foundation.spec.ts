// The card loads from the release build and reacts to its switches.
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';

/** The built-in comparison's criteria, as its data file lists them. */
const criteria = (JSON.parse(readFileSync('content/node-vs-python.json', 'utf8')) as { criteria: { label: string }[] }).criteria;

test('the card appears with its title, switches and a recommendation', async ({ page }) => {
  const card = await CardPage.open(page);
  await expect(card.card.getByRole('heading', { name: 'Node.js vs Python' })).toBeVisible();
  // One switch per criterion of the comparison, each named by its label, in the author's order.
  await expect(card.allSwitches()).toHaveCount(criteria.length);
  for (const [n, criterion] of criteria.entries()) {
    await expect(card.allSwitches().nth(n)).toHaveAccessibleName(criterion.label);
  }
  await expect(card.live).toHaveAttribute('aria-live', 'polite');
  await expect(card.headline).not.toBeEmpty();
});

test('the fallback text is replaced once the wasm has loaded', async ({ page }) => {
  const card = await CardPage.open(page);
  await expect(page.locator('versus-card .versus-fallback')).toBeAttached();
  await expect(page.locator('versus-card .versus-fallback')).toBeHidden();
  await expect(card.card).toBeVisible();
});

test('flipping switches changes the recommendation', async ({ page }) => {
  const card = await CardPage.open(page);
  const before = await card.headline.textContent();
  const ml = card.switchFor('Machine learning and data');
  await expect(ml).toHaveAttribute('aria-checked', 'false');
  await ml.click();
  await expect(ml).toHaveAttribute('aria-checked', 'true');
  await expect(card.headline).not.toHaveText(before ?? '');
  await expect(card.headline).toContainText('Python');

  // Switching on more of Node's strengths turns the verdict back.
  await ml.click();
  for (const label of ['Real-time features', 'One language across the stack', 'Single-page app backends']) {
    await card.toggle(label);
  }
  await expect(card.headline).toContainText('Node.js');
  await expect(card.confidence).toHaveText('Clear win');
});

test('with every priority off the card asks the reader to pick', async ({ page }) => {
  const card = await CardPage.open(page);
  await card.switchEverythingOff();
  await expect(card.headline).toHaveText(/Switch on at least one priority/);
});
