// The README's pictures of the card (docs/images/card-light.png and
// card-dark.png) are screenshots of the real card in this build, compared on
// every run: a change to how the card looks fails here until the pictures
// are made again with
//     node_modules/.bin/playwright test readme --update-snapshots
// so the README never shows a card that no longer exists.
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';

test.use({ viewport: { width: 1280, height: 1000 } });

for (const theme of ['light', 'dark'] as const) {
  test(`the README's ${theme} picture is the card as it is`, async ({ page }) => {
    await page.goto('/hosts/three-cards.html');
    const card = CardPage.byId(page, 'builtin');
    await expect(card.headline).toHaveText('Node.js is the clear pick');
    await page.locator('versus-card#builtin').evaluate((element, theme) => element.setAttribute('theme', theme), theme);
    await expect(card.card).toHaveClass(new RegExp(`versus-theme-${theme}`));
    await expect(card.card).toHaveScreenshot(`card-${theme}.png`, { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.01 });
  });
}
