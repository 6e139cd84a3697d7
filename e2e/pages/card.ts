// Page object for one comparison card: find things the way a reader does,
// by role and accessible name, and wait for what a reader waits for.
import { expect, type Locator, type Page } from '@playwright/test';

export class CardPage {
  readonly card: Locator;
  readonly verdict: Locator;
  readonly headline: Locator;

  constructor(readonly page: Page, root: Locator = page.getByTestId('card')) {
    this.card = root;
    this.verdict = root.getByTestId('verdict');
    this.headline = root.getByTestId('headline');
  }

  /** Opens a page and waits until the wasm has mounted the card. */
  static async open(page: Page, path = '/'): Promise<CardPage> {
    await page.goto(path);
    const card = new CardPage(page);
    await expect(card.card, 'the card was rendered by the wasm module').toBeVisible();
    return card;
  }

  switchFor(label: string): Locator {
    return this.card.getByRole('switch', { name: label });
  }

  allSwitches(): Locator {
    return this.card.getByRole('switch');
  }

  async toggle(label: string): Promise<void> {
    await this.switchFor(label).click();
  }

  async headlineText(): Promise<string> {
    return (await this.headline.textContent()) ?? '';
  }
}
