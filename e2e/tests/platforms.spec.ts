// Where blogs are made: a small site per platform (e2e/platforms/), set up
// as a blogger would with the packed versus-card tarball (make release) and
// built by the real tool (Hugo and Jekyll from Debian's packages, Eleventy 3
// with its RSS plugin and Astro from npm), then opened in Chromium: the card
// works, nothing is asked of another host, the feed carries the fallback,
// and wrong input stops the build with a message naming what is wrong.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';
import { tarball } from '../release';
import type { Browser, Page } from '@playwright/test';

const bin = (name: string) => resolve('node_modules/.bin', name);
const databases = readFileSync('e2e/hosts/specs/databases.json', 'utf8');

/** A fresh copy of a fixture site in target/platforms/ (inside the
 *  repository, so the site finds the repository's Eleventy and Astro), with
 *  the tarball installed into it. */
function site(name: string, packageJson: object): string {
  const folder = resolve('target/platforms', name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(resolve('target/platforms'), { recursive: true });
  cpSync(`e2e/platforms/${name}-site`, folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(packageJson)}\n`);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball()], { cwd: folder });
  return folder;
}

/** The package's own command line, as `npx versus-card` runs it: what it printed, also written to `output` if given. */
function versusCard(folder: string, args: string[], output?: string): string {
  const printed = execFileSync(join(folder, 'node_modules/.bin/versus-card'), args, { cwd: folder, encoding: 'utf8' });
  if (output) writeFileSync(join(folder, output), printed);
  return printed;
}

/** Runs a build; what it printed, and whether it failed. */
function build(command: string, args: string[], cwd: string): { failed: boolean; output: string } {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  return { failed: run.status !== 0, output: `${run.stdout}\n${run.stderr}` };
}

function built(command: string, args: string[], cwd: string): string {
  const { failed, output } = build(command, args, cwd);
  if (failed) throw new Error(`${command} ${args.join(' ')} failed:\n${output}`);
  return output;
}

/** Serves `folder` (e2e/serve.mjs) on `port` until the tests end. */
async function serve(folder: string, port: number, running: ChildProcess[]): Promise<void> {
  const child = spawn(process.execPath, [resolve('e2e/serve.mjs'), folder, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  running.push(child);
  await new Promise((started) => child.stdout?.once('data', started));
}

/** The post's card works, and every request stayed on the site. */
async function expectWorkingCard(page: Page, url: string, id = 'busy') {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.goto(url);
  const card = CardPage.byId(page, id);
  await expect(card.headline).toHaveText('PostgreSQL is the clear pick');
  await card.toggle('Setup effort');
  await expect(card.origin).toHaveText('Customised from Busy site');
  expect([...hosts]).toEqual([new URL(url).host]);
  return card;
}

/** A card the page's HTML holds rendered: with scripts off it shows its
 *  verdict, its controls inert; with them on it comes alive in place (a card
 *  drawn afresh instead says so in a console warning) and works. */
async function expectRenderedCard(browser: Browser, page: Page, url: string, cardOf: (page: Page) => CardPage) {
  const scriptless = await browser.newContext({ javaScriptEnabled: false });
  const still = await scriptless.newPage();
  await still.goto(url);
  await expect(cardOf(still).headline).toHaveText('PostgreSQL is the clear pick');
  await expect(cardOf(still).card.getByRole('switch').first()).toHaveAttribute('inert');
  await scriptless.close();

  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.goto(url);
  const card = cardOf(page);
  await expect(card.card).toBeVisible();
  await expect(card.card.locator('[inert]')).toHaveCount(0);
  await expect(card.headline).toHaveText('PostgreSQL is the clear pick');
  await card.toggle('Setup effort');
  await expect(card.origin).toHaveText('Customised from Busy site');
  expect(warnings, 'hydrated, not drawn afresh').toEqual([]);
  expect([...hosts]).toEqual([new URL(url).host]);
}

/** The page's one card, for pages whose card has no id. */
const onlyCard = (on: Page) => new CardPage(on, on.locator('versus-card').getByTestId('card'));

/** A built page whose rendered card (#busy) sits beside a card of today's
 *  kind (#second, dark): its HTML (the file `built`) holds the rendered
 *  element's start and template (`start`) and the loader once (`loader`, a
 *  global pattern; null where the platform bundles it), and both cards
 *  work in the browser. */
async function expectRenderedBesideToday(browser: Browser, page: Page, url: string, built: string, start: RegExp, loader: RegExp | null) {
  const html = readFileSync(built, 'utf8');
  if (loader) expect(html.match(loader)).toHaveLength(1);
  expect(html).toMatch(start);
  await expectRenderedCard(browser, page, url, (on) => CardPage.byId(on, 'busy'));
  await expect(CardPage.byId(page, 'second').card).toHaveClass(/versus-theme-dark/);
}

/** The page's two cards given every attribute at once (docs/embedding.md):
 *  #attributes of today's kind and #attributes-rendered rendered into the
 *  page: each carries inherit-font (the card in the page's font), starts
 *  from the preset customised to exactly the priorities, and works. */
async function expectEveryAttribute(page: Page, url: string) {
  await page.goto(url);
  for (const id of ['attributes', 'attributes-rendered']) {
    const element = page.locator(`versus-card#${id}`);
    await expect(element).toHaveAttribute('inherit-font', /^(|true)$/);
    await expect(element).toHaveAttribute('preset', 'busy');
    await expect(element).toHaveAttribute('priorities', 'setup,writers:high');
    const card = CardPage.byId(page, id);
    await expect(card.card).toHaveClass(/versus-inherit-font/);
    await expect(card.origin).toHaveText('Customised from Busy site');
    await expect(card.card).toBeVisible();
    await expect(card.card.locator('[inert]')).toHaveCount(0);
  }
  await expect(page.locator('versus-card#attributes')).toHaveAttribute('share-key', 'mine');
}

