// The card rendered into the post's HTML (`versus render --card`): on the
// screen and styled before any script runs, brought to life by hydration
// without a redraw or a shift, and drawn afresh when the markup is not what
// the card would render. The host pages (e2e/hosts/rendered*.html) get their
// cards from the native command line when served (e2e/serve.mjs).
import { mkdirSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { test, expect } from '../fixtures';
import { CardPage } from '../pages/card';

const shots = 'target/rendered';
mkdirSync(shots, { recursive: true });

/** The rendered card inside `<div id="…">` of rendered.html. */
function cardIn(page: Page, id: string): CardPage {
  return new CardPage(page, page.locator(`#${id} versus-card`).getByTestId('card'));
}

/** Holds the wasm back until `release()`: what the page shows before the card is live. */
async function holdWasm(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/versus-card_bg.wasm', async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Resolves once the card's controls are live (hydration removed `inert`). */
async function live(page: Page, id: string): Promise<void> {
  await expect(page.locator(`#${id} versus-card [data-testid=card]`)).toBeVisible();
  await expect(page.locator(`#${id} versus-card [inert]`)).toHaveCount(0);
}

test('with JavaScript off the rendered cards are on the screen, styled, with the defaults, and the fallback is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 1400 } });
  const page = await context.newPage();
  await page.goto('/hosts/rendered.html');
  const first = cardIn(page, 'first');
  await expect(first.headline).toHaveText('Leaning towards Node.js');
  expect(await first.total('Node.js')).toBe(82);
  expect(await first.total('Python')).toBe(78);
  // Styled by the card's own stylesheet: a bordered, rounded box, the
  // system font, the switches laid out as switches.
  const look = await first.card.evaluate((card) => {
    const style = getComputedStyle(card);
    return { radius: style.borderTopLeftRadius, border: style.borderTopStyle, font: style.fontFamily };
  });
  expect(look.radius).not.toBe('0px');
  expect(look.border).toBe('solid');
  expect(look.font).not.toMatch(/Georgia/);
  // The second card: its preset, as the command line was asked.
  await expect(cardIn(page, 'second').headline).toHaveText('PostgreSQL is the clear pick');
  await expect(cardIn(page, 'second').preset('Busy site')).toHaveAttribute('aria-pressed', 'true');
  // The controls are there but inert: not focusable, not clickable.
  await expect(first.switchFor('Raw speed')).toBeVisible();
  await expect(first.switchFor('Raw speed')).toHaveAttribute('inert');
  await expect(page.locator('#first versus-card .versus-presets')).toHaveAttribute('inert');
  // The rows are not: a screen reader reads the labels and scores before the card is live.
  await expect(page.locator('#first versus-card .versus-priority').first()).not.toHaveAttribute('inert');
  // Dimmed are the controls themselves: the scores beside them read at full strength.
  expect(await first.switchFor('Raw speed').evaluate((s) => getComputedStyle(s).opacity)).toBe('0.55');
  expect(await first.card.locator('.versus-score').first().evaluate((s) => getComputedStyle(s).opacity)).toBe('1');
  // Tab reaches what works without scripts (a link), never a control.
  const reached: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const inner = document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;
      return inner?.tagName ?? 'none';
    }));
  }
  expect(reached.filter((tag) => tag === 'BUTTON' || tag === 'INPUT' || tag === 'SELECT')).toEqual([]);
  // The light DOM's fallback is not drawn (the shadow root has no slot).
  await expect(page.locator('#first .versus-fallback')).toBeHidden();
  await page.screenshot({ path: `${shots}/no-javascript.png`, fullPage: true });
  await context.close();
});

test('the card hydrates: the same nodes stay, the controls wake, nothing shifts, a switch changes the verdict', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto('/hosts/rendered.html');
  const first = cardIn(page, 'first');
  await expect(first.headline).toHaveText('Leaning towards Node.js');
  // Marks on the rendered nodes, before the card is live.
  await page.evaluate(() => {
    const root = document.querySelector('#first versus-card')!.shadowRoot!;
    (root.querySelector('[data-testid=headline]') as unknown as { mark: string }).mark = 'headline';
    (root.querySelector('[role=switch]') as unknown as { mark: string }).mark = 'switch';
  });
  const headlineBox = await first.headline.boundingBox();
  release();
  await live(page, 'first');
  await live(page, 'second');
  const marks = await page.evaluate(() => {
    const root = document.querySelector('#first versus-card')!.shadowRoot!;
    return [root.querySelector('[data-testid=headline]'), root.querySelector('[role=switch]')].map(
      (node) => (node as unknown as { mark?: string } | null)?.mark ?? null,
    );
  });
  expect(marks, 'hydration kept the rendered nodes').toEqual(['headline', 'switch']);
  expect(await first.headline.boundingBox()).toEqual(headlineBox);
  await page.waitForFunction(() => {
    const w = window as unknown as { frames_: number };
    w.frames_ = (w.frames_ ?? 0) + 1;
    return w.frames_ > 2;
  }, null, { polling: 'raf' });
  expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
  // Live: a switch answers, the verdict follows, the URL records it.
  await first.toggle('Machine learning and data');
  await expect(first.headline).toHaveText(/Python/);
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('versus=');
  // The second card, hydrated from its src, answers too.
  const second = cardIn(page, 'second');
  await second.preset('Reset').isVisible();
  await second.resetButton().click();
  await expect(second.preset('Busy site')).toHaveAttribute('aria-pressed', 'false');
});

