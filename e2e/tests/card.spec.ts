// What a reader does with the card: switches, presets, importance, reset,
// descriptions, share links — by mouse and by keyboard.
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';

test('a switch flips by click, by Space and by Enter', async ({ page }) => {
  const card = await CardPage.open(page);
  const beginners = card.switchFor('Beginner friendliness');
  await beginners.click();
  await expect(beginners).toHaveAttribute('aria-checked', 'true');
  await beginners.focus();
  await page.keyboard.press('Space');
  await expect(beginners).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Enter');
  await expect(beginners).toHaveAttribute('aria-checked', 'true');
  await expect(card.importance('Beginner friendliness')).toBeVisible();
});

test('the keyboard reaches presets, switches and importance in reading order', async ({ page }) => {
  const card = await CardPage.open(page);
  await card.card.getByRole('button', { name: 'Real-time chat' }).focus();
  // From the first preset, Tab walks through the rest of the presets...
  const order: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => {
      let el = document.activeElement as HTMLElement;
      while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
      if (el.getAttribute('role') === 'switch') return `switch:${el.textContent?.trim()}`;
      if (el.tagName === 'SELECT') return `select:${el.getAttribute('aria-label')}`;
      return el.textContent?.trim() || el.tagName;
    }));
  }
  expect(order.slice(0, 5)).toEqual(['Single-page app', 'REST APIs and microservices', 'Data analytics', 'Machine learning', 'Content site (CMS)']);
  // ...then the first criterion's row: its switch, its importance and its
  // disclosure (the disabled Reset, before the presets, is never a stop).
  expect(order.slice(5, 8)).toEqual(['switch:Raw speed', 'select:Importance of Raw speed', 'i']);
  // The focused control is visibly outlined.
  const outline = await page.evaluate(() => {
    let el = document.activeElement as Element;
    while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return getComputedStyle(el).outlineStyle;
  });
  expect(outline).not.toBe('none');
});

test('the disclosure of a row opens by keyboard and by touch, not only hover, with the meaning, reasons and citations', async ({ page }) => {
  const card = await CardPage.open(page);
  const about = card.about('Raw speed');
  const description = card.card.getByText('How quickly typical server code runs once deployed.');
  await expect(description).toBeHidden();
  await about.focus();
  await page.keyboard.press('Enter');
  await expect(about).toHaveAttribute('aria-expanded', 'true');
  await expect(description).toBeVisible();
  // The panel the button controls holds the reasons, with their citations.
  const panel = card.aboutPanel('speed');
  await expect(panel).toHaveAttribute('id', (await about.getAttribute('aria-controls')) ?? 'missing');
  await expect(panel.locator('.versus-reasons > li')).toHaveCount(2);
  await expect(panel.locator('a.versus-cite').first()).toBeVisible();
  await about.click();
  await expect(description).toBeHidden();
  await expect(about).not.toHaveAttribute('aria-controls');
});

const articleVerdicts: [string, string][] = [
  ['Real-time chat', 'Node.js'],
  ['Single-page app', 'Node.js'],
  ['REST APIs and microservices', 'Node.js'],
  ['Data analytics', 'Python'],
  ['Machine learning', 'Python'],
  ['Content site (CMS)', 'Python'],
];

for (const [preset, backend] of articleVerdicts) {
  test(`the "${preset}" preset recommends ${backend}, as the article does`, async ({ page }) => {
    const card = await CardPage.open(page);
    await card.preset(preset).click();
    await expect(card.preset(preset)).toHaveAttribute('aria-pressed', 'true');
    await expect(card.headline).toContainText(backend);
    await expect(card.headline).not.toContainText('Either works');
  });
}

test('touching a priority after a preset marks the card customised; reset restores the defaults', async ({ page }) => {
  const card = await CardPage.open(page);
  const defaults = await card.switchStates();
  await expect(card.resetButton()).toBeDisabled();
  await card.preset('Machine learning').click();
  await card.toggle('Raw speed');
  await expect(card.origin).toHaveText('Customised from Machine learning');
  await expect(card.preset('Machine learning')).toHaveAttribute('aria-pressed', 'false');
  await card.resetButton().click();
  await expect(card.origin).toHaveText('');
  expect(await card.switchStates()).toEqual(defaults);
});