/** What a feed reader gets: the fallback's title, verdict and table, no card script. */
function expectFallbackIn(feed: string) {
  const text = feed.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#34;|&quot;/g, '"').replace(/&amp;/g, '&');
  expect(text).toContain('<h2 class="versus-fallback-title">PostgreSQL vs SQLite</h2>');
  expect(text).toContain('<table');
  expect(text).toMatch(/PostgreSQL is the clear pick|Either works/);
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.describe('Hugo (Debian\'s hugo)', () => {
  const running: ChildProcess[] = [];
  let folder = '';
  test.beforeAll(async () => {
    folder = site('hugo', { name: 'a-hugo-blog', private: true });
    mkdirSync(join(folder, 'static'), { recursive: true });
    writeFileSync(join(folder, 'static/databases.json'), databases);
    versusCard(folder, ['init', 'themes/versus', '--hugo']);
    versusCard(folder, ['render', 'static/databases.json', '--preset', 'busy'], 'static/databases.fallback.html');
    versusCard(folder, ['render', 'static/databases.json', '--card', '--src', '/blog/databases.json', '--preset', 'busy'], 'static/databases.card.html');
    versusCard(folder, ['render', 'static/databases.json', '--card', '--preset', 'busy', '--priorities', 'setup,writers:high', '--attribute', 'inherit-font'], 'static/databases.attributes.card.html');
    built('hugo', ['--baseURL', 'http://127.0.0.1:5401/blog/', '-d', 'out/blog'], folder);
    await serve(join(folder, 'out'), 5401, running);
  });
  test.afterAll(() => running.forEach((child) => child.kill()));

  test('a post served from a subfolder shows a working card, once loaded however many cards', async ({ page }) => {
    await expectWorkingCard(page, 'http://127.0.0.1:5401/blog/posts/busy/');
    await page.locator('versus-card#busy').screenshot({ path: 'test-results/screenshots/platform-hugo.png' });
    await page.goto('http://127.0.0.1:5401/blog/posts/two-cards/');
    await expect(CardPage.byId(page, 'second').card).toHaveClass(/versus-theme-dark/);
    await expect(CardPage.byId(page, 'first').headline).not.toBeEmpty();
    expect(await page.locator('script[type=module]').count()).toBe(1);
  });

  test('the RSS feed carries the fallback', () => {
    expectFallbackIn(readFileSync(join(folder, 'out/blog/index.xml'), 'utf8'));
  });

  test('every attribute the element documents can be given: inherit-font, a preset with priorities, share-key', async ({ page }) => {
    await expectEveryAttribute(page, 'http://127.0.0.1:5401/blog/posts/attributes/');
  });

  test('an attribute the element does not have, a value it does not take, or one the rendered card holds stops the build', () => {
    const wrong = (shortcode: string) => {
      writeFileSync(join(folder, 'content/posts/wrong.md'), `---\ntitle: Wrong\n---\n${shortcode}\n`);
      const outcome = build('hugo', ['-d', 'out-wrong'], folder);
      rmSync(join(folder, 'content/posts/wrong.md'));
      return outcome;
    };
    const unknown = wrong('{{< versus src="databases.json" hidden="true" >}}');
    expect(unknown.failed).toBe(true);
    expect(unknown.output).toContain('<versus-card> has no attribute "hidden"; its attributes are preset, priorities, theme, compact, src, inherit-font, loading, share-key, id');
    const blue = wrong('{{< versus src="databases.json" theme="blue" >}}');
    expect(blue.failed).toBe(true);
    expect(blue.output).toContain('theme is one of auto, light, dark, not "blue"');
    const font = wrong('{{< versus card="databases.card.html" inherit-font="true" >}}');
    expect(font.failed).toBe(true);
    expect(font.output).toContain('inherit-font comes from the rendered file static/databases.card.html');
  });

  test('card="…" puts a card rendered by the command line in the page\'s HTML, beside a card of today\'s kind', async ({ browser, page }) => {
    await expectRenderedBesideToday(browser, page, 'http://127.0.0.1:5401/blog/posts/rendered/', join(folder, 'out/blog/posts/rendered/index.html'),
      /<versus-card id="busy" src="\/blog\/databases.json" preset="busy" data-versus-rendered>\n<template shadowrootmode="open">/,
      /<script type="module" src="\/blog\/versus\/versus.js" async><\/script>/g);
  });

  test('a rendered card for another address, a file that is not one, or options the file holds stop the build, saying what to do', () => {
    const wrong = (shortcode: string) => {
      writeFileSync(join(folder, 'content/posts/wrong.md'), `---\ntitle: Wrong\n---\n${shortcode}\n`);
      return build('hugo', ['--baseURL', 'http://127.0.0.1:5401/blog/', '-d', 'out-wrong'], folder);
    };
    versusCard(folder, ['render', 'static/databases.json', '--card', '--src', '/databases.json'], 'static/elsewhere.card.html');
    const elsewhere = wrong('{{< versus card="elsewhere.card.html" >}}');
    expect(elsewhere.failed).toBe(true);
    expect(elsewhere.output).toContain('wrong.md');
    expect(elsewhere.output).toContain('static/elsewhere.card.html loads its comparison from /databases.json, which this site does not publish: render it with --src /blog/databases.json');
    const fallback = wrong('{{< versus card="databases.fallback.html" >}}');
    expect(fallback.failed).toBe(true);
    expect(fallback.output).toContain('static/databases.fallback.html is not a card rendered by npx versus-card render FILE --card');
    const preset = wrong('{{< versus card="databases.card.html" preset="busy" >}}');
    expect(preset.failed).toBe(true);
    expect(preset.output).toContain('preset comes from the rendered file static/databases.card.html');
    const missing = wrong('{{< versus card="no-such.card.html" >}}');
    expect(missing.failed).toBe(true);
    expect(missing.output).toContain('static/no-such.card.html does not exist');
    rmSync(join(folder, 'static/elsewhere.card.html'));
    rmSync(join(folder, 'content/posts/wrong.md'));
  });

  test('a missing file or an unknown preset stops the build, naming the page and the problem', () => {
    writeFileSync(join(folder, 'content/posts/wrong.md'), '---\ntitle: Wrong\n---\n{{< versus src="no-such.json" >}}\n');
    const missing = build('hugo', ['-d', 'out-wrong'], folder);
    expect(missing.failed).toBe(true);
    expect(missing.output).toContain('static/no-such.json does not exist');
    expect(missing.output).toContain('wrong.md');
    writeFileSync(join(folder, 'content/posts/wrong.md'), '---\ntitle: Wrong\n---\n{{< versus src="databases.json" preset="quiet" >}}\n');
    const preset = build('hugo', ['-d', 'out-wrong'], folder);
    expect(preset.failed).toBe(true);
    expect(preset.output).toContain('has no use case "quiet"; it has busy');
    writeFileSync(join(folder, 'static/broken.json'), '{\n  "title": "Broken",\n  "contenders": [\n');
    writeFileSync(join(folder, 'content/posts/wrong.md'), '---\ntitle: Wrong\n---\n{{< versus src="broken.json" >}}\n');
    const broken = build('hugo', ['-d', 'out-wrong'], folder);
    expect(broken.failed).toBe(true);
    expect(broken.output).toContain('wrong.md');
    expect(broken.output).toMatch(/unmarshal|JSON|unexpected/i);
    rmSync(join(folder, 'static/broken.json'));
    rmSync(join(folder, 'content/posts/wrong.md'));
  });
});

test.describe('Jekyll (Debian\'s jekyll, the minima theme)', () => {
  const running: ChildProcess[] = [];
  let folder = '';
  test.beforeAll(async () => {
    folder = site('jekyll', { name: 'a-jekyll-blog', private: true });
    writeFileSync(join(folder, 'databases.json'), databases);
    versusCard(folder, ['init', '.', '--jekyll']);
    versusCard(folder, ['render', 'databases.json', '--preset', 'busy'], '_includes/databases.fallback.html');
    versusCard(folder, ['render', 'databases.json', '--card', '--preset', 'busy'], '_includes/databases.card.html');
    versusCard(folder, ['render', 'databases.json', '--card', '--preset', 'busy', '--priorities', 'setup,writers:high', '--attribute', 'inherit-font'], '_includes/databases.attributes.card.html');
    built('jekyll', ['build', '-d', 'out/blog'], folder);
    await serve(join(folder, 'out'), 5402, running);
  });
  test.afterAll(() => running.forEach((child) => child.kill()));

  test('a post in the default theme shows a working card', async ({ page }) => {
    await expectWorkingCard(page, 'http://127.0.0.1:5402/blog/2026/11/30/busy.html');
    await page.locator('versus-card#busy').screenshot({ path: 'test-results/screenshots/platform-jekyll.png' });
  });

  test('the feed carries the fallback', () => {
    expectFallbackIn(readFileSync(join(folder, 'out/blog/feed.xml'), 'utf8'));
  });

  test('every attribute the element documents can be given: inherit-font, a preset with priorities, share-key', async ({ page }) => {
    await expectEveryAttribute(page, 'http://127.0.0.1:5402/blog/2026/11/27/attributes.html');
  });

  test('card="…" puts a card rendered by the command line in the page\'s HTML, through kramdown, beside a card of today\'s kind', async ({ browser, page }) => {
    // (kramdown writes the attributes without a value as ="".)
    await expectRenderedBesideToday(browser, page, 'http://127.0.0.1:5402/blog/2026/11/28/rendered.html', join(folder, 'out/blog/2026/11/28/rendered.html'),
      /<versus-card id="busy" preset="busy" data-versus-rendered(="")?>\s*<template shadowrootmode="open">/,
      /<script type="module" src="\/blog\/versus\/versus.js" async(="")?><\/script>/g);
  });

  test('a fallback that was not rendered stops the build, naming the file', () => {
    writeFileSync(join(folder, '_posts/2026-11-29-wrong.md'), '---\nlayout: post\ntitle: Wrong\n---\n{% include versus.html src="/databases.json" fallback="not-rendered.html" %}\n');
    const wrong = build('jekyll', ['build', '-d', 'out-wrong'], folder);
    expect(wrong.failed).toBe(true);
    expect(wrong.output).toContain('not-rendered.html');
    rmSync(join(folder, '_posts/2026-11-29-wrong.md'));
  });
});

test.describe('Eleventy 3 with its RSS plugin (from npm)', () => {
  const running: ChildProcess[] = [];
  let folder = '';
  let pasted = '';
  test.beforeAll(async () => {
    folder = site('eleventy', { name: 'an-eleventy-blog', private: true, type: 'module' });
    writeFileSync(join(folder, 'databases.json'), databases);
    // A card rendered by the command line and pasted into a Markdown post,
    // its comparison inside: written with empty lines between its parts and
    // inside its subtitle, where Markdown ends a block of HTML.
    const spaced = JSON.parse(databases);
    spaced.subtitle = 'For a site with many writers.\n\nAnd for one without.';
    writeFileSync(join(folder, 'spaced.json'), JSON.stringify(spaced, null, 2).replace('\n  "contenders"', '\n\n  "contenders"'));
    pasted = versusCard(folder, ['render', 'spaced.json', '--card', '--preset', 'busy']);
    writeFileSync(join(folder, 'posts/pasted.md'), `---\ntitle: Pasted\n---\nTwo databases, *one* question.\n\n<script type="module" src="/versus/versus.js" async></script>\n${pasted}\n\nText after the card.\n`);
    built(bin('eleventy'), ['--output=out'], folder);
    await serve(join(folder, 'out'), 5403, running);
  });
  test.afterAll(() => running.forEach((child) => child.kill()));

  test('a Nunjucks post and a Liquid page each show a working card, the fallback rendered at build time', async ({ page }) => {
    await expectWorkingCard(page, 'http://127.0.0.1:5403/posts/busy/');
    await page.locator('versus-card#busy').screenshot({ path: 'test-results/screenshots/platform-eleventy.png' });
    const liquid = readFileSync(join(folder, 'out/posts/liquid/index.html'), 'utf8');
    expect(liquid).toContain('<versus-card src="/databases.json" preset="busy">');
    expectFallbackIn(liquid);
  });

  test('the RSS feed carries the fallback', () => {
    expectFallbackIn(readFileSync(join(folder, 'out/feed.xml'), 'utf8'));
  });

  test('every attribute the element documents can be given: inherit-font, a preset with priorities, share-key; one it does not have stops the build', async ({ page }) => {
    await expectEveryAttribute(page, 'http://127.0.0.1:5403/posts/attributes/');
    writeFileSync(join(folder, 'posts/wrong.njk'), '---\ntitle: Wrong\n---\n{% versus "databases.json", { hidden: true } %}\n');
    const unknown = build(bin('eleventy'), ['--output=out-wrong'], folder);
    rmSync(join(folder, 'posts/wrong.njk'));
    expect(unknown.failed).toBe(true);
    expect(unknown.output).toContain('databases.json: <versus-card> has no attribute "hidden"; its attributes are preset, priorities, theme, compact, src, inherit-font, loading, share-key, id');
  });

  test('a card from `versus-card render --card` pasted into a Markdown post comes through whole: on the screen without scripts, then live', async ({ browser, page }) => {
    const url = 'http://127.0.0.1:5403/posts/pasted/';
    const scriptless = await browser.newContext({ javaScriptEnabled: false });
    const still = await scriptless.newPage();
    await still.goto(url);
    // The card Markdown let through is the one the command line printed.
    const [shown, printed] = await still.evaluate((html) => {
      const shadow = (root: ParentNode) => root.querySelector('versus-card')?.shadowRoot?.innerHTML ?? 'no shadow root';
      // (Document.parseHTMLUnsafe would drop the shadow root's comments.)
      const parsed = document.createElement('div');
      parsed.setHTMLUnsafe(html);
      return [shadow(document), shadow(parsed)];
    }, pasted);
    expect(printed).toContain('PostgreSQL is the clear pick');
    expect(shown).toBe(printed);
    await expect(still.locator('main > p em')).toHaveText('one');
    await scriptless.close();
    await expectRenderedCard(browser, page, url, onlyCard);
  });

  test('`rendered: true` puts the card in the page\'s HTML, beside a card of today\'s kind, with an async loader', async ({ browser, page }) => {
    await expectRenderedBesideToday(browser, page, 'http://127.0.0.1:5403/posts/rendered/', join(folder, 'out/posts/rendered/index.html'),
      /<versus-card id="busy" src="\/databases.json" preset="busy" data-versus-rendered>\n<template shadowrootmode="open">/,
      /<script type="module" src="\/versus\/versus.js" async><\/script>/g);
  });

  test('in a Markdown post, Liquid\'s {% versus "databases.json", "busy", "rendered" %} puts the card in the page\'s HTML', async ({ browser, page }) => {
    const url = 'http://127.0.0.1:5403/posts/rendered-markdown/';
    await expectRenderedCard(browser, page, url, onlyCard);
    await expect(page.locator('main > p em')).toHaveText('one');
    const wrong = join(folder, 'posts/wrong.md');
    writeFileSync(wrong, '---\ntitle: Wrong\n---\n{% versus "databases.json", "busy", "renderd" %}\n');
    const typo = build(bin('eleventy'), ['--output=out-wrong'], folder);
    rmSync(wrong);
    expect(typo.failed).toBe(true);
    expect(typo.output).toContain('"renderd" is not an option of the shortcode');
  });

  test('a rendered card with loading: "lazy" is on the screen at once and fetches the wasm only when the reader comes near it', async ({ page }) => {
    const wasm: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(request.url());
    });
    await page.goto('http://127.0.0.1:5403/posts/rendered-lazy/');
    const card = CardPage.byId(page, 'busy');
    await expect(page.locator('versus-card#busy')).toHaveAttribute('loading', 'lazy');
    await expect(card.headline).toHaveText('PostgreSQL is the clear pick');
    // The loader has run (the element is defined), the page has gone quiet,
    // and nothing asked for the wasm.
    await page.waitForFunction(() => customElements.get('versus-card') !== undefined);
    await page.waitForLoadState('networkidle');
    expect(wasm).toEqual([]);
    await card.card.scrollIntoViewIfNeeded();
    await expect(card.card).toBeVisible();
    await expect(card.card.locator('[inert]')).toHaveCount(0);
    expect(wasm).toHaveLength(1);
    await card.toggle('Setup effort');
    await expect(card.origin).toHaveText('Customised from Busy site');
  });

  test('a broken or missing comparison, or an unknown preset, stops the build with the file, line and column', () => {
    writeFileSync(join(folder, 'broken.json'), '{\n  "title": "Broken",\n  "contenders": [\n');
    for (const [call, message] of [
      ['{% versus "broken.json" %}', 'broken.json: contenders: Line 4, column 1: The document ends inside a list'],
      ['{% versus "no-such.json" %}', 'no-such.json: cannot read it: No such file or directory'],
      ['{% versus "databases.json", "quiet" %}', 'databases.json: this comparison has nothing called preset:quiet'],
    ]) {
      writeFileSync(join(folder, 'posts/wrong.liquid'), `---\ntitle: Wrong\n---\n${call}\n`);
      const wrong = build(bin('eleventy'), ['--output=out-wrong'], folder);
      expect(wrong.failed, call).toBe(true);
      expect(wrong.output).toContain(message);
    }
    rmSync(join(folder, 'posts/wrong.liquid'));
  });
});