// The loader makes one Intl.NumberFormat for the page's language while a
// rendered card's wasm downloads (embed/versus.js): a page whose lang Intl
// refuses, or a browser without Intl, must not notice.
test('rendered cards come alive on a page whose language Intl refuses, and in a browser without Intl', async ({ page }) => {
  await page.route('**/hosts/rendered.html', async (route) => {
    const html = await (await route.fetch()).text();
    await route.fulfill({ contentType: 'text/html', body: html.replace('<html lang="en">', '<html lang="not a language tag!">') });
  });
  await page.goto('/hosts/rendered.html');
  expect(await page.evaluate(() => {
    try {
      new Intl.NumberFormat(document.documentElement.lang);
      return 'accepted';
    } catch (error) {
      return (error as Error).name;
    }
  })).toBe('RangeError');
  await live(page, 'first');
  await live(page, 'second');

  const withoutIntl = await page.context().newPage();
  await withoutIntl.addInitScript(() => {
    delete (window as unknown as { Intl?: unknown }).Intl;
  });
  await withoutIntl.goto('/hosts/rendered.html');
  expect(await withoutIntl.evaluate(() => typeof (window as unknown as { Intl?: unknown }).Intl)).toBe('undefined');
  await live(withoutIntl, 'first');
  await cardIn(withoutIntl, 'first').toggle('Machine learning and data');
  await expect(cardIn(withoutIntl, 'first').headline).toHaveText(/Python/);
});

test('a share link applies right after hydration, and Copy link copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/hosts/rendered.html#versus=preset:ml');
  const first = cardIn(page, 'first');
  await live(page, 'first');
  await expect(first.headline).toHaveText('Python is the clear pick');
  await expect(first.preset('Machine learning')).toHaveAttribute('aria-pressed', 'true');
  await first.copyButton().click();
  await expect(first.card.getByTestId('copy-feedback')).not.toBeEmpty();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#versus=preset:ml');
});

test('a rendered card whose src names another comparison is drawn afresh, with one console message', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('versus:')) messages.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto('/hosts/rendered-mismatch.html');
  const card = new CardPage(page);
  // The German tea comparison was rendered; the src is the databases one.
  await expect(card.card.locator('.versus-title')).toHaveText('PostgreSQL vs SQLite');
  await expect(page.locator('versus-card [inert]')).toHaveCount(0);
  await card.toggle('Many writers');
  await expect(card.headline).not.toBeEmpty();
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatch(/^warning: versus: the card in this page's HTML shows another comparison than specs\/databases\.json, so it was drawn afresh/);
});

test('an edited rendered card is drawn afresh, with one console message, and its neighbour hydrates', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('versus:')) messages.push(message.text());
  });
  // A blogger's editor "tidied" the first card: one more element in its header.
  await page.route('**/hosts/rendered.html', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const edited = html.replace('<header class="versus-header">', '<header class="versus-header"><span>Sponsored</span>');
    expect(edited).not.toBe(html);
    await route.fulfill({ response, body: edited });
  });
  await page.goto('/hosts/rendered.html');
  const first = cardIn(page, 'first');
  await live(page, 'first');
  await live(page, 'second');
  await expect(first.card.getByText('Sponsored')).toHaveCount(0);
  await first.toggle('Machine learning and data');
  await expect(first.headline).toHaveText(/Python/);
  expect(messages).toEqual([
    expect.stringMatching(/^versus: the card in this page's HTML was changed after it was rendered, so it was drawn afresh/),
  ]);
  await cardIn(page, 'second').resetButton().click();
  await expect(cardIn(page, 'second').preset('Busy site')).toHaveAttribute('aria-pressed', 'false');
});

test('attributes changed since the HTML was written apply right after hydration', async ({ page }) => {
  await page.route('**/hosts/rendered.html', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<versus-card data-versus-rendered>', '<versus-card theme="dark" preset="ml" data-versus-rendered>');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/hosts/rendered.html');
  const first = cardIn(page, 'first');
  await live(page, 'first');
  await expect(first.card).toHaveClass(/versus-theme-dark/);
  await expect(first.headline).toHaveText('Python is the clear pick');
});

test('under the strict Content-Security-Policy with the stylesheet\'s hash, the rendered card is styled before scripts and hydrates', async ({ browser }) => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const page = await off.newPage();
  const refused: string[] = [];
  page.on('console', (message) => refused.push(message.text()));
  await page.goto('/hosts/rendered-csp.html');
  const radius = await cardIn(page, 'first').card.evaluate((card) => getComputedStyle(card).borderTopLeftRadius);
  expect(radius).not.toBe('0px');
  expect(refused).toEqual([]);
  await off.close();
});

test('the rendered card under the strict policy comes alive with no violation', async ({ page }) => {
  await page.goto('/hosts/rendered-csp.html');
  await live(page, 'first');
  const first = cardIn(page, 'first');
  await first.toggle('Machine learning and data');
  await expect(first.headline).toHaveText(/Python/);
});