test('importance changes the totals', async ({ page }) => {
  const card = await CardPage.open(page);
  const before = await card.total('Python');
  await card.setImportance('Readable, maintainable code', 'critical');
  await expect.poll(() => card.total('Python')).toBeGreaterThan(before);
  // Readability counts four times now: (5+6.5+4*9+9+8+9)/9 = 8.17 for Python.
  expect(await card.total('Python')).toBe(82);
  // The arrow keys move a focused select between levels.
  await card.importance('Readable, maintainable code').focus();
  await page.keyboard.press('ArrowUp');
  await expect(card.importance('Readable, maintainable code')).toHaveValue('high');
  // (5+6.5+2*9+9+8+9)/7 = 7.93 for Python.
  await expect.poll(() => card.total('Python')).toBe(79);
});

test('the importance shown is the one that counts, after a reader picked one and Reset or a use case changed it', async ({ page }) => {
  const card = await CardPage.open(page);
  const productivity = card.importance('Developer productivity');
  // Picked by the reader, then Reset: the select shows normal again, as the totals count it.
  await card.setImportance('Developer productivity', 'critical');
  await card.resetButton().click();
  await expect(productivity).toHaveValue('normal');
  // Picked again, then a use case that makes it high, then one that makes it
  // normal: each time the level the use case gives.
  await card.setImportance('Developer productivity', 'critical');
  await card.preset('Content site (CMS)').click();
  await expect(productivity).toHaveValue('high');
  await card.setImportance('Developer productivity', 'normal');
  await card.preset('Content site (CMS)').click();
  await expect(productivity).toHaveValue('high');
  await card.preset('Data analytics').click();
  await expect(productivity).toHaveValue('normal');
});

test('on a wide card the verdict stays beside the criteria and never covers Copy link', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 700 });
  const card = await CardPage.open(page);
  for (const top of [0, 400, 800, 1200, 5000]) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    const [verdict, copy] = await Promise.all([card.verdict.boundingBox(), card.copyButton().boundingBox()]);
    if (!verdict || !copy) throw new Error('no boxes');
    const overlap = verdict.x < copy.x + copy.width && copy.x < verdict.x + verdict.width && verdict.y < copy.y + copy.height && copy.y < verdict.y + verdict.height;
    expect(overlap, `scrolled to ${top}`).toBe(false);
  }
});

test('a copied link reopens the card exactly as it was left', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const card = await CardPage.open(page);
  await card.preset('Single-page app').click();
  await card.toggle('Beginner friendliness');
  await card.setImportance('Beginner friendliness', 'high');
  await card.copyButton().click();
  await expect(card.card.getByTestId('copy-feedback')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#versus=preset:spa,');

  const other = await context.newPage();
  const reopened = await CardPage.open(other, link);
  expect(await reopened.switchStates()).toEqual(await card.switchStates());
  expect(await reopened.checkedImportances()).toEqual(await card.checkedImportances());
  await expect(reopened.origin).toHaveText('Customised from Single-page app');
  await expect(reopened.headline).toHaveText((await card.headline.textContent()) ?? '');
  await expect(reopened.notice).toHaveCount(0);
});

// The card writes the URL just after painting a click (docs/performance.md); a copy in between must still hold that click.
test('Copy link right after a switch, before the next frame, copies the new choice', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const card = await CardPage.open(page);
  const written = await card.card.evaluate((root) => {
    const element = (root.getRootNode() as ShadowRoot).host;
    const toggle = root.querySelector<HTMLElement>('[role=switch][aria-checked=false]');
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Copy link'));
    if (!toggle || !copy) throw new Error('no switched-off priority or no Copy link button');
    const criterion = toggle.closest('[data-criterion]')?.getAttribute('data-criterion');
    return new Promise<{ criterion: string | null | undefined; hashBeforeCopy: string }>((resolve) => {
      // versus-change comes from the same effect that queues the URL write:
      // a microtask after it runs before any frame, so the write still waits.
      element.addEventListener('versus-change', () => queueMicrotask(() => {
        const hashBeforeCopy = location.hash;
        copy.click();
        resolve({ criterion, hashBeforeCopy });
      }), { once: true });
      toggle.click();
    });
  });
  expect(written.criterion).toBeTruthy();
  expect(written.hashBeforeCopy, 'the URL waits for the paint').not.toContain(`${written.criterion}`);
  await expect(card.card.getByTestId('copy-feedback')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(decodeURIComponent(new URL(link).hash)).toContain(`${written.criterion}`);
  await expect(page).toHaveURL(link);
});

