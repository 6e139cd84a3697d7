// What each score rests on, as a reader checks it in the browser: the
// marker beside every score shown without opening anything, the estimates
// line by the verdict, citations that are plain links to the sources, the
// list of sources with their dates, and all of it clean for axe in light,
// dark and forced colours; the same in the static fallback.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';

interface Evidence { source: string; says: string; checked: string }
interface Score { score: number; basis?: string; evidence?: Evidence[] }
interface Criterion { id: string; label: string; on?: boolean; scores: Record<string, Score> }
interface Source { id: string; title: string; url: string }
const demo = JSON.parse(readFileSync('content/node-vs-python.json', 'utf8')) as {
  criteria: Criterion[];
  sources: Source[];
  contenders: { id: string; name: string }[];
};
const marker = (score: Score) => (score.basis === 'cited' ? '(cited)' : score.basis === 'estimate' ? '(estimate)' : '');
const on = demo.criteria.filter((c) => c.on);

test('beside every score shown, without opening anything, the card says whether it is cited or an estimate', async ({ page }) => {
  const card = await CardPage.open(page);
  for (const criterion of on) {
    const group = card.card.locator(`[data-criterion=${criterion.id}]`);
    const markers = group.locator('.versus-score .versus-basis');
    await expect(markers, criterion.label).toHaveText(demo.contenders.map((c) => marker(criterion.scores[c.id])));
    for (const one of await markers.all()) await expect(one).toBeVisible();
  }
  // By the verdict: how many of the scores behind it are estimates, counted from the data file.
  const scores = on.flatMap((c) => Object.values(c.scores));
  const estimates = scores.filter((s) => s.basis === 'estimate').length;
  await expect(card.verdict.getByTestId('estimates')).toHaveText(`${estimates} of the ${scores.length} scores behind this are the author's estimates.`);
  // Switching on a priority whose scores are both cited changes the count of scores, not of estimates.
  await card.toggle('Machine learning and data');
  await expect(card.verdict.getByTestId('estimates')).toHaveText(`${estimates} of the ${scores.length + 2} scores behind this are the author's estimates.`);
});

test('each reason is followed by numbered citations that are plain links to the source, with the quote', async ({ page }) => {
  const card = await CardPage.open(page);
  const readability = demo.criteria.find((c) => c.id === 'readability')!;
  const group = card.aboutPanel('readability');
  await card.about('Readable, maintainable code').click();
  const node = readability.scores.node;
  const cited = [...new Set(node.evidence!.map((e) => e.source))];
  const links = group.locator('.versus-reasons > li').first().locator('a.versus-cite');
  await expect(links).toHaveCount(cited.length);
  for (const [i, id] of cited.entries()) {
    const number = demo.sources.findIndex((s) => s.id === id) + 1;
    const source = demo.sources[number - 1];
    const link = links.nth(i);
    await expect(link).toHaveText(`[${number}]`);
    await expect(link).toHaveAttribute('href', source.url);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // A screen reader hears a citation, not "link, 5".
    await expect(link).toHaveAttribute('role', 'doc-biblioref');
    await expect(link).toHaveAccessibleName(`Source ${number}: ${source.title}`);
  }
  await expect(group.locator('.versus-quotes q').first()).toHaveText(node.evidence![0].says);
  // The card itself never fetches a source: nothing was requested from another host.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await card.about('Readable, maintainable code').click();
  await expect(group).toHaveCount(0);
  expect(requests.filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
});

test('the list of sources gives each one with its published and checked dates', async ({ page }) => {
  const card = await CardPage.open(page);
  const sources = card.card.getByTestId('sources');
  await expect(sources.locator('summary')).toHaveText(`Sources (${demo.sources.length})`);
  const entries = sources.locator('li');
  // Made when opened: a closed list costs the card no elements.
  await expect(entries).toHaveCount(0);
  await sources.locator('summary').click();
  await expect(entries).toHaveCount(demo.sources.length);
  const pep = entries.filter({ hasText: 'PEP 779' });
  await expect(pep).toContainText('published 13 March 2025');
  await expect(pep).toContainText('checked 7 December 2026');
  await expect(pep.getByRole('link')).toHaveAttribute('href', 'https://peps.python.org/pep-0779/');
});

for (const media of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { colorScheme: 'light', forcedColors: 'active' }] as const) {
  test(`axe finds no violations with the evidence open (${Object.values(media).join(', ')})`, async ({ page }) => {
    await page.emulateMedia(media);
    const card = await CardPage.open(page);
    await card.about('Raw speed').click();
    await card.card.getByTestId('sources').locator('summary').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the fallback and the rendered card carry the markers, the citations and the sources with their addresses', async ({ page }) => {
    await page.goto('/');
    const fallback = page.locator('.versus-fallback').first();
    await expect(fallback.locator('td .versus-basis')).toHaveCount(30);
    const citation = fallback.locator('td a.versus-cite').first();
    await expect(citation).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(fallback.locator('.versus-source-list li')).toHaveCount(demo.sources.length);
    // On paper a link's target is lost, so the address is written out.
    await expect(fallback.locator('.versus-source-list .versus-source-address').first()).toHaveText(demo.sources[0].url);

    await page.goto('/hosts/rendered.html');
    const rendered = new CardPage(page, page.locator('#first versus-card').getByTestId('card'));
    await expect(rendered.verdict.getByTestId('estimates')).toContainText("scores behind this are the author's estimates");
    await expect(rendered.card.locator('.versus-score .versus-basis').first()).toBeVisible();
    // Its rows' disclosures need the card to run; the list of sources opens without it.
    await rendered.card.getByTestId('sources').locator('summary').click();
    await expect(rendered.card.locator('.versus-source-list li')).toHaveCount(demo.sources.length);
    await expect(rendered.card.locator('.versus-source-list a').first()).toHaveAttribute('href', demo.sources[0].url);
  });
});
