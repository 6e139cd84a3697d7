// The size budget, checked by `make test` (and so by CI) on the real release
// build in dist/. Sizes are deterministic for a given toolchain, unlike
// timings, which are only reported (bench/run.mjs).
//
// GOAL is the budget the size issue sets for everything the card loads
// (wasm + JS + CSS, gzip -9). The card is not there yet, so the check fails on
// CEILING instead: the current figure plus a little headroom, lowered as the
// card shrinks, so that no change can quietly make it bigger.
import { transferSizes } from './run.mjs';

const KB = 1024;
const GOAL = 90 * KB;
const CEILING = 112 * KB;

const sizes = transferSizes(process.argv[2] ?? 'dist');
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const parts = sizes.files.map((f) => `${f.name} ${kb(f.gzip)}`).join(', ');
console.log(`versus: card transfer size, gzip -9: ${kb(sizes.total.gzip)} (${parts}); brotli ${kb(sizes.total.brotli)}`);
if (sizes.total.gzip > CEILING) {
  console.error(`versus: over the size ceiling of ${kb(CEILING)} by ${kb(sizes.total.gzip - CEILING)}: find what grew with twiggy (README "Size and speed")`);
  process.exit(1);
}
const gap = sizes.total.gzip - GOAL;
console.log(gap > 0
  ? `versus: within the ceiling of ${kb(CEILING)}; still ${kb(gap)} over the ${kb(GOAL)} goal`
  : `versus: within the ${kb(GOAL)} budget`);
