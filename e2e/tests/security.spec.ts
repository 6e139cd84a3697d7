// Security and privacy, as SECURITY.md promises them: text from a spec or an
// attribute is never HTML, only http(s) links and plain colours get through,
// and the card makes no requests of its own and stores nothing.
import { expect, test } from '../fixtures';
import { addCard, CardPage } from '../pages/card';
import type { Page } from '@playwright/test';

const XSS = '<img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=1</script>';

/** A valid comparison with the payload in every text field a reader can see. */
function hostileSpec(payload: string) {
  const scores = (reason: string) => ({
    a: { score: 7, reason: `${reason} ${payload}`, basis: 'estimate' },
    b: {
      score: 4,
      reason: `${payload} ${reason}`,
      basis: 'cited',
      evidence: [{ source: 'src', says: `Says ${payload}`.slice(0, 300), checked: '2026-11-30' }],
    },
  });
  return {
    title: `Title ${payload}`.slice(0, 120),
    subtitle: `Subtitle ${payload}`,
    attribution: { text: `Credit ${payload}`, url: 'https://example.com/notes?a=1&b=2#part' },
    sources: [{ id: 'src', title: `Source ${payload}`.slice(0, 200), url: 'https://example.com/source?x=1&y=2', publisher: `Pub ${payload}`.slice(0, 60), kind: 'article' }],
    contenders: [
      { id: 'a', name: `A ${payload}`.slice(0, 60), tagline: `Tag ${payload}` },
      { id: 'b', name: 'B', accent: 'rgb(10 20 30)' },
    ],
    criteria: [
      { id: 'one', label: `One ${payload}`.slice(0, 60), description: `Describes ${payload}`, on: true, scores: scores('First') },
      { id: 'two', label: 'Two', description: 'Plain.', scores: scores('Second') },
      { id: 'three', label: 'Three', description: 'Plain.', scores: scores('Third') },
    ],
    presets: [{ id: 'p', label: `Preset ${payload}`.slice(0, 60), priorities: { two: 'high' } }],
    strings: { winner_clear: `{leader} ${payload}`.slice(0, 300), reset: `Reset ${payload}`.slice(0, 300) },
  };
}

const addInlineCard = (page: Page, id: string, spec: unknown) => addCard(page, id, { json: JSON.stringify(spec) });

/** Elements inside the card's shadow root that could run or load something. */
const activeElements = (page: Page, id: string) =>
  page.locator(`versus-card#${id}`).evaluate((el) => el.shadowRoot?.querySelectorAll('img, script, iframe, object, embed, style, link').length ?? -1);

const xssRuns = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);

