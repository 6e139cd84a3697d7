// What a reader sees of a control, read from its pixels: for looks the
// browser decides itself, such as forced colours (Windows High Contrast),
// where a computed style says nothing about what is drawn.
import type { Locator, Page } from '@playwright/test';

/** The colour that covers most of a control, and the share of it that other
 * colours cover: whether anything is drawn there at all, and what a reader
 * sees as its fill. Transitions are finished first. The pixels are counted
 * in a blank page of their own, since the control's page may forbid a
 * data: image. */
export async function colours(page: Page, control: Locator): Promise<{ main: string; rest: number }> {
  const png = await control.screenshot({ animations: 'disabled' });
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const [main, most] = [...counts].sort((a, b) => b[1] - a[1])[0];
      return { main, rest: 1 - most / (data.length / 4) };
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}
