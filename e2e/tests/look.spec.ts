// Widths, touch targets, screenshots and accessibility, in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violations on the demo page (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const card = await CardPage.open(page);
    // Open a description and a reasons list so their markup is checked too.
    await card.card.getByRole('button', { name: 'About Raw speed' }).click();
    await card.card.locator('details summary').first().click();
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
      const small = await card.card.locator('button, [role=switch], summary, .versus-importance-option').evaluateAll((els) =>
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
