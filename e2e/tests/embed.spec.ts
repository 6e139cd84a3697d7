// Embedding: the release folder served from a subfolder (/sub/versus/) into
// host pages (e2e/hosts/) that a blogger might write.
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { addCard, CardPage, recordWasmInstances } from '../pages/card';

const card = CardPage.byId;

test('three different cards on one page are independent', async ({ page }) => {
  await page.goto('/hosts/three-cards.html');
  const builtin = card(page, 'builtin');
  const inline = card(page, 'inline');
  const fetched = card(page, 'fetched');
  await expect(builtin.headline).toHaveText('Node.js is the clear pick');
  await expect(inline.card.getByRole('heading', { name: 'Tea vs Coffee' })).toBeVisible();
  await expect(fetched.card.getByRole('heading', { name: 'PostgreSQL vs SQLite' })).toBeVisible();
  await expect(inline.card).toHaveClass(/versus-theme-dark/);
  await expect(inline.card).toHaveClass(/versus-compact/);
  // Compact keeps each criterion's switch and importance, not its scores.
  await expect(inline.card.locator('.versus-score').first()).toBeHidden();
  await expect(inline.card.getByRole('switch').first()).toBeVisible();
  await expect(builtin.card.locator('.versus-score').first()).toBeVisible();
  await expect(builtin.card).toHaveClass(/versus-theme-light/);

  // State and events belong to one card only: from here on, each reader
  // action is one event from the card acted on, and no other card says anything.
  await page.evaluate(() => {
    const seen: string[] = [];
    for (const el of document.querySelectorAll('versus-card')) {
      el.addEventListener('versus-change', (e) => seen.push(`${el.id}:${(e as CustomEvent).detail.winner}`));
    }
    (window as unknown as { seen: string[] }).seen = seen;
  });
  await inline.toggle('Calm');
  await expect(inline.headline).toContainText('Tea');
  await expect(builtin.headline).toHaveText('Node.js is the clear pick');
  await fetched.card.getByRole('button', { name: 'Busy site' }).click();
  await expect(fetched.headline).toHaveText('PostgreSQL is the clear pick');
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['inline:tea', 'fetched:postgres']);

  // Each card keeps its own pair in the fragment, keyed by its id.
  await expect(page).toHaveURL(/#/);
  const fragment = new URL(page.url()).hash;
  expect(fragment).toContain('builtin=preset:chat');
  expect(fragment).toContain('inline=taste,calm');
  expect(fragment).toContain('fetched=preset:busy');

  // A reload restores every card from its own pair.
  await page.reload();
  await expect(card(page, 'fetched').headline).toHaveText('PostgreSQL is the clear pick');
  await expect(card(page, 'inline').switchFor('Calm')).toHaveAttribute('aria-checked', 'true');
});

test('a new id or share-key renames the card\'s pair in the link, keeping the reader\'s choices', async ({ page }) => {
  await page.goto('/hosts/three-cards.html');
  const builtin = card(page, 'builtin');
  await builtin.toggle('Raw speed');
  await expect(page).toHaveURL(/#builtin=preset:chat,/);
  const pair = decodeURIComponent(new URL(page.url()).hash).match(/builtin=([^&]*)/)?.[1];
  await page.evaluate(() => document.getElementById('builtin')?.setAttribute('share-key', 'runtime'));
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toContain(`runtime=${pair}`);
  expect(page.url()).not.toContain('builtin=');
  // Later changes are written under the new key only.
  await builtin.toggle('Machine learning and data');
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toMatch(/runtime=preset:chat,[^&]*ml/);
  expect(page.url()).not.toContain('builtin=');

  // Without a share-key, the id names the pair: a new id renames it too.
  const fetched = card(page, 'fetched');
  await fetched.toggle('Setup effort');
  await expect.poll(() => page.url()).toContain('fetched=');
  await page.evaluate(() => document.getElementById('fetched')?.setAttribute('id', 'databases'));
  await expect.poll(() => page.url()).toContain('databases=');
  expect(page.url()).not.toContain('fetched=');
});

test('changing an attribute after load updates the card', async ({ page }) => {
  await page.goto('/hosts/three-cards.html');
  const builtin = card(page, 'builtin');
  await expect(builtin.headline).toHaveText('Node.js is the clear pick');
  await page.evaluate(() => document.getElementById('builtin')?.setAttribute('preset', 'ml'));
  await expect(builtin.headline).toHaveText('Python is the clear pick');
  await expect(builtin.preset('Machine learning')).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => document.getElementById('builtin')?.setAttribute('theme', 'dark'));
  await expect(builtin.card).toHaveClass(/versus-theme-dark/);
  await page.evaluate(() => document.getElementById('builtin')?.setAttribute('priorities', 'fullstack:critical'));
  await expect(builtin.origin).toHaveText('Customised from Machine learning');
  // A new src replaces the comparison itself.
  await page.evaluate(() => {
    const el = document.getElementById('builtin');
    el?.removeAttribute('preset');
    el?.removeAttribute('priorities');
    el?.setAttribute('src', 'specs/databases.json');
  });
  await expect(builtin.card.getByRole('heading', { name: 'PostgreSQL vs SQLite' })).toBeVisible();
  await expect(builtin.headline).toHaveText('SQLite is the clear pick');
});

