// Each card on a page has its own wasm instance, so each reserves its own
// stack: build.rs sets it far below Rust's default 1 MB. This checks the
// card's deepest work still fits with room to spare, by finding how far down
// each instance's stack has ever reached (the stack sits below the data and
// starts zeroed, so the lowest written byte marks its peak).
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { addCard, CardPage, recordWasmInstances } from '../pages/card';

const stackBytes = Number(/WASM_STACK_BYTES: usize = (\d+) \* 1024;/.exec(readFileSync('build.rs', 'utf8'))?.[1]) * 1024;

test('every card stays within a quarter of its wasm stack, even on its deepest work', async ({ page }) => {
  expect(stackBytes, 'build.rs sets the stack size').toBeGreaterThan(0);
  await recordWasmInstances(page);
  await page.goto('/hosts/blank.html');
  const good = CardPage.byId(page, 'good');
  await expect(good.headline).not.toBeEmpty();
  // The most rendering work: presets, every switch, an importance, a row's reasons.
  for (const name of ['Real-time chat', 'Machine learning', 'Content site (CMS)']) await good.preset(name).click();
  const switches = good.card.getByRole('switch');
  for (let i = 0; i < (await switches.count()); i++) await switches.nth(i).click();
  await good.card.locator('select.versus-importance').first().selectOption('critical');
  await good.card.locator('.versus-info').first().click();
  // The deepest reading: nesting at serde_json's recursion limit (128) and
  // far beyond it, where the format has a list, and 1 MB.
  const specs = [
    '{"title":' + '['.repeat(128) + ']'.repeat(128) + '}',
    '{"title":"x","contenders":' + '['.repeat(40_000) + ']'.repeat(40_000) + '}',
    readFileSync('tests/bad-specs/json-nested-1000-deep.json', 'utf8'),
    readFileSync('tests/bad-specs/size-one-megabyte.json', 'utf8'),
  ];
  for (const [index, json] of specs.entries()) {
    await addCard(page, `deep-${index}`, { json });
    await expect(page.locator(`versus-card#deep-${index}`).getByTestId('problems')).toBeVisible();
  }
  const peaks = await page.evaluate(({ stackBytes }) => {
    const instances = (window as unknown as { __wasmInstances: WebAssembly.Instance[] }).__wasmInstances;
    return instances.map((instance) => {
      const memory = instance.exports.memory as WebAssembly.Memory;
      const stack = new Uint8Array(memory.buffer, 0, stackBytes);
      const lowest = stack.findIndex((byte) => byte !== 0);
      return lowest < 0 ? 0 : stackBytes - lowest;
    });
  }, { stackBytes });
  expect(peaks, 'one instance per card').toHaveLength(1 + specs.length);
  expect(peaks.every((peak) => peak > 0), 'the scan found each instance\'s stack').toBe(true);
  for (const peak of peaks) expect(peak).toBeLessThan(stackBytes / 4);
});
