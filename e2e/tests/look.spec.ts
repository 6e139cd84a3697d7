// Widths, touch targets, screenshots and accessibility, in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';
import { colours, INFO_CIRCLE, SWITCH_TRACK } from '../pages/pixels';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violations on the demo page (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const card = await CardPage.open(page);
    // Open a row's disclosure and the sources so their markup is checked too.
    await card.about('Raw speed').click();
    await card.card.getByTestId('sources').locator('summary').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.passes.map((rule) => rule.id), 'axe ran its contrast checks').toContain('color-contrast');
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  for (const width of [280, 320, 768, 1200]) {
    test(`at ${width}px (${scheme}) nothing scrolls sideways and touch targets are at least 44px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const card = await CardPage.open(page, '/#versus=preset:chat,realtime:critical,concurrency:high,scaling,ml');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
      const small = await card.card.locator('button, [role=switch], summary, select').evaluateAll((els) =>
        els
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
          .map(({ el, box }) => `${el.className || el.tagName} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
      expect(small, 'targets smaller than 44px').toEqual([]);
      if (width !== 280) {
        // Kept as CI artifacts in test-results/screenshots/, never committed.
        const path = `test-results/screenshots/card-${width}-${scheme}.png`;
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`card-${width}-${scheme}`, { path, contentType: 'image/png' });
      }
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`in forced colours (${scheme}), as in Windows High Contrast, a reader sees which priorities are on and what is chosen`, async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
    const card = await CardPage.open(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours are on').toBe(true);

    // A switch that is off still shows its thumb, and turning it on changes
    // its fill: the browser drops the card's own backgrounds in this mode.
    const realtime = card.switchFor('Real-time features');
    await expect(realtime).toHaveAttribute('aria-checked', 'false');
    const off = await colours(page, realtime, SWITCH_TRACK);
    expect(off.rest, 'an off switch is drawn, not an empty space').toBeGreaterThan(0.15);
    await realtime.click();
    await expect(realtime).toHaveAttribute('aria-checked', 'true');
    expect((await colours(page, realtime, SWITCH_TRACK)).main, 'an on switch looks unlike an off one').not.toBe(off.main);

    // The chosen use case and an open disclosure are marked by more than
    // the weight of their text (the importance is a native select, which
    // the browser draws itself).
    const chat = card.preset('Real-time chat');
    const chatBefore = await colours(page, chat);
    await chat.click();
    await expect(chat).toHaveAttribute('aria-pressed', 'true');
    expect((await colours(page, chat)).main, 'the chosen use case stands out').not.toBe(chatBefore.main);
    const about = card.about('Raw speed');
    const closed = await colours(page, about, INFO_CIRCLE);
    await about.click();
    await expect(about).toHaveAttribute('aria-expanded', 'true');
    expect((await colours(page, about, INFO_CIRCLE)).main, 'an open disclosure looks unlike a closed one').not.toBe(closed.main);
  });
}

test("a reader who set a larger text size in the browser gets a larger card, whatever the page's own root size", async ({ page }) => {
  const headlineSize = async () => {
    const card = new CardPage(page, page.locator('versus-card').getByTestId('card'));
    await expect(card.headline).toBeVisible();
    return card.headline.evaluate((headline) => parseFloat(getComputedStyle(headline).fontSize));
  };
  await page.goto('/hosts/plain.html');
  const usual = await headlineSize();
  // The browser's "Font size" setting (Chrome: Settings, Appearance).
  const browser = await page.context().newCDPSession(page);
  await browser.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
  await page.reload();
  expect(await headlineSize(), 'the card follows the reader').toBeCloseTo(usual * 1.5, 1);
  // A page whose root text is 40px !important reaches nothing in the card.
  await page.goto('/hosts/hostile.html');
  expect(await headlineSize(), "the page's root size does not").toBeCloseTo(usual * 1.5, 1);
});