test("the host page's hostile CSS changes nothing in the card", async ({ page }) => {
  const look = async (path: string) => {
    await page.goto(path);
    const c = new CardPage(page, page.locator('versus-card').getByTestId('card'));
    await expect(c.headline).toHaveText('Python is the clear pick');
    const styles = await page.locator('versus-card').evaluate((host) => {
      const pick = (el: Element | null | undefined) => {
        if (!el) return 'missing';
        const s = getComputedStyle(el);
        return [s.fontFamily, s.fontSize, s.lineHeight, s.color, s.backgroundColor, s.margin, s.padding, s.textTransform, s.letterSpacing, s.borderTopStyle, s.width].join('|');
      };
      const root = host.shadowRoot;
      return ['.versus-card', '.versus-title', '.versus-headline', '[role=switch]', '.versus-preset', '.versus-bar-fill', '.versus-score']
        .map((selector) => `${selector} ${pick(root?.querySelector(selector))}`);
    });
    // Inside the rounded border only: the corners rightly show the page behind.
    const box = await c.card.boundingBox();
    if (!box) throw new Error('the card has no box');
    const clip = { x: box.x + 12, y: box.y + 12, width: box.width - 24, height: box.height - 24 };
    const shot = await page.screenshot({ fullPage: true, clip, animations: 'disabled' });
    return { styles, shot };
  };
  const plain = await look('/hosts/plain.html');
  const hostile = await look('/hosts/hostile.html');
  expect(hostile.styles).toEqual(plain.styles);
  expect(hostile.shot.equals(plain.shot), 'screenshots are identical').toBe(true);
});

