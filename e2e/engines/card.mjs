// One card on a page, as the three-engine scenarios see it: found the way a
// reader finds things (a switch by its label, a preset by its name), acted
// on with real clicks and keys. Every function given to page.evaluate or
// page.find runs in the page, so it takes its values as arguments.
import { until } from './browsers.mjs';

export class Card {
  constructor(page, id = null) {
    this.page = page;
    this.id = id;
  }

  /** Waits until the wasm has rendered the card: its headline is there. */
  async ready() {
    return until(() => this.headline(), `the card${this.id ? ` #${this.id}` : ''} to render`);
  }

  async headline() {
    return this.page.evaluate((id) => {
      const host = id ? document.getElementById(id) : document.querySelector('versus-card');
      return host?.shadowRoot?.querySelector('[data-testid=headline]')?.textContent ?? null;
    }, this.id);
  }

  async text(testId) {
    return this.page.evaluate((id, testId) => {
      const host = id ? document.getElementById(id) : document.querySelector('versus-card');
      return host?.shadowRoot?.querySelector(`[data-testid=${testId}]`)?.textContent ?? null;
    }, this.id, testId);
  }

  /** Waits until `read()` gives `expected` (compared as JSON). */
  async expect(read, expected, what) {
    const want = JSON.stringify(expected);
    let last;
    await until(async () => {
      last = await read();
      return JSON.stringify(last) === want;
    }, `${what} to be ${want}`).catch((error) => {
      throw new Error(`${error.message}; it is ${JSON.stringify(last)}`);
    });
  }

  /** Each contender's displayed total, by name: { 'Node.js': 78, … }. */
  async totals() {
    return this.page.evaluate((id) => {
      const host = id ? document.getElementById(id) : document.querySelector('versus-card');
      const totals = {};
      for (const item of host?.shadowRoot?.querySelectorAll('.versus-total') ?? []) {
        const name = item.querySelector('.versus-total-name')?.textContent ?? '';
        totals[name] = Number((item.querySelector('[data-testid=points]')?.textContent ?? '').split('/')[0].trim());
      }
      return totals;
    }, this.id);
  }

  /** The switch of the priority labelled `label`. */
  switchFor(label) {
    return this.page.find((id, label) => {
      const shadow = (id ? document.getElementById(id) : document.querySelector('versus-card'))?.shadowRoot;
      return [...(shadow?.querySelectorAll('[role=switch]') ?? [])]
        .find((s) => s.textContent.trim() === label) ?? null;
    }, this.id, label);
  }

  async toggle(label) {
    const before = await this.isOn(label);
    await (await this.switchFor(label)).click();
    await this.expect(() => this.isOn(label), !before, `the switch "${label}"`);
  }

  /** Every switch that is on, by label. */
  async switchesOn() {
    return this.page.evaluate((id) => {
      const shadow = (id ? document.getElementById(id) : document.querySelector('versus-card'))?.shadowRoot;
      return [...(shadow?.querySelectorAll('[role=switch][aria-checked=true]') ?? [])]
        .map((s) => s.textContent.trim());
    }, this.id);
  }

  async isOn(label) {
    return (await this.switchesOn()).includes(label);
  }

  /** The checked importance of each priority that is on: { label: 'high', … }. */
  async importances() {
    return this.page.evaluate((id) => {
      const shadow = (id ? document.getElementById(id) : document.querySelector('versus-card'))?.shadowRoot;
      const levels = {};
      for (const select of shadow?.querySelectorAll('select.versus-importance') ?? []) {
        const label = select.closest('.versus-priority')?.querySelector('[role=switch]')?.textContent.trim();
        levels[label] = select.value;
      }
      return levels;
    }, this.id);
  }

  /** Picks an importance level (normal, high, critical) of a priority that is on, in its select. */
  async setImportance(label, level) {
    await this.page.select((id, label) => {
      const shadow = (id ? document.getElementById(id) : document.querySelector('versus-card'))?.shadowRoot;
      const item = [...(shadow?.querySelectorAll('.versus-priority') ?? [])]
        .find((li) => li.querySelector('[role=switch]')?.textContent.trim() === label);
      return item?.querySelector('select.versus-importance') ?? null;
    }, level, this.id, label);
    await this.expect(async () => (await this.importances())[label], level, `the importance of "${label}"`);
  }

  /** Opens the disclosure of a criterion's row (its meaning, reasons and citations) with a click. */
  async openAbout(label) {
    await this.page.click((id, label) => [...((id ? document.getElementById(id) : document.querySelector('versus-card'))?.shadowRoot?.querySelectorAll('.versus-priority') ?? [])]
      .find((li) => li.querySelector('[role=switch]')?.textContent.trim() === label)?.querySelector('.versus-info') ?? null, this.id, label);
    await this.expect(() => this.page.evaluate((id, label) => [...((id ? document.getElementById(id) : document.querySelector('versus-card'))?.shadowRoot?.querySelectorAll('.versus-priority') ?? [])]
      .some((li) => li.querySelector('[role=switch]')?.textContent.trim() === label && li.querySelector('.versus-about')), this.id, label), true, `the disclosure of "${label}"`);
  }

  /** A button of the card by its visible text (a preset, Reset, Copy link). */
  button(text) {
    return this.page.find((id, text) => {
      const shadow = (id ? document.getElementById(id) : document.querySelector('versus-card'))?.shadowRoot;
      return [...(shadow?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === text) ?? null;
    }, this.id, text);
  }

  /** Clicks a use case and waits until the card shows it chosen. */
  async choosePreset(text) {
    await (await this.button(text)).click();
    await this.expect(() => this.pressed(text), 'true', `the use case "${text}" to be chosen`);
  }

  async pressed(text) {
    return this.page.evaluate((id, text) => {
      const shadow = (id ? document.getElementById(id) : document.querySelector('versus-card'))?.shadowRoot;
      return [...(shadow?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === text)?.getAttribute('aria-pressed') ?? null;
    }, this.id, text);
  }

  /** The card's own element, for styles and boxes. */
  async style(property, selector = '[data-testid=card]') {
    return this.page.evaluate((id, selector, property) => {
      const shadow = (id ? document.getElementById(id) : document.querySelector('versus-card'))?.shadowRoot;
      const element = shadow?.querySelector(selector);
      return element ? getComputedStyle(element).getPropertyValue(property) : null;
    }, this.id, selector, property);
  }

  async attribute(name, selector = '[data-testid=card]') {
    return this.page.evaluate((id, selector, name) => {
      const shadow = (id ? document.getElementById(id) : document.querySelector('versus-card'))?.shadowRoot;
      return shadow?.querySelector(selector)?.getAttribute(name) ?? null;
    }, this.id, selector, name);
  }

  /** What the card shows, as text (its shadow tree's rendered text). */
  async shownText() {
    return this.page.evaluate((id) => {
      const shadow = (id ? document.getElementById(id) : document.querySelector('versus-card'))?.shadowRoot;
      return shadow?.querySelector('[data-testid=card]')?.innerText ?? '';
    }, this.id);
  }
}

/** The element focused inside shadow roots: "switch:Label", "select:Its name", a button's text or a tag name. */
export function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return null;
    if (element.getAttribute('role') === 'switch') return `switch:${element.textContent.trim()}`;
    if (element.localName === 'select') return `select:${element.getAttribute('aria-label')}`;
    return element.textContent?.trim() || element.localName;
  });
}
