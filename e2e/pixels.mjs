// What a reader sees of a control, read from its pixels, for looks the
// browser decides itself (forced colours, where a computed style says
// nothing about what is drawn). One function for both suites: Playwright's
// (e2e/pages/pixels.ts) and the three engines' (e2e/engines/browsers.mjs).

/** The track a switch draws at its start, beside its label (card.css: 44 × 24 px). */
export const SWITCH_TRACK = { width: 44, height: 24 };

/** The middle of the disclosure button's circle (card.css: 24 px across, in a 44 px button). */
export const INFO_CIRCLE = { width: 12, height: 12, x: 16 };

/**
 * The colour covering most of a PNG (given as base64), and the share of it
 * the other colours cover: whether anything is drawn at all, and what a
 * reader sees as its fill. With `part` ({ width, height, x } in pixels),
 * only that much, `x` from the image's start (0 unless given), centred
 * from top to bottom: a switch's track, which the button draws beside its
 * label, or the middle of a round button. Runs in a page (pass it
 * to `evaluate`): a canvas reads the pixels, so it takes nothing from
 * outside but its argument.
 */
export async function coloursOfPng({ base64, part = null }) {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(image, 0, 0);
  const [width, height] = part ? [part.width, part.height] : [image.width, image.height];
  const top = part ? Math.round((image.height - part.height) / 2) : 0;
  const { data } = context.getImageData(part?.x ?? 0, top, width, height);
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) {
    const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [main, most] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return { main, rest: 1 - most / (data.length / 4) };
}