test('the card works under the strict Content-Security-Policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto('/hosts/csp.html');
  expect(response?.headers()['content-security-policy']).toBe("script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  const cards = page.locator('versus-card').getByTestId('card');
  await expect(cards).toHaveCount(2);
  const first = new CardPage(page, cards.first());
  await expect(first.headline).toHaveText('Python is the clear pick');
  await first.toggle('Real-time features');
  await expect(first.origin).toHaveText('Customised from Content site (CMS)');
  // Styled, not bare: the adopted stylesheet applied.
  expect(await first.card.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('12px');
  await expect(new CardPage(page, cards.nth(1)).card).toHaveClass(/versus-theme-dark/);
  expect(violations).toEqual([]);
});

test('specs load inline and by src; broken ones say what is wrong beside a working card', async ({ page, consoleProblems }) => {
  await page.goto('/hosts/errors.html');
  const problems = (id: string) => page.locator(`versus-card#${id}`).getByTestId('problems');
  await expect(problems('missing')).toContainText('HTTP status 404');
  await expect(problems('missing')).toContainText('specs/no-such-file.json');
  await expect(problems('garbage')).toContainText('not valid JSON');
  await expect(problems('invalid')).toContainText('title');
  await expect(problems('invalid')).toContainText('There are 0 contenders');
  const good = card(page, 'good');
  await expect(good.headline).toHaveText('Node.js is the clear pick');
  await good.preset('Data analytics').click();
  await expect(good.headline).toHaveText('Python is the clear pick');
  // The browser itself logs the 404 this test asks for; nothing else may appear.
  const expected = consoleProblems.findIndex((p) => p.includes('404 (Not Found)'));
  expect(expected).toBeGreaterThanOrEqual(0);
  consoleProblems.splice(expected, 1);
});

test('the iframe embed resizes to the card, and has a sensible height without the script', async ({ page }) => {
  await page.goto('/hosts/iframe.html');
  const frame = page.frameLocator('#sized');
  await expect(frame.getByTestId('headline')).toHaveText('Python is the clear pick');
  const inner = await frame.locator('versus-card').evaluate((el) => el.getBoundingClientRect().height);
  await expect.poll(async () => page.locator('#sized').evaluate((el) => el.getBoundingClientRect().height)).toBeCloseTo(inner, -1);
  // Opening a disclosure grows the card; the frame follows.
  await frame.getByRole('button', { name: 'About Machine learning and data' }).click();
  await expect.poll(async () => page.locator('#sized').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(inner);

  // Without versus-iframe.js the documented fixed height applies.
  await page.route('**/versus-iframe.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  await page.reload();
  await expect(frame.getByTestId('headline')).toHaveText('Python is the clear pick');
  expect(await page.locator('#sized').evaluate((el) => el.getBoundingClientRect().height)).toBe(900);
});

test('an iframe whose card reported its height before versus-iframe.js ran is sized when the script comes', async ({ page }) => {
  await page.route('**/versus-iframe.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  await page.goto('/hosts/iframe.html');
  const frame = page.frameLocator('#sized');
  await expect(frame.getByTestId('headline')).toHaveText('Python is the clear pick');
  const inner = await frame.locator('versus-card').evaluate((el) => el.getBoundingClientRect().height);
  expect(await page.locator('#sized').evaluate((el) => el.getBoundingClientRect().height)).toBe(900);
  // The script arrives late, after every report the frame made.
  await page.unroute('**/versus-iframe.js');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.src = '/sub/versus/versus-iframe.js?late';
    document.head.append(script);
  });
  await expect.poll(async () => page.locator('#sized').evaluate((el) => el.getBoundingClientRect().height)).toBeCloseTo(inner, -1);
});

test('an iframe whose loader fails to load is sized to the plain content its card keeps', async ({ page, consoleProblems }) => {
  // The frame reports its height once the card has started or failed; with
  // no loader at all there is no start to wait for.
  await page.route('**/sub/versus/versus.js', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' }));
  await page.goto('/hosts/iframe.html');
  const frame = page.frameLocator('#sized');
  await expect(frame.locator('versus-card p')).toHaveText('An interactive comparison card. It needs JavaScript.');
  const inner = await frame.locator('html').evaluate((el) => el.getBoundingClientRect().height);
  expect(inner).toBeLessThan(200);
  await expect.poll(async () => page.locator('#sized').evaluate((el) => el.getBoundingClientRect().height)).toBeCloseTo(inner, -1);
  // The browser itself logs the 404 this test asks for; nothing else may appear.
  const expected = consoleProblems.findIndex((p) => p.includes('404'));
  expect(expected).toBeGreaterThanOrEqual(0);
  consoleProblems.splice(expected, 1);
});

test('the iframe form shows comparisons from its own site only', async ({ page, baseURL }) => {
  // Opened directly (not in an iframe), so the browser also asks for a favicon.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  // Same site, by a relative path: shown.
  await page.goto('/embed.html?src=hosts/specs/databases.json');
  await expect(page.getByTestId('headline')).not.toBeEmpty();
  await expect(page.getByRole('heading', { name: 'PostgreSQL vs SQLite' })).toBeVisible();
  // Another origin (localhost is not 127.0.0.1) that would send a valid
  // comparison with CORS headers: refused, and never even requested.
  const elsewhere = `http://localhost:${new URL(baseURL ?? '').port}/claims-of-their-choosing.json`;
  let requested = false;
  await page.route(elsewhere, (route) => {
    requested = true;
    return route.fulfill({
      headers: { 'access-control-allow-origin': '*' },
      contentType: 'application/json',
      body: readFileSync('e2e/hosts/specs/databases.json', 'utf8'),
    });
  });
  await page.goto(`/embed.html?src=${encodeURIComponent(elsewhere)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This comparison cannot be shown');
  await expect(alert).toContainText(`src: Loading "${elsewhere.slice(0, 40)}…" was refused: this embedded card shows comparisons from this site only.`);
  expect(requested).toBe(false);
});

test('without IntersectionObserver the card still starts and settles, with no page error', async ({ page }) => {
  // An older browser: the loader's reserved room and settling are unavailable.
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).IntersectionObserver;
  });
  await page.goto('/hosts/plain.html');
  const card = new CardPage(page);
  await expect(card.headline).toHaveText('Python is the clear pick');
  await card.toggle('Real-time features');
  await expect(card.origin).toHaveText('Customised from Machine learning');
  await expect(page.locator('versus-card')).toHaveAttribute('data-versus-settled', '');
});

test('without constructable stylesheets (Safari before 16.4) the reader keeps the fallback, the console says why once, and no wasm is fetched', async ({ page, consoleProblems }) => {
  await page.addInitScript(() => {
    (window as unknown as Record<string, unknown>).CSSStyleSheet = undefined;
  });
  let wasm = 0;
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm += 1; });
  await page.goto('/hosts/plain.html');
  await expect(page.locator('versus-card')).toHaveAttribute('data-versus-failed', '');
  await expect(page.getByText('Node.js vs Python: an interactive comparison that needs JavaScript.')).toBeVisible();
  await expect(page.getByText('The interactive card could not start.')).toBeVisible();
  expect(consoleProblems).toHaveLength(1);
  expect(consoleProblems[0]).toContain('constructable stylesheets');
  expect(consoleProblems[0]).toContain('Safari 17.5');
  expect(wasm).toBe(0);
  consoleProblems.length = 0;
});

test('with JavaScript off, the fallback content shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/hosts/plain.html');
  await expect(page.getByText('Node.js vs Python: an interactive comparison that needs JavaScript.')).toBeVisible();
  await context.close();
});

test('the card requests nothing but its own files and the spec it was given', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/hosts/three-cards.html');
  await expect(card(page, 'fetched').headline).not.toBeEmpty();
  await card(page, 'builtin').toggle('Raw speed');
  // The loader holds the glue: three cards, one loader and one wasm.
  const allowed = ['/hosts/three-cards.html', '/sub/versus/versus.js', '/sub/versus/versus-card_bg.wasm', '/hosts/specs/databases.json'];
  expect([...new Set(requests)].sort()).toEqual([...allowed].sort());
});

test('mounting the card does not shift the page', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/hosts/cls.html');
  await expect(page.locator('versus-card').getByTestId('headline')).not.toBeEmpty();
  // The loader has released or kept the reserved room; two more frames let
  // any shift from that be reported.
  await expect(page.locator('versus-card')).toHaveAttribute('data-versus-settled', '');
  await page.waitForFunction(() => {
    const w = window as unknown as { frames_: number };
    w.frames_ = (w.frames_ ?? 0) + 1;
    return w.frames_ > 2;
  }, null, { polling: 'raf' });
  const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
  expect(cls).toBeLessThan(0.01);
});

test('the embed panel, opened after changes made while it was closed, shows the current choices', async ({ page }) => {
  const demo = await CardPage.open(page);
  await demo.preset('Real-time chat').click();
  await page.locator('versus-card').evaluate((el) => el.setAttribute('theme', 'dark'));
  await expect(demo.card).toHaveClass(/versus-theme-dark/);
  const panel = page.getByTestId('embed-panel');
  await panel.getByText('Embed this card').click();
  await expect(panel.getByTestId('snippet')).toHaveValue(/\n<versus-card preset="chat" theme="dark"><\/versus-card>$/);
});

test('the demo page offers the embed snippet for the current preset, priorities and theme', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const demo = await CardPage.open(page);
  const panel = page.getByTestId('embed-panel');
  await panel.getByText('Embed this card').click();
  const snippet = panel.getByTestId('snippet');
  await expect(snippet).toHaveValue(/^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/versus\.js" blocking="render"><\/script>\n<versus-card><\/versus-card>$/);
  await demo.preset('Real-time chat').click();
  await expect(snippet).toHaveValue(/\n<versus-card preset="chat"><\/versus-card>$/);
  await demo.toggle('Machine learning and data');
  await expect(snippet).toHaveValue(/\n<versus-card preset="chat" priorities="concurrency:high,realtime:critical,scaling,ml"><\/versus-card>$/);
  await page.locator('versus-card').evaluate((el) => el.setAttribute('theme', 'dark'));
  await expect(snippet).toHaveValue(/<versus-card preset="chat" priorities="[^"]+" theme="dark"><\/versus-card>$/);
  await panel.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(panel.getByText('Snippet copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  // Pasted into a page of its own, the snippet gives the same card.
  const headline = await demo.headline.textContent();
  const pasted = await snippet.inputValue();
  await page.route('**/pasted.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8">${pasted}` }));
  await page.goto('/pasted.html');
  const copy = page.locator('versus-card');
  await expect(copy.getByTestId('headline')).toHaveText(headline ?? '');
  await expect(copy.getByTestId('card')).toHaveClass(/versus-theme-dark/);
  await expect(copy.getByRole('switch', { name: 'Machine learning and data' })).toHaveAttribute('aria-checked', 'true');
});

test('the folder works from another origin, and the page can theme the card', async ({ page }) => {
  await page.goto('/hosts/cross-origin.html');
  const themed = card(page, 'themed');
  await expect(themed.headline).toHaveText('Node.js is the clear pick');
  const look = await themed.card.evaluate((el) => {
    const pressed = el.querySelector('[aria-pressed=true]') as Element;
    return [getComputedStyle(el).borderTopLeftRadius, getComputedStyle(el).backgroundColor, getComputedStyle(pressed).backgroundColor];
  });
  expect(look).toEqual(['2px', 'rgb(255, 250, 240)', 'rgb(179, 38, 30)']);
  // The system font by default; the page's font only when asked for.
  const font = (id: string) => card(page, id).card.evaluate((el) => getComputedStyle(el).fontFamily);
  expect(await font('themed')).toContain('system-ui');
  expect(await font('serif')).toContain('Georgia');
});

test('if the wasm is blocked, the card says it could not start, the fallback stays and the room is released', async ({ page, consoleProblems }) => {
  await page.route('**/versus-card_bg.wasm', (route) => route.abort('blockedbyclient'));
  await page.goto('/hosts/plain.html');
  const fallback = page.getByText('Node.js vs Python: an interactive comparison that needs JavaScript.');
  await expect(page.locator('versus-card')).toHaveAttribute('data-versus-settled', '');
  await expect(page.locator('versus-card').getByRole('status')).toHaveText('The interactive card could not start.');
  await expect(fallback).toBeVisible();
  // Its public method answers null rather than failing the page's script.
  expect(await page.locator('versus-card').evaluate((el) => (el as HTMLElement & { embedSnippet(u: string): Promise<string | null> }).embedSnippet('/versus.js'))).toBeNull();
  // The browser reports the blocked request, and the loader says once which file and what to do.
  expect(consoleProblems).toEqual([
    expect.stringContaining('ERR_BLOCKED_BY_CLIENT'),
    expect.stringMatching(/^versus: http:\/\/127\.0\.0\.1:\d+\/sub\/versus\/versus-card_bg\.wasm could not be loaded/),
  ]);
  consoleProblems.length = 0;
});

test('a card removed from the page frees its wasm instance for the next card', async ({ page }) => {
  await recordWasmInstances(page);
  const instances = () => page.evaluate(() => (window as unknown as { __wasmInstances: unknown[] }).__wasmInstances.length);
  await page.goto('/hosts/blank.html');
  await expect(card(page, 'good').headline).not.toBeEmpty();
  const add = (id: string, preset: string) => addCard(page, id, { attributes: { preset } });
  await add('first', 'chat');
  await expect(card(page, 'first').headline).toHaveText('Node.js is the clear pick');
  await page.evaluate(() => document.getElementById('first')!.remove());
  await add('second', 'ml');
  await expect(card(page, 'second').headline).toHaveText('Python is the clear pick');
  await card(page, 'second').toggle('Raw speed');
  await expect(card(page, 'second').origin).toHaveText('Customised from Machine learning');
  // Two instances in all: the page's own card, and one reused by the added cards.
  expect(await instances()).toBe(2);
  // Moving a card within the page keeps its state and its instance.
  await page.evaluate(() => document.body.prepend(document.getElementById('second')!));
  await expect(card(page, 'second').origin).toHaveText('Customised from Machine learning');
  expect(await instances()).toBe(2);
});
