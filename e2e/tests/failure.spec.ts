// Failure isolation: a bug (a Rust panic) in one card stops that card only.
// Uses the test build from `make build-test-panic`, served at /panic-build/.
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';

const card = CardPage.byId;

test('a panic in one card shows its error box; the other cards and the page keep working', async ({ page, consoleProblems }) => {
  await page.goto('/hosts/panic.html');
  const crashing = card(page, 'crashing');
  const second = card(page, 'second');
  const third = card(page, 'third');
  await expect(crashing.headline).not.toBeEmpty();
  await expect(second.headline).toHaveText('Node.js is the clear pick');
  await expect(third.headline).toHaveText('Coffee is the clear pick');

  await crashing.toggle('Raw speed');
  const failure = page.locator('versus-card#crashing').getByRole('alert');
  await expect(failure).toContainText('This card stopped because of an error in the card itself');
  await expect(failure).toContainText('forced by data-versus-test-panic in a test build');
  await expect(crashing.card).toHaveCount(0);
  await page.locator('versus-card#crashing').screenshot({ path: 'test-results/screenshots/card-failure.png' });

  // The panic message reached the console.
  await expect.poll(() => consoleProblems.some((m) => m.startsWith('versus: the card stopped:') && m.includes('forced by data-versus-test-panic'))).toBe(true);

  // The neighbours still recompute on every click.
  await second.toggle('Machine learning and data');
  await expect(second.origin).toHaveText('Customised from Real-time chat');
  await third.toggle('Calm');
  await expect(third.headline).toHaveText('Tea is the clear pick');
  await page.getByRole('button', { name: 'Count' }).click();
  await expect(page.locator('#counted')).toHaveText('1');

  // Clicking the broken card again changes nothing and throws nothing new:
  // a click on the page's own button afterwards is handled after it, so
  // once that one counts, anything the first click threw has been reported.
  await failure.click();
  await page.getByRole('button', { name: 'Count' }).click();
  await expect(page.locator('#counted')).toHaveText('2');
  await expect(failure).toContainText('This card stopped because of an error in the card itself');

  // Nothing but the panic (and the trap that ends its instance) reached the
  // console, before, during or after the neighbours' clicks.
  const expected = (m: string) => m.startsWith('versus: the card stopped:') || /unreachable/i.test(m);
  expect(consoleProblems.filter((m) => !expected(m))).toEqual([]);
  // The fixture fails a test on any console error: these two were expected.
  consoleProblems.splice(0, consoleProblems.length);
});
