// Page object for the authors' editor (editor.html): fields by their labels
// inside the fieldset (group) they belong to, as a screen reader finds them.
import { expect, type Locator, type Page } from '@playwright/test';
import { CardPage } from './card';

export class EditorPage {
  readonly problems: Locator;
  readonly listedProblems: Locator;
  readonly json: Locator;
  readonly preview: CardPage;
  readonly previewStatus: Locator;
  readonly snippet: Locator;

  /** The closable list of every source: "The sources (44)". */
  readonly sources: Locator;

  constructor(readonly page: Page) {
    this.sources = page.locator('details.editor-sources');
    this.problems = page.getByTestId('problems');
    this.listedProblems = page.getByTestId('listed-problem');
    this.json = page.getByLabel('The comparison as JSON');
    this.preview = new CardPage(page, page.getByTestId('preview-card').getByTestId('card'));
    this.previewStatus = page.getByTestId('preview-status');
    this.snippet = page.getByTestId('snippet');
  }

  /** Opens the editor and waits until it can be edited. */
  static async open(page: Page): Promise<EditorPage> {
    await page.goto('/editor.html');
    const editor = new EditorPage(page);
    await expect(page.getByRole('button', { name: 'A blank comparison' })).toBeVisible();
    return editor;
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** A fieldset such as "Contender 2: …", "Criterion 1: …" or "Source 3: …". */
  item(kind: 'Contender' | 'Criterion' | 'Use case' | 'Source', n: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${kind} ${n}:`) });
  }

  /** A contender's scores inside a criterion. */
  score(criterion: number, contender: string): Locator {
    return this.item('Criterion', criterion).getByRole('group', { name: contender, exact: true });
  }

  /** The closable list of a contender's evidence on a criterion: "Evidence (2)". */
  evidenceList(criterion: number, contender: string): Locator {
    return this.score(criterion, contender).locator('details.editor-evidence-details');
  }

  /** The nth piece of evidence (from 1) under a contender's score on a criterion. */
  evidence(criterion: number, contender: string, n: number): Locator {
    return this.score(criterion, contender).getByRole('group', { name: `Evidence ${n}`, exact: true });
  }

  async show(view: 'Form' | 'JSON'): Promise<void> {
    await this.button(view).click();
    await expect(this.button(view)).toHaveAttribute('aria-pressed', 'true');
  }

  /** The element that has focus: its data-path, or its id. */
  async focused(): Promise<string | null> {
    return this.page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.dataset.path ?? element?.id ?? null;
    });
  }
}
