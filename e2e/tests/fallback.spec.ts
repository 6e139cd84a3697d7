// Every reader, wherever the post is read: the static fallback (versus
// render) with JavaScript off, lazy cards that cost nothing until the reader
// gets near, and a useful printed card.
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';
import type { Page } from '@playwright/test';

type Spec = { criteria: { label: string }[]; contenders: { name: string }[] };
const nodeVsPython: Spec = JSON.parse(readFileSync('content/node-vs-python.json', 'utf8'));
const databases: Spec = JSON.parse(readFileSync('e2e/hosts/specs/databases.json', 'utf8'));

/** Checks the fallback shows the verdict, every total and every criterion with a score per contender. */
async function expectFullFallback(page: Page, spec: Spec, headline: RegExp) {
  const fallback = page.locator('versus-card .versus-fallback');
  await expect(fallback).toBeVisible();
  await expect(fallback.locator('.versus-fallback-headline')).toHaveText(headline);
  await expect(fallback.locator('.versus-fallback-totals li')).toHaveCount(spec.contenders.length);
  const table = fallback.getByRole('table');
  await expect(table.locator('caption')).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(spec.criteria.length);
  for (const [index, criterion] of spec.criteria.entries()) {
    const row = rows.nth(index);
    await expect(row.getByRole('rowheader')).toContainText(criterion.label);
    await expect(row.getByRole('cell')).toHaveCount(spec.contenders.length);
    for (const cell of await row.getByRole('cell').all()) await expect(cell).toContainText(/\d+(\.\d)? \/ 10/);
  }
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the demo page shows the whole comparison: verdict, totals, every criterion and use case', async ({ page }) => {
    await page.goto('/');
    await expectFullFallback(page, nodeVsPython, /Leaning towards Node\.js/);
    await expect(page.locator('.versus-fallback-use-cases li')).toHaveCount(6);
    await expect(page.locator('.versus-fallback-use-cases')).toContainText('Real-time chat: Node.js');
  });

  test('a plain page with its own comparison shows that comparison', async ({ page }) => {
    await page.goto('/hosts/fallback-custom.html');
    await expect(page.getByRole('heading', { name: 'PostgreSQL vs SQLite' })).toBeVisible();
    await expectFullFallback(page, databases, /PostgreSQL|SQLite|Either works/);
  });
});

test('the live card replaces the fallback and says the same', async ({ page }) => {
  await page.goto('/');
  // The fallback is read before the card starts; the card then takes its place.
  const fallbackHeadline = await page.locator('versus-card .versus-fallback-headline strong').textContent();
  const card = new CardPage(page);
  await expect(card.card).toBeVisible();
  await expect(page.locator('versus-card .versus-fallback')).toBeHidden();
  await expect(card.headline).toHaveText(fallbackHeadline ?? '');
});

test.describe('printing', () => {
  test('prints the recommendation, totals and the criteria that are on with their reasons, in black on white, with nothing to click', async ({ page }) => {
    const card = await CardPage.open(page);
    await card.preset('Machine learning').click();
    // A row the reader opened stays open after printing.
    await card.about('Machine learning and data').click();
    // The reader's dark theme must not reach the paper.
    await page.locator('versus-card').evaluate((element) => element.setAttribute('theme', 'dark'));
    // What a browser does when the reader prints: the print event, then print media.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(card.headline).toBeVisible();
    await expect(card.headline).toContainText('Python');
    await expect(card.card.getByTestId('totals')).toBeVisible();
    // The criteria that are on print with their scores and every reason,
    // opened for the paper; those that are off do not print.
    const ml = card.card.locator('[data-criterion=ml]');
    await expect(ml.locator('.versus-score').first()).toBeVisible();
    await expect(ml.locator('.versus-reasons li').first()).toBeVisible();
    await expect(card.card.locator('[data-criterion=spa]')).toBeHidden();
    await expect(card.card.locator('.versus-source-list li').first()).toBeVisible();
    for (const control of [card.about('Machine learning and data'), card.preset('Real-time chat'), card.copyButton(), card.resetButton()]) {
      await expect(control).toBeHidden();
    }
    // A switch prints as its label: no track to flip on paper.
    const track = await card.switchFor('Machine learning and data').evaluate((element) => getComputedStyle(element, '::before').display);
    expect(track).toBe('none');
    const colours = await card.card.evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.color, style.backgroundColor];
    });
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);

    // Back on screen, everything is there again, the disclosures closed.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect(card.allSwitches().first()).toBeVisible();
    await expect(card.copyButton()).toBeVisible();
    await expect(ml.locator('.versus-reasons')).toHaveCount(1);
    await expect(card.card.locator('[data-criterion=analytics] .versus-reasons')).toHaveCount(0);
    await expect(card.card.locator('.versus-source-list')).toHaveCount(0);
  });
});

test.describe('loading="lazy"', () => {
  test('nothing but the loader is fetched until a card comes near; two cards share one download', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname + new URL(request.url()).search));
    const wasm = () => requests.filter((r) => r.endsWith('versus-card_bg.wasm'));
    await page.goto('/hosts/lazy.html');
    // Wait until the loader has been told where the lazy cards are: its
    // observers were made when the cards connected, so once an observer
    // made after them has had its first report, so have the loader's.
    await page.evaluate(async () => {
      await customElements.whenDefined('versus-card');
      const cards = [...document.querySelectorAll('versus-card')];
      await new Promise<void>((reported) => {
        const observer = new IntersectionObserver(() => {
          observer.disconnect();
          reported();
        }, { rootMargin: '100% 0px' });
        for (const card of cards) observer.observe(card);
      });
    });
    expect(requests.filter((r) => r.startsWith('/sub/versus/'))).toEqual(['/sub/versus/versus.js']);
    await expect(page.locator('#first > p')).toBeAttached();

    // Scrolling near the first card starts it, with one download of the wasm.
    await page.locator('#first').scrollIntoViewIfNeeded();
    const first = CardPage.byId(page, 'first');
    await expect(first.headline).toHaveText('Leaning towards Node.js');
    await first.toggle('Real-time features');
    await expect(first.headline).toContainText('Node.js');
    expect(wasm()).toHaveLength(1);
    // Four screens further down, the second card has not started.
    expect(await page.locator('#second').evaluate((element) => element.shadowRoot)).toBeNull();

    // The second card starts only when it comes near, from the same download.
    await page.locator('#second').scrollIntoViewIfNeeded();
    const second = CardPage.byId(page, 'second');
    await expect(second.headline).toContainText('Python');
    expect(wasm()).toHaveLength(1);
  });

  test('a lazy card within a screen of the viewport starts at once', async ({ page }) => {
    await page.goto('/hosts/blank.html');
    await page.evaluate(() => {
      const element = document.createElement('versus-card');
      element.id = 'near';
      element.setAttribute('loading', 'lazy');
      document.body.prepend(element);
    });
    await expect(CardPage.byId(page, 'near').headline).not.toBeEmpty();
  });
});
