// The browser as the model's platform (crates/js/src/lib.rs) agrees with the
// native one (the url crate and ICU4X, crates/model/src/platform.rs): for
// every language, link, name and colour in tests/platform-agreement.json, whose
// answers tests/platform.rs checks natively, the card in this browser writes
// the same decimal separator and accepts or refuses the same links, names and
// accent colours (read by a canvas here, by csscolorparser natively). So what a
// reader sees and what `versus check` and the fallback say cannot drift.
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { addCard } from '../pages/card';
import type { Page } from '@playwright/test';

const table = JSON.parse(readFileSync('tests/platform-agreement.json', 'utf8')) as {
  decimal_separators: Record<string, string>;
  links: Record<string, boolean>;
  visible: Record<string, boolean>;
  colours: Record<string, string | null>;
};

/** A comparison in `lang` whose attribution links to `url`, whose second contender is `name` with the accent colour `accent`; tea scores 7.5. */
function comparison({ lang = 'en', url = 'https://example.com/', name = 'Coffee', accent }: { lang?: string; url?: string; name?: string; accent?: string }): string {
  const criterion = (id: string) => ({
    id,
    label: id.toUpperCase(),
    description: 'd',
    on: true,
    scores: { tea: { score: 7.5, reason: 'r' }, coffee: { score: 5, reason: 'r' } },
  });
  return JSON.stringify({
    title: 'Tea or coffee',
    lang,
    attribution: { text: 'Notes', url },
    contenders: [{ id: 'tea', name: 'Tea' }, { id: 'coffee', name, accent }],
    criteria: ['a', 'b', 'c'].map(criterion),
  });
}

/** Adds a card, waits until it has shown its comparison or its problems, and removes it again. */
async function shown(page: Page, id: string, json: string): Promise<{ score: string | null; refused: boolean }> {
  await addCard(page, id, { json });
  const card = page.locator(`versus-card#${id}`);
  const score = card.locator('.versus-score-value').first();
  const problems = card.getByTestId('problems');
  await expect(score.or(problems)).toBeVisible();
  const result = (await problems.count()) > 0 ? { score: null, refused: true } : { score: await score.textContent(), refused: false };
  await card.evaluate((element) => element.remove());
  return result;
}

test('the card writes each language’s decimal separator as the native platform does', async ({ page }) => {
  await page.goto('/hosts/blank.html');
  const differ: string[] = [];
  for (const [lang, separator] of Object.entries(table.decimal_separators)) {
    const { score } = await shown(page, `lang-${lang}`, comparison({ lang }));
    const expected = `7${separator}5 / 10`;
    if (score !== expected) differ.push(`${lang}: browser ${JSON.stringify(score)}, native ${JSON.stringify(expected)}`);
  }
  expect(differ).toEqual([]);
  expect(Object.keys(table.decimal_separators).length).toBeGreaterThan(30);
});

/** Where the card in the browser accepts what the native platform refuses, or the reverse. */
async function disagreements(page: Page, answers: Record<string, boolean>, spec: (value: string) => string): Promise<string[]> {
  await page.goto('/hosts/blank.html');
  const differ: string[] = [];
  let n = 0;
  for (const [value, accepted] of Object.entries(answers)) {
    const { refused } = await shown(page, `case-${n++}`, spec(value));
    if (refused === accepted) differ.push(`${JSON.stringify(value)}: browser ${refused ? 'refuses' : 'accepts'}, native ${accepted ? 'accepts' : 'refuses'}`);
  }
  return differ;
}

test('the card accepts and refuses the same links as the native platform', async ({ page }) => {
  expect(await disagreements(page, table.links, (url) => comparison({ url }))).toEqual([]);
  expect(Object.values(table.links)).toContain(false);
});

test('the card finds the same names visible or invisible as the native platform', async ({ page }) => {
  expect(await disagreements(page, table.visible, (name) => comparison({ name }))).toEqual([]);
  expect(Object.values(table.visible)).toContain(false);
});

test('the card accepts and refuses the same accent colours as the native platform', async ({ page }) => {
  const accepted = Object.fromEntries(Object.entries(table.colours).map(([colour, hex]) => [colour, hex !== null]));
  expect(await disagreements(page, accepted, (accent) => comparison({ accent }))).toEqual([]);
  expect(Object.values(accepted)).toContain(false);
});
