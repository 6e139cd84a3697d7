// The card in another language and on a page in another direction: the
// comparison's `lang` sets the card's language and direction, whatever the
// page around it says.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';
import type { Page } from '@playwright/test';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const direction = (locator: ReturnType<CardPage['card']['locator']>) => locator.evaluate((element) => getComputedStyle(element).direction);

test('a German card says everything in German, with a decimal comma', async ({ page }) => {
  await page.goto('/hosts/languages.html');
  const card = CardPage.byId(page, 'german');
  await expect(card.headline).toHaveText('Beides geht: Tee, Kaffee und Mate liegen zu nah beieinander');
  await expect(card.card).toHaveAttribute('lang', 'de');
  await expect(card.card).toHaveAttribute('dir', 'ltr');
  await expect(card.confidence).toHaveText('Unentschieden');
  await expect(card.card.locator('.versus-score-value', { hasText: '7,5 / 10' }).first()).toBeVisible();
  const taste = card.card.getByRole('combobox', { name: 'Wichtigkeit von Geschmack' });
  await expect(taste).toBeVisible();
  await expect(taste.getByRole('option', { name: 'entscheidend' })).toBeAttached();
  await card.preset('Sparsam').click();
  await expect(card.headline).toHaveText('Tee ist die klare Wahl');
  await expect(card.confidence).toHaveText('Klarer Sieg');
  await expect(card.origin).toHaveText('');
  await card.toggle('Ruhe');
  await expect(card.origin).toHaveText('Angepasst aus Sparsam');
  // None of the card's English defaults is left anywhere in what it shows,
  // a row's disclosure open.
  await card.card.locator('.versus-info').first().click();
  await expect(card.card.locator('.versus-why')).toHaveText('Warum diese Punkte?');
  const shown = await card.card.innerText();
  for (const english of ['Recommendation', 'What matters', 'use case', 'Why these scores', 'Reset', 'Copy link', 'Toss-up', 'Clear win', 'high', 'critical', 'estimate', 'Customised', ' and ', 'Importance']) {
    expect(shown, `"${english}" is still in English`).not.toContain(english);
  }
  await card.card.screenshot({ path: 'test-results/screenshots/card-german.png' });
  await expectNoAxeViolations(page);
});

test('an Arabic card on a left-to-right page is laid out right to left', async ({ page }) => {
  await page.goto('/hosts/languages.html');
  const card = CardPage.byId(page, 'arabic');
  await expect(card.headline).toHaveText('الشاي هو الخيار الواضح');
  await expect(card.card).toHaveAttribute('lang', 'ar');
  await expect(card.card).toHaveAttribute('dir', 'rtl');
  expect(await direction(card.card)).toBe('rtl');
  expect(await page.locator('body').evaluate((b) => getComputedStyle(b).direction)).toBe('ltr');
  // The title starts at the right edge of the card, as Arabic text does.
  const [cardBox, titleBox] = await Promise.all([card.card.boundingBox(), card.card.getByRole('heading', { level: 2 }).boundingBox()]);
  expect(cardBox && titleBox && cardBox.x + cardBox.width - (titleBox.x + titleBox.width)).toBeLessThan(60);
  // "80 / 100" reads as written, not reordered into "100 / 80" by the
  // right-to-left paragraph around it: the 8 is left of the last 0.
  const order = await card.card.locator('[data-testid=points]').first().evaluate((element) => {
    const text = element.firstChild as Text;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().x;
    };
    return { text: text.data, first: at(0), last: at(text.data.length - 1) };
  });
  expect(order.text).toBe('80 / 100');
  expect(order.first).toBeLessThan(order.last);
  // Bars grow from the right.
  expect(await card.card.locator('.versus-bar').first().evaluate((bar) => getComputedStyle(bar).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  // A switch has its track at the start of the line, the right, and an on
  // switch's thumb moves towards the label, to the left.
  const on = card.card.locator('[role=switch][aria-checked=true]').first();
  const track = await on.evaluate((button) => {
    const box = button.getBoundingClientRect();
    const style = getComputedStyle(button, '::before');
    return { right: box.right, left: box.left, start: parseFloat(style.right), thumb: getComputedStyle(button, '::after').transform };
  });
  expect(track.start).toBe(0);
  expect(track.thumb).toBe('matrix(1, 0, 0, 1, -20, 0)');
  await card.card.screenshot({ path: 'test-results/screenshots/card-arabic.png' });
  await expectNoAxeViolations(page);
});

test('an English card on a right-to-left page stays left to right', async ({ page }) => {
  await page.goto('/hosts/rtl-page.html');
  const card = CardPage.byId(page, 'english');
  await expect(card.headline).toHaveText('Node.js is the clear pick');
  await expect(card.card).toHaveAttribute('lang', 'en');
  expect(await direction(card.card)).toBe('ltr');
  expect(await direction(card.card.locator('.versus-subtitle'))).toBe('ltr');
  expect(await page.locator('body').evaluate((b) => getComputedStyle(b).direction)).toBe('rtl');
  const [cardBox, titleBox] = await Promise.all([card.card.boundingBox(), card.card.getByRole('heading', { level: 2 }).boundingBox()]);
  expect(cardBox && titleBox && titleBox.x - cardBox.x).toBeLessThan(60);
  await card.card.screenshot({ path: 'test-results/screenshots/card-english-on-rtl-page.png' });
  await expectNoAxeViolations(page);
});
