// The package from a CDN: a blog's post on one origin, the versus-card
// package on another that answers as a public npm CDN does (the files as
// they are in the installed tarball, `Access-Control-Allow-Origin: *`; the
// CDN is answered by the test itself, so that both origins are equally
// remote to the browser). Under a strict
// policy that names the CDN, with the loader pinned by its integrity: cards
// start, a `src` is found relative to the page, a lazy card waits, the
// iframe form sizes itself. A CDN that serves the loader from a rewritten
// URL gets one clear message and keeps the fallback, and the documented
// <meta name="versus-card-folder"> fixes it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';
import { installInto, version } from '../release';
import type { Page } from '@playwright/test';

const CDN = 'http://cdn.example';
const FOLDER = `${CDN}/npm/versus-card@${version}/`;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };

test.describe('from a CDN on another origin', () => {
  test.describe.configure({ mode: 'serial' });
  let folder = '';
  let integrity = '';

  test.beforeAll(async () => {
    folder = join(installInto('versus-cdn'), 'node_modules/versus-card');
    integrity = `sha384-${createHash('sha384').update(readFileSync(join(folder, 'versus.js'))).digest('base64')}`;
  });

  /** The CDN: the package's files at FOLDER, anything else 404, CORS open to all. */
  async function serveCdn(page: Page) {
    await page.route(`${CDN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = path.startsWith(new URL(FOLDER).pathname) ? path.slice(new URL(FOLDER).pathname.length) : null;
      const headers = { 'Access-Control-Allow-Origin': '*' };
      if (!file || file.includes('..') || !existsSync(join(folder, file))) return route.fulfill({ status: 404, body: 'not found', headers });
      return route.fulfill({ body: readFileSync(join(folder, file)), contentType: TYPES[extname(file)] ?? 'application/octet-stream', headers });
    });
  }

  /** A post on the test server's origin, under a strict policy that allows the CDN. */
  async function post(page: Page, head: string, body: string) {
    const policy = `script-src 'self' ${CDN} 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' ${CDN}; frame-src ${CDN}`;
    await page.route('**/hosts/cdn-post.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': policy },
        body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>A post</title>${head}<body>${body}</body></html>`,
      }),
    );
    await page.goto('/hosts/cdn-post.html');
  }

  test('cards start from the CDN, pinned, under a strict policy: built-in, src next to the post, lazy, and the iframe form', async ({ page }) => {
    await serveCdn(page);
    await post(
      page,
      `<script type="module" src="${FOLDER}versus.js" integrity="${integrity}" crossorigin="anonymous"></script>
       <script src="${FOLDER}versus-iframe.js" defer></script>`,
      `<versus-card id="chat" preset="chat"><p>Fallback</p></versus-card>
       <versus-card id="databases" src="specs/databases.json"><p>Fallback</p></versus-card>
       ${'<p>A long post goes on, screen after screen.</p>'.repeat(300)}
       <versus-card id="far" loading="lazy" preset="ml"><p>Far below</p></versus-card>
       <iframe id="frame" src="${FOLDER}embed.html?preset=spa" title="A comparison" width="100%" height="300"></iframe>`,
    );
    await expect(CardPage.byId(page, 'chat').headline).toHaveText('Node.js is the clear pick');
    await expect(CardPage.byId(page, 'databases').card.getByRole('heading', { name: 'PostgreSQL vs SQLite' })).toBeVisible();
    expect(await page.locator('#far').evaluate((element) => element.shadowRoot)).toBeNull();
    await page.locator('#far').scrollIntoViewIfNeeded();
    await expect(CardPage.byId(page, 'far').headline).toHaveText('Python is the clear pick');
    // The iframe takes the card's height, through versus-iframe.js from the CDN.
    const frame = page.frameLocator('#frame');
    // Browsers skip the rendering of a cross-origin frame while it is out of sight.
    await page.locator('#frame').scrollIntoViewIfNeeded();
    await expect(frame.getByTestId('headline')).not.toBeEmpty();
    await expect.poll(() => page.locator('#frame').evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height)).toBeGreaterThan(400);
  });

  test('a loader served from a rewritten URL says which file and what to do, keeps the fallback, and the folder setting fixes it', async ({ page, consoleProblems }) => {
    // As jsDelivr's +esm or esm.sh's /es2022/ paths do: the same bytes at another URL.
    const rewritten = `${CDN}/es2022/versus.mjs`;
    await serveCdn(page);
    await page.route(rewritten, (route) =>
      route.fulfill({ body: readFileSync(join(folder, 'versus.js')), contentType: 'text/javascript', headers: { 'Access-Control-Allow-Origin': '*' } }),
    );
    await post(page, `<script type="module" src="${rewritten}"></script>`, '<versus-card id="one"><p>The comparison as a table.</p></versus-card>');
    const card = page.locator('versus-card#one');
    await expect(card.getByRole('status')).toHaveText('The interactive card could not start.');
    await expect(card.getByText('The comparison as a table.')).toBeVisible();
    const messages = consoleProblems.filter((line) => line.startsWith('versus:'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`${CDN}/es2022/versus-card_bg.wasm`);
    expect(messages[0]).toContain('<meta name="versus-card-folder" content="URL/">');
    consoleProblems.length = 0;

    await post(
      page,
      `<meta name="versus-card-folder" content="${FOLDER}"><script type="module" src="${rewritten}"></script>`,
      '<versus-card id="one" preset="chat"><p>The comparison as a table.</p></versus-card>',
    );
    await expect(CardPage.byId(page, 'one').headline).toHaveText('Node.js is the clear pick');
  });
});
