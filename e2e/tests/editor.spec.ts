// The authors' editor (editor.html, issue 13), in a real browser under the
// strict CSP (e2e/serve.mjs sends it for editor.html).
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures';
import { EditorPage } from '../pages/editor';
import { CardPage } from '../pages/card';
import { colours } from '../pages/pixels';

// Tea, coffee and mate. By hand (totals are weighted means of score × 10):
// - defaults, only "Caffeine kick" counts: coffee 90, mate 60, tea 30 →
//   coffee clearly (margin 30 ≥ 10);
// - "Quiet evening": calm focus high (×2), price normal (×1):
//   tea (80·2 + 90)/3 = 83, mate (60·2 + 70)/3 = 63, coffee (30·2 + 50)/3 = 37 → tea clearly.
const criteria = [
  { label: 'Caffeine kick', scores: { Tea: '3', Coffee: '9', Mate: '6' } },
  { label: 'Calm focus', scores: { Tea: '8', Coffee: '3', Mate: '6' } },
  { label: 'Price per cup', scores: { Tea: '9', Coffee: '5', Mate: '7' } },
  { label: 'Taste variety', scores: { Tea: '9', Coffee: '7', Mate: '4' } },
];

test('an author builds a three-way comparison with the form only, exports it and it works on a plain page', async ({ page, context }) => {
  const editor = await EditorPage.open(page);
  await editor.button('A blank comparison').click();
  await page.getByLabel('Title', { exact: true }).fill('Tea, coffee or mate?');

  await editor.button('Add a contender').click();
  for (const [n, name] of ['Tea', 'Coffee', 'Mate'].entries()) {
    await editor.item('Contender', n + 1).getByLabel('Name', { exact: true }).fill(name);
  }
  for (const [n, criterion] of criteria.entries()) {
    await editor.button('Add a criterion').click();
    const item = editor.item('Criterion', n + 1);
    await item.getByLabel('Label', { exact: true }).fill(criterion.label);
    await item.getByLabel('What it means').fill(`How each one does on ${criterion.label.toLowerCase()}.`);
    for (const [contender, score] of Object.entries(criterion.scores)) {
      const scores = editor.score(n + 1, contender);
      await scores.getByLabel('Score, 0 to 10').fill(score);
      await scores.getByLabel('Why').fill(`${contender} earns a ${score} here.`);
    }
  }
  await editor.item('Criterion', 1).getByLabel('Counts when the card opens').check();

  await editor.button('Add a use case').click();
  const preset = editor.item('Use case', 1);
  await preset.getByLabel('Name', { exact: true }).fill('Quiet evening');
  await preset.getByLabel('Calm focus').selectOption({ label: 'Counts more (high)' });
  await preset.getByLabel('Price per cup').selectOption({ label: 'Counts (normal)' });

  // A translated string: the card's own words, with its placeholder.
  await page.getByText("The card's own words").click();
  await page.getByLabel('winner_clear').fill('{leader} gewinnt klar');

  await expect(editor.problems).toContainText('No problems');
  await expect(editor.preview.headline).toHaveText('Coffee gewinnt klar');
  await editor.page.getByTestId('preview-preset').selectOption({ label: 'Quiet evening' });
  await expect(editor.preview.headline).toHaveText('Tea gewinnt klar');

  // Export: the file, and the two lines (by default the card rendered into
  // them, then the static fallback).
  await expect(page.getByLabel('File name')).toHaveValue('tea-coffee-or-mate');
  const downloading = page.waitForEvent('download');
  await editor.button('Download tea-coffee-or-mate.json').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('tea-coffee-or-mate.json');
  const json = await readFile((await download.path())!, 'utf8');
  await expect(editor.snippet).toHaveValue(/Coffee gewinnt klar/);
  const snippet = await editor.snippet.inputValue();
  expect(snippet).toMatch(/^<script type="module" src="[^"]+\/versus\.js" async><\/script>\n<versus-card src="tea-coffee-or-mate\.json" data-versus-rendered>\n<template shadowrootmode="open"><style>/);
  expect(snippet).toContain('Coffee gewinnt klar');
  // Without the rendered card: the loader holds nothing, the fallback follows.
  await page.getByTestId('with-rendered').uncheck();
  await expect(editor.snippet).not.toHaveValue(/<template/);
  expect(await editor.snippet.inputValue()).toContain('<versus-card src="tea-coffee-or-mate.json">\n<div');
  await page.getByTestId('with-rendered').check();
  await expect(editor.snippet).toHaveValue(snippet);

  // A plain blog post with those two lines, next to the JSON file.
  const post = await context.newPage();
  await post.route('**/made-with-the-editor/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/post.html')) {
      return route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>Post</title><h1>Which drink?</h1>\n${snippet}` });
    }
    if (url.pathname.endsWith('/tea-coffee-or-mate.json')) return route.fulfill({ contentType: 'application/json', body: json });
    return route.fulfill({ status: 404, body: 'not found' });
  });
  const warnings: string[] = [];
  post.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await post.goto('/made-with-the-editor/post.html');
  const card = new CardPage(post);
  await expect(card.headline).toHaveText('Coffee gewinnt klar');
  // The card the editor rendered is the one that comes alive: hydrated, not redrawn.
  await expect(post.locator('versus-card [data-testid=card]')).toBeVisible();
  await expect(post.locator('versus-card [inert]')).toHaveCount(0);
  expect(warnings).toEqual([]);
  expect([await card.total('Coffee'), await card.total('Mate'), await card.total('Tea')]).toEqual([90, 60, 30]);
  await card.preset('Quiet evening').click();
  await expect(card.headline).toHaveText('Tea gewinnt klar');
  expect([await card.total('Tea'), await card.total('Mate'), await card.total('Coffee')]).toEqual([83, 63, 37]);
});

test('broken JSON lists its problems with lines, a click lands on the place, undo makes it valid again, the draft survives a reload', async ({ page }) => {
  const editor = await EditorPage.open(page);
  await expect(editor.problems).toContainText('No problems');
  const valid = await editor.preview.headline.textContent();

  // A rule problem (a score of 11) and, separately, a syntax problem.
  await editor.show('JSON');
  const original = await editor.json.inputValue();
  const broken = original.replace('"score": 8, "basis": "cited", "reason": "Node.js runs on V8', '"score": 11, "basis": "cited", "reason": "Node.js runs on V8');
  expect(broken, 'the example still has the score this test breaks').not.toBe(original);
  await editor.json.fill(broken);
  // The place of the bad field in the text, counted here rather than trusted.
  const before = broken.slice(0, broken.indexOf('"score": 11')).split('\n');
  const place = `Line ${before.length}, column ${before[before.length - 1].length + 1}`;
  await expect(editor.listedProblems).toHaveCount(1);
  await expect(editor.listedProblems.first()).toContainText(`${place} · criteria[0].scores.node.score: The score 11 is out of range`);
  await expect(editor.previewStatus).toContainText('last version without any');
  await expect(editor.preview.headline).toHaveText(valid!);

  // In the form, the click focuses the score's field.
  await editor.show('Form');
  await expect(editor.score(1, 'Node.js').getByLabel('Score, 0 to 10')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.score(1, 'Node.js')).toContainText('The score 11 is out of range');
  await editor.listedProblems.first().click();
  expect(await editor.focused()).toBe('criteria[0].scores.node.score');

  // In the JSON view, the click puts the caret on the line.
  await editor.show('JSON');
  await editor.json.fill((await editor.json.inputValue()).replace('"title": "Node.js vs Python",', '"title": "Node.js vs Python"'));
  await expect(editor.listedProblems.first()).toContainText('Line 3, column 3');
  await expect(editor.listedProblems.first()).toContainText('Expected a comma');
  await editor.listedProblems.first().click();
  await expect(editor.json).toBeFocused();
  const caret = await editor.json.evaluate((t: HTMLTextAreaElement) => t.value.slice(0, t.selectionStart).split('\n'));
  expect([caret.length, caret[caret.length - 1].length + 1]).toEqual([3, 3]);
  // The form says why it cannot show a document that is not JSON.
  await editor.show('Form');
  await expect(page.getByTestId('form-blocked')).toBeVisible();

  // Undo with the keyboard: back to the valid document in one step per view edit.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(editor.problems).toContainText('No problems');
  await expect(editor.previewStatus).toBeHidden();
  await page.keyboard.press('Control+Shift+z');
  await expect(editor.listedProblems).toHaveCount(1);
  await editor.button('Undo').click();

  // A form edit, then a reload: the draft is back, and says so.
  await page.getByLabel('Title', { exact: true }).fill('Node.js or Python, our take');
  await expect(editor.preview.card.getByRole('heading', { level: 2 }).first()).toHaveText('Node.js or Python, our take');
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Node.js or Python, our take');
  await expect(page.getByText('Your draft from your last visit is back.')).toBeVisible();

  // Starting over asks first; "Keep editing" keeps the draft.
  await expect(page.getByRole('heading', { name: 'Start over from' })).toBeVisible();
  await editor.button('The Node.js vs Python example').click();
  await expect(page.getByRole('alertdialog')).toBeFocused();
  await editor.button('Keep editing').click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Node.js or Python, our take');
  await editor.button('The Node.js vs Python example').click();
  await editor.button('Replace it').click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Node.js vs Python');
});

test('a JSON file opens from the file dialog or a drop; a file that is not a comparison is named with its problems', async ({ page }) => {
  const editor = await EditorPage.open(page);
  const german = await readFile('e2e/hosts/specs/tee-kaffee-de.json', 'utf8');
  await page.getByLabel('Open a JSON file…').setInputFiles({ name: 'tee-kaffee-de.json', mimeType: 'application/json', buffer: Buffer.from(german) });
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(JSON.parse(german).title);
  await expect(editor.problems).toContainText('No problems');

  // A drop of a page that is no comparison: the draft (now edited) is kept until confirmed.
  await page.getByLabel('Title', { exact: true }).fill('Tee oder Kaffee?');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['<!doctype html><p>hello'], 'notes.html', { type: 'text/html' }));
    document.querySelector('.editor')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await editor.button('Replace it').click();
  await expect(page.getByTestId('editor-status')).toContainText('notes.html is not a JSON object');
  await expect(editor.json).toBeVisible();
  await expect(editor.listedProblems.first()).toContainText('looks like an HTML page');
  await expect(page.getByTestId('export-blocked')).toBeVisible();

  // Pasted JSON: the text is replaced after the question, and undo brings the HTML back.
  await page.getByText('Paste JSON').click();
  await page.getByLabel("A comparison's JSON").fill(german);
  await editor.button('Use the pasted JSON').click();
  await editor.button('Replace it').click();
  await expect(editor.problems).toContainText('No problems');
  await expect(editor.preview.card.getByRole('heading', { level: 2 }).first()).toHaveText(JSON.parse(german).title);
  await editor.button('Undo').click();
  await expect(editor.json).toHaveValue('<!doctype html><p>hello');
});

// Today as the editor counts it, like `versus check`: the day in UTC.
const utcDay = (fromToday: number) => new Date(Date.now() + fromToday * 86_400_000).toISOString().slice(0, 10);

test('an author lists a source, cites it on a score and the live card links the citation; removing the source keeps the quote and says so', async ({ page }) => {
  const editor = await EditorPage.open(page);
  const todayBefore = utcDay(0);
  await expect(editor.problems).toContainText('No problems');

  // The example lists 44 sources, closed away: a 45th, its id following its title.
  await expect(editor.sources.locator('summary')).toHaveText('The sources (44)');
  await editor.sources.locator('summary').click();
  await editor.button('Add a source').click();
  const source = editor.item('Source', 45);
  await source.getByLabel('Source title').fill('Node.js 24 release notes');
  await expect(source.getByLabel('Id', { exact: true })).toHaveValue('node-js-24-release-notes');
  await source.getByLabel('Address').fill('https://nodejs.org/en/blog/release/v24.0.0');
  await source.getByLabel('Kind (optional)').selectOption('release-notes');

  // Cited on Node.js's raw speed, which counts when the card opens. New
  // evidence starts from the first source, checked today, nothing said yet.
  const list = editor.evidenceList(1, 'Node.js');
  await list.locator('summary').click();
  await list.getByRole('button', { name: 'Add evidence', exact: true }).click();
  await expect(list.locator('summary')).toHaveText('Evidence (3) · 1 problem');
  const evidence = editor.evidence(1, 'Node.js', 3);
  const cites = evidence.getByLabel('Source', { exact: true });
  await expect(cites).toHaveValue('v8-docs');
  expect([todayBefore, utcDay(0)]).toContain(await evidence.getByLabel('Checked on').inputValue());
  await cites.selectOption('node-js-24-release-notes');
  await evidence.getByLabel('What it says').fill('V8 is updated to version 13.6.');
  await expect(editor.problems).toContainText('No problems');
  await expect(list.locator('summary')).toHaveText('Evidence (3)');

  // The live card: a numbered citation after the reason, a link to the
  // source, the quote, and the source in the list with its kind.
  const speed = editor.preview.card.locator('[data-criterion="speed"]');
  await speed.getByRole('button', { name: 'About Raw speed' }).click();
  const citation = speed.getByLabel('Source 45: Node.js 24 release notes').first();
  await expect(citation).toBeVisible();
  await expect(citation).toHaveText('[45]');
  await expect(citation).toHaveAttribute('href', 'https://nodejs.org/en/blog/release/v24.0.0');
  await expect(speed.locator('q', { hasText: 'V8 is updated to version 13.6.' })).toBeVisible();
  const sources = editor.preview.card.getByTestId('sources');
  await expect(sources.locator('summary')).toHaveText('Sources (45)');
  await sources.locator('summary').click();
  await expect(sources.locator('li[data-source="node-js-24-release-notes"]')).toContainText('release notes');

  // Removing a source that evidence cites keeps the quote, and says where
  // it points nowhere; removing the evidence makes the card whole again.
  await source.getByRole('button', { name: 'Remove Node.js 24 release notes' }).click();
  await expect(editor.item('Source', 45)).toHaveCount(0);
  await expect(cites).toHaveAttribute('aria-invalid', 'true');
  await expect(evidence).toContainText('There is no source with the id "node-js-24-release-notes"');
  await expect(evidence.getByLabel('What it says')).toHaveValue('V8 is updated to version 13.6.');
  await evidence.getByRole('button', { name: 'Remove evidence 3 for Node.js' }).click();
  await expect(editor.evidence(1, 'Node.js', 3)).toHaveCount(0);
  await expect(editor.problems).toContainText('No problems');
  await expect(editor.preview.card.getByLabel('Source 45: Node.js 24 release notes')).toHaveCount(0);
});

test('a checked date after today is a problem at its field; the live card still follows, publishing waits', async ({ page }) => {
  const editor = await EditorPage.open(page);
  await expect(editor.problems).toContainText('No problems');
  const list = editor.evidenceList(1, 'Node.js');
  await list.locator('summary').click();
  const checked = editor.evidence(1, 'Node.js', 2).getByLabel('Checked on');
  const before = await checked.inputValue();
  const tomorrow = utcDay(1);

  await checked.fill(tomorrow);
  await expect(checked).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.evidence(1, 'Node.js', 2).getByTestId('field-problems')).toContainText(`This date, ${tomorrow}, is after today`);
  await expect(list.locator('summary')).toHaveText('Evidence (2) · 1 problem');
  await expect(editor.listedProblems).toHaveCount(1);
  await expect(editor.listedProblems.first()).toContainText('criteria[0].scores.node.evidence[1].checked: This date');
  // Readers' cards never judge dates: the preview shows the document as it
  // is (no "last version" note); the snippet waits for the fix.
  await expect(editor.previewStatus).toBeHidden();
  await expect(page.getByTestId('export-blocked')).toBeVisible();
  // The evidence, open and with its problem, passes axe.
  const axe = await new AxeBuilder({ page }).include('.editor-evidence-details[open]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await editor.listedProblems.first().click();
  expect(await editor.focused()).toBe('criteria[0].scores.node.evidence[1].checked');

  await checked.fill(before);
  await expect(editor.problems).toContainText('No problems');
  await expect(list.locator('summary')).toHaveText('Evidence (2)');
  await expect(page.getByTestId('export-blocked')).toBeHidden();
});

test('hostile text in the form stays text in the editor, the preview and the inline snippet', async ({ page }) => {
  const editor = await EditorPage.open(page);
  const hostile = '</script><img src=x onerror="window.pwned=1">';
  await page.getByLabel('Title', { exact: true }).fill(hostile);
  await expect(editor.preview.card.getByRole('heading', { level: 2 }).first()).toHaveText(hostile);
  await page.getByLabel('Put the comparison in the post (no file)').check();
  // Waits for the snippet to follow the choice.
  await expect(editor.snippet).toHaveValue(/<script type="application\/json">/);
  const snippet = await editor.snippet.inputValue();
  expect(snippet).not.toContain('</script><img');
  expect(snippet).toContain('\\u003c/script>\\u003cimg');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.locator('img').count()).toBe(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the editor has no axe violations and fits 320 to 1400 px (${scheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const editor = await EditorPage.open(page);
    await expect(editor.preview.headline).toBeVisible();
    // Show a problem next to its field too, so its colours are checked.
    await page.getByLabel('Title', { exact: true }).fill('');
    await expect(page.getByTestId('field-problems').first()).toBeVisible();
    await page.getByTestId('preview-theme').selectOption(scheme);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.passes.map((rule) => rule.id), 'axe ran its contrast checks').toContain('color-contrast');
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await page.getByLabel('Title', { exact: true }).fill('Node.js vs Python');
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: testInfo.outputPath(`editor-${scheme}-${width}.png`) });
    }
    for (const width of [320, 375, 768, 1000, 1400]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
    }
    // Nothing but the editor's own files, from its own folder.
    const own = ['editor.html', 'editor.css', 'editor.js', 'versus-editor.js', 'versus-editor_bg.wasm', 'favicon.svg'];
    const origin = new URL(page.url()).origin;
    for (const url of requests) {
      const parsed = new URL(url);
      expect(`${parsed.origin} ${own.includes(parsed.pathname.slice(1))}`, url).toBe(`${origin} true`);
    }
  });
}

test('in forced colours, as in Windows High Contrast, the chosen view (Form or JSON) stands out', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const editor = await EditorPage.open(page);
  const json = editor.button('JSON');
  await expect(json).toHaveAttribute('aria-pressed', 'false');
  const before = await colours(page, json);
  await editor.show('JSON');
  expect((await colours(page, json)).main, 'the pressed view button looks unlike an unpressed one').not.toBe(before.main);
});

test('the editor works from the keyboard alone: undo, redo and reaching every part in order', async ({ page }) => {
  const editor = await EditorPage.open(page);
  const title = page.getByLabel('Title', { exact: true });
  await title.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' today');
  await expect(title).toHaveValue('Node.js vs Python today');
  await page.keyboard.press('Tab');
  await page.keyboard.type('x');
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+z' : 'Control+z');
  await expect(page.getByLabel('Subtitle (optional)')).toHaveValue('Which backend fits your project?');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('Node.js vs Python');
  await page.keyboard.press('Control+y');
  await expect(title).toHaveValue('Node.js vs Python today');
  // Scores step by half a point from the keyboard, and typing "6.5" key by
  // key is not cut short at "6.".
  const score = editor.score(1, 'Node.js').getByLabel('Score, 0 to 10');
  await score.focus();
  await page.keyboard.press('ArrowUp');
  await expect(score).toHaveValue('8.5');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('6.5');
  await expect(score).toHaveValue('6.5');
  await page.keyboard.press('Tab');
  await editor.show('JSON');
  expect(await editor.json.inputValue()).toContain('"score": 6.5');
  await editor.show('Form');
  // Tab order follows the page: start, tools, then the form, then the preview, then export.
  const order: string[] = [];
  await page.getByRole('button', { name: 'Undo' }).focus();
  for (let i = 0; i < 1000 && order.length < 1000; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const element = document.activeElement;
      return element?.closest('section, aside, header, main')?.className ?? '';
    });
    if (order[order.length - 1] !== where) order.push(where);
    if (where.includes('editor-export')) break;
  }
  expect(order.filter((c) => c !== '')).toEqual(['editor-header', 'editor-start', 'editor-section', 'editor-preview', 'editor-export']);
  void editor;
});

test('a browser that refuses storage, or holds a garbled draft, gets a message, never an error', async ({ page }) => {
  await page.addInitScript(() => {
    // A garbled record under the editor's key, and storage that refuses writes
    // (private modes, full quotas, storage switched off).
    localStorage.setItem('versus-editor-draft', '{"version": 1, "text": ');
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const editor = await EditorPage.open(page);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Node.js vs Python');
  await expect(page.getByTestId('editor-status')).toContainText('does not let the editor keep your draft');
  await page.getByLabel('Title', { exact: true }).fill('Still editable');
  await expect(editor.preview.card.getByRole('heading', { level: 2 }).first()).toHaveText('Still editable');
});