test('on a blog served over plain http, Copy link offers the link to copy by hand, with no page error', async ({ page, baseURL }) => {
  // Browsers give navigator.clipboard to secure contexts only: not to
  // http://blog.example/, although they do to http://127.0.0.1/.
  const port = new URL(baseURL ?? '').port;
  const card = await CardPage.open(page, `http://blog.example:${port}/`);
  expect(await page.evaluate(() => [window.isSecureContext, typeof navigator.clipboard])).toEqual([false, 'undefined']);
  await card.preset('Real-time chat').click();
  await card.copyButton().click();
  await expect(card.card.getByTestId('copy-feedback')).toHaveText(/select the link below and copy it/);
  await expect(card.card.getByRole('textbox', { name: 'Copy link' })).toHaveValue(`http://blog.example:${port}/#versus=preset:chat`);
  // The card goes on working (the fixture also fails the test on any page error).
  await card.toggle('Real-time features');
  await expect(card.headline).not.toBeEmpty();
});

test('on a 375 px phone the verdict stays in view while the reader switches the last priority', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const card = await CardPage.open(page);
  const summary = card.card.getByTestId('summary');
  const last = card.switchFor('Content management');
  await last.scrollIntoViewIfNeeded();
  // The verdict itself is far above by now.
  await expect(card.headline).not.toBeInViewport();
  const before = await card.headline.textContent();
  await last.click();
  await expect(card.headline).not.toHaveText(before ?? '');
  const after = (await card.headline.textContent()) ?? '';
  await expect(summary).toBeInViewport();
  await expect(summary).toHaveText(after);
  // Announced once: the summary is hidden from screen readers, and the
  // verdict's live region is the card's only one.
  await expect(summary).toHaveAttribute('aria-hidden', 'true');
  expect(await page.locator('versus-card').evaluate((element) => element.shadowRoot?.querySelectorAll('[aria-live]').length)).toBe(1);
  await page.screenshot({ path: 'test-results/screenshots/card-375-summary.png' });
});

test('on a wide card the verdict sits beside the switches, so there is no summary line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const card = await CardPage.open(page);
  await expect(card.card.getByTestId('summary')).toBeHidden();
});

test('an untouched preset makes a short link, and back to defaults removes it', async ({ page }) => {
  const card = await CardPage.open(page);
  await card.preset('Real-time chat').click();
  await expect(page).toHaveURL(/#versus=preset:chat$/);
  await card.resetButton().click();
  await expect(page).toHaveURL(/\/$/);
});

test('a garbled link starts fresh with a short note, and never breaks the card', async ({ page }) => {
  const card = await CardPage.open(page, '/#versus=preset:chat,warp-drive:ludicrous');
  await expect(card.notice).toContainText('could not be read (warp-drive:ludicrous), so the card started fresh');
  await expect(card.headline).toHaveText('Leaning towards Node.js');
  await card.toggle('Machine learning and data');
  await expect(card.headline).toHaveText('Leaning towards Python');
});

test('the theme can be forced dark whatever the system prefers', async ({ page }) => {
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<versus-card class="post-wide"', '<versus-card class="post-wide" theme="dark"');
    await route.fulfill({ response, body });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  const card = await CardPage.open(page);
  await expect(card.card).toHaveClass(/versus-theme-dark/);
  const background = await card.card.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(29, 32, 37)');
});

test('reduced motion turns the switch animation off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const card = await CardPage.open(page);
  const duration = await card.card.locator('.versus-switch').first().evaluate((el) => getComputedStyle(el, '::after').transitionDuration);
  expect(duration).toBe('0s');
});

test('open disclosures stay with their rows when a criterion between them is switched on', async ({ page }) => {
  const card = await CardPage.open(page);
  for (const label of ['Raw speed', 'Readable, maintainable code']) await card.about(label).click();
  // Real-time features comes between the two.
  await card.toggle('Real-time features');
  await expect(card.card.locator('[data-criterion=realtime] .versus-score')).toHaveCount(2);
  for (const id of ['speed', 'readability']) await expect(card.aboutPanel(id)).toBeVisible();
  for (const id of ['concurrency', 'realtime']) await expect(card.aboutPanel(id)).toHaveCount(0);
  await expect(card.about('Real-time features')).toHaveAttribute('aria-expanded', 'false');
});