test('markup in every text field of a spec is shown as text and never runs', async ({ page }) => {
  await page.goto('/hosts/blank.html');
  await addInlineCard(page, 'hostile', hostileSpec(XSS));
  const host = page.locator('versus-card#hostile');
  const card = new CardPage(page, host.getByTestId('card'));
  await expect(card.card.getByRole('heading', { level: 2 })).toHaveText(`Title ${XSS}`.slice(0, 120));
  // Exercise every part that renders text: preset, row, disclosure, verdict.
  await card.preset(`Preset ${XSS}`.slice(0, 60)).click();
  await card.toggle(`One ${XSS}`.slice(0, 60));
  await card.card.getByRole('button', { name: `About One ${XSS}`.slice(0, 66) }).click();
  await expect(card.card.getByText(`Describes ${XSS}`)).toBeVisible();
  await expect(card.card.getByText(`Credit ${XSS}`)).toBeVisible();
  expect(await activeElements(page, 'hostile')).toBe(0);
  expect(await xssRuns(page)).toBeUndefined();
  // A quote and a source's title and publisher are text too, and the
  // citation is a plain link to the source's address (in the row's
  // disclosure, open since the click above).
  await expect(card.card.locator('[data-criterion=one] .versus-quotes q')).toHaveText(`Says ${XSS}`.slice(0, 300));
  const citation = card.card.locator('[data-criterion=one] a.versus-cite');
  await expect(citation).toHaveAttribute('href', 'https://example.com/source?x=1&y=2');
  await expect(citation).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(citation).toHaveAccessibleName(`Source 1: ${`Source ${XSS}`.slice(0, 200)}`);
  await card.card.getByTestId('sources').locator('summary').click();
  await expect(card.card.locator('.versus-source-list li')).toContainText(`Pub ${XSS}`.slice(0, 60));
  expect(await activeElements(page, 'hostile')).toBe(0);
  expect(await xssRuns(page)).toBeUndefined();
  // The attribution link keeps its address exactly as given.
  const link = card.card.getByRole('link', { name: `Credit ${XSS}` });
  await expect(link).toHaveAttribute('href', 'https://example.com/notes?a=1&b=2#part');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('markup in a broken spec is shown as text in its error box', async ({ page }) => {
  await page.goto('/hosts/blank.html');
  const spec = hostileSpec(XSS);
  spec.contenders[0].id = XSS;
  await addInlineCard(page, 'broken', spec);
  const box = page.locator('versus-card#broken').getByRole('alert');
  await expect(box.getByRole('listitem').first()).toContainText('The id "<img src=x onerror=');
  expect(await activeElements(page, 'broken')).toBe(0);
  expect(await xssRuns(page)).toBeUndefined();
});

for (const [what, url] of [
  ['javascript:', 'javascript:window.__xss=1'],
  ['JavaScript: in capitals', 'JavaScript:window.__xss=1'],
  ['data:', 'data:text/html,<script>window.__xss=1</script>'],
  ['protocol-relative', '//evil.example/'],
]) {
  test(`a ${what} attribution link is refused, not linked`, async ({ page }) => {
    await page.goto('/hosts/blank.html');
    const spec = hostileSpec('plain');
    spec.attribution.url = url;
    await addInlineCard(page, 'link', spec);
    const host = page.locator('versus-card#link');
    await expect(host.getByRole('alert')).toContainText('attribution.url: ');
    await expect(host.getByRole('alert')).toContainText('is not an http or https link');
    expect(await host.locator('a').count()).toBe(0);
  });
}

for (const accent of ['red; background: url(https://evil.example/x.png)', 'red}</style><script>window.__xss=1</script>', 'var(--x)', 'url(x)']) {
  test(`the accent colour ${JSON.stringify(accent)} is refused`, async ({ page }) => {
    await page.goto('/hosts/blank.html');
    const spec = hostileSpec('plain');
    (spec.contenders[1] as { accent?: string }).accent = accent;
    await addInlineCard(page, 'accent', spec);
    const box = page.locator('versus-card#accent').getByRole('alert');
    await expect(box).toContainText('contenders[1].accent: ');
    await expect(box).toContainText('is not a plain CSS colour');
  });
}

test('a plain accent colour reaches the bars as a colour and nothing else', async ({ page }) => {
  await page.goto('/hosts/blank.html');
  await addInlineCard(page, 'plain', hostileSpec('plain'));
  const card = CardPage.byId(page, 'plain');
  await expect(card.headline).not.toBeEmpty();
  const fills = await card.card.locator('svg [fill]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('fill')));
  // The author wrote rgb(10 20 30); only its canonical hex form reaches the page.
  expect(fills).toContain('#0a141e');
  const computed = await card.card.locator('svg [fill="#0a141e"]').first().evaluate((n) => getComputedStyle(n).fill);
  expect(computed).toBe('rgb(10, 20, 30)');
});

test('the card requests only its own files and stores nothing in the browser', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/hosts/three-cards.html');
  const card = CardPage.byId(page, 'builtin');
  await expect(card.headline).not.toBeEmpty();
  await card.preset('Machine learning').click();
  await card.toggle('Raw speed');
  await card.copyButton().click();
  await page.reload();
  await expect(card.headline).not.toBeEmpty();

  const origin = new URL(page.url()).origin;
  const own = new RegExp(`^${origin}/(hosts/three-cards\\.html|hosts/specs/databases\\.json|sub/versus/(versus\\.js|versus-card\\.js(\\?instance=\\d+)?|versus-card_bg\\.wasm))$`);
  expect(requests.filter((url) => !own.test(url.split('#')[0]))).toEqual([]);
  // Compiled once, however many cards: one wasm download per page load.
  expect(requests.filter((url) => url.endsWith('versus-card_bg.wasm'))).toHaveLength(2);

  const stored = await page.evaluate(async () => ({
    cookies: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(stored).toEqual({ cookies: '', local: 0, session: 0, databases: 0, caches: 0, workers: 0 });
  expect((await context.cookies()).length).toBe(0);
});