test.describe('Astro (from npm)', () => {
  const running: ChildProcess[] = [];
  let folder = '';
  test.beforeAll(async () => {
    folder = site('astro', { name: 'an-astro-blog', private: true, type: 'module' });
    mkdirSync(join(folder, 'public'), { recursive: true });
    writeFileSync(join(folder, 'public/databases.json'), databases);
    built(bin('astro'), ['build'], folder);
    // The site's base is /blog: served from that subfolder.
    cpSync(join(folder, 'dist'), join(folder, 'out/blog'), { recursive: true });
    await serve(join(folder, 'out'), 5404, running);
  });
  test.afterAll(() => running.forEach((child) => child.kill()));

  test('a page with two <Versus> components shows working cards, the fallback rendered at build time', async ({ page }) => {
    const html = readFileSync(join(folder, 'dist/index.html'), 'utf8');
    expectFallbackIn(html);
    await expectWorkingCard(page, 'http://127.0.0.1:5404/blog/');
    await expect(CardPage.byId(page, 'second').card).toHaveClass(/versus-theme-dark/);
    await page.locator('versus-card#busy').screenshot({ path: 'test-results/screenshots/platform-astro.png' });
  });

  test('every attribute the element documents can be given: inherit-font, a preset with priorities, share-key', async ({ page }) => {
    await expectEveryAttribute(page, 'http://127.0.0.1:5404/blog/attributes/');
  });

  test('<Versus rendered /> puts the card in the page\'s HTML, beside a card of today\'s kind', async ({ browser, page }) => {
    // (Astro bundles the loader itself.)
    await expectRenderedBesideToday(browser, page, 'http://127.0.0.1:5404/blog/rendered/', join(folder, 'dist/rendered/index.html'),
      /<versus-card id="busy" src="\/blog\/databases.json" preset="busy" data-versus-rendered>\n<template shadowrootmode="open">/, null);
  });

  test('a broken or missing comparison, or an unknown preset, stops the build with its message', () => {
    writeFileSync(join(folder, 'public/broken.json'), '{\n  "title": "Broken",\n  "contenders": [\n');
    const page = join(folder, 'src/pages/wrong.astro');
    for (const [props, message] of [
      ['src="/broken.json"', 'broken.json: contenders: Line 4, column 1: The document ends inside a list'],
      ['src="/no-such.json"', 'no-such.json: cannot read it: No such file or directory'],
      ['src="/databases.json" preset="quiet"', 'databases.json: this comparison has nothing called preset:quiet'],
    ]) {
      writeFileSync(page, `---\nimport Versus from 'versus-card/astro';\n---\n<Versus ${props} />\n`);
      const wrong = build(bin('astro'), ['build'], folder);
      expect(wrong.failed, props).toBe(true);
      expect(wrong.output).toContain(message);
    }
    rmSync(page);
  });
});
