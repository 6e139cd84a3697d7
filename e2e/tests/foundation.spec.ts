// The card loads from the release build and reacts to its switches.
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';

test('the card appears with its title, switches and a recommendation', async ({ page }) => {
  const card = await CardPage.open(page);
  await expect(card.card.getByRole('heading', { name: 'Node.js vs Python' })).toBeVisible();
  expect(await card.allSwitches().count()).toBeGreaterThanOrEqual(3);
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
  const realtime = card.switchFor('Real-time features');
  await expect(realtime).toHaveAttribute('aria-checked', 'false');
  await realtime.click();
  await expect(realtime).toHaveAttribute('aria-checked', 'true');
  await expect(card.headline).not.toHaveText(before ?? '');
  await expect(card.headline).toContainText('Node.js');

  // Switching on Python's strengths turns the verdict around.
  await realtime.click();
  for (const label of ['Machine learning and data', 'Data analytics and charts', 'Beginner friendliness']) {
    await card.toggle(label);
  }
  await expect(card.headline).toContainText('Python');
});

test('with every priority off the card asks the reader to pick', async ({ page }) => {
  const card = await CardPage.open(page);
  await card.switchEverythingOff();
  await expect(card.headline).toHaveText(/Switch on at least one priority/);
});
