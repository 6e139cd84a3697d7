// Bad input reaches the card from the page: every spec of the corpus in
// tests/bad-specs/ (inline and through src), nonsense attributes and garbled
// share links. Each gets a readable message in its own card; nothing breaks.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { addCard, CardPage } from '../pages/card';
import type { Page } from '@playwright/test';

const corpus = 'tests/bad-specs';
const names = readdirSync(corpus).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();

/** The problems the native test pins for a spec, as the error box lists them. */
function expectedLines(name: string): string[] {
  return readFileSync(`${corpus}/${name}.expected`, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .slice(0, 20)
    .map((line) => {
      const [path, message] = line.split('\t');
      return path ? `${path}: ${message}` : message;
    });
}

const card = CardPage.byId;

/** Adds one card per spec, given inline or as a src URL. */
async function addCards(page: Page, batch: string[], how: 'inline' | 'src') {
  for (const name of batch) {
    await addCard(
      page,
      `${how}-${name}`,
      how === 'src' ? { attributes: { src: `/bad-specs/${name}.json` } } : { json: readFileSync(`${corpus}/${name}.json`, 'utf8') },
    );
  }
}

test('the corpus has at least 40 bad specs', () => {
  expect(names.length).toBeGreaterThanOrEqual(40);
});

const BATCH = 11;
for (let start = 0; start < names.length; start += BATCH) {
  const batch = names.slice(start, start + BATCH);
  for (const how of ['inline', 'src'] as const) {
    test(`bad specs ${start + 1}–${start + batch.length}, ${how}: each card lists its exact problems, the good card still works`, async ({ page }) => {
      await page.goto('/hosts/blank.html');
      const good = card(page, 'good');
      await expect(good.headline).toHaveText('Leaning towards Node.js');
      await addCards(page, batch, how);
      for (const name of batch) {
        const box = page.locator(`versus-card#${how}-${name}`).getByRole('alert');
        await expect(box, name).toContainText('This comparison cannot be shown');
        await expect(box.getByRole('listitem'), name).toHaveText(expectedLines(name));
      }
      await good.toggle('Machine learning and data');
      await expect(good.headline).toHaveText('Leaning towards Python');
    });
  }
}

test('attributes that name nothing are ignored with a polite note, and never break a card', async ({ page }) => {
  await page.goto('/hosts/bad-attributes.html');
  const note = "This card's settings name something this comparison does not have";
  await expect(card(page, 'unknown-preset').notice).toContainText(`${note} (preset:warp-drive)`);
  await expect(card(page, 'unknown-criterion').notice).toContainText(`${note} (warp-drive:high)`);
  await expect(card(page, 'unknown-importance').notice).toContainText(`${note} (speed:ludicrous)`);
  // The preset's text is shown as text: no image element, no script run.
  const hostile = card(page, 'hostile-preset');
  await expect(hostile.notice).toContainText('(preset:<img src=x onerror="window.__xss=');
  expect(await page.locator('versus-card#hostile-preset img').count()).toBe(0);
  // A theme that is not one falls back to following the system, silently.
  const themed = card(page, 'unknown-theme');
  await expect(themed.card).toHaveClass(/versus-theme-auto/);
  await expect(themed.notice).toHaveCount(0);
  // A share key that cannot live in a URL is replaced by a usable one.
  const shared = card(page, 'bad-share-key');
  await expect(shared.origin).toHaveText('');
  await shared.toggle('Machine learning and data');
  // (The other cards use their ids; this one gets the first free default key.)
  await expect(page).toHaveURL(/#versus=preset:chat,/);
  // Every card still recomputes.
  for (const id of ['unknown-preset', 'unknown-theme', 'unknown-criterion', 'unknown-importance', 'hostile-preset']) {
    const c = card(page, id);
    const before = await c.headline.textContent();
    await c.toggle('Machine learning and data');
    await expect(c.headline, id).not.toHaveText(before ?? '');
  }
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

const garbledLinks = [
  ['an unknown criterion', 'versus=preset:chat,warp-drive:ludicrous', 'warp-drive:ludicrous'],
  ['markup', 'versus=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E', '<img src=x onerror=window.__xss=1>'],
  ['a broken escape', 'versus=speed%E0%A4%A', 'speed%E0%A4%A'],
  ['thousands of parts', `versus=${'speed,'.repeat(3000)}x`, 'x'],
  ['an empty value', 'versus=', ''],
];
for (const [what, fragment, shown] of garbledLinks) {
  test(`a share link with ${what} starts the card fresh`, async ({ page }) => {
    const c = await CardPage.open(page, `/hosts/plain.html#${fragment}`);
    if (shown) await expect(c.notice).toContainText(`could not be read (${shown}`);
    await c.toggle('Real-time features');
    await expect(c.headline).not.toBeEmpty();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('versus-card img').count()).toBe(0);
  });
}
