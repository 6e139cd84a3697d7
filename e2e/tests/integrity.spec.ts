// One integrity attribute pins every byte: the release's versus.js holds the
// card's glue and the SHA-384 of the wasm (scripts/post-build.mjs). A "CDN"
// that serves a tampered wasm, glue or loader gets no tampered code run:
// the card says it could not start (or, for a tampered loader, never
// starts), the fallback stays, and the page's own script keeps working. The
// untampered files, served the same way, work.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { CardPage, recordWasmInstances } from '../pages/card';
import type { Page } from '@playwright/test';

const dist = process.env.VERSUS_E2E_DIST ?? 'dist';
const loader = readFileSync(`${dist}/versus.js`);
const integrity = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
const STRICT_CSP = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** A post with two pinned cards, each with its fallback, and a script of its own, under the strict policy. */
async function openPost(page: Page) {
  await page.route('**/pinned-post.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': STRICT_CSP },
      body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>A pinned post</title>
<script type="module" src="/sub/versus/versus.js" integrity="${integrity}" crossorigin="anonymous"></script>
<script type="module" src="/hosts/counter.js"></script>
<p><button id="count">Count</button> <output id="counted">0</output></p>
<versus-card id="one" preset="chat"><p>Fallback one: Node.js vs Python for chat, as a table.</p></versus-card>
<versus-card id="two" preset="ml"><p>Fallback two: Python for machine learning.</p></versus-card>`,
    }),
  );
  await page.goto('/hosts/pinned-post.html');
}

/** The page's own script still answers a click. */
async function expectThePageToWork(page: Page) {
  await page.getByRole('button', { name: 'Count' }).click();
  await expect(page.locator('#counted')).toHaveText('1');
}

/** The bytes of a release file with a side effect written in front (for scripts) or one byte flipped (for the wasm). */
function tampered(file: string): Buffer {
  const bytes = readFileSync(`${dist}/${file}`);
  if (file.endsWith('.js')) return Buffer.concat([Buffer.from(`window.__tampered = ${JSON.stringify(file)};\n`), bytes]);
  const changed = Buffer.from(bytes);
  changed[changed.length - 10] ^= 0xff;
  return changed;
}

async function serveTampered(page: Page, file: string) {
  await page.route(`**/sub/versus/${file}`, (route) =>
    route.fulfill({
      body: tampered(file),
      contentType: file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript',
      headers: { 'Access-Control-Allow-Origin': '*' },
    }),
  );
}

const sideEffect = (page: Page) => page.evaluate(() => (window as unknown as { __tampered?: string }).__tampered ?? null);
const instances = (page: Page) => page.evaluate(() => (window as unknown as { __wasmInstances: unknown[] }).__wasmInstances.length);

test('the untampered release, pinned by the loader\'s integrity, works under the strict policy', async ({ page }) => {
  await recordWasmInstances(page);
  await openPost(page);
  await expect(CardPage.byId(page, 'one').headline).toHaveText('Node.js is the clear pick');
  await expect(CardPage.byId(page, 'two').headline).toHaveText('Python is the clear pick');
  expect(await instances(page)).toBe(2);
  await expectThePageToWork(page);
});

test('a tampered wasm is never compiled: both cards say so over their fallback, and the page works', async ({ page, consoleProblems }) => {
  await recordWasmInstances(page);
  await serveTampered(page, 'versus-card_bg.wasm');
  await openPost(page);
  for (const [id, fallback] of [['one', 'Fallback one'], ['two', 'Fallback two']]) {
    const card = page.locator(`versus-card#${id}`);
    await expect(card.getByRole('status')).toHaveText('The interactive card could not start.');
    await expect(card.getByText(fallback)).toBeVisible();
  }
  expect(await instances(page)).toBe(0);
  await expectThePageToWork(page);
  expect(consoleProblems.filter((line) => line.startsWith('versus:'))).toEqual([
    expect.stringMatching(/^versus: http:\/\/127\.0\.0\.1:\d+\/sub\/versus\/versus-card_bg\.wasm could not be loaded, or it is not the file this versus\.js was released with \(the integrity check refused it\), so none of it ran/),
  ]);
  consoleProblems.length = 0;
});

test('a tampered loader is refused by the browser: nothing of it runs, the fallbacks stay, the page works', async ({ page, consoleProblems }) => {
  await recordWasmInstances(page);
  await serveTampered(page, 'versus.js');
  await openPost(page);
  await expectThePageToWork(page);
  expect(await sideEffect(page)).toBeNull();
  expect(await page.evaluate(() => customElements.get('versus-card') === undefined)).toBe(true);
  await expect(page.getByText('Fallback one')).toBeVisible();
  await expect(page.getByText('Fallback two')).toBeVisible();
  expect(await instances(page)).toBe(0);
  // The browser's own report of the failed check.
  expect(consoleProblems).toEqual([expect.stringMatching(/integrity/i)]);
  consoleProblems.length = 0;
});

test('a tampered glue file changes nothing: pages never load it, the loader carries its own', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await serveTampered(page, 'versus-card.js');
  await openPost(page);
  await expect(CardPage.byId(page, 'one').headline).toHaveText('Node.js is the clear pick');
  expect(await sideEffect(page)).toBeNull();
  expect(requested).not.toContain('/sub/versus/versus-card.js');
});
