// Finishes a trunk build (Trunk.toml [[hooks]], on trunk's staging folder),
// or a folder given by hand: node scripts/post-build.mjs dist
//
// 1. Minifies the JavaScript a page loads (the loader, wasm-bindgen's glue,
//    the iframe scripts): comments and long names help contributors, who
//    read the sources in embed/ and src/, not readers' browsers.
// 2. Writes .gz (gzip -9) and .br (brotli, quality 11) next to each file, so
//    static hosts that serve precompressed files (nginx gzip_static and
//    brotli_static, Caddy's precompressed, Netlify…) send the smallest bytes
//    without compressing on every request.
//
// 0. On every build, debug or release: makes the card's glue a module that
//    creates instances (scripts/glue-factory.mjs), which the loader needs.
// 3. Pins every byte to the loader: the glue is written into versus.js
//    (so the loader's own hash covers it), and the SHA-384 of the wasm into
//    its INTEGRITY, which the browser checks before compiling it; the
//    loader's hash is then the one `integrity` a page needs
//    (docs/embedding.md "Integrity").
//
// Steps 1 to 3 are for release builds only: a debug build (`trunk serve`,
// `trunk build`) is for the contributor's own browser and needs none of
// them, so it runs without node_modules. Given a folder by hand, it always
// runs all of them.
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { glueFactory } from './glue-factory.mjs';

const byHand = process.argv[2];
const folder = byHand ?? process.env.TRUNK_STAGING_DIR;
if (!folder) {
  console.error('post-build: give the folder, or run it as a trunk hook');
  process.exit(2);
}
const gluePath = join(folder, 'versus-card.js');
// A folder without the card (a test's, say) has nothing to make or pin.
const hasCard = existsSync(gluePath);
const glueSource = hasCard ? glueFactory(readFileSync(gluePath, 'utf8')) : null;
if (hasCard) writeFileSync(gluePath, glueSource);
if (!byHand && process.env.TRUNK_PROFILE !== 'release') {
  console.log('post-build: debug build, so the JavaScript is not minified, not pinned, and no .gz/.br copies are written (release builds do all three)');
  process.exit(0);
}
let minify;
try {
  ({ minify } = await import('terser'));
} catch {
  console.error('post-build: terser is missing, so the release JavaScript cannot be minified: run scripts/setup.sh (it runs npm ci)');
  process.exit(1);
}

// Bloggers load versus-iframe.js with a classic <script>: minified as a
// module, its top-level names could be mangled into the page's globals' way.
const classicScripts = new Set(['versus-iframe.js']);
async function minifyFile(name) {
  const path = join(folder, name);
  const result = await minify(readFileSync(path, 'utf8'), {
    module: !classicScripts.has(name),
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(path, result.code);
}
// The loader last: it carries the hashes of the others as they ship.
for (const name of readdirSync(folder)) {
  if (name.endsWith('.js') && name !== 'versus.js') await minifyFile(name);
}
const sri = (name) => `sha384-${createHash('sha384').update(readFileSync(join(folder, name))).digest('base64')}`;
if (hasCard) {
  const loaderPath = join(folder, 'versus.js');
  const glueImport = "import { createVersusCard } from './versus-card.js';";
  const placeholder = 'const INTEGRITY = null;';
  const loader = readFileSync(loaderPath, 'utf8');
  for (const needed of [glueImport, placeholder]) {
    if (!loader.includes(needed)) {
      console.error(`post-build: versus.js has no "${needed}" line, so the glue and the wasm cannot be pinned in it`);
      process.exit(1);
    }
  }
  // The glue as written before minifying, so its factory keeps its name.
  const glueInside = glueSource.replace('export function createVersusCard(', 'function createVersusCard(');
  const wasmIntegrity = sri('versus-card_bg.wasm');
  writeFileSync(
    loaderPath,
    loader.replace(glueImport, () => glueInside).replace(placeholder, `const INTEGRITY = ${JSON.stringify(wasmIntegrity)};`),
  );
  await minifyFile('versus.js');
  console.log(`post-build: versus.js holds the glue and pins versus-card_bg.wasm (${wasmIntegrity}); its own integrity is ${sri('versus.js')}`);
} else {
  await minifyFile('versus.js');
}

const compressible = /\.(wasm|js|css|html|svg|json)$/;
for (const name of readdirSync(folder)) {
  if (!compressible.test(name)) continue;
  const path = join(folder, name);
  const bytes = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
}
