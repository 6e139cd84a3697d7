// The size ceiling, checked by `make test` (and so by CI) on the real release
// build in dist/. Sizes are deterministic for a given toolchain, unlike
// timings, which are only reported (bench/run.mjs).
//
// CEILING is the current figure plus a little headroom, so that no change can
// quietly make the card bigger; raise it only with a measured reason in the
// docs/performance.md. (There is no longer a size goal that could
// justify hand-writing what serde, gloo or Yew do: the project is defined by
// those packages.)
import { transferSizes } from './run.mjs';

const KB = 1024;
const CEILING = 204 * KB;

const sizes = transferSizes(process.argv[2] ?? 'dist');
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const parts = sizes.files.map((f) => `${f.name} ${kb(f.gzip)}`).join(', ');
console.log(`versus: card transfer size, gzip -9: ${kb(sizes.total.gzip)} (${parts}); brotli ${kb(sizes.total.brotli)}`);
if (sizes.total.gzip > CEILING) {
  console.error(`versus: over the size ceiling of ${kb(CEILING)} by ${kb(sizes.total.gzip - CEILING)}: find what grew with twiggy (docs/performance.md "Size and speed")`);
  process.exit(1);
}
console.log(`versus: within the ceiling of ${kb(CEILING)}`);
