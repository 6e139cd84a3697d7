// A control's colours in Playwright's pages (e2e/pixels.mjs counts them).
import type { Locator, Page } from '@playwright/test';
import { coloursOfPng } from '../pixels.mjs';

export { INFO_CIRCLE, SWITCH_TRACK } from '../pixels.mjs';

/** The colour that covers most of a control, and the share of it that other
 * colours cover, from a screenshot with transitions finished. Counted in a
 * blank page of its own, since the control's page may forbid a data: image. */
export async function colours(page: Page, control: Locator, part?: { width: number; height: number; x?: number }): Promise<{ main: string; rest: number }> {
  const png = await control.screenshot({ animations: 'disabled' });
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(coloursOfPng, { base64: png.toString('base64'), part: part ?? null });
  } finally {
    await blank.close();
  }
}
