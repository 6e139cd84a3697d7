// Page object for one comparison card: find things the way a reader does,
// by role and accessible name, and wait for what a reader waits for.
import { expect, type Locator, type Page } from '@playwright/test';

export class CardPage {
  readonly card: Locator;
  readonly verdict: Locator;
  readonly live: Locator;
  readonly headline: Locator;
  readonly confidence: Locator;
  readonly notice: Locator;
  readonly origin: Locator;

  constructor(readonly page: Page, root: Locator = page.getByTestId('card').first()) {
    this.card = root;
    this.verdict = root.getByTestId('verdict');
    this.live = root.getByTestId('verdict-live');
    this.headline = root.getByTestId('headline');
    this.confidence = root.getByTestId('confidence');
    this.notice = root.getByTestId('notice');
    this.origin = root.getByTestId('origin');
  }

  /** The card inside `<versus-card id="…">`, for pages with several cards. */
  static byId(page: Page, id: string): CardPage {
    return new CardPage(page, page.locator(`versus-card#${id}`).getByTestId('card'));
  }

  /** Opens a page and waits until the wasm has mounted the card. */
  static async open(page: Page, path = '/'): Promise<CardPage> {
    await page.goto(path);
    const card = new CardPage(page);
    await expect(card.card, 'the card was rendered by the wasm module').toBeVisible();
    return card;
  }

  switchFor(label: string): Locator {
    return this.card.getByRole('switch', { name: label, exact: true });
  }

  allSwitches(): Locator {
    return this.card.getByRole('switch');
  }

  preset(label: string): Locator {
    return this.card.getByRole('button', { name: label, exact: true });
  }

  /** The importance of a criterion that is on: a select named for it. */
  importance(label: string): Locator {
    return this.card.getByRole('combobox', { name: `Importance of ${label}`, exact: true });
  }

  /** Picks an importance the way a reader does, in the criterion's select. */
  async setImportance(label: string, level: 'normal' | 'high' | 'critical'): Promise<void> {
    await this.importance(label).selectOption(level);
  }

  /** The disclosure button of a criterion: its meaning, reasons and citations. */
  about(label: string): Locator {
    return this.card.getByRole('button', { name: `About ${label}`, exact: true });
  }

  /** The open panel of a criterion's disclosure. */
  aboutPanel(criterionId: string): Locator {
    return this.card.locator(`[data-criterion="${criterionId}"] .versus-about`);
  }

  resetButton(): Locator {
    return this.card.getByRole('button', { name: 'Reset' });
  }

  copyButton(): Locator {
    return this.card.getByRole('button', { name: 'Copy link to these choices' });
  }

  /** The displayed total of a contender, such as 78. */
  async total(contender: string): Promise<number> {
    const text = await this.card.locator(`.versus-total:has-text("${contender}") [data-testid=points]`).textContent();
    return Number((text ?? '').split('/')[0].trim());
  }

  async toggle(label: string): Promise<void> {
    await this.switchFor(label).click();
  }

  /** Every switch's label and state, to compare two cards. */
  async switchStates(): Promise<string[]> {
    return this.allSwitches().evaluateAll((switches) =>
      switches.map((s) => `${s.textContent?.trim()}=${s.getAttribute('aria-checked')}`),
    );
  }

  /** Every checked importance, to compare two cards. */
  async checkedImportances(): Promise<string[]> {
    return this.card.locator('select.versus-importance').evaluateAll((selects) =>
      selects.map((s) => `${s.getAttribute('aria-label')}=${(s as HTMLSelectElement).value}`),
    );
  }

  async switchEverythingOff(): Promise<void> {
    const switches = this.allSwitches();
    for (let i = 0; i < (await switches.count()); i++) {
      const one = switches.nth(i);
      if ((await one.getAttribute('aria-checked')) === 'true') await one.click();
    }
  }
}

/**
 * Adds `<versus-card id="…">` to the page's `#cards` holder (see
 * e2e/hosts/blank.html), with these attributes and, if given, inline JSON.
 */
export async function addCard(
  page: Page,
  id: string,
  { json = null, attributes = {} }: { json?: string | null; attributes?: Record<string, string> } = {},
): Promise<void> {
  await page.evaluate(
    ({ id, json, attributes }) => {
      const element = document.createElement('versus-card');
      element.id = id;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      if (json !== null) {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = json;
        element.append(script);
      }
      document.getElementById('cards')!.append(element);
    },
    { id, json, attributes },
  );
}

/** From the next page load on, keeps every WebAssembly instance the page
 *  makes in `window.__wasmInstances`, in order: how a test counts the cards'
 *  instances and reads their memory without an API of the card's own. */
export async function recordWasmInstances(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const instances: WebAssembly.Instance[] = [];
    (window as unknown as { __wasmInstances: WebAssembly.Instance[] }).__wasmInstances = instances;
    const instantiate = WebAssembly.instantiate.bind(WebAssembly);
    WebAssembly.instantiate = (async (...args: Parameters<typeof WebAssembly.instantiate>) => {
      // With a module the promise holds an Instance, with bytes an
      // InstantiatedSource; TypeScript's overloads cannot tell from a spread.
      const result = (await instantiate(...args)) as WebAssembly.Instance | WebAssembly.WebAssemblyInstantiatedSource;
      instances.push(result instanceof WebAssembly.Instance ? result : result.instance);
      return result;
    }) as typeof WebAssembly.instantiate;
  });
}
