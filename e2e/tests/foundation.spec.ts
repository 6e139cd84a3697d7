// The card loads from the release build and reacts to its switches.
import { expect, test } from '@playwright/test';
import { CardPage } from '../pages/card';

test.beforeEach(async ({ page }, testInfo) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  (testInfo as unknown as { problems: string[] }).problems = problems;
});

test.afterEach(async ({}, testInfo) => {
  const problems = (testInfo as unknown as { problems: string[] }).problems;
  expect(problems, 'no console errors or uncaught exceptions').toEqual([]);
});

test('the card appears with its title, switches and a recommendation', async ({ page }) => {
  const card = await CardPage.open(page);
  await expect(card.card.getByRole('heading', { name: 'Node.js vs Python' })).toBeVisible();
  expect(await card.allSwitches().count()).toBeGreaterThanOrEqual(3);
  await expect(card.verdict).toHaveAttribute('aria-live', 'polite');
  await expect(card.headline).not.toBeEmpty();
});

test('the fallback text is replaced once the wasm has loaded', async ({ page }) => {
  const card = await CardPage.open(page);
  await expect(page.getByText('It needs JavaScript')).toHaveCount(0);
  await expect(card.card).toBeVisible();
});

test('flipping switches changes the recommendation', async ({ page }) => {
  const card = await CardPage.open(page);
  const before = await card.headlineText();
  const realtime = card.switchFor('Real-time features');
  await expect(realtime).toHaveAttribute('aria-checked', 'false');
  await realtime.click();
  await expect(realtime).toHaveAttribute('aria-checked', 'true');
  await expect(card.headline).not.toHaveText(before);
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
  const switches = card.allSwitches();
  for (let i = 0; i < (await switches.count()); i++) {
    const one = switches.nth(i);
    if ((await one.getAttribute('aria-checked')) === 'true') await one.click();
  }
  await expect(card.headline).toHaveText(/Switch on at least one priority/);
});
